// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Locale;
import org.commonground.core.validation.Message;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * An indicator's current trend as the Clear Impact Scorecard shows it: the direction of the latest
 * change, whether that is good or bad by the indicator's polarity, and for how many periods in a
 * row the indicator has moved that way.
 *
 * <pre>{@code
 * // graduation 78 → 80 → 83 → 84, higher is better:
 * trend.direction();    // UP
 * trend.judgement();    // IMPROVING
 * trend.periodsHeld();  // 3
 * }</pre>
 *
 * <p>On a scorecard each change is a like-for-like {@link Comparison} (by default on the partners
 * reporting in both periods), and a change that does not exceed its uncertainty is judged {@link
 * Judgement#WITHIN_UNCERTAINTY}; the run counts consecutive changes with the same direction and
 * judgement.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Trend {

  /** Which way the value moved. */
  public enum Direction {
    /** The value rose. */
    UP,
    /** The value fell. */
    DOWN,
    /** The value did not change. */
    FLAT;

    /**
     * The direction as reports show it, in any language: {@code "up"} in English.
     *
     * @return the message {@code scoring.measure.Trend.Direction.<name>}
     */
    public Message label() {
      return Message.of("scoring.measure.Trend.Direction." + name());
    }
  }

  /** Whether the move is good, by the indicator's polarity. */
  public enum Judgement {
    /** The value moved in the desired direction. */
    IMPROVING,
    /** The value moved against the desired direction. */
    WORSENING,
    /** The value did not change. */
    NO_CHANGE,
    /**
     * The value moved, but by less than its uncertainty: the change is within the noise of small
     * numbers, and is called neither improving nor worsening.
     */
    WITHIN_UNCERTAINTY;

    /**
     * The judgement under the opposite polarity.
     *
     * @return improving and worsening swapped; no change and within uncertainty unchanged
     */
    public Judgement flip() {
      return this == IMPROVING ? WORSENING : this == WORSENING ? IMPROVING : this;
    }

    /**
     * The judgement as reports show it, in any language: {@code "within uncertainty"} in English.
     *
     * @return the message {@code scoring.measure.Trend.Judgement.<name>}
     */
    public Message label() {
      return Message.of("scoring.measure.Trend.Judgement." + name());
    }

  }

  Trend() {}

  /**
   * The direction of the latest change.
   *
   * @return the direction
   */
  @Value.Parameter
  public abstract Direction direction();

  /**
   * Whether the latest change is good.
   *
   * @return the judgement
   */
  @Value.Parameter
  public abstract Judgement judgement();

  /**
   * The number of consecutive period-to-period changes, ending with the latest, in that direction.
   *
   * @return at least 1
   */
  @Value.Parameter
  public abstract int periodsHeld();

  /** Returns {@code improving (up) for 3 periods}. */
  /**
   * The trend in words, as a message: {@code "improving (up) for 2 periods"} in English.
   *
   * @return the message
   */
  public Message message() {
    return Message.of(periodsHeld() == 1 ? "scoring.measure.trend.one" : "scoring.measure.trend.many",
        judgement().label(), direction().label(), periodsHeld());
  }

  /**
   * The trend in words, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the trend in that language
   */
  public String toString(Locale locale) {
    return message().text(locale);
  }

  /** Returns the trend in words in English: {@code improving (up) for 2 periods}. */
  @Override
  public String toString() {
    return message().text();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("direction", direction())
        .notNull("judgement", judgement())
        .throwIfAny("Trend");
  }
}
