// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.ImmutableIndicator;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.commonground.scoring.uncertainty.IntervalMethod;
import org.commonground.scoring.uncertainty.ReliabilityConcern;
import org.junit.jupiter.api.Test;

/** The findings of issue 13 on comparisons: each failed before like-for-like comparisons. */
class LikeForLikeTest {

  private static final Indicator VISITS = Fixtures.indicator("visits", Unit.COUNT).build();
  private static final List<String> BOTH = List.of("a", "b");

  /** Two partners, each growing 10 % a year; b did not report in 2023. */
  private static ObservationSet growingWithBMissing() {
    return ObservationSet.of(Fixtures.set(VISITS), List.of(
        Observation.count("a", "visits", Period.year(2021), 1000),
        Observation.count("b", "visits", Period.year(2021), 2000),
        Observation.count("a", "visits", Period.year(2022), 1100),
        Observation.count("b", "visits", Period.year(2022), 2200),
        Observation.count("a", "visits", Period.year(2023), 1210)));
  }

  @Test
  void missingDataNoLongerReadsAsDeterioration() {
    ScorecardRow row = Scorecards.of(growingWithBMissing(), BOTH).row("visits").get();

    // Before: trend "worsening (down)", baseline change (1210 − 3000)/3000 = −59.7 %, deterioration.
    assertEquals(Option.of(ImmutableTrend.of(Trend.Direction.UP, Trend.Judgement.IMPROVING, 2)), row.trend());
    assertEquals(Option.of(0.21), row.baselineChange().map(c -> Math.round(c * 1e6) / 1e6));
    assertEquals(Option.of(true), row.improvedSinceBaseline());
    assertEquals(ProgressStatus.ON_TRACK, row.progress().status());

    Comparison last = row.changes().last();
    assertEquals(ComparisonBasis.MATCHED, last.basis());
    assertEquals(List.of("a"), last.partners());
    assertEquals(List.of("b"), last.onlyInFrom());
    assertEquals(Option.of(1100.0), last.fromValue());
    assertEquals(Option.of(1210.0), last.toValue());
    assertTrue(last.explanation().startsWith("2022 → 2023 matched on a (b reported in 2022 only, left out): 1100 → 1210"),
        last.explanation());
    assertTrue(row.explanation().contains("2023: 1 of 2 expected partners reported (missing b)"), row.explanation());
    assertTrue(row.progress().explanation().endsWith("Matched on a (b reported in 2021 only, left out)."),
        row.progress().explanation());
  }

  @Test
  void allReportersIsTheCallersChoiceAndIsFlagged() {
    ScorecardRow row = Scorecards.of(growingWithBMissing(), BOTH,
        ComparisonOptions.defaults().withBasis(ComparisonBasis.ALL_REPORTERS)).row("visits").get();

    assertEquals(Option.of(Trend.Judgement.WORSENING), row.trend().map(Trend::judgement));
    Comparison last = row.changes().last();
    assertEquals(ComparisonBasis.ALL_REPORTERS, last.basis());
    assertTrue(last.reportersChanged());
    assertTrue(last.explanation().contains("on all reporters, although the reporting partners differ (b reported in "
        + "2022 only): the change mixes the community's change with who reported"), last.explanation());
    assertTrue(row.progress().explanation().endsWith("Made on all reporters (b reported in 2021 only)."),
        row.progress().explanation());
  }

  @Test
  void sameParnersOnlyRefusesToCompare() {
    ScorecardRow row = Scorecards.of(growingWithBMissing(), BOTH,
        ComparisonOptions.defaults().withBasis(ComparisonBasis.SAME_PARTNERS_ONLY)).row("visits").get();

    assertEquals(Option.none(), row.trend());
    assertEquals(Option.none(), row.baselineChange());
    assertEquals(Option.none(), row.improvedSinceBaseline());
    assertEquals(ProgressStatus.UNABLE_TO_ASSESS, row.progress().status());
    assertFalse(row.changes().last().comparable());
    assertTrue(row.changes().last().explanation().contains("not compared, the reporting partners differ"),
        row.changes().last().explanation());
    // the first step had the same partners, and is compared
    assertTrue(row.changes().head().comparable());
  }

