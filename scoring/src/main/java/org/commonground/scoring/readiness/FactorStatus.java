// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

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
  NO_ANSWERS
}
