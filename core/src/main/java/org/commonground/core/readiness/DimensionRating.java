// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.control.Option;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The two scorers' independent ratings of one interview on one dimension of the Community
 * Readiness Model, and the consensus score they agreed on afterwards.
 *
 * <p>When the scorers agree, their shared rating is the consensus and none need be given; when
 * they differ, the consensus must be given — the model asks scorers to discuss and agree, never
 * to average (Plested, Edwards and Jumper-Thurman, 2006, "Scoring"). Ratings may use decimals such
 * as 3.5; every rating lies on the anchored scale from 1 to 9.
 *
 * <pre>{@code
 * DimensionRating.agreed("leadership", 4);          // both scorers said 4
 * DimensionRating.of("leadership", 3, 5, 4);        // they said 3 and 5, then agreed on 4
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DimensionRating {

  DimensionRating() {}

  /**
   * The id of the dimension rated.
   *
   * @return a dimension id of the model edition
   */
  public abstract String dimension();

  /**
   * The first scorer's independent rating.
   *
   * @return a rating from 1 to 9
   */
  public abstract double firstScorer();

  /**
   * The second scorer's independent rating.
   *
   * @return a rating from 1 to 9
   */
  public abstract double secondScorer();

  /**
   * The consensus the scorers agreed on, when they differed.
   *
   * @return the consensus from 1 to 9; none when the scorers agreed
   */
  @Value.Default
  public Option<Double> consensus() {
    return Option.none();
  }

  /**
   * A rating on which both scorers agreed.
   *
   * @param dimension the dimension id
   * @param score the shared rating, 1 to 9
   * @return the rating
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static DimensionRating agreed(String dimension, double score) {
    return ImmutableDimensionRating.builder()
        .dimension(dimension)
        .firstScorer(score)
        .secondScorer(score)
        .build();
  }

  /**
   * A rating with both scorers' ratings and their consensus.
   *
   * @param dimension the dimension id
   * @param firstScorer the first scorer's rating, 1 to 9
   * @param secondScorer the second scorer's rating, 1 to 9
   * @param consensus the agreed score, 1 to 9
   * @return the rating
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static DimensionRating of(
      String dimension, double firstScorer, double secondScorer, double consensus) {
    return ImmutableDimensionRating.builder()
        .dimension(dimension)
        .firstScorer(firstScorer)
        .secondScorer(secondScorer)
        .consensus(Option.of(consensus))
        .build();
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code DimensionRating.builder().dimension(..).firstScorer(..).secondScorer(..).consensus(..).build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link DimensionRating}: every setter of the generated {@link ImmutableDimensionRating.Builder}, and
   * for {@code consensus} also the plain value or a {@code java.util} collection. {@code build()}
   * checks the value and reports every problem, a null included, with its path in one
   * {@code ValidationException}.
   */
  public static final class Builder extends ImmutableDimensionRating.Builder {

    /** A new, empty builder; {@link DimensionRating#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the consensus score to a present value: the same as {@code consensus(Option.of(consensus))}.
     *
     * @param consensus the consensus score
     * @return this builder
     */
    public Builder consensus(double consensus) {
      return consensus(Option.some(consensus));
    }
  }

  /**
   * The score that counts: the consensus if given, else the rating both scorers gave.
   *
   * @return the consensus score, 1 to 9
   */
  public double consensusScore() {
    return consensus().getOrElse(firstScorer());
  }

  /**
   * Whether the scorers gave the same rating before discussing.
   *
   * @return true if the independent ratings are equal
   */
  public boolean scorersAgreed() {
    return firstScorer() == secondScorer();
  }

  /**
   * Whether the scorers' independent ratings are at most one point apart.
   *
   * @return true if {@code |first - second| <= 1}
   */
  public boolean scorersWithinOne() {
    return Math.abs(firstScorer() - secondScorer()) <= 1.0;
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("dimension", dimension())
        .noNullElements("consensus", consensus())
        .when(dimension() != null, v -> v.id("dimension", dimension()))
        .require(onScale(firstScorer()), "firstScorer", () -> outOfScale(firstScorer()))
        .require(onScale(secondScorer()), "secondScorer", () -> outOfScale(secondScorer()))
        .when(Violations.nullFree(consensus()), v -> v
            .require(consensus().forAll(DimensionRating::onScale), "consensus", () -> outOfScale(consensus().getOrElse(0.0)))
            .require(
                scorersAgreed() || consensus().isDefined(),
                "consensus",
                () -> Message.of("core.readiness.consensus", firstScorer(), secondScorer())))
        .throwIfAny("DimensionRating");
  }

  private static boolean onScale(double score) {
    return score >= CommunityReadinessModel.MIN_SCORE && score <= CommunityReadinessModel.MAX_SCORE;
  }

  private static Message outOfScale(double score) {
    return Message.of("core.validation.between", CommunityReadinessModel.MIN_SCORE, CommunityReadinessModel.MAX_SCORE, score);
  }

  /** Returns {@code DimensionRating climate: 3.5 and 4.0, consensus 3.75}. */
  @Override
  public String toString() {
    return "DimensionRating " + dimension() + ": " + firstScorer() + " and " + secondScorer()
        + consensus().map(c -> ", consensus " + c).getOrElse("");
  }
}
