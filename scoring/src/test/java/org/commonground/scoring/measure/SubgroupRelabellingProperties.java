// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.junit.jupiter.api.Test;

/**
 * Groups are identified by their codes, never by a text form: over random layouts of two
 * dimensions whose group labels are built from pieces of a map's printed form ({@code "), ("},
 * {@code "="}, {@code ","}, spaces, quotes), random records and a random reference group,
 * relabelling the groups by any injective mapping (fresh labels, or a permutation of the old
 * ones) changes nothing but the labels: the same number of groups, one per combination of codes
 * with records, in the same order, each with the same values, gaps, tests and trend.
 */
class SubgroupRelabellingProperties {

  private static final Indicator GRAD = Fixtures.indicator("grad", Unit.PERCENT).build();
  private static final Indicator VISITS = Fixtures.indicator("visits", Unit.COUNT).build();
  private static final String[] PIECES = {"low", "a", "b", "), (", "=", ",", " ", "\"", "(", ")", "race", "income"};

  /** A label of one to four random pieces. */
  private static String label(Random random) {
    StringBuilder label = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      label.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return label.toString();
  }

  /** {@code size} distinct random labels. */
  private static List<String> labels(Random random, int size) {
    Set<String> labels = new LinkedHashSet<>();
    while (labels.size() < size) {
      labels.add(label(random));
    }
    return List.ofAll(labels);
  }

  /** An injective relabelling of a dimension's groups: fresh labels, or the old ones shuffled. */
  private static List<String> relabel(Random random, List<String> groups) {
    if (random.nextBoolean()) {
      java.util.List<String> shuffled = new java.util.ArrayList<>(groups.asJava());
      java.util.Collections.shuffle(shuffled, random);
      return List.ofAll(shuffled);
    }
    return labels(random, groups.size());
  }

  private static MeasureLayout layout(int partners, int periods, List<String> income, List<String> race) {
    return MeasureLayout.of(Fixtures.set(GRAD, VISITS),
        CodeList.of(List.range(0, partners).map(p -> "p" + p)),
        CodeList.of(List.range(0, periods).map(p -> Period.year(2020 + p))),
        List.of(SubgroupDimension.of("income", income), SubgroupDimension.of("race", race)));
  }

  /** The same records in a layout: partner, indicator, period, income, race, numerator. */
  private static MeasurePartial partial(MeasureLayout layout, int[][] records) {
    MeasureTable.Builder rows = MeasureTable.builder(layout);
    for (int[] r : records) {
      rows.add(r[0], r[1], r[2], new int[] {r[3], r[4]}, r[5], r[1] == 0 ? 1 : 0);
    }
    return new MeasureAccumulator(layout).addAll(rows.build()).snapshot();
  }

  /** A subgroup under the relabelling. */
  private static SortedMap<String, String> mapped(SortedMap<String, String> group, List<String> income,
      List<String> race, List<String> newIncome, List<String> newRace) {
    return TreeMap.of("income", newIncome.get(income.indexOf(group.get("income").get())),
        "race", newRace.get(race.indexOf(group.get("race").get())));
  }

  /** A series under the relabelling; the explanations, which name the groups, are left out. */
  private static GroupSeries mapped(GroupSeries series, SortedMap<String, String> group) {
    return ImmutableGroupSeries.copyOf(series)
        .withGroup(group)
        .withValues(series.values().map(v -> ImmutableGroupValue.copyOf(v).withGroup(group)))
        .withGapChanges(series.gapChanges().map(c -> ImmutableGapChange.copyOf(c).withExplanationMessage(org.commonground.core.validation.Message.literal(""))));
  }

  private static GroupSeries withoutExplanations(GroupSeries series) {
    return ImmutableGroupSeries.copyOf(series)
        .withGapChanges(series.gapChanges().map(c -> ImmutableGapChange.copyOf(c).withExplanationMessage(org.commonground.core.validation.Message.literal(""))));
  }

  @Test
  void relabellingSubgroupsNeverMergesTwoOfThem() {
    qt().withExamples(200).forAll(integers().all(), integers().between(0, 400)).check((seed, count) -> {
      Random random = new Random(seed);
      List<String> income = labels(random, 1 + random.nextInt(4));
      List<String> race = labels(random, 1 + random.nextInt(4));
      List<String> newIncome = relabel(random, income);
      List<String> newRace = relabel(random, race);
      int partners = 1 + random.nextInt(3);
      int periods = 1 + random.nextInt(3);
      int[][] records = new int[count][];
      for (int r = 0; r < count; r++) {
        int indicator = random.nextInt(2);
        records[r] = new int[] {random.nextInt(partners), indicator, random.nextInt(periods),
            random.nextInt(income.size()), random.nextInt(race.size()), random.nextInt(indicator == 0 ? 2 : 5)};
      }
      MeasureLayout before = layout(partners, periods, income, race);
      MeasureLayout after = layout(partners, periods, newIncome, newRace);
      MeasurePartial partialBefore = partial(before, records);
      MeasurePartial partialAfter = partial(after, records);
      SortedMap<String, String> reference =
          TreeMap.of("income", income.get(random.nextInt(income.size())), "race", race.get(random.nextInt(race.size())));
      SortedMap<String, String> newReference = mapped(reference, income, race, newIncome, newRace);
      for (Indicator indicator : List.of(GRAD, VISITS)) {
        int code = indicator == GRAD ? 0 : 1;
        long withRecords = java.util.Arrays.stream(records).filter(r -> r[1] == code)
            .map(r -> r[3] * 16 + r[4]).distinct().count();
        DisaggregatedIndicator one =
            Disaggregation.of(partialBefore, indicator.id(), List.of("income", "race"), reference);
        DisaggregatedIndicator two =
            Disaggregation.of(partialAfter, indicator.id(), List.of("income", "race"), newReference);
        if (one.groups().size() != withRecords || two.groups().size() != withRecords) {
          return false;
        }
        for (int g = 0; g < one.groups().size(); g++) {
          GroupSeries series = one.groups().get(g);
          SortedMap<String, String> group = mapped(series.group(), income, race, newIncome, newRace);
          if (!withoutExplanations(two.groups().get(g)).equals(mapped(series, group))
              || !one.series(series.group()).contains(series)
              || !two.series(group).contains(two.groups().get(g))) {
            return false;
          }
        }
      }
      return true;
    });
  }
}
