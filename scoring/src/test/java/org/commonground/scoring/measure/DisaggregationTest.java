package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.core.measure.ImmutableIndicator;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.numeric.ExactSum;
import org.junit.jupiter.api.Test;

class DisaggregationTest {

  private static final Indicator GRAD =
      ImmutableIndicator.copyOf(Fixtures.indicator("grad", Unit.PERCENT).build())
          .withTargets(List.of(Target.longTerm(Period.year(2030), 90)));

  private static final MeasureLayout LAYOUT =
      MeasureLayout.of(Fixtures.set(GRAD), CodeList.of(List.of("a", "b")),
          CodeList.of(List.of(Period.year(2021), Period.year(2022), Period.year(2023))),
          List.of(SubgroupDimension.of("income", List.of("low", "not low"))));

  /** Adds {@code graduates} of {@code students} records for a partner, period and income group. */
  private static void students(MeasureTable.Builder rows, int partner, int period, int income, int graduates, int students) {
    for (int s = 0; s < students; s++) {
      rows.add(partner, 0, period, new int[] {income}, s < graduates ? 1 : 0, 1);
    }
  }

  private static DisaggregatedIndicator byIncome() {
    MeasureTable.Builder rows = MeasureTable.builder(LAYOUT);
    // low income: 2021 60 of 100 (a: 30/50, b: 30/50), 2022 66 of 100, 2023 70 of 100
    // not low:    2021 80 of 100, 2022 82 of 100, 2023 84 of 100
    int[][] low = {{30, 30}, {33, 33}, {35, 35}};
    int[][] notLow = {{40, 40}, {41, 41}, {42, 42}};
    for (int p = 0; p < 3; p++) {
      for (int partner = 0; partner < 2; partner++) {
        students(rows, partner, p, 0, low[p][partner], 50);
        students(rows, partner, p, 1, notLow[p][partner], 50);
      }
    }
    MeasurePartial partial = new MeasureAccumulator(LAYOUT).addAll(rows.build()).snapshot();
    return Disaggregation.of(partial, "grad", List.of("income"), TreeMap.of("income", "not low"));
  }

  @Test
  void eachGroupIsPooledOverPartnersWithItsGapToTheReference() {
    GroupSeries low = byIncome().series(TreeMap.of("income", "low")).get();

    assertEquals(List.of(60.0, 66.0, 70.0), low.values().map(GroupValue::value));
    assertEquals(List.of(100L, 100L, 100L), low.values().map(GroupValue::records));
    // gaps: 60 − 80 = −20, 66 − 82 = −16, 70 − 84 = −14; ratios 0.75, 66/82, 70/84
    assertEquals(List.of(Option.of(-20.0), Option.of(-16.0), Option.of(-14.0)), low.values().map(GroupValue::gap));
    assertEquals(Option.of(0.75), low.values().head().gapRatio());
    // the gap shrank twice in a row
    assertEquals(Option.of(ImmutableGapTrend.of(GapTrend.Direction.NARROWING, 2)), low.gapTrend());
    assertEquals("narrowing for 2 periods", low.gapTrend().get().toString());
  }

  @Test
  void everyGroupIsMeasuredAgainstTheSameTarget() {
    DisaggregatedIndicator result = byIncome();

    assertEquals(Option.of(90.0), result.target().map(Target::value));
    assertEquals(Option.of(20.0), result.series(TreeMap.of("income", "low")).get().values().last().distanceToTarget());
    assertEquals(Option.of(6.0), result.series(TreeMap.of("income", "not low")).get().values().last().distanceToTarget());
    assertEquals(Option.none(), result.series(TreeMap.of("income", "not low")).get().gapTrend());
    assertEquals(
        "grad by income: each group's value pools its records over partners (Σ numerators / Σ denominators); "
            + "gaps are value − reference and value / reference, reference (income, not low); every group "
            + "measured against the same target, 90 by 2030.",
        result.explanation());
  }

  @Test
  void unknownDimensionsGroupsAndIndicatorsAreNamed() {
    MeasurePartial partial = new MeasureAccumulator(LAYOUT).snapshot();
    ValidationException e =
        assertThrows(ValidationException.class,
            () -> Disaggregation.of(partial, "nope", List.of("race"), TreeMap.of("income", "middle")));
    assertEquals(
        List.of(
            "indicator: must be an indicator of Test, got \"nope\"",
            "dimensions[0]: must be a dimension of the layout (income), got \"race\"",
            "reference: must name one group of each dimension (race), got (income)",
            "reference.income: must be a group of income(low, not low), got \"middle\""),
        e.violations().map(Violation::toString));
  }

