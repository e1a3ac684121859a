// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import org.commonground.core.measure.Period;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.uncertainty.ChangeTest;
import org.immutables.value.Value;

/**
 * One subgroup's value of an indicator in one period, its gap to the reference group, and its
 * distance to the target every group shares.
 *
 * <pre>{@code
 * value.group();             // TreeMap(income -> low)
 * value.value();             // 71.3 (%)
 * value.gap();               // Some(-12.4): 12.4 points below the reference group
 * value.gapRatio();          // Some(0.85)
 * value.distanceToTarget();  // Some(18.7): still to go, in the desired direction
 * value.uncertainty();       // [66.9, 75.3] % Wilson score interval, reliable
 * value.gapTest();           // Some(Newcombe's hybrid score interval … excludes 0): a real gap
 * }</pre>
 *
 * <p>The value and its gap are as reported: pooled over every partner with records that period.
 * Comparisons of the gap across periods are made like for like, in {@link
 * GroupSeries#gapChanges()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupValue {

  GroupValue() {}

  /**
   * The subgroup, as dimension → group.
   *
   * @return the subgroup
   */
  public abstract SortedMap<String, String> group();

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The group's value, pooled over partners (Σ numerators / Σ denominators × multiplier) or
   * summed for counts.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * The number of records behind the value.
   *
   * @return the record count
   */
  public abstract long records();

  /**
   * The gap to the reference group in the same period: {@code value − reference}.
   *
   * @return the gap; none when the reference group has no value that period
   */
  public abstract Option<Double> gap();

  /**
   * The gap as a ratio: {@code value / reference}.
   *
   * @return the ratio; none when the reference group has no value or a zero value that period
   */
  public abstract Option<Double> gapRatio();

  /**
   * How far the group still is from the target every group shares (Road Map Project practice), in
   * the desired direction: {@code d × (target − value)}, positive while short of it.
   *
   * @return the distance; none without a target
   */
  public abstract Option<Double> distanceToTarget();

  /**
   * The uncertainty of the group's pooled value: its confidence interval in the indicator's
   * displayed unit and whether it rests on enough events (see {@link Uncertainty}).
   *
   * @return the uncertainty; without an interval where no sampling model applies
   */
  public abstract Uncertainty uncertainty();

  /**
   * Whether the gap to the reference group exceeds the uncertainty of the two values: for
   * proportions Newcombe's hybrid score interval for the difference, reference → group (Newcombe
   * 1998, on the fractions); for counts and rates the exact conditional test of two Poisson rates
   * (Przyborowski and Wilenski 1940). See {@link
   * org.commonground.scoring.uncertainty.ChangeTests}.
   *
   * <pre>{@code
   * value.gapTest().get().exceedsUncertainty();  // true: the groups differ beyond chance
   * }</pre>
   *
   * @return the test; none for the reference group itself, when the reference group has no value
   *     that period, or where no sampling model applies (a mean, fractional events)
   */
  public abstract Option<ChangeTest> gapTest();

  @Value.Check
  void check() {
    Violations.none()
        .noNullEntries("group", group())
        .notNull("period", period())
        .noNullElements("gap", gap())
        .noNullElements("gapRatio", gapRatio())
        .noNullElements("distanceToTarget", distanceToTarget())
        .notNull("uncertainty", uncertainty())
        .noNullElements("gapTest", gapTest())
        .throwIfAny("GroupValue");
  }

  /** Returns {@code GroupValue income=low, 2023: 78.0 (120 records), gap -8.0}. */
  @Override
  public String toString() {
    return "GroupValue " + group().map(t -> t._1 + "=" + t._2).mkString(", ") + ", " + period() + ": "
        + String.format(java.util.Locale.ROOT, "%.1f (%d records)", value(), records())
        + gap().map(g -> String.format(java.util.Locale.ROOT, ", gap %+.1f", g)).getOrElse("");
  }
}
