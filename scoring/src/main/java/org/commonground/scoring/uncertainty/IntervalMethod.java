// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import org.commonground.core.validation.Message;

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
  WILSON,
  /** The exact interval of a binomial proportion, from beta quantiles (Clopper &amp; Pearson 1934). */
  CLOPPER_PEARSON,
  /** The exact interval of a Poisson count or rate, from gamma quantiles (Garwood 1936). */
  GARWOOD;

  /**
   * The method's name as a table footnote would give it.
   *
   * @return the name, such as {@code "Wilson score"}
   */
  public String label() {
    return labelMessage().text();
  }

  /**
   * The method as reports show it, in any language: {@code "Wilson score"} in English.
   *
   * @return the message {@code scoring.uncertainty.IntervalMethod.<name>}
   */
  public Message labelMessage() {
    return Message.of("scoring.uncertainty.IntervalMethod." + name());
  }
}
