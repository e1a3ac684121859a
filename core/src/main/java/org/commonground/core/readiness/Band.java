// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import org.commonground.core.validation.Message;

/**
 * The band a factor score falls in, with what the group should do about it — the Collaboration
 * Factors Inventory's reading of its scores (Mattessich, Murray-Close and Monsey, <i>Collaboration:
 * What Makes It Work</i>, 2nd ed., Wilder Research, 2001): 4.0 and above a strength, 3.0 to 3.9
 * borderline, below 3.0 a concern. The thresholds are {@link Bands configurable}.
 */
public enum Band {
  /** A strength: "probably doesn't need special attention". */
  STRENGTH,
  /** Borderline: "should be discussed by the group". */
  BORDERLINE,
  /** A concern: "should be addressed". */
  CONCERN;

  /**
   * The band as reports show it, as a message: {@code core.readiness.Band.CONCERN}.
   *
   * @return the label
   */
  public Message label() {
    return Message.of("core.readiness.Band." + name());
  }

  /**
   * What to do about a factor in this band, as a message: {@code core.readiness.Band.action.CONCERN}.
   *
   * @return the action
   */
  public Message actionMessage() {
    return Message.of("core.readiness.Band.action." + name());
  }

  /**
   * What the group should do about a factor in this band.
   *
   * @return the suggested action
   */
  public String action() {
    return actionMessage().text();
  }

  /** Returns the band's name as reports show it: {@code strength}. */
  @Override
  public String toString() {
    return label().text();
  }
}
