// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * An indicator's current trend as the Clear Impact Scorecard shows it: the direction of the latest
 * change, whether that is good or bad by the indicator's polarity, and for how many periods in a
 * row the indicator has moved that way.
 *
 * <pre>{@code
 * // graduation 78 → 80 → 83 → 84, higher is better:
 * trend.direction();    // UP
 * trend.judgement();    // IMPROVING
 * trend.periodsHeld();  // 3
 * }</pre>
 *
 * <p>On a scorecard each change is a like-for-like {@link Comparison} (by default on the partners
 * reporting in both periods), and a change that does not exceed its uncertainty is judged {@link
 * Judgement#WITHIN_UNCERTAINTY}; the run counts consecutive changes with the same direction and
 * judgement.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Trend {

  /** Which way the value moved. */
  public enum Direction {
    /** The value rose. */
    UP,
    /** The value fell. */
    DOWN,
    /** The value did not change. */
    FLAT
  }

  /** Whether the move is good, by the indicator's polarity. */
  public enum Judgement {
    /** The value moved in the desired direction. */
    IMPROVING,
    /** The value moved against the desired direction. */
    WORSENING,
    /** The value did not change. */
    NO_CHANGE,
    /**
     * The value moved, but by less than its uncertainty: the change is within the noise of small
     * numbers, and is called neither improving nor worsening.
     */
    WITHIN_UNCERTAINTY;

    /**
     * The judgement under the opposite polarity.
     *
     * @return improving and worsening swapped; no change and within uncertainty unchanged
     */
    public Judgement flip() {
      return this == IMPROVING ? WORSENING : this == WORSENING ? IMPROVING : this;
    }
  }

  Trend() {}

  /**
   * The direction of the latest change.
   *
   * @return the direction
   */
  @Value.Parameter
  public abstract Direction direction();

  /**
   * Whether the latest change is good.
   *
   * @return the judgement
   */
  @Value.Parameter
  public abstract Judgement judgement();

  /**
   * The number of consecutive period-to-period changes, ending with the latest, in that direction.
   *
   * @return at least 1
   */
  @Value.Parameter
  public abstract int periodsHeld();

  /** Returns {@code improving (up) for 3 periods}. */
  @Override
  public String toString() {
    String judgement = judgement().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    String direction = direction().name().toLowerCase(java.util.Locale.ROOT);
    return judgement + " (" + direction + ") for " + periodsHeld() + (periodsHeld() == 1 ? " period" : " periods");
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("direction", direction())
        .notNull("judgement", judgement())
        .throwIfAny("Trend");
  }
}
