package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
