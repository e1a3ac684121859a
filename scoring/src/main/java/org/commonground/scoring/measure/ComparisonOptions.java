// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.uncertainty.ConfidenceIntervals;
import org.commonground.scoring.uncertainty.IntervalMethod;
import org.commonground.scoring.uncertainty.ReliabilityRule;
import org.immutables.value.Value;

/**
 * How scorecards and disaggregations compare periods and judge the uncertainty of their numbers:
 * which partners a comparison rests on, the confidence level, the interval method for pooled
 * proportions, and the reliability rule that flags small numbers.
 *
 * <pre>{@code
 * ComparisonOptions.defaults();   // matched, 95 %, Wilson, NCHS reliability
 * ComparisonOptions.defaults()
 *     .withBasis(ComparisonBasis.SAME_PARTNERS_ONLY)
 *     .withProportionMethod(IntervalMethod.CLOPPER_PEARSON);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ComparisonOptions {

  ComparisonOptions() {}

  /**
   * The defaults: matched comparisons, 95 % confidence, Wilson intervals for proportions, and the
   * NCHS reliability rule.
   *
   * @return the default options
   */
  public static ImmutableComparisonOptions defaults() {
    return ImmutableComparisonOptions.builder().build();
  }

  /**
   * Which partners a comparison across periods rests on.
   *
   * @return the basis; {@link ComparisonBasis#MATCHED} by default
   */
  @Value.Default
  public ComparisonBasis basis() {
    return ComparisonBasis.MATCHED;
  }

  /**
   * The confidence level of intervals and tests.
   *
   * @return the level, strictly between 0 and 1; 0.95 by default
   */
  @Value.Default
  public double level() {
    return ConfidenceIntervals.DEFAULT_LEVEL;
  }

  /**
   * The interval of a pooled proportion.
   *
   * @return {@link IntervalMethod#WILSON} (the default) or {@link IntervalMethod#CLOPPER_PEARSON}
   */
  @Value.Default
  public IntervalMethod proportionMethod() {
    return IntervalMethod.WILSON;
  }

  /**
   * The rule that flags estimates resting on too few events.
   *
   * @return the rule; {@link ReliabilityRule#nchs()} by default
   */
  @Value.Default
  public ReliabilityRule reliability() {
    return ReliabilityRule.nchs();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("basis", basis())
        .notNull("proportionMethod", proportionMethod())
        .notNull("reliability", reliability())
        .require(level() > 0 && level() < 1, "level", () -> Message.of("scoring.uncertainty.levelOpen", level()))
        .require(proportionMethod() == null || proportionMethod() == IntervalMethod.WILSON || proportionMethod() == IntervalMethod.CLOPPER_PEARSON,
            "proportionMethod", () -> Message.of("scoring.uncertainty.proportionMethod", proportionMethod()))
        .throwIfAny("ComparisonOptions");
  }

  /** Returns {@code ComparisonOptions: MATCHED, 95 %, Wilson score intervals for proportions}. */
  @Override
  public String toString() {
    return "ComparisonOptions: " + basis() + ", " + Math.round(level() * 100) + " %, " + proportionMethod().label() + " intervals for proportions";
  }
}
