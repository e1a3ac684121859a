package org.commonground.scoring.measure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Whether a group's gap to the reference group is closing: the direction of the latest change in
 * the gap's size, and for how many periods in a row it has moved that way.
 *
 * <pre>{@code
 * gapTrend.direction();    // NARROWING
 * gapTrend.periodsHeld();  // 2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGapTrend.class)
@JsonDeserialize(as = ImmutableGapTrend.class)
public abstract class GapTrend {

  /** Which way the size of the gap moved. */
  public enum Direction {
    /** The gap got smaller. */
    NARROWING,
    /** The gap got larger. */
    WIDENING,
    /** The gap stayed the same. */
    UNCHANGED
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

  /** Returns {@code narrowing for 2 periods}. */
  @Override
  public String toString() {
    return direction().name().toLowerCase(java.util.Locale.ROOT) + " for " + periodsHeld()
        + (periodsHeld() == 1 ? " period" : " periods");
  }
}
