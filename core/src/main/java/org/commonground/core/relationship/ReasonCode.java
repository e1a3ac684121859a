// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

/**
 * Machine-readable reasons for a {@link Classification} or a {@link Fit}, each paired with a
 * sentence in a {@link Reason}.
 */
public enum ReasonCode {
  /** The observed activities reach a level. */
  LEVEL_REACHED,
  /** The observed activities do not reach the first level. */
  NO_LEVEL_REACHED,
  /** Activities the next level needs that were not observed. */
  MISSING_FOR_NEXT_LEVEL,
  /** The members do not span the sectors a multisector level needs. */
  SECTORS_MISSING,
  /** An activity was observed without the activities of the levels below it. */
  ACTIVITY_WITHOUT_PREREQUISITE,
  /** The relationship is at the top of the continuum. */
  TOP_LEVEL,
  /** One organization can reach the goal alone (seed 000, step 1). */
  NO_COLLECTIVE_APPROACH_NEEDED,
  /** The necessary level is feasible and is recommended. */
  NECESSARY_LEVEL_FEASIBLE,
  /** The necessary level is not feasible; the highest feasible one is recommended. */
  NECESSARY_LEVEL_NOT_FEASIBLE,
  /** Not even the first level's requirements are met. */
  NOTHING_FEASIBLE,
  /** A requirement of the necessary level is not met. */
  REQUIREMENT_UNMET,
  /** The next step: one level above the current relationship. */
  NEXT_STEP,
  /** The current relationship already reaches the recommended level. */
  CURRENT_MEETS_RECOMMENDATION
}
