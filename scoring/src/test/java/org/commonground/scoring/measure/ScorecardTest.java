// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.ImmutableIndicator;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  /**
   * Graduation 80 %, 82 %, 84 %, 83 %, 85 %, 87 % in 2019–2024, one partner of 10,000 students: every
   * change of a point or more exceeds its uncertainty.
   */
  private static final Indicator GRADUATION =
      ImmutableIndicator.copyOf(Fixtures.indicator("grad", Unit.PERCENT).build())
          .withBaseline(Option.of(Baseline.of(Period.year(2018), 80)))
          .withTargets(List.of(Target.interim(Period.year(2024), 86), Target.longTerm(Period.year(2028), 90)));

  private static ScorecardRow row(Indicator indicator) {
    List<Integer> values = List.of(80, 82, 84, 83, 85, 87);
    ObservationSet data =
        ObservationSet.of(Fixtures.set(indicator), values.zipWithIndex().map(v ->
            Observation.ratio("school", indicator.id(), Period.year(2019 + v._2), v._1 * 100, 10_000)));
    return Scorecards.of(data, List.of("school")).row(indicator.id()).get();
  }

  @Test
  void priorAndCurrentActualAndTargets() {
    ScorecardRow row = row(GRADUATION);

    assertEquals(Option.of(87.0), row.current().map(CommunityValue::value));
    assertEquals(Option.of(85.0), row.prior().map(CommunityValue::value));
    assertEquals(Option.of(86.0), row.currentTarget().map(Target::value));
    assertEquals(Option.of(90.0), row.nextTarget().map(Target::value));
  }

  @Test
  void varianceFromTargetIsActualMinusTargetOverTarget() {
    // (87 − 86) / 86
    assertEquals(Option.of((87.0 - 86.0) / 86.0), row(GRADUATION).varianceFromTarget());
  }

  @Test
  void baselineChangeIsCurrentMinusFirstOverFirst() {
    // from the baseline 80: (87 − 80) / 80 = 8.75 %
    assertEquals(Option.of((87.0 - 80.0) / 80.0), row(GRADUATION).baselineChange());
    // without a baseline, from the first value 80 (2019): the same here; with 82 first it would differ
    Indicator noBaseline = ImmutableIndicator.copyOf(GRADUATION).withBaseline(Option.none());
    assertEquals(Option.of((87.0 - 80.0) / 80.0), row(noBaseline).baselineChange());
    assertTrue(row(noBaseline).explanation().contains("2019 → 2024 on the same partners (school): 80 → 87"),
        row(noBaseline).explanation());
  }

  @Test
  void theTrendCountsThePeriodsItHasHeld() {
    // 83 → 85 → 87: up for two periods, improving when higher is better
    assertEquals(Option.of(ImmutableTrend.of(Trend.Direction.UP, Trend.Judgement.IMPROVING, 2)), row(GRADUATION).trend());
    assertEquals(
        Option.of(ImmutableTrend.of(Trend.Direction.DOWN, Trend.Judgement.WORSENING, 3)),
        countTrend(Polarity.HIGHER_IS_BETTER, 5000, 9000, 8000, 7000, 6000));
    assertEquals(
        Option.of(ImmutableTrend.of(Trend.Direction.FLAT, Trend.Judgement.NO_CHANGE, 1)),
        countTrend(Polarity.LOWER_IS_BETTER, 5000, 9000, 9000));
    assertEquals(Option.none(), countTrend(Polarity.LOWER_IS_BETTER, 5000));
    assertEquals("improving (up) for 2 periods", row(GRADUATION).trend().get().toString());
  }

  /** The trend of one partner's counts in consecutive years. */
  private static Option<Trend> countTrend(Polarity polarity, int... counts) {
    Indicator visits = Fixtures.indicator("visits", Unit.COUNT).polarity(polarity).build();
    List<Observation> observations = List.range(0, counts.length)
        .map(i -> Observation.count("a", "visits", Period.year(2020 + i), counts[i]));
    return Scorecards.of(ObservationSet.of(Fixtures.set(visits), observations), List.of("a")).row("visits").get().trend();
  }

  @Test
  void polarityFlipsTheJudgementOfATrend() {
    Indicator lower = ImmutableIndicator.copyOf(GRADUATION).withPolarity(Polarity.LOWER_IS_BETTER);

    assertEquals(Option.of(ImmutableTrend.of(Trend.Direction.UP, Trend.Judgement.WORSENING, 2)), row(lower).trend());
    assertEquals(Option.of(false), row(lower).improvedSinceBaseline());
    assertEquals(Option.of(true), row(GRADUATION).improvedSinceBaseline());
  }

  @Test
  void theScorecardSharesIndicatorsImprovingAgainstTheProofPoint() {
    Indicator up = Fixtures.indicator("up", Unit.COUNT).build();
    Indicator down = Fixtures.indicator("down", Unit.COUNT).build();
    Indicator lone = Fixtures.indicator("lone", Unit.COUNT).build();
    ObservationSet data =
        ObservationSet.of(Fixtures.set(up, down, lone), List.of(
            Observation.count("a", "up", Period.year(2022), 1000), Observation.count("a", "up", Period.year(2023), 1200),
            Observation.count("a", "down", Period.year(2022), 1000), Observation.count("a", "down", Period.year(2023), 800),
            Observation.count("a", "lone", Period.year(2023), 8)));

    Scorecard card = Scorecards.of(data, List.of("a"));

    assertEquals(2, card.assessable());
    assertEquals(1, card.improving());
    assertEquals(Option.of(0.5), card.shareImproving());
    assertEquals(false, card.meetsProofPoint());
    assertEquals("1 of 2 comparable indicators (50 %) improved since their baseline beyond the uncertainty of their "
        + "numbers; StriveTogether's proof point is 60 %, not met. Comparisons: matched: on the partners reporting in "
        + "both periods.", card.explanation());
    assertEquals(Option.none(), card.row("lone").get().trend());
  }

  @Test
  void everyFigureExplainsItself() {
    // Growth 80 → 87 over six years: (87/80)^(1/6) − 1 = 1.41 % a year; needed 80 → 90 over ten
    // years: (90/80)^(1/10) − 1 = 1.18 % a year; R = 1.41 / 1.18 = 118.8 %: on track.
    String text = row(GRADUATION).explanation();
    for (String part : List.of(
        "grad (higher is better): current 87 in 2024 (95 % Wilson score interval [86.33, 87.64]; reliable",
        "prior 85 in 2023; coverage 2019: the 1 partner reported",
        "target 86, variance from target (actual − target)/target = +1.2 %; next target 90 for 2028",
        "baseline % change (current − first)/first = +8.8 %, 2018 (stated baseline) → 2024 with every expected partner "
            + "reporting: 80 → 87, change +7 (+8.8 %); not tested: the stated baseline has no counts behind it. "
            + "Verdict: improving.",
        "trend improving (up) for 2 periods (latest change 2023 → 2024 on the same partners (school): 85 → 87",
        "Newcombe's hybrid score interval (Wilson) for a difference of proportions (Newcombe 1998)",
        "On track: R = d·CAGR / |CAGR needed| = 118.8 % (observed growth d·CAGR = +1.41 % a year from 80 (2018) to "
            + "87 (2024); needed +1.18 % a year to reach 90 by 2028); thresholds 95 % and 60 % (Statistics Canada / "
            + "Open SDG).")) {
      assertTrue(text.contains(part), () -> "missing «" + part + "» in " + text);
    }
  }
}
