// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Locale;
import io.vavr.control.Option;
import org.commonground.core.measure.Period;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * An indicator's progress status with the figures behind it: the base and current values and
 * periods, the observed compound annual growth rate, and — with a target — the rate needed to
 * reach it on time and their ratio.
 *
 * <pre>{@code
 * ProgressAssessment p = row.progress();
 * p.status();        // ACCELERATION_NEEDED
 * p.ratio();         // Some(0.72): 72 % of the growth needed
 * p.explanation();   // the formula with its numbers
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgressAssessment {

  ProgressAssessment() {}

  /**
   * The progress category.
   *
   * @return the status
   */
  public abstract ProgressStatus status();

  /**
   * The base period: the indicator's baseline, or its first reported period.
   *
   * @return the base period, or none when there are no data
   */
  public abstract Option<Period> basePeriod();

  /**
   * The latest period reported.
   *
   * @return the current period, or none when there are no data
   */
  public abstract Option<Period> currentPeriod();

  /**
   * The observed compound annual growth rate from the base to the current period, in the desired
   * direction ({@code d × CAGR}).
   *
   * @return the growth rate, or none when it could not be computed
   */
  public abstract Option<Double> observedGrowth();

  /**
   * The compound annual growth rate needed to reach the target on time.
   *
   * @return the rate, or none without a target
   */
  public abstract Option<Double> requiredGrowth();

  /**
   * The ratio of observed to needed growth, {@code R}.
   *
   * @return the ratio, or none without a target
   */
  public abstract Option<Double> ratio();

  /**
   * The status in a sentence with the formula and its numbers, or why progress could not be
   * assessed.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The status in a sentence with the formula and its numbers, or why progress could not be
   * assessed.
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

  /**
   * Whether the indicator moved in the desired direction since the base period.
   *
   * @return true if the observed growth is positive
   */
  public boolean inDesiredDirection() {
    return observedGrowth().exists(g -> g > 0);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("status", status())
        .noNullElements("basePeriod", basePeriod())
        .noNullElements("currentPeriod", currentPeriod())
        .noNullElements("observedGrowth", observedGrowth())
        .noNullElements("requiredGrowth", requiredGrowth())
        .noNullElements("ratio", ratio())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("ProgressAssessment");
  }

  /** Returns {@code ProgressAssessment 2019 → 2023: on track}. */
  @Override
  public String toString() {
    return "ProgressAssessment " + basePeriod().map(Object::toString).getOrElse("?") + " → "
        + currentPeriod().map(Object::toString).getOrElse("?") + ": " + status()
        + ratio().map(r -> " (" + Math.round(r * 100) + " % of the growth needed)").getOrElse("");
  }
}
