// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.junit.jupiter.api.Test;

/** Properties of matched comparisons. */
class MatchedTrendProperties {

  private static final Indicator RATE = Fixtures.indicator("rate", Unit.PERCENT).build();
  private static final Indicator VISITS = Fixtures.indicator("visits", Unit.COUNT).build();

  /**
   * Removing one partner's last period never changes the direction (nor the judgement) of a
   * matched trend computed on the others: partner 0 reports in some periods, the others in all;
   * the trend with partner 0's last period removed equals the trend of the others alone.
   */
  @Test
  void removingOnePartnersLastPeriodNeverChangesAMatchedTrend() {
    qt().withExamples(300)
        .forAll(integers().between(2, 5), integers().between(2, 6),
            lists().of(integers().between(0, 2_000)).ofSize(60), integers().between(0, 1))
        .checkAssert((partners, periods, draws, kind) -> {
          Indicator indicator = kind == 0 ? RATE : VISITS;
          java.util.List<Observation> all = new java.util.ArrayList<>();
          int d = 0;
          for (int p = 0; p < partners; p++) {
            for (int t = 0; t < periods; t++) {
              int draw = draws.get(d++ % draws.size());
              // partner 0 skips some earlier periods, but reports in the last
              if (p == 0 && t < periods - 1 && draw % 3 == 0) {
                continue;
              }
              String partner = "p" + p;
              Period period = Period.year(2015 + t);
              all.add(kind == 0
                  ? Observation.ratio(partner, "rate", period, draw % 1001, 1000)
                  : Observation.count(partner, "visits", period, draw));
            }
          }
          List<Observation> observations = List.ofAll(all);
          Period last = Period.year(2015 + periods - 1);
          List<String> expected = List.range(0, partners).map(p -> "p" + p);
          List<Observation> withoutLast =
              observations.filter(o -> !(o.partner().equals("p0") && o.period().equals(last)));
          List<Observation> others = observations.filter(o -> !o.partner().equals("p0"));

          ScorecardRow dropped = row(indicator, withoutLast, expected);
          ScorecardRow alone = row(indicator, others, expected.tail());
          assertEquals(alone.trend().map(Trend::direction), dropped.trend().map(Trend::direction));
          assertEquals(alone.trend().map(Trend::judgement), dropped.trend().map(Trend::judgement));
          assertEquals(alone.changes().last().change(), dropped.changes().last().change());
        });
  }

  private static ScorecardRow row(Indicator indicator, List<Observation> observations, List<String> expected) {
    return Scorecards.of(ObservationSet.of(Fixtures.set(indicator), observations), expected)
        .row(indicator.id()).get();
  }

  /** A matched comparison of a series with itself, shifted by nothing, is no change. */
  @Test
  void aSeriesComparedWithItselfIsNoChange() {
    qt().withExamples(200)
        .forAll(integers().between(0, 5_000), integers().between(1, 5_000))
        .checkAssert((x, n) -> {
          int events = Math.min(x, n);
          ObservationSet data = ObservationSet.of(Fixtures.set(RATE), List.of(
              Observation.ratio("a", "rate", Period.year(2022), events, n),
              Observation.ratio("a", "rate", Period.year(2023), events, n)));
          Comparison c = Scorecards.of(data, List.of("a")).row("rate").get().changes().head();
          assertEquals(io.vavr.control.Option.of(Trend.Judgement.NO_CHANGE), c.judgement());
          assertEquals(false, c.test().get().exceedsUncertainty());
        });
  }
}
