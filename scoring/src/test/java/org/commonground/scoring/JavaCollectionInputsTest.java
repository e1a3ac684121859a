// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.IndicatorKind;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Outcome;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.PeriodType;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.RbaCategory;
import org.commonground.core.measure.SharedMeasureSet;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.alignment.Agreement;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.RollUp;
import org.commonground.scoring.measure.Scorecards;
import org.commonground.scoring.measure.SubgroupDimension;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.Hierarchy;
import org.commonground.scoring.suppression.MagnitudeTable;
import org.junit.jupiter.api.Test;

/** Scoring's entry points take java.util collections (or any Iterable) and give what Vavr's give. */
class JavaCollectionInputsTest {

  private static final Indicator GRAD = Indicator.builder()
      .id("grad-rate").name("Graduation rate").outcome("graduation")
      .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
      .periodType(PeriodType.SCHOOL_YEAR).kind(IndicatorKind.CORE)
      .rbaCategory(RbaCategory.POPULATION_INDICATOR)
      .build();
  private static final ObservationSet DATA = ObservationSet.of(
      SharedMeasureSet.of("Sample", java.util.List.of(Outcome.of("graduation", "Every student graduates")),
          java.util.List.of(GRAD)),
      java.util.List.of(
          Observation.ratio("a", "grad-rate", Period.schoolYear(2022), 410, 500),
          Observation.ratio("a", "grad-rate", Period.schoolYear(2023), 440, 500),
          Observation.ratio("b", "grad-rate", Period.schoolYear(2023), 90, 120)));

  @Test
  void measuresGiveEqualResultsFromJavaUtilAndVavr() {
    assertEquals(Scorecards.of(DATA, List.of("a", "b")), Scorecards.of(DATA, java.util.List.of("a", "b")));
    assertEquals(RollUp.communityValues(DATA, List.of("a", "b")), RollUp.communityValues(DATA, java.util.List.of("a", "b")));
    assertEquals(RollUp.communityValue(DATA, "grad-rate", Period.schoolYear(2023), List.of("a", "b")),
        RollUp.communityValue(DATA, "grad-rate", Period.schoolYear(2023), java.util.Set.of("a", "b")));
    assertEquals(Scorecards.row(GRAD, RollUp.communityValues(DATA, List.of("a", "b"))),
        Scorecards.row(GRAD, RollUp.communityValues(DATA, List.of("a", "b")).toJavaList()));
    assertEquals(SubgroupDimension.of("grade", List.of("9", "10")), SubgroupDimension.of("grade", java.util.List.of("9", "10")));
    assertEquals(CodeList.of(List.of("x", "y")).values(), CodeList.of(java.util.List.of("x", "y")).values());
  }

  @Test
  void agreementAndTablesTakeJavaUtilCollections() {
    assertEquals(Agreement.rwg(List.of(3, 4, 4), 5), Agreement.rwg(java.util.List.of(3, 4, 4), 5));

    double[][] values = {{1, 2}, {3, 4}};
    long[][] records = {{11, 12}, {13, 14}};
    CountTable vavr = CountTable.of(List.of("r1", "r2"), List.of("c1", "c2"), values, records, true, true);
    CountTable fromJava = CountTable.of(java.util.List.of("r1", "r2"), java.util.List.of("c1", "c2"), values, records, true, true);
    assertEquals(vavr.dimensions(), fromJava.dimensions());
    assertEquals(vavr.value(List.of("r1", "c2")), fromJava.value(java.util.List.of("r1", "c2")));

    assertEquals(Hierarchy.grouped("region", LinkedHashMap.of("north", List.of("a", "b"))),
        Hierarchy.grouped("region", java.util.Map.of("north", java.util.List.of("a", "b"))));
    MagnitudeTable table = MagnitudeTable.builder(java.util.List.of(Hierarchy.flat("term", java.util.List.of("fall"))))
        .add("x", 5, "fall").build();
    assertEquals(table.value(List.of("fall")), table.value(java.util.List.of("fall")));
  }

  @Test
  void nullsInJavaUtilInputsAreViolationsWithTheirPaths() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Scorecards.of(DATA, java.util.Arrays.asList("a", null)));
    assertTrue(e.violations().map(Violation::path).exists(p -> p.startsWith("expectedPartners")), e.getMessage());
    ValidationException rwg = assertThrows(ValidationException.class,
        () -> Agreement.rwg(java.util.Arrays.asList(3, null), 5));
    assertTrue(rwg.violations().map(Violation::path).exists(p -> p.startsWith("ratings")), rwg.getMessage());
  }
}
