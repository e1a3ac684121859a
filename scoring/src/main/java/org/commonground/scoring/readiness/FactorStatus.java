// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import org.commonground.core.validation.Message;

/**
 * Whether a factor score can be read as complete. A factor with too few answers is flagged, never
 * scored as if complete.
 */
public enum FactorStatus {
  /** Every item answered by someone, and enough respondents: the score and band stand. */
  SCORED,
  /**
   * Enough respondents, but at least one of the factor's items was answered by nobody: the score
   * rests on the other items only, and says which are missing.
   */
  INCOMPLETE,
  /** Fewer respondents than the scoring rules' minimum: a mean is shown but no band. */
  TOO_FEW_RESPONDENTS,
  /** Nobody answered any of the factor's items: there is no score. */
  NO_ANSWERS;

  /**
   * The status as reports show it, in any language: {@code "too few respondents"} in English.
   * ({@link #toString()} stays the constant's name, as the text tables have always shown it.)
   *
   * @return the message {@code scoring.readiness.FactorStatus.<name>}
   */
  public Message label() {
    return Message.of("scoring.readiness.FactorStatus." + name());
  }
}
