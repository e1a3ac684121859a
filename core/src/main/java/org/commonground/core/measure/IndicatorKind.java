// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

/**
 * The role of an indicator under its outcome (StriveTogether; the Road Map Project's "on-track"
 * and "contributing" indicators, seed 003).
 */
public enum IndicatorKind {
  /** A core, on-track indicator: the outcome's headline measure, with interim and long-term targets. */
  CORE,
  /** A contributing (leading) indicator: moves earlier and drives the core indicator. */
  CONTRIBUTING;

  /**
   * The IndicatorKind in words, for sentences, as a message: {@code core.measure.IndicatorKind.…}. Its {@link
   * #toString()} stays the constant's name, the code that documents and files use.
   *
   * @return the label
   */
  public org.commonground.core.validation.Message label() {
    return org.commonground.core.validation.Message.of("core.measure.IndicatorKind." + name());
  }
}
