// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.junit.jupiter.api.Test;

/**
 * Each band of the Statistics Canada / Open SDG method at its boundaries. Base 100 in 2022; with a
 * target of 200 for 2023 the growth needed is exactly 100 % a year, so R is the observed growth.
 */
class ProgressMethodTest {

  private static final Indicator PLAIN = Fixtures.indicator("i", Unit.COUNT).build();

  private static final Indicator TARGETED =
      Fixtures.withBaselineAndTarget(PLAIN, Baseline.of(Period.year(2022), 100), Target.longTerm(Period.year(2023), 200));

  private static ProgressStatus status(Indicator indicator, double current) {
    return assess(indicator, current).status();
  }

  private static CommunityValue value2023(Indicator indicator, double current) {
    return ImmutableCommunityValue.builder().indicator("i").period(Period.year(2023)).value(current)
        .aggregation(indicator.aggregation()).numerator(current).denominator(Option.none())
        .unit(Unit.MEAN).partners(List.of("a")).missingPartners(List.empty()).contributions(List.empty()).records(Option.none()).explanationMessage(org.commonground.core.validation.Message.literal(""))
        .build();
  }

  private static ProgressAssessment assess(Indicator indicator, double current) {
    CommunityValue value = value2023(indicator, current);
    Indicator withBase =
        indicator.baseline().isDefined()
            ? indicator
            : org.commonground.core.measure.ImmutableIndicator.copyOf(indicator)
                .withBaseline(Option.of(Baseline.of(Period.year(2022), 100)));
    return ProgressMethod.STATISTICS_CANADA.assess(withBase, List.of(value));
  }

  @Test
  void withATargetEachBandAtItsBoundary() {
    assertEquals(ProgressStatus.TARGET_ACHIEVED, status(TARGETED, 200));
    assertEquals(ProgressStatus.ON_TRACK, status(TARGETED, 195));            // R = 95 %
    assertEquals(ProgressStatus.ACCELERATION_NEEDED, status(TARGETED, 194.9)); // R = 94.9 %
    assertEquals(ProgressStatus.ACCELERATION_NEEDED, status(TARGETED, 160));   // R = 60 %
    assertEquals(ProgressStatus.LIMITED_PROGRESS, status(TARGETED, 159.9));    // R = 59.9 %
    assertEquals(ProgressStatus.LIMITED_PROGRESS, status(TARGETED, 100));      // R = 0
    assertEquals(ProgressStatus.DETERIORATION, status(TARGETED, 99.9));        // R < 0
  }

  @Test
  void withoutATargetEachBandAtItsBoundary() {
    assertEquals(ProgressStatus.ON_TRACK, status(PLAIN, 101.5));              // 1.5 % a year
    assertEquals(ProgressStatus.ACCELERATION_NEEDED, status(PLAIN, 101.49));
    assertEquals(ProgressStatus.ACCELERATION_NEEDED, status(PLAIN, 100.5));   // 0.5 %
    assertEquals(ProgressStatus.LIMITED_PROGRESS, status(PLAIN, 100.49));
    assertEquals(ProgressStatus.LIMITED_PROGRESS, status(PLAIN, 100));        // 0 %
    assertEquals(ProgressStatus.DETERIORATION, status(PLAIN, 99.99));
  }

  @Test
  void polarityFlipsTheDirectionOfProgress() {
    Indicator lower = Fixtures.indicator("i", Unit.COUNT).polarity(Polarity.LOWER_IS_BETTER).build();

    assertEquals(ProgressStatus.ON_TRACK, status(lower, 98.5));
    assertEquals(ProgressStatus.DETERIORATION, status(lower, 101.5));
    Indicator lowerTargeted =
        Fixtures.withBaselineAndTarget(lower, Baseline.of(Period.year(2022), 100), Target.longTerm(Period.year(2023), 50));
    assertEquals(ProgressStatus.TARGET_ACHIEVED, status(lowerTargeted, 50));
    assertEquals(ProgressStatus.ON_TRACK, status(lowerTargeted, 52.5));        // R = 47.5 / 50 = 95 %
  }

  @Test
  void growthCompoundsOverSeveralYears() {
    // 100 → 121 over two years is 10 % a year.
    assertEquals(0.10, ProgressMethod.growth(100, 121, 2), 1e-15);
    assertEquals(0.015, ProgressMethod.growth(100, 101.5, 1));
  }

  @Test
  void aZeroBaseIsReplacedAsTheMethodPrescribes() {
    ProgressAssessment p = assess(Fixtures.withBaselineAndTarget(PLAIN, Baseline.of(Period.year(2022), 0),
        Target.longTerm(Period.year(2025), 10)), 1);

    assertEquals(ProgressStatus.ON_TRACK, p.status());
    assertEquals(Option.of((1 - 0.001) / 0.001), p.observedGrowth());
  }

