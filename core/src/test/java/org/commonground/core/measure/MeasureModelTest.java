// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class MeasureModelTest {

  static ImmutableIndicator.Builder graduation() {
    return Indicator.builder()
        .id("grad-rate").name("Graduation rate").outcome("graduation")
        .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
        .periodType(PeriodType.SCHOOL_YEAR)
        .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR);
  }

  @Test
  void theAggregationDefaultsByUnit() {
    assertEquals(AggregationType.AVERAGE, graduation().build().aggregation());
    assertEquals(AggregationType.SUM, graduation().unit(Unit.COUNT).build().aggregation());
  }

  @Test
  void unitsDisplayAndAllowOnlyFittingAggregations() {
    assertEquals(75.0, Unit.PERCENT.display(45, 60));
    assertEquals(5.0, Unit.ratePer(1000).display(3, 600));
    assertEquals(12.0, Unit.COUNT.display(12, 0));
    assertTrue(Unit.COUNT.allows(AggregationType.MAX));
    assertFalse(Unit.PERCENT.allows(AggregationType.SUM));
    assertFalse(Unit.MEAN.allows(AggregationType.LAST));
    assertEquals("percent", Unit.PERCENT.toString());
    assertEquals("rate per 1000", Unit.ratePer(1000).toString());
    assertEquals("proportion per 1000", Unit.proportionPer(1000).toString());
    assertThrows(ValidationException.class, () -> Unit.ratePer(0));
  }

  @Test
  void everyProblemOfAnIndicatorIsReportedWithItsPath() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                graduation()
                    .aggregation(AggregationType.SUM)
                    .baseline(Option.of(Baseline.of(Period.schoolYear(2025), 78)))
                    .targets(List.of(
                        Target.interim(Period.schoolYear(2024), 84),
                        Target.longTerm(Period.year(2029), 90),
                        Target.longTerm(Period.schoolYear(2029), 140),
                        Target.interim(Period.schoolYear(2024), 85)))
                    .build());

    assertEquals(
        List.of(
            "aggregation: must fit a percent indicator (AVERAGE), got SUM",
            "targets[3]: duplicates targets[0] (SY2024-25)",
            "targets[0].period: must come after the baseline period (SY2025-26), got SY2024-25",
            "targets[1].period: must be a period of the indicator's calendar (SCHOOL_YEAR), got 2029 (CALENDAR_YEAR)",
            "targets[2].value: must be between 0 and 100 %, got 140.0",
            "targets[3].period: must come after the baseline period (SY2025-26), got SY2024-25"),
        e.violations().map(Violation::toString));
  }

  @Test
  void anIndicatorsFiscalYearsShareOneFirstMonth() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                graduation()
                    .periodType(PeriodType.FISCAL_YEAR)
                    .baseline(Option.of(Baseline.of(Period.fiscalYear(2020, 10), 78)))
                    .targets(List.of(
                        Target.interim(Period.fiscalYear(2024, 10), 84),
                        Target.longTerm(Period.fiscalYear(2028, 7), 90)))
                    .build());

    assertEquals(
        List.of("targets[1].period: must be a fiscal year starting in month 10 like FY2020-M10, got FY2028-M07"),
        e.violations().map(Violation::toString));
    assertEquals(
        Period.fiscalYear(2028, 7),
        graduation().periodType(PeriodType.FISCAL_YEAR)
            .targets(List.of(Target.longTerm(Period.fiscalYear(2028, 7), 90))).build()
            .finalTarget().get().period());
  }

  @Test
  void countsAndRatesCannotBeNegative() {
    ValidationException e =
        assertThrows(ValidationException.class,
            () -> graduation().unit(Unit.COUNT).baseline(Option.of(Baseline.of(Period.schoolYear(2020), -1))).build());
    assertEquals(List.of("baseline.value: must not be negative for a count, got -1.0"), e.violations().map(Violation::toString));
  }

  @Test
  void targetsAreFoundByPeriod() {
    Indicator indicator =
        graduation()
            .targets(List.of(Target.longTerm(Period.schoolYear(2029), 90), Target.interim(Period.schoolYear(2024), 84),
                Target.interim(Period.schoolYear(2026), 86)))
            .build();

    assertEquals(Option.of(84.0), indicator.targetFor(Period.schoolYear(2024)).map(Target::value));
    assertEquals(Option.of(86.0), indicator.nextTargetAfter(Period.schoolYear(2024)).map(Target::value));
    assertEquals(Option.none(), indicator.nextTargetAfter(Period.schoolYear(2029)));
    assertEquals(Option.of(90.0), indicator.finalTarget().map(Target::value));
    assertEquals(
        Option.of(86.0),
        graduation().targets(List.of(Target.interim(Period.schoolYear(2026), 86), Target.interim(Period.schoolYear(2024), 84)))
            .build().finalTarget().map(Target::value));
  }

  @Test
  void aSetNamesIndicatorsOfUnknownOutcomesAndWarnsOutsideEightToTen() {
    ValidationException e =
        assertThrows(ValidationException.class,
            () -> SharedMeasureSet.of("Eastside", List.of(Outcome.of("graduation", "Graduate")),
                List.of(graduation().build(), graduation().id("k-ready").outcome("kindergarten").build())));
    assertEquals(
        List.of("indicators[1].outcome: must be an outcome of the set (graduation), got \"kindergarten\""),
        e.violations().map(Violation::toString));

    SharedMeasureSet set =
        SharedMeasureSet.of("Eastside", List.of(Outcome.of("graduation", "Graduate"), Outcome.of("ready", "Ready")),
            List.of(graduation().build()));
    assertEquals(
        List.of(
            "outcomes: seed 001 advises a common set of eight to ten outcomes, got 2",
            "outcomes[1]: has no indicator to measure it (ready)"),
        set.warnings().map(Violation::toString));
    assertEquals(List.of("grad-rate"), set.indicatorsOf("graduation").map(Indicator::id));
  }

  @Test
  void eightToTenOutcomesDrawNoWarning() {
    List<Outcome> outcomes = List.range(0, 8).map(i -> Outcome.of("o" + i, "Outcome " + i));
    SharedMeasureSet set =
        SharedMeasureSet.of("Eight", outcomes, outcomes.map(o -> graduation().id("i-" + o.id()).outcome(o.id()).build()));

    assertEquals(List.empty(), set.warnings());
  }

  @Test
  void polarityJudgesChangesAndTargets() {
    assertTrue(Polarity.HIGHER_IS_BETTER.isImprovement(80, 84));
    assertFalse(Polarity.LOWER_IS_BETTER.isImprovement(80, 84));
    assertFalse(Polarity.HIGHER_IS_BETTER.isImprovement(80, 80));
    assertTrue(Polarity.LOWER_IS_BETTER.meets(10, 12));
    assertTrue(Polarity.HIGHER_IS_BETTER.meets(12, 12));
    assertEquals(Polarity.LOWER_IS_BETTER, Polarity.HIGHER_IS_BETTER.flip());
    assertEquals(-1, Polarity.LOWER_IS_BETTER.direction());
  }
}
