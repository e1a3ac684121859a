// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.alignment;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Dimension;
import org.commonground.core.alignment.Rating;
import org.commonground.core.measure.SharedMeasureSet;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * Scores alignment ratings dimension by dimension: the entry point of alignment scoring, and the
 * thresholds it classifies with.
 *
 * <p>The level of a dimension is the mean (and median) of the partners' ratings; the agreement is
 * {@link Agreement#rwg r_wg}. A dimension is <b>aligned</b> when its agreement reaches the
 * agreement threshold and its mean the level threshold, <b>agreed but weak</b> when the agreement
 * does and the mean does not, and <b>contested</b> when the agreement falls short. Defaults: r_wg ≥
 * 0.70, the conventional cut-off for agreement (LeBreton and Senter, "Answers to 20 questions about
 * interrater reliability and interrater agreement", <i>Organizational Research Methods</i> 11,
 * 2008); a mean at least three quarters of the way up the scale, "mostly in place" on the 1–5
 * {@code IN_PLACE} scale — our reading, configurable.
 *
 * <pre>{@code
 * FrameworkProfile profile = AlignmentScoring.withDefaults().profile(ratings);
 * FrameworkProfile withMeasures = AlignmentScoring.withDefaults().profile(ratings, Option.of(measures));
 * AlignmentScoring strict = AlignmentScoring.withDefaults().withAgreementThreshold(0.8);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AlignmentScoring {

  AlignmentScoring() {}

  /**
   * The lowest r_wg that counts as agreement.
   *
   * @return the threshold in (0, 1]; 0.70 unless set
   */
  @Value.Default
  public double agreementThreshold() {
    return 0.70;
  }

  /**
   * How far up the scale a mean must be to count as in place, as a share of the way from its
   * lowest to its highest point.
   *
   * @return the share in [0, 1]; 0.75 unless set
   */
  @Value.Default
  public double levelThreshold() {
    return 0.75;
  }

  /**
   * The defaults: r_wg ≥ 0.70 and a mean three quarters of the way up the scale.
   *
   * @return the default scoring
   */
  public static AlignmentScoring withDefaults() {
    return ImmutableAlignmentScoring.builder().build();
  }

  /**
   * This scoring with another agreement threshold.
   *
   * @param threshold the lowest r_wg that counts as agreement, in (0, 1]
   * @return the new scoring; this one is unaffected
   * @throws org.commonground.core.validation.ValidationException if out of range
   */
  public AlignmentScoring withAgreementThreshold(double threshold) {
    return ImmutableAlignmentScoring.copyOf(this).withAgreementThreshold(threshold);
  }

  /**
   * This scoring with another level threshold.
   *
   * @param share how far up the scale a mean must be, in [0, 1]
   * @return the new scoring; this one is unaffected
   * @throws org.commonground.core.validation.ValidationException if out of range
   */
  public AlignmentScoring withLevelThreshold(double share) {
    return ImmutableAlignmentScoring.copyOf(this).withLevelThreshold(share);
  }

  /**
   * The profile of a framework's ratings.
   *
   * @param ratings the checked ratings
   * @return every dimension's alignment, and the rated criteria's
   */
  public FrameworkProfile profile(AlignmentRatings ratings) {
    return profile(ratings, Option.none());
  }

  /**
   * The profile of a framework's ratings, with seed 001's checks applied to the partnership's
   * shared measures: a set whose common outcomes are not eight to ten is flagged.
   *
   * @param ratings the checked ratings
   * @param measures the partnership's shared measure set, if it has one
   * @return every dimension's alignment, the rated criteria's, and the checks
   */
  public FrameworkProfile profile(AlignmentRatings ratings, Option<SharedMeasureSet> measures) {
    List<DimensionAlignment> dimensions =
        ratings.framework().dimensions().map(d -> score(ratings, d, Option.none()));
    List<DimensionAlignment> criteria =
        ratings.framework().dimensions().flatMap(d ->
            d.criteria().filter(c -> ratings.ratings().exists(r -> r.dimension().equals(d.id()) && r.criterion().contains(c.id())))
                .map(c -> score(ratings, d, Option.of(c.id()))));
    List<Violation> checks =
        measures.map(m -> m.warnings().filter(w -> w.path().equals("outcomes"))
                .map(w -> Violation.of("measures.outcomes", Message.of("scoring.alignment.outcomes", w.detail()))))
            .getOrElse(List.empty());
    return ImmutableFrameworkProfile.builder()
        .framework(ratings.framework().id())
        .name(ratings.framework().name())
        .edition(ratings.framework().edition())
        .dimensions(dimensions)
        .criteria(criteria)
        .checks(checks)
        .build();
  }

  private DimensionAlignment score(AlignmentRatings ratings, Dimension dimension, Option<String> criterion) {
    List<Rating> rated =
        ratings.ratings().filter(r -> r.dimension().equals(dimension.id()) && r.criterion().equals(criterion));
    ResponseScale scale = ratings.scale();
    List<Integer> values = rated.map(Rating::value);
    int n = values.size();
    Option<Double> mean = n == 0 ? Option.none() : Option.of((double) values.map(Integer::longValue).sum().longValue() / n);
    Option<Double> median = median(values);
    Option<Double> agreement = Agreement.rwg(values, scale);
    double level = scale.min() + levelThreshold() * (scale.max() - scale.min());
    AlignmentClass alignmentClass =
        agreement.isEmpty() ? AlignmentClass.UNDETERMINED
            : agreement.get() < agreementThreshold() ? AlignmentClass.CONTESTED
            : mean.get() >= level ? AlignmentClass.ALIGNED
            : AlignmentClass.AGREED_BUT_WEAK;
    List<String> furthest = furthest(rated, mean);

    String subject = dimension.name() + criterion.map(c -> " / " + dimension.criterion(c).get().text()).getOrElse("");
    Message explanation;
    if (n == 0) {
      explanation = Message.of("scoring.alignment.dimension.notRated", subject);
    } else {
      Message agreementText = agreement
          .map(a -> Message.of("scoring.alignment.agreement", String.format(Locale.ROOT, "%.2f", a),
              String.format(Locale.ROOT, "%.2f", (scale.points() * (double) scale.points() - 1) / 12), scale.points()))
          .getOrElse(() -> Message.of("scoring.alignment.agreement.undefined"));
      explanation = Message.of("scoring.alignment.dimension", subject, alignmentClass.label(),
          String.format(Locale.ROOT, "%.2f", mean.get()), number(median.get()), n, agreementText,
          String.format(Locale.ROOT, "%.2f", agreementThreshold()), String.format(Locale.ROOT, "%.2f", level),
          furthest.isEmpty() ? "" : Message.of("scoring.alignment.furthest", furthest.mkString(", ")),
          ratings.framework());
    }
    return ImmutableDimensionAlignment.builder()
        .dimension(dimension)
        .criterion(criterion)
        .raters(n)
        .mean(mean)
        .median(median)
        .agreement(agreement)
        .alignmentClass(alignmentClass)
        .furthest(furthest)
        .explanationMessage(explanation)
        .build();
  }

  private static Option<Double> median(List<Integer> values) {
    if (values.isEmpty()) {
      return Option.none();
    }
    List<Integer> sorted = values.sorted();
    int n = sorted.size();
    return Option.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
  }

  /** The partners at the greatest distance from the mean, compared exactly as |n·x − Σ|. */
  private static List<String> furthest(List<Rating> rated, Option<Double> mean) {
    if (rated.size() < 2) {
      return List.empty();
    }
    long n = rated.size();
    long sum = rated.map(r -> (long) r.value()).sum().longValue();
    List<Long> distances = rated.map(r -> Math.abs(n * r.value() - sum));
    long max = distances.max().get();
    return max == 0 ? List.empty() : rated.zip(distances).filter(p -> p._2 == max).map(p -> p._1.partner()).sorted();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  @Value.Check
  void check() {
    Violations.none()
        .require(agreementThreshold() > 0 && agreementThreshold() <= 1, "agreementThreshold",
            () -> Message.of("scoring.alignment.agreementThreshold", agreementThreshold()))
        .require(levelThreshold() >= 0 && levelThreshold() <= 1, "levelThreshold",
            () -> Message.of("core.validation.between", 0, 1, levelThreshold()))
        .throwIfAny("AlignmentScoring");
  }

  /** Returns {@code AlignmentScoring: agreed from r_wg 0.70, in place from 75 % up the scale}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "AlignmentScoring: agreed from r_wg %.2f, in place from %.0f %% up the scale",
        agreementThreshold(), levelThreshold() * 100);
  }
}