  @Test
  void progressCannotBeAssessedFromOnePointOrMixedSigns() {
    ProgressAssessment one = ProgressMethod.STATISTICS_CANADA.assess(PLAIN, List.of(value2023(PLAIN, 5)));
    assertEquals(ProgressStatus.UNABLE_TO_ASSESS, one.status());
    assertTrue(one.explanation().contains("at least two data points"), one.explanation());

    Indicator mixed = Fixtures.withBaselineAndTarget(Fixtures.indicator("i", Unit.MEAN).build(),
        Baseline.of(Period.year(2022), -5), Target.longTerm(Period.year(2025), 5));
    ProgressAssessment p = assess(mixed, 1);
    assertEquals(ProgressStatus.UNABLE_TO_ASSESS, p.status());
    assertEquals(
        "Unable to assess: the values must all be positive or all negative for the growth model (only a zero base "
            + "or target is replaced, by ±0.001); not so: base 2022 = -5.",
        p.explanation());
    assertEquals(ProgressStatus.UNABLE_TO_ASSESS, ProgressMethod.STATISTICS_CANADA.assess(PLAIN, List.empty()).status());
  }

  @Test
  void allNegativeValuesFlipTheDirection() {
    // A mean that is negative throughout: from -10 to -8 with higher better is progress.
    Indicator negative = Fixtures.withBaselineAndTarget(Fixtures.indicator("i", Unit.MEAN).build(),
        Baseline.of(Period.year(2022), -10), Target.longTerm(Period.year(2030), -1));
    assertTrue(assess(negative, -8).inDesiredDirection());
  }

  @Test
  void theExplanationShowsTheFormulaAndItsNumbers() {
    assertEquals(
        "Progress made but acceleration needed: R = d·CAGR / |CAGR needed| = 60.0 % (observed growth d·CAGR = "
            + "+60.00 % a year from 100 (2022) to 160 (2023); needed +100.00 % a year to reach 200 by 2023); "
            + "thresholds 95 % and 60 % (Statistics Canada / Open SDG).",
        assess(TARGETED, 160).explanation());
  }

  private static CommunityValue at(int year, double value) {
    return ImmutableCommunityValue.builder().indicator("i").period(Period.year(year)).value(value)
        .aggregation(PLAIN.aggregation()).numerator(value).denominator(Option.none())
        .unit(Unit.MEAN).partners(List.of("a")).missingPartners(List.empty()).contributions(List.empty()).records(Option.none()).explanationMessage(org.commonground.core.validation.Message.literal(""))
        .build();
  }

  private static Indicator indicator(Polarity polarity, double base, Option<Double> target) {
    Indicator plain = Fixtures.indicator("i", Unit.MEAN).polarity(polarity).build();
    Indicator based = org.commonground.core.measure.ImmutableIndicator.copyOf(plain)
        .withBaseline(Option.of(Baseline.of(Period.year(2020), base)));
    return target.isEmpty() ? based
        : Fixtures.withBaselineAndTarget(plain, Baseline.of(Period.year(2020), base),
            Target.longTerm(Period.year(2030), target.get()));
  }