  /** A pooled rate shifts when a partner with a different rate stops reporting: composition. */
  @Test
  void aChangeOfCompositionIsNotAChangeOfTheCommunity() {
    Indicator rate = Fixtures.indicator("rate", Unit.PERCENT).build();
    ObservationSet data = ObservationSet.of(Fixtures.set(rate), List.of(
        Observation.ratio("a", "rate", Period.year(2022), 900, 1000),
        Observation.ratio("b", "rate", Period.year(2022), 5000, 10_000),
        Observation.ratio("a", "rate", Period.year(2023), 900, 1000)));

    ScorecardRow matched = Scorecards.of(data, BOTH).row("rate").get();
    assertEquals(Option.of(Trend.Judgement.NO_CHANGE), matched.trend().map(Trend::judgement));
    assertEquals(Option.of(0.0), matched.baselineChange());
    assertEquals(Option.of(false), matched.improvedSinceBaseline());

    ScorecardRow all = Scorecards.of(data, BOTH, ComparisonOptions.defaults().withBasis(ComparisonBasis.ALL_REPORTERS))
        .row("rate").get();
    // 53.6 % → 90 %: an artifact of who reported
    assertEquals(Option.of(Trend.Judgement.IMPROVING), all.trend().map(Trend::judgement));
  }

  @Test
  void noiseNoLongerReadsAsChange() {
    Indicator rate = Fixtures.indicator("rate", Unit.PERCENT).build();
    ObservationSet seven = ObservationSet.of(Fixtures.set(rate), List.of(
        Observation.ratio("a", "rate", Period.year(2022), 4, 7),
        Observation.ratio("a", "rate", Period.year(2023), 6, 7)));
    ObservationSet sevenThousand = ObservationSet.of(Fixtures.set(rate), List.of(
        Observation.ratio("a", "rate", Period.year(2022), 4000, 7000),
        Observation.ratio("a", "rate", Period.year(2023), 6000, 7000)));

    ScorecardRow small = Scorecards.of(seven, List.of("a")).row("rate").get();
    ScorecardRow large = Scorecards.of(sevenThousand, List.of("a")).row("rate").get();

    // Before: both "improving (up) for 1 period", no interval, no flag.
    assertEquals(Option.of(Trend.Judgement.WITHIN_UNCERTAINTY), small.trend().map(Trend::judgement));
    assertEquals(Option.of(false), small.improvedSinceBaseline());
    assertEquals(Option.of(Trend.Judgement.IMPROVING), large.trend().map(Trend::judgement));
    assertEquals(Option.of(true), large.improvedSinceBaseline());

    Uncertainty u = small.uncertainty().get();
    assertTrue(u.flagged());
    assertEquals(List.of(ReliabilityConcern.FEW_EVENTS, ReliabilityConcern.SMALL_SAMPLE), u.reliability().get().concerns());
    assertEquals(IntervalMethod.WILSON, u.interval().get().method());
    assertTrue(u.interval().get().width() > 40, u.explanation());
    assertFalse(large.uncertainty().get().flagged());
    assertTrue(small.changes().last().test().get().test().startsWith("Newcombe's hybrid score interval (Wilson)"));

    Scorecard card = Scorecards.of(seven, List.of("a"));
    assertEquals(1, card.assessable());
    assertEquals(0, card.improving());
    assertTrue(card.explanation().contains("(1 changed within it and do not count as improving)"), card.explanation());
  }

  @Test
  void clopperPearsonOnRequest() {
    Indicator rate = Fixtures.indicator("rate", Unit.PERCENT).build();
    ObservationSet data = ObservationSet.of(Fixtures.set(rate), List.of(
        Observation.ratio("a", "rate", Period.year(2023), 0, 10)));
    ScorecardRow row = Scorecards.of(data, List.of("a"),
        ComparisonOptions.defaults().withProportionMethod(IntervalMethod.CLOPPER_PEARSON)).row("rate").get();
    assertEquals(IntervalMethod.CLOPPER_PEARSON, row.uncertainty().get().interval().get().method());
    assertEquals(30.85, Math.round(row.uncertainty().get().interval().get().upper() * 100) / 100.0);
  }

