// SPDX-License-Identifier: Apache-2.0
package org.commonground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.alignment.Rating;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.IndicatorKind;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.PeriodType;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.RbaCategory;
import org.commonground.core.measure.Unit;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.readiness.CommunityReadinessModel;
import org.commonground.core.readiness.DimensionRating;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ReadinessDimension;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.Continuum;
import org.commonground.core.relationship.FitQuestion;
import org.commonground.core.relationship.Level;
import org.commonground.core.relationship.Partnership;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Every public builder with an optional attribute takes the plain value as well as an Option. */
class PlainValueBuildersTest {

  private static final Continuum CTB = Continua.COMMUNITY_TOOL_BOX;
  private static final Level COORDINATION = CTB.level("coordination").get();
  private static final Organization SCHOOL =
      Organization.of("lincoln-hs", "Lincoln High School", List.of(Sector.of(Sector.Kind.PUBLIC, "education")));
  private static final Organization CLINIC =
      Organization.of("eastside-clinic", "Eastside Clinic", List.of(Sector.of(Sector.Kind.NONPROFIT, "health")));

  private static Partnership.Builder partnership() {
    return Partnership.builder()
        .name("Eastside Youth Partnership")
        .members(List.of(SCHOOL, CLINIC))
        .commonGoal("Every Eastside student graduates")
        .continuum(CTB);
  }

  private static Indicator.Builder indicator() {
    return Indicator.builder()
        .id("grad-rate").name("Graduation rate").outcome("graduation")
        .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
        .periodType(PeriodType.SCHOOL_YEAR).kind(IndicatorKind.CORE)
        .rbaCategory(RbaCategory.POPULATION_INDICATOR);
  }

  /** A question with every requirement available, given as a java.util map. */
  private static FitQuestion.Builder fitQuestion() {
    java.util.Map<String, Integer> available = new java.util.HashMap<>();
    Continua.REQUIREMENTS.forEach(r -> available.put(r, 3));
    return FitQuestion.builder().continuum(CTB).available(available);
  }

  private static List<String> paths(Runnable build) {
    ValidationException e = assertThrows(ValidationException.class, build::run);
    return e.violations().map(Violation::path);
  }

  @Test
  void thePlainValueAndItsOptionBuildEqualValues() {
    assertEquals(partnership().currentLevel(Option.of(COORDINATION)).build(),
        partnership().currentLevel(COORDINATION).build());
    assertEquals(Option.of(COORDINATION), partnership().currentLevel(COORDINATION).build().currentLevel());

    Baseline baseline = Baseline.of(Period.schoolYear(2022), 0.8);
    assertEquals(indicator().baseline(Option.of(baseline)).build(), indicator().baseline(baseline).build());

    assertEquals(Item.builder().id("i1").factor("f").text(Option.of("We trust each other")).build(),
        Item.builder().id("i1").factor("f").text("We trust each other").build());

    Level networking = CTB.level("networking").get();
    assertEquals(
        fitQuestion().necessary(Option.of(COORDINATION)).current(Option.of(networking)).build(),
        fitQuestion().necessary(COORDINATION).current(networking).build());

    assertEquals(Rating.builder().partner("p").dimension("d").value(3).criterion(Option.of("c")).build(),
        Rating.builder().partner("p").dimension("d").value(3).criterion("c").build());

    assertEquals(DimensionRating.builder().dimension("d").firstScorer(3).secondScorer(4).consensus(Option.of(3.5)).build(),
        DimensionRating.builder().dimension("d").firstScorer(3).secondScorer(4).consensus(3.5).build());

    List<ReadinessDimension> dimensions = List.of(ReadinessDimension.of("knowledge", "Knowledge of the issue"));
    assertEquals(CommunityReadinessModel.builder().edition("e").source(Option.of("s")).dimensions(dimensions).build(),
        CommunityReadinessModel.builder().edition("e").source("s").dimensions(dimensions).build());

    Observation.Builder observation = Observation.builder()
        .partner("lincoln-hs").indicator("grad-rate").period(Period.schoolYear(2023)).numerator(410);
    assertEquals(observation.denominator(Option.of(500.0)).records(Option.of(500L)).build(),
        observation.denominator(500).records(500).build());
  }

  @Test
  void theOptionFormStillWorksAndNoneIsTheDefault() {
    assertEquals(Option.none(), partnership().build().currentLevel());
    assertEquals(Option.none(), partnership().currentLevel(Option.none()).build().currentLevel());
  }

  @Test
  void aNullPlainValueIsAViolationNamedByItsPath() {
    assertEquals(List.of("currentLevel"), paths(() -> partnership().currentLevel((Level) null).build()));
    assertEquals(List.of("baseline"), paths(() -> indicator().baseline((Baseline) null).build()));
    assertEquals(List.of("text"), paths(() -> Item.builder().id("i1").factor("f").text((String) null).build()));
    assertEquals(List.of("necessary", "current"),
        paths(() -> fitQuestion().necessary((Level) null).current((Level) null).build()));
    assertEquals(List.of("source"),
        paths(() -> CommunityReadinessModel.builder().edition("e").source((String) null)
            .dimensions(List.of(ReadinessDimension.of("knowledge", "Knowledge of the issue"))).build()));
    assertTrue(paths(() -> Rating.builder().partner("p").dimension("d").value(3).criterion((String) null).build())
        .contains("criterion"));
  }

  @Test
  void theBuilderOfEachValueIsTheDocumentedSubclassOfTheGeneratedOne() {
    Partnership.Builder builder = Partnership.builder();
    // Every generated setter returns the documented builder, so that chains keep its overloads.
    Partnership.Builder chained = builder.name("n").currentLevel(COORDINATION).commonGoal("g");
    assertEquals(builder, chained);
  }
}