  @Test
  void aZeroCurrentValueIsTreatedAlikeForBothSigns() {
    // The method replaces only a zero base or target; a zero elsewhere is outside the growth model.
    ProgressAssessment positive = ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.HIGHER_IS_BETTER, 10, Option.of(20.0)), List.of(at(2023, 0)));
    ProgressAssessment negative = ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.LOWER_IS_BETTER, -10, Option.of(-20.0)), List.of(at(2023, 0)));
    assertEquals(ProgressStatus.UNABLE_TO_ASSESS, positive.status());
    assertEquals(ProgressStatus.UNABLE_TO_ASSESS, negative.status());
    assertTrue(positive.explanation().contains("2023 = 0"), positive.explanation());
  }

  @Test
  void reachingAZeroTargetIsTargetAchievedForBothSigns() {
    assertEquals(ProgressStatus.TARGET_ACHIEVED, ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.LOWER_IS_BETTER, 10, Option.of(0.0)), List.of(at(2023, 0))).status());
    assertEquals(ProgressStatus.TARGET_ACHIEVED, ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.HIGHER_IS_BETTER, -10, Option.of(0.0)), List.of(at(2023, 0))).status());
  }

  @Test
  void aZeroBaseOrTargetTakesTheSignOfTheSeries() {
    // -0.001 → -1 in one year, lower better: d = -1 · -1 = +1, growth 999 → on track.
    ProgressAssessment negative = ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.LOWER_IS_BETTER, 0, Option.none()), List.of(at(2021, -1)));
    ProgressAssessment positive = ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.HIGHER_IS_BETTER, 0, Option.none()), List.of(at(2021, 1)));
    assertEquals(ProgressStatus.ON_TRACK, negative.status());
    assertEquals(positive.observedGrowth(), negative.observedGrowth());
    // A zero target, not yet reached, of a negative series.
    assertEquals(ProgressStatus.LIMITED_PROGRESS, ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.HIGHER_IS_BETTER, -10, Option.of(0.0)), List.of(at(2023, -9))).status());
  }

  @Test
  void everyValueOfTheSeriesMustShareOneSign() {
    ProgressAssessment p = ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.HIGHER_IS_BETTER, 10, Option.of(20.0)),
        List.of(at(2021, -3), at(2022, 0), at(2023, 12), at(2019, -50)));
    assertEquals(ProgressStatus.UNABLE_TO_ASSESS, p.status());
    assertEquals("Unable to assess: the values must all be positive or all negative for the growth model (only a "
        + "zero base or target is replaced, by ±0.001); not so: 2021 = -3, 2022 = 0.", p.explanation());
  }

  @Test
  void statusAtEachThresholdIsExact() {
    // One year to go and one year observed: R = (current − base) / (target − base), exactly on each threshold.
    int cases = 0;
    for (int bi = 1; bi <= 60; bi++) {
      for (int gi = 1; gi <= 40; gi++) {
        double base = bi * 0.7;
        double gap = gi * 0.3;
        for (Polarity polarity : Polarity.values()) {
          for (int sign : new int[] {1, -1}) {
            int d = polarity.direction() * sign;
            if (base + d * gap <= 0) {
              continue; // the target would cross zero: outside the growth model
            }
            double target = sign * (base + d * gap);
            java.math.BigDecimal b = new java.math.BigDecimal(sign * base);
            java.math.BigDecimal t = new java.math.BigDecimal(target);
            for (String[] band : new String[][] {{"0.95", "ON_TRACK"}, {"0.6", "ACCELERATION_NEEDED"}}) {
              java.math.BigDecimal exact = b.add(t.subtract(b).multiply(new java.math.BigDecimal(band[0])));
              double current = exact.doubleValue();
              if (new java.math.BigDecimal(current).compareTo(exact) != 0) {
                continue; // not representable: no exact tie to test
              }
              cases++;
              // A one-year target and one year observed: R is linear in the current value.
              Indicator oneYear = Fixtures.withBaselineAndTarget(
                  Fixtures.indicator("i", Unit.MEAN).polarity(polarity).build(),
                  Baseline.of(Period.year(2020), sign * base), Target.longTerm(Period.year(2021), target));
              assertEquals(ProgressStatus.valueOf(band[1]),
                  ProgressMethod.STATISTICS_CANADA.assess(oneYear, List.of(at(2021, current))).status(),
                  base + " " + gap + " " + polarity + " " + sign + " " + band[0]);
            }
          }
        }
      }
    }
    assertTrue(cases > 1000, "cases " + cases);
    // Without a target: 1.5 %, 0.5 % and 0 % a year compounded exactly over two to four years.
    for (int years = 2; years <= 4; years++) {
      for (int k = 1; k <= 300; k++) {
        for (String rate : new String[] {"0.015", "0.005", "-0.015", "-0.005"}) {
          java.math.BigDecimal factor = java.math.BigDecimal.ONE.add(new java.math.BigDecimal(rate)).pow(years);
          double base = k * Math.pow(10, 3 * years);
          java.math.BigDecimal exact = new java.math.BigDecimal(base).multiply(factor);
          double current = exact.doubleValue();
          if (new java.math.BigDecimal(current).compareTo(exact) != 0) {
            continue;
          }
          cases++;
          Polarity polarity = rate.startsWith("-") ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
          ProgressStatus expected =
              rate.endsWith("15") ? ProgressStatus.ON_TRACK : ProgressStatus.ACCELERATION_NEEDED;
          assertEquals(expected, ProgressMethod.STATISTICS_CANADA.assess(
              indicator(polarity, base, Option.none()), List.of(at(2020 + years, current))).status(),
              base + " → " + current + " over " + years + " years");
        }
      }
    }
    // Without a target: 1.5 % and 0.5 % a year compounded exactly over two years.
    assertEquals(ProgressStatus.ON_TRACK, ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.HIGHER_IS_BETTER, 10000, Option.none()), List.of(at(2022, 10302.25))).status());
    assertEquals(ProgressStatus.ACCELERATION_NEEDED, ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.HIGHER_IS_BETTER, 10000, Option.none()), List.of(at(2022, 10302.24))).status());
    assertEquals(ProgressStatus.ACCELERATION_NEEDED, ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.LOWER_IS_BETTER, 10000, Option.none()), List.of(at(2022, 9900.25))).status());
    assertEquals(ProgressStatus.LIMITED_PROGRESS, ProgressMethod.STATISTICS_CANADA.assess(
        indicator(Polarity.LOWER_IS_BETTER, 10000, Option.none()), List.of(at(2022, 9900.26))).status());
  }
}
