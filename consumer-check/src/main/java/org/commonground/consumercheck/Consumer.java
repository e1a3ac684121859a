// SPDX-License-Identifier: Apache-2.0
package org.commonground.consumercheck;

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
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.Continuum;
import org.commonground.core.relationship.Level;
import org.commonground.core.relationship.Partnership;
import org.commonground.scoring.measure.Scorecard;
import org.commonground.scoring.measure.ScorecardRow;
import org.commonground.scoring.measure.Scorecards;

/**
 * A user's code: it builds values of core and scores them with scoring, touching the types a
 * typical application touches (value factories, generated builders, results), so that the compiler
 * reads their class files and would warn about any annotation it cannot resolve.
 */
public final class Consumer {

  private Consumer() {}

  /**
   * Builds a small shared measure set and returns its scorecard's explanations.
   *
   * @return one line per indicator
   */
  public static List<String> scorecard() {
    Organization school = Organization.of("lincoln-hs", "Lincoln High School",
        List.of(Sector.of(Sector.Kind.PUBLIC, "education")));
    Indicator grad = Indicator.builder()
        .id("grad-rate").name("Graduation rate").outcome("graduation")
        .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
        .periodType(PeriodType.SCHOOL_YEAR).kind(IndicatorKind.CORE)
        .rbaCategory(RbaCategory.POPULATION_INDICATOR)
        .build();
    SharedMeasureSet measures = SharedMeasureSet.of("Sample",
        List.of(Outcome.of("graduation", "Every student graduates")), List.of(grad));
    ObservationSet data = ObservationSet.of(measures, List.of(
        Observation.ratio(school.id(), "grad-rate", Period.schoolYear(2022), 410, 500),
        Observation.ratio(school.id(), "grad-rate", Period.schoolYear(2023), 440, 500)));
    Scorecard card = Scorecards.of(data, List.of(school.id()));
    return card.rows().map(ScorecardRow::explanation);
  }

  /**
   * The same scorecard as {@link #scorecard()}, written as plain Java code writes it: named steps
   * instead of adjacent strings, {@code java.util} collections in, and the Vavr results converted
   * at the edge with {@code toJavaList()}.
   *
   * @return one line per indicator
   */
  public static java.util.List<String> scorecardFromJavaCollections() {
    Organization school = Organization.identified("lincoln-hs")
        .named("Lincoln High School")
        .in(Sector.of(Sector.Kind.PUBLIC, "education"));
    Indicator grad = Indicator.builder()
        .id("grad-rate").name("Graduation rate").outcome("graduation")
        .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
        .periodType(PeriodType.SCHOOL_YEAR).kind(IndicatorKind.CORE)
        .rbaCategory(RbaCategory.POPULATION_INDICATOR)
        .build();
    SharedMeasureSet measures = SharedMeasureSet.of("Sample",
        java.util.List.of(Outcome.builder().id("graduation").name("Every student graduates").build()),
        java.util.List.of(grad));
    java.util.List<Observation> rows = new java.util.ArrayList<>();
    rows.add(Observation.ratio(school.id(), "grad-rate", Period.schoolYear(2022), 410, 500));
    rows.add(Observation.ratio(school.id(), "grad-rate", Period.schoolYear(2023), 440, 500));
    ObservationSet data = ObservationSet.of(measures, rows);
    Scorecard card = Scorecards.of(data, java.util.List.of(school.id()));
    return card.rows().map(ScorecardRow::explanation).toJavaList();
  }

  /**
   * A partnership built with plain values for its optional attributes and {@code java.util}
   * collections for its members.
   *
   * @return the partnership's members' ids, as a {@code java.util.List}
   */
  public static java.util.List<String> partnership() {
    Organization school = Organization.identified("lincoln-hs")
        .named("Lincoln High School")
        .in(java.util.List.of(Sector.of(Sector.Kind.PUBLIC, "education")));
    Organization clinic = Organization.builder()
        .id("eastside-clinic")
        .name("Eastside Clinic")
        .sectors(java.util.Set.of(Sector.of(Sector.Kind.NONPROFIT, "health")))
        .build();
    Continuum continuum = Continua.COMMUNITY_TOOL_BOX;
    Level coordination = continuum.level("coordination").get();
    Partnership partnership = Partnership.builder()
        .name("Eastside Youth Partnership")
        .members(java.util.List.of(school, clinic))
        .commonGoal("Every Eastside student graduates healthy and ready for what comes next")
        .continuum(continuum)
        .currentLevel(coordination)
        .build();
    return partnership.members().map(Organization::id).toJavaList();
  }
}
