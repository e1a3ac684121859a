// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * Whether a group's gap to the reference group is closing: the direction of the latest change in
 * the gap's size, and for how many periods in a row it has moved that way.
 *
 * <pre>{@code
 * gapTrend.direction();    // NARROWING
 * gapTrend.periodsHeld();  // 2
 * gapTrend.toString();     // "narrowing for 2 periods"
 * }</pre>
 *
 * <p>It is read from the group's {@link GapChange}s: each step compares like with like (by
 * default on the partners reporting in both periods, see {@link ComparisonBasis}), a change in the
 * gap's size that does not exceed its uncertainty is {@link Direction#WITHIN_UNCERTAINTY}, never
 * narrowing or widening, and the run counts the consecutive comparable steps, ending with the
 * latest, that went the same way.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GapTrend {

  /** Which way the size of the gap moved. */
  public enum Direction {
    /** The gap got smaller. */
    NARROWING,
    /** The gap got larger. */
    WIDENING,
    /** The gap stayed the same. */
    UNCHANGED,
    /**
     * The gap's size changed, but by less than its uncertainty (a Wald test of the change, see
     * {@link GapChange#test()}): it is called neither narrowing nor widening.
     */
    WITHIN_UNCERTAINTY
  }

  GapTrend() {}

  /**
   * The direction of the latest change in the size of the gap.
   *
   * @return the direction
   */
  @Value.Parameter
  public abstract Direction direction();

  /**
   * The number of consecutive changes, ending with the latest, in that direction.
   *
   * @return at least 1
   */
  @Value.Parameter
  public abstract int periodsHeld();

  /** Returns {@code narrowing for 2 periods}, or {@code within uncertainty for 1 period}. */
  @Override
  public String toString() {
    return direction().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " for " + periodsHeld()
        + (periodsHeld() == 1 ? " period" : " periods");
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("direction", direction())
        .throwIfAny("GapTrend");
  }
}
