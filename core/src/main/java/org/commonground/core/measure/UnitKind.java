// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

/**
 * What an indicator's numbers are: the four kinds of unit a shared measure can have, each with
 * its own way of being reported and pooled.
 */
public enum UnitKind {
  /** A count of people or events, reported as one value; summed across partners. */
  COUNT,
  /**
   * A proportion: a numerator that is part of its denominator (students chronically absent of
   * students enrolled), shown times a multiplier (100 for percent); pooled across partners as
   * Σ numerators / Σ denominators.
   */
  PROPORTION,
  /**
   * A rate: events per population (visits per 1,000 residents), whose numerator may exceed its
   * denominator; pooled like a proportion.
   */
  RATE,
  /** A mean: a sum over a count (mean test score); pooled as Σ sums / Σ counts. */
  MEAN;

  /**
   * The UnitKind in words, for sentences, as a message: {@code core.measure.UnitKind.…}. Its {@link
   * #toString()} stays the constant's name, the code that documents and files use.
   *
   * @return the label
   */
  public org.commonground.core.validation.Message label() {
    return org.commonground.core.validation.Message.of("core.measure.UnitKind." + name());
  }
}
