// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * How far a cell hidden under the threshold rule must stay from what an attacker can pin down: the
 * interval the attacker derives from everything published must reach at least this distance below
 * and above the true value (or down to zero, for a value closer to zero than that). This is the
 * protection level of τ-ARGUS and sdcTable, where the required distance of a frequency-rule cell is a
 * share (the "safety range") of the threshold or of the cell's value; see Hundepool et al.,
 * <i>Statistical Disclosure Control</i> (Wiley, 2012), chapter 4, and the τ-ARGUS user's manual.
 *
 * <pre>{@code
 * ProtectionLevel.DEFAULT;                          // 10 % of the threshold, at least 1
 * ProtectionLevel.shareOfValue(0.3, 1);             // 30 % of the hidden value, at least 1
 * ProtectionLevel.DEFAULT.required(2, 10, true);    // 1.0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProtectionLevel {

  /** What the share is a share of. */
  public enum Base {
    /** The threshold of the rule: the same distance for every cell. */
    THRESHOLD,
    /** The hidden value itself. */
    VALUE
  }

  /** 10 % of the threshold, and at least 1: one count either way at the common threshold of 10. */
  public static final ProtectionLevel DEFAULT = shareOfThreshold(0.1, 1);

  ProtectionLevel() {}

  /**
   * The share of the base.
   *
   * @return between 0 and 1
   */
  public abstract double share();

  /**
   * What the share is taken of.
   *
   * @return the threshold or the value
   */
  public abstract Base base();

  /**
   * The least distance whatever the share gives; what keeps a hidden value from being recovered
   * exactly.
   *
   * @return more than 0
   */
  public abstract double minimum();

  /**
   * A share of the threshold.
   *
   * @param share between 0 and 1
   * @param minimum the least distance, more than 0
   * @return the level
   * @throws org.commonground.core.validation.ValidationException naming every value out of range
   */
  public static ProtectionLevel shareOfThreshold(double share, double minimum) {
    return ImmutableProtectionLevel.builder().share(share).base(Base.THRESHOLD).minimum(minimum).build();
  }

  /**
   * A share of the hidden value.
   *
   * @param share between 0 and 1
   * @param minimum the least distance, more than 0
   * @return the level
   * @throws org.commonground.core.validation.ValidationException naming every value out of range
   */
  public static ProtectionLevel shareOfValue(double share, double minimum) {
    return ImmutableProtectionLevel.builder().share(share).base(Base.VALUE).minimum(minimum).build();
  }

  /**
   * The distance a cell needs on either side (before it is cut at zero below).
   *
   * @param value the cell's true value
   * @param threshold the rule's threshold
   * @param counts whether values are counts, so that the distance is rounded up to a whole count
   * @return the distance, at least {@link #minimum()}
   */
  public double required(double value, long threshold, boolean counts) {
    double of = base() == Base.THRESHOLD ? threshold : value;
    double distance = Math.max(minimum(), share() * of);
    return counts ? Math.ceil(distance) : distance;
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("base", base())
        .require(Double.isFinite(share()) && share() >= 0 && share() <= 1, "share", () -> Message.of("core.validation.between", 0, 1, share()))
        .require(Double.isFinite(minimum()) && minimum() > 0, "minimum", () -> Message.of("scoring.suppression.protection.minimum", minimum()))
        .throwIfAny("ProtectionLevel");
  }

  /** The level in words, as {@code 10 % of the threshold, at least 1}. */
  String summary() {
    java.util.function.DoubleFunction<String> n =
        v -> v == Math.rint(v) ? String.valueOf(Math.round(v)) : String.valueOf(v);
    return n.apply(share() * 100) + " % of the " + (base() == Base.THRESHOLD ? "threshold" : "value")
        + ", at least " + n.apply(minimum());
  }

  /** Returns {@code ProtectionLevel 10 % of the threshold, at least 1}. */
  @Override
  public String toString() {
    return "ProtectionLevel " + summary();
  }
}
