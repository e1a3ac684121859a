// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.Random;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.ImmutableIndicator;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of pooling and of polarity, over random partners (1–12) and counts. */
class MeasureProperties {

  private static final Indicator RATE = Fixtures.indicator("rate", Unit.PERCENT).build();
  private static final Period Y = Period.year(2023);

  /** Per partner: (numerator, denominator), denominator 1 to 5,000, numerator within it. */
  private static final Gen<List<Tuple2<Integer, Integer>>> PARTNERS =
      lists().of(integers().between(1, 5000).zip(integers().between(0, 1000), (d, share) ->
          new Tuple2<>(d * share / 1000, d))).ofSizeBetween(1, 12).map(l -> List.ofAll(l));

  private static ObservationSet data(List<Tuple2<Integer, Integer>> partners) {
    return ObservationSet.of(Fixtures.set(RATE), partners.zipWithIndex().map(p ->
        Observation.ratio("p" + p._2, "rate", Y, p._1._1, p._1._2)));
  }

  private static double pooled(ObservationSet data) {
    return RollUp.communityValue(data, "rate", Y, List.empty()).get().value();
  }

  @Test
  void thePooledRateLiesBetweenTheLowestAndHighestPartnerRate() {
    qt().forAll(PARTNERS)
        .check(partners -> {
          List<Double> rates = partners.map(p -> Unit.PERCENT.display(p._1, p._2));
          double pooled = pooled(data(partners));
          return pooled >= rates.min().get() && pooled <= rates.max().get();
        });
  }

  @Test
  void partnerAndObservationOrderDoNotMatter() {
    qt().forAll(PARTNERS, integers().all())
        .check((partners, seed) -> {
          ObservationSet data = data(partners);
          java.util.List<Observation> shuffled = data.observations().toJavaList();
          Collections.shuffle(shuffled, new Random(seed));
          ObservationSet reordered = ObservationSet.of(data.measures(), List.ofAll(shuffled));
          return RollUp.communityValues(reordered, List.of("p0")).equals(RollUp.communityValues(data, List.of("p0")));
        });
  }

  @Test
  void splittingAPartnersCountsIntoTwoPartnersLeavesThePooledRateUnchanged() {
    qt().forAll(PARTNERS, integers().between(0, 1000))
        .check((partners, cut) -> {
          Tuple2<Integer, Integer> first = partners.head();
          int denominatorPart = Math.max(1, first._2 * cut / 1000);
          if (denominatorPart >= first._2) {
            return true; // nothing to split
          }
          int numeratorPart = Math.min(first._1, denominatorPart);
          List<Tuple2<Integer, Integer>> split =
              partners.tail()
                  .prepend(new Tuple2<>(first._1 - numeratorPart, first._2 - denominatorPart))
                  .prepend(new Tuple2<>(numeratorPart, denominatorPart));
          return Double.doubleToLongBits(pooled(data(split))) == Double.doubleToLongBits(pooled(data(partners)));
        });
  }

  /** Random yearly series of 2–8 values with a baseline and a target. */
  private static final Gen<List<Integer>> SERIES = lists().of(integers().between(1, 200)).ofSizeBetween(2, 8).map(l -> List.ofAll(l));

  @Test
  void flippingPolarityFlipsEveryGoodOrBadJudgementAndNothingElse() {
    qt().forAll(SERIES, integers().between(1, 200))
        .check((values, targetValue) -> {
          Indicator count =
              ImmutableIndicator.copyOf(Fixtures.indicator("n", Unit.COUNT).build())
                  .withBaseline(Option.of(Baseline.of(Period.year(2000), values.head())))
                  .withTargets(List.of(Target.longTerm(Period.year(2030), targetValue)));
          Indicator flipped = ImmutableIndicator.copyOf(count).withPolarity(count.polarity().flip());
          ObservationSet data =
              ObservationSet.of(Fixtures.set(count), values.tail().zipWithIndex().map(v ->
                  Observation.count("a", "n", Period.year(2001 + v._2), v._1)));
          List<CommunityValue> series = RollUp.communityValues(data, List.of("a"));
          ScorecardRow a = Scorecards.row(count, series);
          ScorecardRow b = Scorecards.row(flipped, series);
          boolean changed = a.current().get().value() != values.head();
          double growth = a.progress().observedGrowth().getOrElse(0.0);
          return a.series().equals(b.series())
              && a.varianceFromTarget().equals(b.varianceFromTarget())
              && a.baselineChange().equals(b.baselineChange())
              && a.currentTarget().equals(b.currentTarget())
              && a.trend().map(Trend::direction).equals(b.trend().map(Trend::direction))
              && a.trend().map(Trend::periodsHeld).equals(b.trend().map(Trend::periodsHeld))
              && a.trend().map(t -> t.judgement().flip()).equals(b.trend().map(Trend::judgement))
              && (!changed || a.improvedSinceBaseline().get() != b.improvedSinceBaseline().get())
              && (growth == 0 || a.progress().inDesiredDirection() != b.progress().inDesiredDirection());
        });
  }
}
