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
}
