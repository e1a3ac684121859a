// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A two-sided confidence interval: its bounds, its confidence level and the method that gave it.
 *
 * <pre>{@code
 * ConfidenceInterval ci = ConfidenceIntervals.proportion(81, 263);
 * ci.lower();            // 0.2553…
 * ci.upper();            // 0.3662…
 * ci.level();            // 0.95
 * ci.method().label();   // "Wilson score"
 * ci.contains(0.3);      // true
 * ci.width();            // 0.1109…
 * }</pre>
 *
 * <p>Built by {@link ConfidenceIntervals}, or directly with {@code ImmutableConfidenceInterval.of(
 * lower, upper, level, method)}, which checks that both bounds are finite numbers with {@code lower
 * ≤ upper} and that the level lies strictly between 0 and 1. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ConfidenceInterval {

  ConfidenceInterval() {}

  /**
   * The lower bound.
   *
   * @return the lower bound, finite and at most {@link #upper()}
   */
  @Value.Parameter
  public abstract double lower();

  /**
   * The upper bound.
   *
   * @return the upper bound, finite and at least {@link #lower()}
   */
  @Value.Parameter
  public abstract double upper();

  /**
   * The confidence level, such as 0.95.
   *
   * @return the level, strictly between 0 and 1
   */
  @Value.Parameter
  public abstract double level();

  /**
   * The method that computed the interval.
   *
   * @return the method
   */
  @Value.Parameter
  public abstract IntervalMethod method();

  /**
   * The interval's width, {@code upper − lower}.
   *
   * @return the width, at least 0
   */
  public double width() {
    return upper() - lower();
  }

  /**
   * Whether a value lies in the closed interval.
   *
   * @param value the value
   * @return true if {@code lower ≤ value ≤ upper}
   */
  public boolean contains(double value) {
    return lower() <= value && value <= upper();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("method", method())
        .require(Double.isFinite(lower()), "lower", () -> Message.of("core.validation.finiteNumber", lower()))
        .require(Double.isFinite(upper()), "upper", () -> Message.of("core.validation.finiteNumber", upper()))
        .require(!(lower() > upper()), "upper",
            () -> Message.of("core.validation.min", "lower (" + lower() + ")", upper()))
        .require(level() > 0 && level() < 1, "level",
            () -> Message.of("scoring.uncertainty.levelOpen", level()))
        .throwIfAny("ConfidenceInterval");
  }

  /** Returns {@code ConfidenceInterval [0.71, 0.84], 95 %, Wilson score}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "ConfidenceInterval [%.4g, %.4g], %d %%, %s", lower(), upper(), Math.round(level() * 100), method().label());
  }
}
