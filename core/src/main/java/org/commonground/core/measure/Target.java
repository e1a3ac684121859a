// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A value an indicator should reach by a period: an interim target on the way, or the long-term
 * target (the Road Map Project's practice, seed 003).
 *
 * <pre>{@code
 * Target.longTerm(Period.schoolYear(2029), 90.0);
 * Target.interim(Period.schoolYear(2026), 84.0);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Whether it fits its indicator is checked by
 * {@link Indicator}.
 */
@Value.Immutable
public abstract class Target {

  /** An interim target on the way, or the long-term target. */
  public enum Horizon {
    /** A milestone on the way to the long-term target. */
    INTERIM,
    /** The target the partnership commits to in the end. */
    LONG_TERM;

    /**
     * The horizon in words, for sentences, as a message: {@code core.measure.Target.Horizon.INTERIM}.
     *
     * @return the label
     */
    public org.commonground.core.validation.Message label() {
      return org.commonground.core.validation.Message.of("core.measure.Target.Horizon." + name());
    }
  }

  Target() {}

  /**
   * The period by which the target should be reached.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract Period period();

  /**
   * The target value, in the indicator's displayed unit (75.0 for 75 %).
   *
   * @return the value
   */
  @Value.Parameter
  public abstract double value();

  /**
   * Whether the target is interim or long-term.
   *
   * @return the horizon
   */
  @Value.Parameter
  public abstract Horizon horizon();

  /**
   * An interim target.
   *
   * @param period the period by which to reach it
   * @param value the value, in the displayed unit
   * @return the target
   */
  public static Target interim(Period period, double value) {
    return ImmutableTarget.of(period, value, Horizon.INTERIM);
  }

  /**
   * A long-term target.
   *
   * @param period the period by which to reach it
   * @param value the value, in the displayed unit
   * @return the target
   */
  public static Target longTerm(Period period, double value) {
    return ImmutableTarget.of(period, value, Horizon.LONG_TERM);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("period", period())
        .notNull("horizon", horizon())
        .throwIfAny("Target");
  }

  /** Returns {@code 90.0 by 2025 (long term)}. */
  @Override
  public String toString() {
    return value() + " by " + period() + " (" + horizon().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
  }
}
