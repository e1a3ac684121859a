// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Seed 000: each partner tracks progress the same way. */
class ConformanceTest {

  private static final SharedMeasureSet MEASURES =
      SharedMeasureSet.of(
          "Eastside",
          List.of(Outcome.of("graduation", "Graduate"), Outcome.of("wellbeing", "Well-being")),
          List.of(
              MeasureModelTest.graduation().build(),
              MeasureModelTest.graduation().id("visits").name("Counseling visits").outcome("wellbeing")
                  .unit(Unit.COUNT).periodType(PeriodType.QUARTER).build(),
              MeasureModelTest.graduation().id("er-visits").name("ER visits per 1,000").outcome("wellbeing")
                  .unit(Unit.ratePer(1000)).polarity(Polarity.LOWER_IS_BETTER).periodType(PeriodType.CALENDAR_YEAR).build()));

  @Test
  void aConformingBatchIsAcceptedWhole() {
    List<Observation> batch =
        List.of(
            Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2023), 212, 251),
            Observation.ratio("eastside-hs", "grad-rate", Period.schoolYear(2023), 95, 120),
            Observation.ratio("eastside-hs", "grad-rate", Period.schoolYear(2023), 40, 50).withSubgroup(TreeMap.of("grade", "12")),
            Observation.count("eastside-cc", "visits", Period.quarter(2024, 1), 310),
            Observation.ratio("county-health", "er-visits", Period.year(2023), 1200, 900));

    ObservationSet set = ObservationSet.of(MEASURES, batch);

    assertEquals(batch, set.observations());
    assertEquals(MEASURES, set.measures());
    assertEquals("ObservationSet[5 observations for Eastside]", set.toString());
  }

  @Test
  void everyRejectIsReportedWithEveryReasonAndNothingIsAccepted() {
    List<Observation> batch =
        List.of(
            Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2023), 212, 251),
            Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2023), 200, 251),
            Observation.ratio("eastside-hs", "grad-rate", Period.year(2023), 130, 120),
            Observation.count("eastside-hs", "grad-rate", Period.schoolYear(2023), 95),
            Observation.ratio("eastside-cc", "visits", Period.quarter(2024, 1), -3, 10),
            Observation.ratio("county-health", "er-visits", Period.year(2023), 5, 0),
            Observation.count("county-health", "dropouts", Period.year(2023), 5));

    Validation<List<Violation>, ObservationSet> checked = ObservationSet.validate(MEASURES, batch);

    assertTrue(checked.isInvalid());
    assertEquals(
        List.of(
            "observations[1]: duplicates observations[0] (lincoln-hs, grad-rate, SY2023-24)",
            "observations[2].period: must be a period of the indicator's calendar (SCHOOL_YEAR), got 2023 (CALENDAR_YEAR)",
            "observations[2].numerator: must be at most the denominator (120.0) for a proportion, got 130.0",
            "observations[3].denominator: must be given for a percent indicator",
            "observations[4].denominator: must be absent for a count indicator, got 10.0",
            "observations[4].numerator: must not be negative for a count, got -3.0",
            "observations[5].denominator: must be greater than 0, got 0.0",
            "observations[6].indicator: must be an indicator of Eastside, got \"dropouts\""),
        checked.getError().map(Violation::toString));
    ValidationException e = assertThrows(ValidationException.class, () -> ObservationSet.of(MEASURES, batch));
    assertEquals(8, e.violations().size());
  }

  @Test
  void theSameKeyInAnotherSubgroupIsNoDuplicate() {
    Observation whole = Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2023), 212, 251);

    assertTrue(ObservationSet.validate(MEASURES, List.of(whole, whole.withSubgroup(TreeMap.of("grade", "12")))).isValid());
    assertEquals("lincoln-hs, grad-rate, SY2023-24, (grade, 12)", whole.withSubgroup(TreeMap.of("grade", "12")).key());
  }

  @Test
  void nanAndInfinityAreRejectedWhenAnObservationIsMade() {
    ValidationException e =
        assertThrows(ValidationException.class,
            () -> Observation.ratio("a", "grad-rate", Period.schoolYear(2023), Double.NaN, Double.POSITIVE_INFINITY));
    assertEquals(
        List.of("numerator: must be finite, got NaN", "denominator: must be finite, got Infinity"),
        e.violations().map(Violation::toString));
    assertThrows(ValidationException.class,
        () -> Observation.count("a", "visits", Period.quarter(2024, 1), 3).withRecords(Option.of(-1L)));
    assertThrows(ValidationException.class, () -> Observation.count(" ", "", Period.quarter(2024, 1), 3));
  }

  @Test
  void fiscalYearsOfOneIndicatorShareTheirFirstMonth() {
    Indicator budget = MeasureModelTest.graduation().id("served").name("Clients served").outcome("wellbeing")
        .unit(Unit.COUNT).periodType(PeriodType.FISCAL_YEAR).build();
    Indicator federal = MeasureModelTest.graduation().id("federal").name("Federal grants").outcome("wellbeing")
        .unit(Unit.COUNT).periodType(PeriodType.FISCAL_YEAR)
        .targets(List.of(Target.longTerm(Period.fiscalYear(2026, 10), 50))).build();
    SharedMeasureSet measures = SharedMeasureSet.of("Fiscal",
        List.of(Outcome.of("wellbeing", "Well-being")), List.of(budget, federal));

    List<Violation> found = ObservationSet.validate(measures, List.of(
        Observation.count("a", "served", Period.fiscalYear(2024, 7), 10),
        Observation.count("b", "served", Period.fiscalYear(2024, 10), 12),
        Observation.count("a", "federal", Period.fiscalYear(2024, 10), 3),
        Observation.count("b", "federal", Period.fiscalYear(2024, 7), 4))).getError();

    assertEquals(List.of(
        Violation.of("observations[1].period",
            "must be a fiscal year starting in month 7, as the indicator's first observation does, got FY2024-M10"),
        Violation.of("observations[3].period",
            "must be a fiscal year starting in month 10, as the indicator's baseline and targets do, got FY2024-M07")),
        found);
    assertEquals(2, ObservationSet.of(measures, List.of(
        Observation.count("a", "served", Period.fiscalYear(2024, 7), 10),
        Observation.count("b", "served", Period.fiscalYear(2025, 7), 12))).observations().size());
  }
}
