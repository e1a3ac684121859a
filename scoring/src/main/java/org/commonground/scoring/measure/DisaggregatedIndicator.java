// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Locale;
import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import org.commonground.core.measure.Target;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;
import org.immutables.value.Value;

/**
 * An indicator disaggregated by one or more subgroup dimensions: every group's values over time,
 * its gaps to a reference group, and its distance to the target all groups share — the gap between
 * groups is itself a measure (DOMAIN.md §4; the Road Map Project sets the same target for every
 * group).
 *
 * <pre>{@code
 * DisaggregatedIndicator byIncome = Disaggregation.of(partial, "grad-rate",
 *     List.of("income"), TreeMap.of("income", "not low"));
 * byIncome.series(TreeMap.of("income", "low")).get().gapTrend();  // Some(narrowing for 2 periods)
 * }</pre>
 *
 * <p>Groups are identified by their values in each dimension, never by a text form: two groups
 * whose labels happen to print alike (say {@code income = "low), (race, a", race = "b"} and
 * {@code income = "low", race = "a), (race, b"}) stay two groups. They are listed in the order of
 * their codes: by the first chosen dimension's groups in the layout's order, then the next.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DisaggregatedIndicator {

  DisaggregatedIndicator() {}

  /**
   * The indicator's id.
   *
   * @return the indicator id
   */
  public abstract String indicator();

  /**
   * The dimensions disaggregated by.
   *
   * @return the dimension names
   */
  public abstract List<String> dimensions();

  /**
   * The reference group gaps are measured from.
   *
   * @return dimension → group
   */
  public abstract SortedMap<String, String> reference();

  /**
   * The target every group shares: the indicator's final target.
   *
   * @return the target, or none
   */
  public abstract Option<Target> target();

  /**
   * How periods were compared and uncertainty judged.
   *
   * @return the comparison basis, confidence level, interval method and reliability rule
   */
  public abstract ComparisonOptions options();

  /**
   * Every group with records, in the order of their codes in the chosen dimensions.
   *
   * @return the series
   */
  public abstract List<GroupSeries> groups();

  /**
   * The disaggregation in a sentence: the rule for values, gaps and distances.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The disaggregation in a sentence: the rule for values, gaps and distances.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The explanation in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(Locale locale) {
    return explanationMessage().text(locale);
  }

  /**
   * The series of one group.
   *
   * <pre>{@code
   * byIncome.series(TreeMap.of("income", "low"));   // Some(GroupSeries{group=TreeMap((income, low)), …})
   * }</pre>
   *
   * @param group dimension → group, matched on its values exactly
   * @return its series, or none if the group has no records
   */
  public Option<GroupSeries> series(SortedMap<String, String> group) {
    return groups().find(g -> g.group().equals(group));
  }

  /**
   * The same as {@link #series(SortedMap)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}) and maps as {@code java.util.Map}.
   *
   * @param group dimension → group, matched on its values exactly
   * @return its series, or none if the group has no records
   */
  public Option<GroupSeries> series(java.util.Map<String, String> group) {
    return series(JavaInputs.<String, String>sortedMap(group));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("indicator", indicator())
        .noNullElements("dimensions", dimensions())
        .noNullEntries("reference", reference())
        .noNullElements("target", target())
        .notNull("options", options())
        .noNullElements("groups", groups())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("DisaggregatedIndicator");
  }

  /** Returns {@code DisaggregatedIndicator grad-rate by income: 2 groups, reference income=not low, target 90.0 in 2025}. */
  @Override
  public String toString() {
    return "DisaggregatedIndicator " + indicator() + " by " + dimensions().mkString(", ") + ": " + groups().size()
        + (groups().size() == 1 ? " group" : " groups") + ", reference " + reference().map(t -> t._1 + "=" + t._2).mkString(", ")
        + target().map(t -> String.format(java.util.Locale.ROOT, ", target %.1f in %s", t.value(), t.period())).getOrElse("");
  }
}
