// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

/**
 * The Results-Based Accountability category of an indicator (Friedman, <i>Trying Hard Is Not Good
 * Enough</i>; the Clear Impact Scorecard): a population indicator describes the whole community; a
 * performance measure describes a program's work by one of three questions.
 */
public enum RbaCategory {
  /** A population indicator: a condition of well-being of the whole community. */
  POPULATION_INDICATOR,
  /** Performance measure: how much did we do? */
  HOW_MUCH,
  /** Performance measure: how well did we do it? */
  HOW_WELL,
  /** Performance measure: is anyone better off? */
  BETTER_OFF;

  /**
   * The RbaCategory in words, for sentences, as a message: {@code core.measure.RbaCategory.…}. Its {@link
   * #toString()} stays the constant's name, the code that documents and files use.
   *
   * @return the label
   */
  public org.commonground.core.validation.Message label() {
    return org.commonground.core.validation.Message.of("core.measure.RbaCategory." + name());
  }
}
