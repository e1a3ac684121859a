// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

/**
 * Which way an indicator should move: for graduation rates higher is better, for chronic
 * absence lower is better. Every judgement of good or bad — a trend, a change from baseline, a
 * progress status — goes through the polarity, and flipping it flips every judgement and nothing
 * else.
 *
 * <pre>{@code
 * Polarity.HIGHER_IS_BETTER.isImprovement(80, 84);  // true
 * Polarity.LOWER_IS_BETTER.isImprovement(80, 84);   // false
 * }</pre>
 */
public enum Polarity {
  /** A rising value is an improvement (graduation, kindergarten readiness). */
  HIGHER_IS_BETTER(1),
  /** A falling value is an improvement (chronic absence, teen births). */
  LOWER_IS_BETTER(-1);

  private final int direction;

  Polarity(int direction) {
    this.direction = direction;
  }

  /**
   * The desired direction: +1 when higher is better, −1 when lower is better (the <i>d</i> of the
   * Statistics Canada progress method).
   *
   * @return +1 or −1
   */
  public int direction() {
    return direction;
  }

  /**
   * The other polarity.
   *
   * @return the opposite polarity
   */
  public Polarity flip() {
    return this == HIGHER_IS_BETTER ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
  }

  /**
   * Whether moving from one value to another is an improvement.
   *
   * @param from the earlier value
   * @param to the later value
   * @return true if the change is in the desired direction; false for no change
   */
  public boolean isImprovement(double from, double to) {
    return Math.signum(to - from) * direction > 0;
  }

  /**
   * Whether a value meets a target: at or above it when higher is better, at or below it when
   * lower is better.
   *
   * @param value the value
   * @param target the target
   * @return true if the target is met
   */
  public boolean meets(double value, double target) {
    return direction > 0 ? value >= target : value <= target;
  }

  /**
   * The polarity as reports show it, as a message: {@code core.measure.Polarity.HIGHER_IS_BETTER}.
   *
   * @return the label
   */
  public org.commonground.core.validation.Message label() {
    return org.commonground.core.validation.Message.of("core.measure.Polarity." + name());
  }

  /** Returns {@code higher is better} or {@code lower is better}. */
  @Override
  public String toString() {
    return label().text();
  }
}
