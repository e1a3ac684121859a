// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import org.commonground.core.readiness.DimensionRating;
import org.commonground.core.readiness.Interview;
import org.commonground.core.readiness.ReadinessAssessment;
import org.commonground.core.readiness.ReadinessDimension;
import org.commonground.core.readiness.ReadinessStage;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;

/**
 * Scores a Community Readiness assessment: the entry point of stage scoring.
 *
 * <p>The rules (Plested, Edwards and Jumper-Thurman, <i>Community Readiness: A Handbook for
 * Successful Change</i>, 2006 and 2014, "Scoring"): a dimension's score is the mean of its
 * consensus scores over the interviews; the overall score is the mean of the dimension scores; a
 * score's <b>stage is its integer part</b> — 3.75 is stage 3, never rounded up. The stage is found
 * in exact decimal arithmetic: each rating is read as the decimal it was written as (4.1 as 4.1,
 * not as the nearest binary fraction), and the sums and the final division are exact, floored
 * without rounding. So a score that is exactly an integer is never pushed below it: consensus
 * scores 4.1, 4.3 and 3.6 have mean 4, stage 4, where {@code (4.1 + 4.3 + 3.6) / 3} in
 * {@code double} is 3.9999999999999996. The reported scores are the same exact means rounded
 * once, to the nearest {@code double}: (8 + 8 + 9) / 3 is {@code 25.0 / 3}, 8.333333333333334.
 * Rounding only ever happens there, for display; the stage never depends on it. Scorer agreement before consensus is reported as the share of ratings
 * that were equal, and that were within one point.
 *
 * <pre>{@code
 * CommunityReadinessScore result = StageScoring.score(assessment);
 * result.stage();        // 4 preplanning
 * result.lowestFirst();  // the dimensions to work on first
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class StageScoring {

  private StageScoring() {}

  /**
   * Scores an assessment.
   *
   * @param assessment a valid assessment: every interview rates every dimension
   * @return the dimension and overall scores and stages
   */
  public static CommunityReadinessScore score(ReadinessAssessment assessment) {
    Violations.none().notNull("assessment", assessment).throwIfAny("StageScoring");
    List<Interview> interviews = assessment.interviews();
    int n = interviews.size();
    List<DimensionStage> dimensions =
        assessment.model().dimensions().map(dimension -> dimensionStage(dimension, interviews));

    // Overall = (1/D) Σ_d (S_d / n) = Σ_d S_d / (n·D): one exact division.
    BigDecimal total =
        assessment.model().dimensions()
            .map(d -> consensusSum(d, interviews))
            .fold(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal divisor = BigDecimal.valueOf((long) n * dimensions.size());
    ReadinessStage stage = stageOf(total, divisor);
    double score = meanOf(total, divisor);

    List<DimensionRating> all = interviews.flatMap(Interview::ratings);
    double exact = share(all.count(DimensionRating::scorersAgreed), all.size());
    double withinOne = share(all.count(DimensionRating::scorersWithinOne), all.size());
    DimensionStage lowest = dimensions.minBy(DimensionStage::score).get();

    Message explanation =
        Message.of("scoring.readiness.stage.overall", stage, String.format(Locale.ROOT, "%.2f", score),
            dimensions.size(), n, lowest.dimension().name(), String.format(Locale.ROOT, "%.2f", lowest.score()),
            lowest.stage(), String.format(Locale.ROOT, "%.0f", exact * 100),
            String.format(Locale.ROOT, "%.0f", withinOne * 100), assessment.model());
    return ImmutableCommunityReadinessScore.builder()
        .edition(assessment.model().edition())
        .issue(assessment.issue())
        .dimensions(dimensions)
        .score(score)
        .stage(stage)
        .exactAgreement(exact)
        .agreementWithinOne(withinOne)
        .explanationMessage(explanation)
        .build();
  }

  /**
   * The stage of an exact score {@code numerator / denominator}: its integer part.
   *
   * @param numerator the exact sum of scores
   * @param denominator the exact number of scores, positive
   * @return the stage, 1 to 9
   */
  static ReadinessStage stageOf(BigDecimal numerator, BigDecimal denominator) {
    int integerPart = numerator.divide(denominator, 0, RoundingMode.FLOOR).intValueExact();
    return ReadinessStage.of(integerPart);
  }

  /**
   * The exact quotient {@code numerator / denominator} rounded once to the nearest {@code double}
   * (ties to even). Dividing in decimal to a fixed precision first and then converting would round
   * twice: 25/3 would become 8.333333333333333 and then 8.333333333333332 instead of the nearest
   * double 8.333333333333334. The stage is found separately, by {@link #stageOf}, and never from
   * this value (handbook rule: the stage is the score's integer part, never rounded up).
   *
   * @param numerator the exact sum of scores, not negative
   * @param denominator the exact number of scores, positive
   * @return the nearest double to the exact quotient
   */
  static double meanOf(BigDecimal numerator, BigDecimal denominator) {
    if (numerator.signum() == 0) {
      return 0.0;
    }
    int scale = Math.max(numerator.scale(), denominator.scale());
    BigInteger p = numerator.setScale(scale).unscaledValue().abs();
    BigInteger q = denominator.setScale(scale).unscaledValue().abs();
    // Scale so the integer quotient has 55 or 56 bits: two or three bits below a double's 53,
    // the lowest of which records a non-zero remainder (a sticky bit), so that the one rounding,
    // BigInteger.doubleValue(), sees exactly what the exact quotient would round to.
    int shift = 55 + q.bitLength() - p.bitLength();
    BigInteger[] qr =
        shift >= 0 ? p.shiftLeft(shift).divideAndRemainder(q) : p.divideAndRemainder(q.shiftLeft(-shift));
    BigInteger quotient = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
    double magnitude = Math.scalb(quotient.doubleValue(), -shift);
    return numerator.signum() * denominator.signum() < 0 ? -magnitude : magnitude;
  }

  private static DimensionStage dimensionStage(ReadinessDimension dimension, List<Interview> interviews) {
    List<DimensionRating> ratings = interviews.map(i -> i.rating(dimension.id()).get());
    BigDecimal sum = consensusSum(dimension, interviews);
    BigDecimal n = BigDecimal.valueOf(ratings.size());
    ReadinessStage stage = stageOf(sum, n);
    double score = meanOf(sum, n);
    double exact = share(ratings.count(DimensionRating::scorersAgreed), ratings.size());
    double withinOne = share(ratings.count(DimensionRating::scorersWithinOne), ratings.size());
    Message explanation =
        Message.of("scoring.readiness.stage.dimension", dimension.name(), String.format(Locale.ROOT, "%.2f", score),
            stage, ratings.size(), ratings.map(r -> trim(r.consensusScore())).mkString(", "),
            String.format(Locale.ROOT, "%.0f", exact * 100), String.format(Locale.ROOT, "%.0f", withinOne * 100));
    return ImmutableDimensionStage.builder()
        .dimension(dimension)
        .score(score)
        .stage(stage)
        .interviews(ratings.size())
        .exactAgreement(exact)
        .agreementWithinOne(withinOne)
        .explanationMessage(explanation)
        .build();
  }

  private static BigDecimal consensusSum(ReadinessDimension dimension, List<Interview> interviews) {
    return interviews
        .map(i -> BigDecimal.valueOf(i.rating(dimension.id()).get().consensusScore()))
        .fold(BigDecimal.ZERO, BigDecimal::add);
  }

  private static double share(int count, int of) {
    return of == 0 ? 0.0 : (double) count / of;
  }

  private static String trim(double score) {
    return score == Math.rint(score) ? String.valueOf((long) score) : String.valueOf(score);
  }
}
