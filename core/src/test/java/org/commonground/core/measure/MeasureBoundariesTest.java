// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The edges of every range the measure model checks. */
class MeasureBoundariesTest {

  @Test
  void yearsRunFromOneThousandToNineThousandNineHundredNinetyNine() {
    assertEquals(1000, Period.year(1000).year());
    assertEquals(9999, Period.year(9999).year());
    assertEquals(9998, Period.schoolYear(9998).year());
    assertThrows(IllegalArgumentException.class, () -> Period.year(10000));
    assertThrows(IllegalArgumentException.class, () -> Period.schoolYear(9999));
    assertEquals(12, Period.month(2024, 12).index());
    assertEquals(1, Period.month(2024, 1).index());
    assertThrows(IllegalArgumentException.class, () -> Period.month(2024, 0));
    assertThrows(IllegalArgumentException.class, () -> Period.quarter(2024, 5));
    assertThrows(IllegalArgumentException.class, () -> Period.year(2024).periodsUntil(Period.schoolYear(2025)));
    assertNotEquals(Period.year(2024).hashCode(), Period.year(2025).hashCode());
  }

  private static ImmutableIndicator.Builder percent() {
    return MeasureModelTest.graduation();
  }

  @Test
  void aProportionMayBeExactlyZeroOrExactlyItsMultiplier() {
    assertDoesNotThrow(() -> percent().targets(List.of(Target.longTerm(Period.schoolYear(2030), 100))).build());
    assertDoesNotThrow(() -> percent().baseline(Option.of(Baseline.of(Period.schoolYear(2020), 0))).build());
    assertThrows(ValidationException.class,
        () -> percent().targets(List.of(Target.longTerm(Period.schoolYear(2030), Math.nextUp(100.0)))).build());
    assertThrows(ValidationException.class,
        () -> percent().baseline(Option.of(Baseline.of(Period.schoolYear(2020), Math.nextDown(0.0)))).build());
    assertThrows(ValidationException.class,
        () -> percent().baseline(Option.of(Baseline.of(Period.schoolYear(2020), Double.NaN))).build());
    assertDoesNotThrow(() -> percent().unit(Unit.COUNT).baseline(Option.of(Baseline.of(Period.schoolYear(2020), 0))).build());
    assertDoesNotThrow(() -> percent().unit(Unit.MEAN).baseline(Option.of(Baseline.of(Period.schoolYear(2020), -5))).build());
    assertThrows(ValidationException.class,
        () -> percent().unit(Unit.proportionPer(1000)).baseline(Option.of(Baseline.of(Period.schoolYear(2020), 1001))).build());
  }

  @Test
  void aBaselineInTheTargetsPeriodIsTooLate() {
    assertThrows(ValidationException.class,
        () -> percent().baseline(Option.of(Baseline.of(Period.schoolYear(2024), 70)))
            .targets(List.of(Target.longTerm(Period.schoolYear(2024), 80))).build());
  }

  @Test
  void theFinalTargetPrefersTheLongTermOne() {
    Indicator indicator =
        percent().targets(List.of(Target.interim(Period.schoolYear(2030), 95), Target.longTerm(Period.schoolYear(2028), 90))).build();
    assertEquals(Option.of(90.0), indicator.finalTarget().map(Target::value));
    assertEquals(Option.none(), percent().build().finalTarget());
  }

  private static final SharedMeasureSet SET =
      SharedMeasureSet.of("S", List.of(Outcome.of("graduation", "G")),
          List.of(percent().build(), percent().id("n").unit(Unit.COUNT).build(), percent().id("m").unit(Unit.MEAN).build()));

  private static boolean conforms(Observation o) {
    return ObservationSet.validate(SET, List.of(o)).isValid();
  }

  @Test
  void aNumeratorMayEqualItsDenominatorAndZeroIsAValue() {
    Period p = Period.schoolYear(2023);
    assertTrue(conforms(Observation.ratio("a", "grad-rate", p, 50, 50)));
    assertFalse(conforms(Observation.ratio("a", "grad-rate", p, Math.nextUp(50.0), 50)));
    assertTrue(conforms(Observation.ratio("a", "grad-rate", p, 0, 50)));
    assertFalse(conforms(Observation.ratio("a", "grad-rate", p, -0.5, 50)));
    assertTrue(conforms(Observation.ratio("a", "grad-rate", p, 0, Double.MIN_VALUE)));
    assertFalse(conforms(Observation.ratio("a", "grad-rate", p, 0, -1)));
    assertTrue(conforms(Observation.count("a", "n", p, 0)));
    assertTrue(conforms(Observation.ratio("a", "m", p, -20, 4)));
    assertTrue(conforms(Observation.count("a", "n", p, 3).withRecords(Option.of(0L))));
  }

