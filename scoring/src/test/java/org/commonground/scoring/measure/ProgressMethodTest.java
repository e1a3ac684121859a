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
        .partners(List.of("a")).missingPartners(List.empty()).records(Option.none()).explanation("")
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
        "Unable to assess: the base, current and target values must all be positive or all negative for the growth model, got -5, 1, 5.",
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
}
