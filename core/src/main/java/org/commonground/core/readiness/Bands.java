// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The thresholds that put a factor score in a {@link Band}: a score at or above
 * {@code strengthFrom} is a strength, at or above {@code borderlineFrom} borderline, and below it a
 * concern. Both thresholds are inclusive lower bounds, so a score of exactly 4.0 is a strength and
 * exactly 3.0 borderline.
 *
 * <pre>{@code
 * Bands.WILDER.classify(4.0);   // STRENGTH
 * Bands.WILDER.classify(3.95);  // BORDERLINE
 * Bands.WILDER.classify(2.99);  // CONCERN
 * Bands.of(3.5, 2.5);           // a stricter reading of your own
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Bands {

  /**
   * The published bands of the Collaboration Factors Inventory (Wilder Research, 2nd ed., 2001):
   * 4.0 and above strength, 3.0 up to 4.0 borderline, below 3.0 concern.
   */
  public static final Bands WILDER = of(4.0, 3.0);

  Bands() {}

  /**
   * The lowest score that is a strength.
   *
   * @return the threshold, above {@link #borderlineFrom()}
   */
  @Value.Parameter
  public abstract double strengthFrom();

  /**
   * The lowest score that is borderline; scores below it are a concern.
   *
   * @return the threshold
   */
  @Value.Parameter
  public abstract double borderlineFrom();

  /**
   * Bands with thresholds of your own.
   *
   * @param strengthFrom the lowest score that is a strength
   * @param borderlineFrom the lowest score that is borderline, below {@code strengthFrom}
   * @return the bands
   * @throws org.commonground.core.validation.ValidationException if a threshold is not finite or
   *     they are out of order
   */
  public static Bands of(double strengthFrom, double borderlineFrom) {
    return ImmutableBands.of(strengthFrom, borderlineFrom);
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code Bands.builder().strengthFrom(..).borderlineFrom(..).build()}.
   *
   * @return a new builder
   */
  public static ImmutableBands.Builder builder() {
    return ImmutableBands.builder();
  }

  /**
   * The band of a score.
   *
   * @param score a finite score
   * @return its band
   * @throws IllegalArgumentException if the score is NaN or infinite
   */
  public Band classify(double score) {
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score: must be finite, got " + score);
    }
    if (score >= strengthFrom()) {
      return Band.STRENGTH;
    }
    return score >= borderlineFrom() ? Band.BORDERLINE : Band.CONCERN;
  }

  @Value.Check
  void check() {
    Violations.none()
        .require(Double.isFinite(strengthFrom()), "strengthFrom", () -> Message.of("core.validation.finite", strengthFrom()))
        .require(Double.isFinite(borderlineFrom()), "borderlineFrom", () -> Message.of("core.validation.finite", borderlineFrom()))
        .require(
            !(borderlineFrom() >= strengthFrom()),
            "borderlineFrom",
            () -> Message.of("core.readiness.bands.order", strengthFrom(), borderlineFrom()))
        .throwIfAny("Bands");
  }

  /** Returns {@code strength ≥ 4.0, borderline ≥ 3.0, concern below}. */
  @Override
  public String toString() {
    return "strength ≥ " + strengthFrom() + ", borderline ≥ " + borderlineFrom() + ", concern below";
  }
}