  @Test
  void countsAndRatesCarryExactPoissonIntervals() {
    Indicator perThousand = Fixtures.indicator("per-1000", Unit.ratePer(1000)).build();
    ObservationSet data = ObservationSet.of(Fixtures.set(VISITS, perThousand), List.of(
        Observation.count("a", "visits", Period.year(2023), 0),
        Observation.ratio("a", "per-1000", Period.year(2023), 0, 4000)));
    Scorecard card = Scorecards.of(data, List.of("a"));

    Uncertainty count = card.row("visits").get().uncertainty().get();
    assertEquals(IntervalMethod.GARWOOD, count.interval().get().method());
    assertEquals(3.689, Math.round(count.interval().get().upper() * 1000) / 1000.0);
    Uncertainty rate = card.row("per-1000").get().uncertainty().get();
    assertEquals(0.922, Math.round(rate.interval().get().upper() * 1000) / 1000.0);
    assertTrue(rate.flagged());

    Indicator mean = Fixtures.indicator("mean", Unit.MEAN).build();
    ObservationSet means = ObservationSet.of(Fixtures.set(mean), List.of(
        Observation.ratio("a", "mean", Period.year(2023), 350, 100)));
    Uncertainty none = Scorecards.of(means, List.of("a")).row("mean").get().uncertainty().get();
    assertEquals(Option.none(), none.interval());
    assertEquals("no interval: a mean's spread (the records' standard deviation) is not in the partners' sums",
        none.explanation());
  }

  @Test
  void varianceFromTargetNeedsEveryExpectedPartner() {
    Indicator visits = ImmutableIndicator.copyOf(VISITS).withTargets(List.of(Target.longTerm(Period.year(2023), 3000)));
    ObservationSet data = ObservationSet.of(Fixtures.set(visits), growingWithBMissing().observations());

    ScorecardRow matched = Scorecards.of(data, BOTH).row("visits").get();
    assertEquals(Option.none(), matched.varianceFromTarget());
    assertTrue(matched.explanation().contains("no variance from target: the current value lacks b"), matched.explanation());

    ScorecardRow all = Scorecards.of(data, BOTH, ComparisonOptions.defaults().withBasis(ComparisonBasis.ALL_REPORTERS))
        .row("visits").get();
    assertNotEquals(Option.none(), all.varianceFromTarget());
  }

  @Test
  void aStatedBaselineNeedsACompleteCurrentValue() {
    Indicator visits = ImmutableIndicator.copyOf(VISITS).withBaseline(Option.of(Baseline.of(Period.year(2020), 2700)));
    ObservationSet data = ObservationSet.of(Fixtures.set(visits), growingWithBMissing().observations());

    ScorecardRow row = Scorecards.of(data, BOTH).row("visits").get();
    Comparison baseline = row.baselineComparison().get();
    assertFalse(baseline.comparable());
    assertEquals("2020 (stated baseline) → 2023: not compared, the stated baseline stands for every expected partner "
        + "and b did not report in 2023.", baseline.explanation());
    assertEquals(ProgressStatus.UNABLE_TO_ASSESS, row.progress().status());

    Scorecard card = Scorecards.of(data, BOTH);
    assertEquals(0, card.assessable());
    assertTrue(card.explanation().contains("Not counted, as their values cannot be compared like for like: visits."),
        card.explanation());
  }

  @Test
  void partnersWithNothingInCommonAreNotCompared() {
    ObservationSet data = ObservationSet.of(Fixtures.set(VISITS), List.of(
        Observation.count("a", "visits", Period.year(2022), 1000),
        Observation.count("b", "visits", Period.year(2023), 2000)));
    ScorecardRow row = Scorecards.of(data, BOTH).row("visits").get();
    assertEquals(Option.none(), row.trend());
    assertEquals("2022 → 2023: not compared, no partner reported in both periods (a reported in 2022 only; b reported "
        + "in 2023 only).", row.changes().head().explanation());
  }
}
