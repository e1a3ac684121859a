// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The value an indicator started from, in a period before its targets: the base of its baseline
 * change and of its progress status.
 *
 * <pre>{@code
 * Baseline.of(Period.schoolYear(2021), 78.0);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Baseline {

  Baseline() {}

  /**
   * The base period.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract Period period();

  /**
   * The value in the base period, in the indicator's displayed unit.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract double value();

  /**
   * Creates a baseline.
   *
   * @param period the base period
   * @param value the value then, in the displayed unit
   * @return the baseline
   */
  public static Baseline of(Period period, double value) {
    return ImmutableBaseline.of(period, value);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("period", period())
        .throwIfAny("Baseline");
  }

  /** Returns {@code 78.5 in 2019}. */
  @Override
  public String toString() {
    return value() + " in " + period();
  }
}
