// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Locale;
import org.commonground.core.validation.Message;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * Whether a group's gap to the reference group is closing: the direction of the latest change in
 * the gap's size, and for how many periods in a row it has moved that way.
 *
 * <pre>{@code
 * gapTrend.direction();    // NARROWING
 * gapTrend.periodsHeld();  // 2
 * gapTrend.toString();     // "narrowing for 2 periods"
 * }</pre>
 *
 * <p>It is read from the group's {@link GapChange}s: each step compares like with like (by
 * default on the partners reporting in both periods, see {@link ComparisonBasis}), a change in the
 * gap's size that does not exceed its uncertainty is {@link Direction#WITHIN_UNCERTAINTY}, never
 * narrowing or widening, and the run counts the consecutive comparable steps, ending with the
 * latest, that went the same way.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GapTrend {

  /** Which way the size of the gap moved. */
  public enum Direction {
    /** The gap got smaller. */
    NARROWING,
    /** The gap got larger. */
    WIDENING,
    /** The gap stayed the same. */
    UNCHANGED,
    /**
     * The gap's size changed, but by less than its uncertainty (a Wald test of the change, see
     * {@link GapChange#test()}): it is called neither narrowing nor widening.
     */
    WITHIN_UNCERTAINTY;

    /**
     * The direction as reports show it, in any language: {@code "narrowing"} in English.
     *
     * @return the message {@code scoring.measure.GapTrend.Direction.<name>}
     */
    public Message label() {
      return Message.of("scoring.measure.GapTrend.Direction." + name());
    }
  }

  GapTrend() {}

  /**
   * The direction of the latest change in the size of the gap.
   *
   * @return the direction
   */
  @Value.Parameter
  public abstract Direction direction();

  /**
   * The number of consecutive changes, ending with the latest, in that direction.
   *
   * @return at least 1
   */
  @Value.Parameter
  public abstract int periodsHeld();

  /** Returns {@code narrowing for 2 periods}, or {@code within uncertainty for 1 period}. */
  /**
   * The gap's trend in words, as a message: {@code "narrowing for 2 periods"} in English.
   *
   * @return the message
   */
  public Message message() {
    return Message.of(periodsHeld() == 1 ? "scoring.measure.gapTrend.one" : "scoring.measure.gapTrend.many",
        direction().label(), periodsHeld());
  }

  /**
   * The gap's trend in words, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the trend in that language
   */
  public String toString(Locale locale) {
    return message().text(locale);
  }

  /** Returns the gap's trend in words in English: {@code narrowing for 2 periods}. */
  @Override
  public String toString() {
    return message().text();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("direction", direction())
        .throwIfAny("GapTrend");
  }
}
