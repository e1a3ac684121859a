// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Locale;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Target;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One indicator's line on a scorecard, with the Clear Impact Scorecard's figures: prior and current
 * actual, current and next target, variance from target, baseline % change and current trend —
 * and its progress status.
 *
 * <p>Formulas: variance from target = (actual − target) / target; baseline % change = (current −
 * first) / first, where "first" is the indicator's baseline value if it has one, else its first
 * reported value. Both are fractions (0.05 is 5 %), and absent when their divisor is zero.
 *
 * <pre>{@code
 * ScorecardRow row = scorecard.row("grad-rate").get();
 * row.current().map(CommunityValue::value);  // Some(84.1)
 * row.varianceFromTarget();                  // Some(0.0012): 0.12 % above the target
 * row.trend();                               // Some(improving (up) for 3 periods)
 * }</pre>
 *
 * <p>Every comparison across periods is like-for-like by default: each is a {@link Comparison} on
 * the partners that reported in both periods ({@link ComparisonBasis}), and says who was left out.
 * A change within the uncertainty of its numbers is never called improving or worsening. The
 * variance from target is given only when every expected partner reported in the current period
 * (unless the basis is {@link ComparisonBasis#ALL_REPORTERS}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScorecardRow {

  ScorecardRow() {}

  /**
   * The indicator.
   *
   * @return the indicator
   */
  public abstract Indicator indicator();

  /**
   * The community values, oldest first.
   *
   * @return the series
   */
  public abstract List<CommunityValue> series();

  /**
   * The latest community value.
   *
   * @return the current actual, or none without data
   */
  public abstract Option<CommunityValue> current();

  /**
   * The community value before the latest.
   *
   * @return the prior actual, or none with fewer than two periods
   */
  public abstract Option<CommunityValue> prior();

  /**
   * The target for the current period.
   *
   * @return the current target, or none
   */
  public abstract Option<Target> currentTarget();

  /**
   * The first target after the current period.
   *
   * @return the next target, or none
   */
  public abstract Option<Target> nextTarget();

  /**
   * (actual − target) / target for the current period.
   *
   * @return the variance as a fraction, or none without a current target (or with a zero target)
   */
  public abstract Option<Double> varianceFromTarget();

  /**
   * How the row's comparisons were made.
   *
   * @return the options: basis, confidence level, interval method and reliability rule
   */
  public abstract ComparisonOptions options();

  /**
   * The current value's confidence interval and reliability.
   *
   * @return the uncertainty, or none without data
   */
  public abstract Option<Uncertainty> uncertainty();

  /**
   * Each period-to-period comparison, oldest first: what the trend is read from.
   *
   * @return one comparison per pair of consecutive periods
   */
  public abstract List<Comparison> changes();

  /**
   * The comparison of the current value with the first: the baseline if the indicator has one,
   * else its first reported value.
   *
   * @return the comparison, or none without two values
   */
  public abstract Option<Comparison> baselineComparison();

  /**
   * (current − first) / first.
   *
   * @return the change as a fraction, from the {@link #baselineComparison()}; none without two
   *     comparable values (or with a zero first value)
   */
  public abstract Option<Double> baselineChange();

  /**
   * Whether the current value is better than the first, by the indicator's polarity.
   *
   * @return true if the {@link #baselineComparison()} is improving (beyond its uncertainty); none
   *     when the two values cannot be compared
   */
  public abstract Option<Boolean> improvedSinceBaseline();

  /**
   * The current trend.
   *
   * @return the trend, or none with fewer than two periods
   */
  public abstract Option<Trend> trend();

  /**
   * The progress status.
   *
   * @return the assessment
   */
  public abstract ProgressAssessment progress();

  /**
   * The line in sentences: each figure with its formula and inputs.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The line in sentences: each figure with its formula and inputs.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The explanation in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(Locale locale) {
    return explanationMessage().text(locale);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("indicator", indicator())
        .noNullElements("series", series())
        .noNullElements("current", current())
        .noNullElements("prior", prior())
        .noNullElements("currentTarget", currentTarget())
        .noNullElements("nextTarget", nextTarget())
        .noNullElements("varianceFromTarget", varianceFromTarget())
        .notNull("options", options())
        .noNullElements("uncertainty", uncertainty())
        .noNullElements("changes", changes())
        .noNullElements("baselineComparison", baselineComparison())
        .noNullElements("baselineChange", baselineChange())
        .noNullElements("improvedSinceBaseline", improvedSinceBaseline())
        .noNullElements("trend", trend())
        .notNull("progress", progress())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("ScorecardRow");
  }

  /** Returns {@code ScorecardRow Graduation rate: 85.0 in 2023, target 90.0 in 2025, on track}. */
  @Override
  public String toString() {
    return "ScorecardRow " + indicator().name() + ": "
        + current().map(v -> String.format(java.util.Locale.ROOT, "%.1f in %s", v.value(), v.period())).getOrElse("no value")
        + currentTarget().orElse(nextTarget()).map(t -> String.format(java.util.Locale.ROOT, ", target %.1f in %s", t.value(), t.period())).getOrElse("")
        + ", " + progress().status();
  }
}