  @Test
  void gapTrendsNeedTwoGaps() {
    assertEquals(Option.none(), Disaggregation.gapTrend(List.of(3.0)));
    assertEquals(Option.of(ImmutableGapTrend.of(GapTrend.Direction.WIDENING, 1)), Disaggregation.gapTrend(List.of(5.0, 3.0, 4.0)));
    assertEquals(Option.of(ImmutableGapTrend.of(GapTrend.Direction.UNCHANGED, 1)), Disaggregation.gapTrend(List.of(5.0, 4.0, 4.0)));
  }

  /**
   * Two dimensions over random records (and the mean indicator, whose values have fractions):
   * each group's value in each period is its records' pooled sums, groups come in the order of
   * their subgroups' text, periods in order, and the gaps are to the reference group.
   */
  @Test
  void groupsOfTwoDimensionsPoolTheirRecords() {
    qt().withExamples(40).forAll(integers().all(), integers().between(0, 2_000)).check((seed, records) -> {
      MeasureTable table = ColumnarFixtures.table(new java.util.Random(seed), records);
      MeasurePartial partial = new MeasureAccumulator(ColumnarFixtures.LAYOUT).addAll(table).snapshot();
      for (Indicator indicator : List.of(ColumnarFixtures.GRAD, ColumnarFixtures.SCORE, ColumnarFixtures.VISITS)) {
        TreeMap<String, String> reference = TreeMap.of("language", "spanish", "income", "low");
        DisaggregatedIndicator result =
            Disaggregation.of(partial, indicator.id(), List.of("language", "income"), reference);
        if (!result.groups().equals(pooled(table, indicator, reference))) {
          return false;
        }
      }
      return true;
    });
  }

  /** The series of every group, the slow way: plain maps of exact sums, row by row. */
  private static List<GroupSeries> pooled(MeasureTable table, Indicator indicator, TreeMap<String, String> reference) {
    MeasureLayout layout = table.layout();
    int code = layout.indicators().code(indicator).get();
    java.util.Map<String, java.util.TreeMap<Period, Object[]>> byGroup = new java.util.TreeMap<>();
    java.util.Map<String, TreeMap<String, String>> subgroups = new java.util.HashMap<>();
    for (int r = 0; r < table.size(); r++) {
      if (table.indicator(r) != code) {
        continue;
      }
      TreeMap<String, String> subgroup =
          TreeMap.of("income", layout.dimensions().get(0).groups().value(table.group(0, r)),
              "language", layout.dimensions().get(1).groups().value(table.group(1, r)));
      subgroups.put(subgroup.toString(), subgroup);
      Object[] cell = byGroup.computeIfAbsent(subgroup.toString(), g -> new java.util.TreeMap<>())
          .computeIfAbsent(layout.periods().value(table.period(r)), p -> new Object[] {new ExactSum(), new ExactSum(), new long[1]});
      ((ExactSum) cell[0]).add(table.numerator(r));
      ((ExactSum) cell[1]).add(table.denominator(r));
      ((long[]) cell[2])[0]++;
    }
    Unit unit = indicator.unit();
    java.util.function.Function<Object[], Double> value = cell -> unit.hasDenominator()
        ? unit.display(((ExactSum) cell[0]).value(), ((ExactSum) cell[1]).value()) : ((ExactSum) cell[0]).value();
    java.util.TreeMap<Period, Object[]> referenceCells = byGroup.getOrDefault(reference.toString(), new java.util.TreeMap<>());
    return List.ofAll(byGroup.entrySet()).map(group -> {
      List<GroupValue> values = List.ofAll(group.getValue().entrySet()).map(e -> {
        double v = value.apply(e.getValue());
        Option<Double> ref = Option.of(referenceCells.get(e.getKey())).map(value);
        return (GroupValue) ImmutableGroupValue.builder()
            .group(subgroups.get(group.getKey())).period(e.getKey()).value(v).records(((long[]) e.getValue()[2])[0])
            .gap(ref.map(x -> v - x)).gapRatio(ref.filter(x -> x != 0).map(x -> v / x))
            .distanceToTarget(Option.none())
            .build();
      });
      Option<GapTrend> trend = subgroups.get(group.getKey()).equals(reference)
          ? Option.none() : Disaggregation.gapTrend(values.flatMap(GroupValue::gap).map(Math::abs));
      return (GroupSeries) ImmutableGroupSeries.builder().group(subgroups.get(group.getKey())).values(values).gapTrend(trend).build();
    });
  }
}
