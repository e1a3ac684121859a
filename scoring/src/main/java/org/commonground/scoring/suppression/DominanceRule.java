// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The (n,k) dominance rule for magnitude tables: a cell is sensitive when its n largest
 * contributors make up more than k % of it. The protection it needs is
 * {@code 100/k · (x₁ + … + xₙ) − X} above and below. Hundepool et al., <i>Statistical Disclosure
 * Control</i> (Wiley, 2012), § 4.2; τ-ARGUS and sdcTable use the same rule.
 *
 * <pre>{@code
 * DominanceRule.of(1, 75).sensitive(100, new double[] {80, 15});   // true: 80 > 75
 * DominanceRule.of(1, 75).protection(100, new double[] {80, 15});  // 6.666…
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DominanceRule {

  DominanceRule() {}

  /**
   * How many of the largest contributors are taken together.
   *
   * @return at least 1
   */
  @Value.Parameter
  public abstract int n();

  /**
   * The share, in percent, that they may not exceed.
   *
   * @return more than 0, at most 100
   */
  @Value.Parameter
  public abstract double k();

  /**
   * The rule for given n and k.
   *
   * @param n at least 1
   * @param k in percent, more than 0 and at most 100; (1, 75) and (2, 85) are common choices
   * @return the rule
   * @throws org.commonground.core.validation.ValidationException naming each value out of range
   */
  public static DominanceRule of(int n, double k) {
    return ImmutableDominanceRule.of(n, k);
  }

  /**
   * Whether a cell is sensitive.
   *
   * @param total the cell's total X
   * @param largestFirst its contributions, largest first
   * @return true if the n largest exceed k % of the total
   */
  public boolean sensitive(double total, double[] largestFirst) {
    return top(largestFirst) * 100 > k() * total;
  }

  /**
   * The protection the cell needs on each side.
   *
   * @param total the cell's total X
   * @param largestFirst its contributions, largest first
   * @return {@code 100/k · (x₁ + … + xₙ) − X}, not below 0
   */
  public double protection(double total, double[] largestFirst) {
    return sensitive(total, largestFirst) ? Math.max(0, 100 / k() * top(largestFirst) - total) : 0;
  }

  private double top(double[] largestFirst) {
    double top = 0;
    for (int i = 0; i < Math.min(n(), largestFirst.length); i++) {
      top += largestFirst[i];
    }
    return top;
  }

  @Value.Check
  void check() {
    Violations.none()
        .require(n() >= 1, "n", () -> Message.of("core.validation.min", 1, n()))
        .require(Double.isFinite(k()) && k() > 0 && k() <= 100, "k", () -> Message.of("scoring.suppression.percent", k()))
        .throwIfAny("DominanceRule");
  }

  /** Returns {@code (n, k) dominance rule, n = 2, k = 85}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "(n, k) dominance rule, n = %d, k = %s", n(), k() == Math.rint(k()) ? String.valueOf(Math.round(k())) : String.valueOf(k()));
  }
}
