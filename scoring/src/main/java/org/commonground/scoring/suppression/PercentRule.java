// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The p% rule for magnitude tables: a cell is sensitive when the second-largest contributor could
 * estimate the largest contribution to within p % by subtracting its own from the cell, that is
 * when {@code X − x₁ − x₂ < p/100 · x₁} for a cell of total X and largest contributions x₁ ≥ x₂. The
 * protection it needs is {@code p/100 · x₁ − (X − x₁ − x₂)} above and below. Hundepool et al.,
 * <i>Statistical Disclosure Control</i> (Wiley, 2012), § 4.2; τ-ARGUS and sdcTable use the same
 * rule.
 *
 * <pre>{@code
 * PercentRule.of(10).sensitive(100, 80, 15);    // true: 100 − 80 − 15 = 5 < 8
 * PercentRule.of(10).protection(100, 80, 15);   // 3.0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PercentRule {

  PercentRule() {}

  /**
   * The p of the rule, in percent.
   *
   * @return more than 0, at most 100
   */
  @Value.Parameter
  public abstract double p();

  /**
   * The rule for a given p.
   *
   * @param p in percent, more than 0 and at most 100; 10 is a common choice
   * @return the rule
   * @throws org.commonground.core.validation.ValidationException if p is out of range
   */
  public static PercentRule of(double p) {
    return ImmutablePercentRule.of(p);
  }

  /**
   * Whether a cell is sensitive.
   *
   * @param total the cell's total X
   * @param largest its largest contribution x₁
   * @param second its second-largest contribution x₂ (0 if only one contributes)
   * @return true if the rest of the cell is less than p % of the largest contribution
   */
  public boolean sensitive(double total, double largest, double second) {
    return (total - largest - second) * 100 < p() * largest;
  }

  /**
   * The protection the cell needs on each side.
   *
   * @param total the cell's total X
   * @param largest its largest contribution x₁
   * @param second its second-largest contribution x₂
   * @return {@code p/100 · x₁ − (X − x₁ − x₂)}, not below 0
   */
  public double protection(double total, double largest, double second) {
    return sensitive(total, largest, second) ? Math.max(0, p() / 100 * largest - (total - largest - second)) : 0;
  }

  @Value.Check
  void check() {
    Violations.none()
        .require(Double.isFinite(p()) && p() > 0 && p() <= 100, "p", () -> Message.of("scoring.suppression.percent", p()))
        .throwIfAny("PercentRule");
  }

  /** Returns {@code p % rule, p = 10}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "p %% rule, p = %s", p() == Math.rint(p()) ? String.valueOf(Math.round(p())) : String.valueOf(p()));
  }
}
