package org.commonground.scoring.measure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One subgroup's values of an indicator over time, with the trend of its gap to the reference
 * group.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupSeries.class)
@JsonDeserialize(as = ImmutableGroupSeries.class)
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
   * The trend of the gap to the reference group.
   *
   * @return the trend; none for the reference group itself or with fewer than two gaps
   */
  public abstract Option<GapTrend> gapTrend();
}
