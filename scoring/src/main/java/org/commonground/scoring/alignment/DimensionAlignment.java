// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.alignment;

import java.util.Locale;
import org.commonground.core.validation.Message;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.alignment.Dimension;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One dimension's alignment: its level (mean and median of the partners' ratings), the partners'
 * agreement (r_wg), its class, and the partners furthest from the group.
 *
 * <pre>{@code
 * DimensionAlignment leadership = profile.dimension("leadership").get();
 * leadership.mean();            // 3.5
 * leadership.agreement();       // Some(0.72)
 * leadership.alignmentClass();  // AGREED_BUT_WEAK
 * leadership.furthest();        // List(riverside-cu): rated 2, the group's mean is 3.5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DimensionAlignment {

  DimensionAlignment() {}

  /**
   * The dimension.
   *
   * @return the dimension
   */
  public abstract Dimension dimension();

  /**
   * The criterion, when these are the ratings of one criterion.
   *
   * @return the criterion id, or none for the dimension as a whole
   */
  public abstract Option<String> criterion();

  /**
   * The number of partners who rated it.
   *
   * @return n
   */
  public abstract int raters();

  /**
   * The mean rating: the level.
   *
   * @return the mean, within the scale; none without ratings
   */
  public abstract Option<Double> mean();

  /**
   * The median rating.
   *
   * @return the median; none without ratings
   */
  public abstract Option<Double> median();

  /**
   * The partners' agreement, r_wg.
   *
   * @return r_wg in [0, 1]; none with fewer than two raters
   */
  public abstract Option<Double> agreement();

  /**
   * The class of the dimension.
   *
   * @return the class
   */
  public abstract AlignmentClass alignmentClass();

  /**
   * The partners whose ratings are furthest from the group's mean (all of them when tied).
   *
   * @return the partner ids; empty when everyone gave the same rating
   */
  public abstract List<String> furthest();

  /**
   * The result in a sentence, as a message: its code and arguments, and its text in any language.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The result in a sentence, in English: the figures, the rule, the thresholds and the framework
   * edition.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The result in a sentence, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(Locale locale) {
    return explanationMessage().text(locale);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("dimension", dimension())
        .noNullElements("criterion", criterion())
        .noNullElements("mean", mean())
        .noNullElements("median", median())
        .noNullElements("agreement", agreement())
        .notNull("alignmentClass", alignmentClass())
        .noNullElements("furthest", furthest())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("DimensionAlignment");
  }

  /** Returns {@code DimensionAlignment Shared vision: 5 raters, mean 3.40, r_wg 0.62, contested}. */
  @Override
  public String toString() {
    return "DimensionAlignment " + dimension().name() + criterion().map(c -> " / " + c).getOrElse("") + ": " + raters() + " raters"
        + mean().map(m -> String.format(java.util.Locale.ROOT, ", mean %.2f", m)).getOrElse("")
        + agreement().map(a -> String.format(java.util.Locale.ROOT, ", r_wg %.2f", a)).getOrElse(", r_wg undefined")
        + ", " + alignmentClass();
  }
}
