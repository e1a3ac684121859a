// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.commonground.core.measure.Baseline;
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
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;

/**
 * The sample partnership's shared measures: three outcomes, four indicators, and three years of
 * observations from the partners that report them.
 *
 * <pre>{@code
 * Scorecards.of(SampleMeasures.observations(), SampleMeasures::reporters);
 * }</pre>
 */
public final class SampleMeasures {

  private SampleMeasures() {}

  /** Who reports what: the partners expected for each indicator. */
  private static final Map<String, List<String>> REPORTERS =
      HashMap.of(
          "grad-rate", List.of("lincoln-hs", "youth-works"),
          "chronic-absence", List.of("lincoln-hs"),
          "counseling-visits", List.of("eastside-cc", "county-health"),
          "coaching-completions", List.of("riverside-cu", "youth-works"));

  /**
   * The shared measure set.
   *
   * @return the outcomes and indicators
   */
  public static SharedMeasureSet measures() {
    return SharedMeasureSet.of(
        SamplePartnership.NAME + " shared measures",
        List.of(
            Outcome.of("graduation", "Every student graduates ready for a career or college"),
            Outcome.of("well-being", "Young people are healthy and supported"),
            Outcome.of("economic-mobility", "Young adults are financially secure")),
        List.of(
            indicator("grad-rate", "Graduation rate", "graduation", Unit.PERCENT, Polarity.HIGHER_IS_BETTER,
                    PeriodType.SCHOOL_YEAR, IndicatorKind.CORE, RbaCategory.POPULATION_INDICATOR)
                .baseline(Option.of(Baseline.of(Period.schoolYear(2020), 78.0)))
                .targets(List.of(Target.interim(Period.schoolYear(2023), 84.0), Target.longTerm(Period.schoolYear(2027), 90.0)))
                .build(),
            indicator("chronic-absence", "Chronic absence", "graduation", Unit.PERCENT, Polarity.LOWER_IS_BETTER,
                    PeriodType.SCHOOL_YEAR, IndicatorKind.CONTRIBUTING, RbaCategory.POPULATION_INDICATOR)
                .baseline(Option.of(Baseline.of(Period.schoolYear(2020), 24.0)))
                .targets(List.of(Target.longTerm(Period.schoolYear(2027), 12.0)))
                .build(),
            indicator("counseling-visits", "Counseling visits", "well-being", Unit.COUNT, Polarity.HIGHER_IS_BETTER,
                    PeriodType.CALENDAR_YEAR, IndicatorKind.CONTRIBUTING, RbaCategory.HOW_MUCH)
                .build(),
            indicator("coaching-completions", "Financial coaching completed", "economic-mobility", Unit.PERCENT,
                    Polarity.HIGHER_IS_BETTER, PeriodType.CALENDAR_YEAR, IndicatorKind.CORE, RbaCategory.BETTER_OFF)
                .build()));
  }

  /**
   * Three years of observations: school years 2021–22 to 2023–24 and calendar years 2021 to 2023.
   * Eastside Counseling Center did not report its 2023 visits.
   *
   * @return the conforming observations
   */
  public static ObservationSet observations() {
    List<Observation> observations =
        List.of(
            Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2021), 402, 505),
            Observation.ratio("youth-works", "grad-rate", Period.schoolYear(2021), 31, 58),
            Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2022), 421, 510),
            Observation.ratio("youth-works", "grad-rate", Period.schoolYear(2022), 38, 61),
            Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2023), 433, 512),
            Observation.ratio("youth-works", "grad-rate", Period.schoolYear(2023), 44, 64),
            Observation.ratio("lincoln-hs", "chronic-absence", Period.schoolYear(2021), 1310, 5480),
            Observation.ratio("lincoln-hs", "chronic-absence", Period.schoolYear(2022), 1150, 5510),
            Observation.ratio("lincoln-hs", "chronic-absence", Period.schoolYear(2023), 1205, 5530),
            Observation.count("eastside-cc", "counseling-visits", Period.year(2021), 1840),
            Observation.count("county-health", "counseling-visits", Period.year(2021), 960),
            Observation.count("eastside-cc", "counseling-visits", Period.year(2022), 2115),
            Observation.count("county-health", "counseling-visits", Period.year(2022), 1010),
            Observation.count("county-health", "counseling-visits", Period.year(2023), 1122),
            Observation.ratio("riverside-cu", "coaching-completions", Period.year(2021), 61, 140),
            Observation.ratio("youth-works", "coaching-completions", Period.year(2021), 22, 75),
            Observation.ratio("riverside-cu", "coaching-completions", Period.year(2022), 70, 150),
            Observation.ratio("youth-works", "coaching-completions", Period.year(2022), 30, 80),
            Observation.ratio("riverside-cu", "coaching-completions", Period.year(2023), 84, 160),
            Observation.ratio("youth-works", "coaching-completions", Period.year(2023), 41, 90));
    return ObservationSet.of(measures(), observations);
  }

  /**
   * The partners expected to report an indicator.
   *
   * @param indicator the indicator
   * @return its reporters
   */
  public static List<String> reporters(Indicator indicator) {
    return REPORTERS.get(indicator.id()).getOrElse(List.empty());
  }

  private static org.commonground.core.measure.ImmutableIndicator.Builder indicator(
      String id, String name, String outcome, Unit unit, Polarity polarity, PeriodType periodType,
      IndicatorKind kind, RbaCategory category) {
    return Indicator.builder()
        .id(id).name(name).outcome(outcome).unit(unit).polarity(polarity)
        .periodType(periodType).kind(kind).rbaCategory(category);
  }
}
