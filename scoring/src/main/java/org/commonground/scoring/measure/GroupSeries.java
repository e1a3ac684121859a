// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One subgroup's values of an indicator over time, the like-for-like steps of its gap to the
 * reference group, and the gap's trend.
 *
 * <pre>{@code
 * GroupSeries low = byIncome.series(TreeMap.of("income", "low")).get();
 * low.values().map(GroupValue::gap);   // List(Some(-20.0), Some(-16.0), Some(-14.0))
 * low.gapChanges().last().partners();  // List(lincoln-hs, youth-works): matched on both periods
 * low.gapTrend();                      // Some(narrowing for 2 periods)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupSeries {

  GroupSeries() {}

  /**
   * The subgroup.
   *
   * @return dimension → group
   */
  public abstract SortedMap<String, String> group();

  /**
   * The group's values, oldest first.
   *
   * @return the values
   */
  public abstract List<GroupValue> values();

  /**
   * The steps of the gap to the reference group, one for each of the group's periods with a gap
   * to the next such period, compared under the disaggregation's {@link ComparisonBasis}.
   *
   * @return the steps, oldest first; empty for the reference group itself or with fewer than two
   *     gaps
   */
  public abstract List<GapChange> gapChanges();

  /**
   * The trend of the gap to the reference group, read from {@link #gapChanges()}: the direction
   * of the latest step and how many consecutive comparable steps, ending with it, went that way.
   *
   * @return the trend; none for the reference group itself, with fewer than two gaps, or when the
   *     latest step could not be compared
   */
  public abstract Option<GapTrend> gapTrend();

  @Value.Check
  void check() {
    Violations.none()
        .noNullEntries("group", group())
        .noNullElements("values", values())
        .noNullElements("gapChanges", gapChanges())
        .noNullElements("gapTrend", gapTrend())
        .throwIfAny("GroupSeries");
  }

  /** Returns {@code GroupSeries income=low: 3 periods, gap narrowing for 2 periods}. */
  @Override
  public String toString() {
    return "GroupSeries " + group().map(t -> t._1 + "=" + t._2).mkString(", ") + ": " + values().size()
        + (values().size() == 1 ? " period" : " periods") + gapTrend().map(t -> ", gap " + t).getOrElse(", reference or no gap trend");
  }
}
