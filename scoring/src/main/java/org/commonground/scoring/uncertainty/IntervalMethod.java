// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

/**
 * How a {@link ConfidenceInterval} was computed.
 *
 * <pre>{@code
 * ConfidenceIntervals.proportion(81, 263).method();          // WILSON
 * ConfidenceIntervals.proportion(81, 263).method().label();  // "Wilson score"
 * }</pre>
 */
public enum IntervalMethod {
  /** Wilson's score interval of a binomial proportion (Wilson 1927). */
  WILSON("Wilson score"),
  /** The exact interval of a binomial proportion, from beta quantiles (Clopper &amp; Pearson 1934). */
  CLOPPER_PEARSON("Clopper-Pearson exact"),
  /** The exact interval of a Poisson count or rate, from gamma quantiles (Garwood 1936). */
  GARWOOD("Garwood exact Poisson");

  private final String label;

  IntervalMethod(String label) {
    this.label = label;
  }

  /**
   * The method's name as a table footnote would give it.
   *
   * @return the name, such as {@code "Wilson score"}
   */
  public String label() {
    return label;
  }
}
