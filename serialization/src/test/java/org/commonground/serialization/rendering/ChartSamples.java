// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.rendering;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.alignment.Rating;
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
import org.commonground.core.readiness.Category;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.scoring.alignment.AlignmentScoring;
import org.commonground.scoring.alignment.FrameworkProfile;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.Disaggregation;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.scoring.measure.ScorecardRow;
import org.commonground.scoring.measure.Scorecards;
import org.commonground.scoring.measure.SubgroupDimension;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.readiness.SurveyScoring;

/**
 * Real results to chart, computed with scoring's entry points from small hand-made data.
 *
 * <pre>{@code
 * String svg = Charts.trend(ChartSamples.graduation("Graduation rate"));
 * }</pre>
 */
final class ChartSamples {

  private ChartSamples() {}

  /** An indicator with the given name, higher is better, calendar years. */
  static Indicator indicator(String id, String name, Unit unit) {
    return Indicator.builder()
        .id(id).name(name).outcome("o")
        .unit(unit).polarity(Polarity.HIGHER_IS_BETTER)
        .periodType(PeriodType.CALENDAR_YEAR)
        .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR)
        .baseline(Option.of(Baseline.of(Period.year(2018), 80)))
        .targets(List.of(Target.interim(Period.year(2024), 86), Target.longTerm(Period.year(2026), 90)))
        .build();
  }

  /**
   * Graduation at two schools: 80, 82, 84 % in 2019–2021, nothing in 2022, 85 % and 87 % in
   * 2023–2024; school "b" did not report in 2021, so 2021 is the school "a"'s alone.
   */
  static ScorecardRow graduation(String name) {
    Indicator grad = indicator("grad", name, Unit.PERCENT);
    List<Observation> observations = List.empty();
    int[] years = {2019, 2020, 2021, 2023, 2024};
    int[] rates = {80, 82, 84, 85, 87};
    for (int i = 0; i < years.length; i++) {
      observations = observations.append(Observation.ratio("a", "grad", Period.year(years[i]), rates[i] * 10, 1000));
      if (years[i] != 2021) {
        observations = observations.append(Observation.ratio("b", "grad", Period.year(years[i]), rates[i] * 10, 1000));
      }
    }
    SharedMeasureSet set = SharedMeasureSet.of("Test", List.of(Outcome.of("o", "Outcome")), List.of(grad));
    return Scorecards.of(ObservationSet.of(set, observations), List.of("a", "b")).row("grad").get();
  }

  /** Three factors on a 1–5 scale, means 4.25 (strength), 3.5 (borderline) and 2 (concern), named as given. */
  static SurveyScore survey(String first, String second, String third) {
    Instrument instrument = Instrument.builder()
        .id("cfi").name("Collaboration factors").edition("2")
        .scale(ResponseScale.AGREEMENT_1_TO_5)
        .categories(List.of(Category.of("c", "C")))
        .factors(List.of(Factor.of("trust", first, "c"), Factor.of("roles", second, "c"), Factor.of("money", third, "c")))
        .items(List.of(Item.of("q1", "trust"), Item.of("q2", "roles"), Item.of("q3", "money")))
        .build();
    int[][] answers = {{5, 4, 2}, {4, 3, 2}, {4, 4, 2}, {4, 3, 2}};
    List<SurveyResponse> responses = List.range(0, answers.length).map(r -> SurveyResponse.of("r" + r,
        TreeMap.of("q1", answers[r][0], "q2", answers[r][1], "q3", answers[r][2])));
    return SurveyScoring.withDefaults().score(Survey.of(instrument, responses));
  }

  /**
   * The five alignments: leadership 5,5,4,5 (aligned); outcomes 2,2,2,3 (agreed but weak); action
   * 1,5,2,4 (contested); data systems rated by one partner (undetermined).
   */
  static FrameworkProfile alignment() {
    List<String> partners = List.of("a", "b", "c", "d");
    List<Rating> ratings =
        List.of(5, 5, 4, 5).zip(partners).map(p -> Rating.of(p._2, "leadership", p._1))
            .appendAll(List.of(2, 2, 2, 3).zip(partners).map(p -> Rating.of(p._2, "outcomes", p._1)))
            .appendAll(List.of(1, 5, 2, 4).zip(partners).map(p -> Rating.of(p._2, "action", p._1)))
            .append(Rating.of("a", "data-systems", 3));
    return AlignmentScoring.withDefaults().profile(AlignmentRatings.of(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE, ratings));
  }

  /**
   * Graduation by income at two partners, 2021–2023: low income 60, 70, 78 %; not low 80, 82, 84 %;
   * the long-term target 90 % by 2030; groups named as given.
   */
  static DisaggregatedIndicator byIncome(String low, String notLow) {
    Indicator grad = Indicator.builder()
        .id("grad").name("Graduation").outcome("o")
        .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
        .periodType(PeriodType.CALENDAR_YEAR)
        .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR)
        .targets(List.of(Target.longTerm(Period.year(2030), 90)))
        .build();
    MeasureLayout layout = MeasureLayout.of(
        SharedMeasureSet.of("Test", List.of(Outcome.of("o", "Outcome")), List.of(grad)),
        CodeList.of(List.of("a", "b")),
        CodeList.of(List.of(Period.year(2021), Period.year(2022), Period.year(2023))),
        List.of(SubgroupDimension.of("income", List.of(low, notLow))));
    MeasureTable.Builder rows = MeasureTable.builder(layout);
    int[][] graduates = {{30, 35, 39}, {40, 41, 42}};
    for (int period = 0; period < 3; period++) {
      for (int partner = 0; partner < 2; partner++) {
        for (int income = 0; income < 2; income++) {
          for (int s = 0; s < 50; s++) {
            rows.add(partner, 0, period, new int[] {income}, s < graduates[income][period] ? 1 : 0, 1);
          }
        }
      }
    }
    MeasurePartial partial = new MeasureAccumulator(layout).addAll(rows.build()).snapshot();
    return Disaggregation.of(partial, "grad", List.of("income"), TreeMap.of("income", notLow));
  }

  /** An assessment with the trust items at {@code trust} and the value items at {@code value}. */
  static PartnerAssessment assess(String rater, String partner, int trust, int value) {
    return PartnerAssessment.builder().rater(rater).partner(partner)
        .reliability(trust).missionSupport(trust).openness(trust)
        .powerInfluence(value).involvement(value).resourceContribution(value).build();
  }

  /** Ties a–b (both ways, trust 4 and 3), a–c (a only, trust 2), c–d (c only, trust 1); e alone. */
  static PartnerNetwork network(String a, String b, String c, String d, String e) {
    return PartnerNetwork.of(List.of(a, b, c, d, e), List.of(
        assess(a, b, 4, 3), assess(b, a, 3, 1), assess(a, c, 2, 4), assess(c, d, 1, 2)));
  }
}
