// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import org.commonground.core.validation.Message;

/**
 * How network measures treat a rating a member did not give: a member who did not answer has not
 * said "no tie". By default ({@link #REPORT}) a missing rating is listed, never counted as the
 * absence of a tie; a caller who knows better may choose {@link #NO_TIE}.
 *
 * <pre>{@code
 * TieRule.atLeast(cooperation).withMissing(MissingRatings.NO_TIE);
 * MissingRatings.REPORT.label().text();  // "missing ratings reported, not counted as no tie"
 * }</pre>
 */
public enum MissingRatings {

  /**
   * Missing ratings are reported and left out: directed measures judge only the ordered pairs
   * rated (reciprocity only the pairs rated both ways); undirected measures tie a pair when the
   * rating given by either member reaches the threshold, so one member's answer stands for the
   * pair.
   */
  REPORT,

  /** A missing rating counts as no tie, as if the member had said it has no relationship. */
  NO_TIE;

  /**
   * The rule in words.
   *
   * @return the label, a message in any language
   */
  public Message label() {
    return Message.of("core.network.MissingRatings." + name());
  }

  /** Returns the label in English. */
  @Override
  public String toString() {
    return label().text();
  }
}
