// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

/**
 * The band a factor score falls in, with what the group should do about it — the Collaboration
 * Factors Inventory's reading of its scores (Mattessich, Murray-Close and Monsey, <i>Collaboration:
 * What Makes It Work</i>, 2nd ed., Wilder Research, 2001): 4.0 and above a strength, 3.0 to 3.9
 * borderline, below 3.0 a concern. The thresholds are {@link Bands configurable}.
 */
public enum Band {
  /** A strength: "probably doesn't need special attention". */
  STRENGTH("strength", "probably needs no special attention"),
  /** Borderline: "should be discussed by the group". */
  BORDERLINE("borderline", "discuss as a group"),
  /** A concern: "should be addressed". */
  CONCERN("concern", "address it");

  private final String label;
  private final String action;

  Band(String label, String action) {
    this.label = label;
    this.action = action;
  }

  /**
   * What the group should do about a factor in this band.
   *
   * @return the suggested action
   */
  public String action() {
    return action;
  }

  /** Returns the band's name as reports show it: {@code strength}. */
  @Override
  public String toString() {
    return label;
  }
}
