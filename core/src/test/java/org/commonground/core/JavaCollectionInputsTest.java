// SPDX-License-Identifier: Apache-2.0
package org.commonground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import org.commonground.core.alignment.Criterion;
import org.commonground.core.alignment.Dimension;
import org.commonground.core.alignment.Framework;
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
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.readiness.Ladder;
import org.commonground.core.readiness.LadderResponse;
import org.commonground.core.readiness.LadderStep;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.GroundRule;
import org.commonground.core.relationship.GroundRules;
import org.commonground.core.relationship.Partnership;
import org.commonground.core.relationship.Relationships;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Core's entry points take java.util collections (or any Iterable) and give what Vavr's give. */
class JavaCollectionInputsTest {

  private static final Sector EDUCATION = Sector.of(Sector.Kind.PUBLIC, "education");
  private static final Sector HEALTH = Sector.of(Sector.Kind.NONPROFIT, "health");

  private static List<String> paths(Runnable call) {
    ValidationException e = assertThrows(ValidationException.class, call::run);
    return e.violations().map(Violation::path);
  }

  @Test
  void factoriesGiveEqualValuesFromJavaUtilAndVavr() {
    assertEquals(Organization.of("s", "School", List.of(EDUCATION, HEALTH)),
        Organization.of("s", "School", java.util.List.of(EDUCATION, HEALTH)));

    List<Criterion> criteria = List.of(Criterion.of("c1", "Shared vision"), Criterion.of("c2", "Shared data"));
    Dimension dimension = Dimension.of("vision", "Vision", "Shared vision", criteria);
    assertEquals(dimension, Dimension.of("vision", "Vision", "Shared vision", criteria.toJavaList()));
    assertEquals(Framework.of("f", "Framework", "1st", "source", List.of(dimension)),
        Framework.of("f", "Framework", "1st", "source", java.util.List.of(dimension)));

    List<LadderStep> steps = List.of(LadderStep.of("A", "We refer"), LadderStep.of("B", "We follow up"));
    assertEquals(Ladder.of("l", "Ladder", steps), Ladder.of("l", "Ladder", new java.util.ArrayList<>(steps.toJavaList())));
    assertEquals(ResponseScale.of(1, 3, List.of("low", "mid", "high")),
        ResponseScale.of(1, 3, java.util.List.of("low", "mid", "high")));
    assertEquals(LadderResponse.of("r1", TreeSet.of("A", "B")), LadderResponse.of("r1", java.util.Set.of("B", "A")));

    assertEquals(SurveyResponse.of("r1", HashMap.of("i1", 3, "i2", 4)),
        SurveyResponse.of("r1", java.util.Map.of("i1", 3, "i2", 4)));
    assertEquals(GroundRules.of(TreeMap.of(GroundRule.MEDIA, "the chair")),
        GroundRules.of(java.util.Map.of(GroundRule.MEDIA, "the chair")));
  }

  @Test
  void buildersTakeJavaUtilCollections() {
    Organization school = Organization.of("s", "School", List.of(EDUCATION));
    Organization clinic = Organization.of("c", "Clinic", List.of(HEALTH));
    Partnership.Builder base = Partnership.builder()
        .name("P").commonGoal("Goal").continuum(Continua.COMMUNITY_TOOL_BOX);
    assertEquals(base.members(List.of(school, clinic)).build(),
        base.members(java.util.List.of(school, clinic)).build());
    assertEquals(Organization.builder().id("s").name("School").sectors(List.of(EDUCATION)).build(),
        Organization.builder().id("s").name("School").sectors(java.util.List.of(EDUCATION)).build());
  }

  @Test
  void relationshipsAndMeasuresTakeJavaUtilCollections() {
    assertEquals(
        Relationships.classify(Continua.COMMUNITY_TOOL_BOX, List.of("exchange-information"),
            TreeSet.of(Sector.Kind.PUBLIC, Sector.Kind.NONPROFIT)),
        Relationships.classify(Continua.COMMUNITY_TOOL_BOX, java.util.List.of("exchange-information"),
            java.util.EnumSet.of(Sector.Kind.PUBLIC, Sector.Kind.NONPROFIT)));
    assertEquals(Continua.communityToolBox(TreeSet.of(Sector.Kind.PUBLIC, Sector.Kind.PRIVATE)),
        Continua.communityToolBox(java.util.Set.of(Sector.Kind.PRIVATE, Sector.Kind.PUBLIC)));

    Indicator grad = Indicator.builder()
        .id("grad-rate").name("Graduation rate").outcome("graduation")
        .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
        .periodType(PeriodType.SCHOOL_YEAR).kind(IndicatorKind.CORE)
        .rbaCategory(RbaCategory.POPULATION_INDICATOR)
        .build();
    SharedMeasureSet measures = SharedMeasureSet.of("Sample",
        java.util.List.of(Outcome.of("graduation", "Every student graduates")), java.util.List.of(grad));
    assertEquals(SharedMeasureSet.of("Sample", List.of(Outcome.of("graduation", "Every student graduates")), List.of(grad)),
        measures);
    java.util.List<Observation> rows = java.util.List.of(
        Observation.ratio("s", "grad-rate", Period.schoolYear(2023), 410, 500),
        Observation.ratio("s", "grad-rate", Period.schoolYear(2022), 400, 500));
    assertEquals(ObservationSet.of(measures, List.ofAll(rows)), ObservationSet.of(measures, rows));
    assertEquals(ObservationSet.validate(measures, List.ofAll(rows)), ObservationSet.validate(measures, rows));

    Observation o = rows.get(0);
    assertEquals(o.withSubgroup(TreeMap.of("grade", "9")), o.withSubgroup(java.util.Map.of("grade", "9")));
  }

  @Test
  void nullsInJavaUtilInputsAreViolationsWithTheirPaths() {
    assertEquals(List.of("sectors[1]"),
        paths(() -> Organization.of("s", "School", java.util.Arrays.asList(EDUCATION, null))));
    assertEquals(List.of("sectors"), paths(() -> Organization.of("s", "School", (java.util.List<Sector>) null)));
    java.util.Map<String, Integer> answers = new java.util.HashMap<>();
    answers.put("i1", null);
    assertTrue(paths(() -> SurveyResponse.of("r1", answers)).exists(p -> p.startsWith("answers")));
    java.util.Map<GroundRule, String> agreed = new java.util.HashMap<>();
    agreed.put(null, "x");
    assertTrue(paths(() -> GroundRules.of(agreed)).exists(p -> p.startsWith("agreed")));
    assertTrue(paths(() -> LadderResponse.of("r1", java.util.Arrays.asList("A", null))).exists(p -> p.startsWith("checked")));
  }

  @Test
  void resultsStayVavrAndConvertWithToJava() {
    Organization school = Organization.of("s", "School", java.util.List.of(EDUCATION, HEALTH));
    List<Sector> sectors = school.sectors();
    java.util.List<Sector> javaSectors = sectors.toJavaList();
    assertEquals(java.util.List.of(EDUCATION, HEALTH), javaSectors);
  }
}