  @Test
  void observationSetsAreValues() {
    List<Observation> batch = List.of(Observation.count("a", "n", Period.schoolYear(2023), 3));
    assertEquals(ObservationSet.of(SET, batch), ObservationSet.of(SET, batch));
    assertEquals(ObservationSet.of(SET, batch).hashCode(), ObservationSet.of(SET, batch).hashCode());
    assertNotEquals(ObservationSet.of(SET, batch), ObservationSet.of(SET, List.empty()));
    assertNotEquals(ObservationSet.of(SET, batch), batch);
  }

  @Test
  void observationsCopyWithSubgroupAndRecords() {
    Observation o = Observation.count("a", "n", Period.schoolYear(2023), 3);
    assertEquals(TreeMap.of("grade", "9"), o.withSubgroup(TreeMap.of("grade", "9")).subgroup());
    assertEquals(Option.of(3L), o.withRecords(Option.of(3L)).records());
    assertEquals(TreeMap.empty(), o.subgroup());
  }

  @Test
  void tenOutcomesAreAdvisedElevenAreNot() {
    for (int n : new int[] {10, 11, 7}) {
      List<Outcome> outcomes = List.range(0, n).map(i -> Outcome.of("o" + i, "O" + i));
      SharedMeasureSet set = SharedMeasureSet.of("S", outcomes, outcomes.map(o -> percent().id("i" + o.id()).outcome(o.id()).build()));
      assertEquals(n == 10 ? 0 : 1, set.warnings().size(), n + " outcomes");
    }
    assertThrows(ValidationException.class, () -> Outcome.of("", "x"));
  }

  @Test
  void unitsNameThemselvesAndCountsTakeNoMultiplier() {
    assertEquals("count", Unit.COUNT.toString());
    assertEquals("mean", Unit.MEAN.toString());
    assertEquals("rate per 2.5", Unit.ratePer(2.5).toString());
    assertThrows(ValidationException.class, () -> ImmutableUnit.of(UnitKind.COUNT, 2));
    assertThrows(ValidationException.class, () -> Unit.ratePer(Double.POSITIVE_INFINITY));
  }

  @Test
  void polarityMeetsATargetAtTheTargetItself() {
    assertTrue(Polarity.HIGHER_IS_BETTER.meets(90, 90));
    assertFalse(Polarity.HIGHER_IS_BETTER.meets(Math.nextDown(90.0), 90));
    assertTrue(Polarity.LOWER_IS_BETTER.meets(12, 12));
    assertFalse(Polarity.LOWER_IS_BETTER.meets(Math.nextUp(12.0), 12));
    assertTrue(Polarity.LOWER_IS_BETTER.isImprovement(12, 11.5));
    assertEquals("higher is better", Polarity.HIGHER_IS_BETTER.toString());
    assertEquals("lower is better", Polarity.LOWER_IS_BETTER.toString());
  }

  @Test
  void aCountMustBeAWholeNumber() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Observation.count("a", "n", Period.year(2024), 1.5));
    assertEquals(1, e.count());
    assertEquals("numerator", e.violations().head().path());
    assertEquals("must be a whole number for a count (no denominator), got 1.5", e.violations().head().message());
    assertDoesNotThrow(() -> Observation.count("a", "n", Period.year(2024), 37));
    assertDoesNotThrow(() -> Observation.count("a", "n", Period.year(2024), 0));
    assertDoesNotThrow(() -> Observation.ratio("a", "n", Period.year(2024), 1.5, 2));
    ValidationException nan =
        assertThrows(ValidationException.class, () -> Observation.count("a", "n", Period.year(2024), Double.NaN));
    assertEquals(1, nan.count());
  }

  @Test
  void anObservationsPartnerAndIndicatorMustBeIds() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Observation.count("a\u0007", " n", Period.year(2024), 1));
    assertEquals(List.of("partner", "indicator"), e.violations().map(v -> v.path()));
  }
}
