// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import java.util.Locale;
import org.commonground.core.validation.Message;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.readiness.Band;
import org.commonground.core.readiness.Factor;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The score of one factor of a survey, with everything needed to read and check it.
 *
 * <p>Rule (Collaboration Factors Inventory, Wilder Research, 2nd ed., 2001): the factor score is
 * the mean of the factor's item answers across all respondents, after reverse-coding, each answer
 * counting with its item's weight; its band follows the scoring rules' {@code Bands}. The standard
 * deviation (sample, n − 1) and the distribution are of the unweighted answers. Cronbach's alpha
 * (Cronbach 1951) is computed over the respondents who answered every item of the factor, from the
 * reverse-coded, unweighted answers: α = k/(k − 1) · (1 − Σ s²ᵢ / s²ₜ).
 *
 * <pre>{@code
 * FactorScore trust = score.factor("mutual-respect").get();
 * trust.mean();         // Some(3.85)
 * trust.band();         // Some(borderline)
 * trust.explanation();  // "Mutual respect, understanding, and trust: 3.85, borderline — discuss ..."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FactorScore {

  FactorScore() {}

  /**
   * The factor scored.
   *
   * @return the factor
   */
  public abstract Factor factor();

  /**
   * Whether the score can be read as complete.
   *
   * @return the status
   */
  public abstract FactorStatus status();

  /**
   * The number of respondents who answered at least one of the factor's items.
   *
   * @return the number of respondents
   */
  public abstract long respondents();

  /**
   * The number of answers to the factor's items.
   *
   * @return the number of answers
   */
  public abstract long answers();

  /**
   * The factor score: the weighted mean of the reverse-coded answers.
   *
   * @return the mean, within the scale; none when nobody answered
   */
  public abstract Option<Double> mean();

  /**
   * The sample standard deviation of the reverse-coded answers.
   *
   * @return the standard deviation; none with fewer than two answers
   */
  public abstract Option<Double> standardDeviation();

  /**
   * How many answers fell on each point of the scale, lowest point first, after reverse-coding.
   *
   * @return one count per point
   */
  public abstract List<Long> distribution();

  /**
   * The band of the mean.
   *
   * @return the band; none when the status is {@link FactorStatus#TOO_FEW_RESPONDENTS} or
   *     {@link FactorStatus#NO_ANSWERS}
   */
  public abstract Option<Band> band();

  /**
   * Cronbach's alpha of the factor's items.
   *
   * @return alpha (at most 1, and negative when the items disagree); none when it is undefined, as
   *     {@link #alphaBasis()} says why
   */
  public abstract Option<Double> alpha();

  /**
   * The sentence as a message: its code and arguments, and its text in any language.
   *
   * @return the basis of alpha
   */
  public abstract Message alphaBasisMessage();

  /**
   * What alpha rests on, or why there is none: "10 respondents answered all 5 items", "fewer than
   * two items", …
   *
   * <p>In English; see {@link #alphaBasis(Locale)} for another language.
   *
   * @return the basis of alpha
   */
  public String alphaBasis() {
    return alphaBasisMessage().text();
  }

  /**
   * The same, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the basis of alpha in that language
   */
  public String alphaBasis(Locale locale) {
    return alphaBasisMessage().text(locale);
  }

  /**
   * The ids of the factor's items that received at least one answer.
   *
   * @return the items used
   */
  public abstract List<String> itemsUsed();

  /**
   * The ids of the factor's items that nobody answered.
   *
   * @return the missing items
   */
  public abstract List<String> itemsMissing();

  /**
   * The sentence as a message: its code and arguments, and its text in any language.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The score in a sentence: value, band and its action, the answers and items it rests on, the
   * instrument and edition, and the rule.
   *
   * <p>In English; see {@link #explanation(Locale)} for another language.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The same, in a language.
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
        .notNull("factor", factor())
        .notNull("status", status())
        .noNullElements("mean", mean())
        .noNullElements("standardDeviation", standardDeviation())
        .noNullElements("distribution", distribution())
        .noNullElements("band", band())
        .noNullElements("alpha", alpha())
        .notNull("alphaBasisMessage", alphaBasisMessage())
        .noNullElements("itemsUsed", itemsUsed())
        .noNullElements("itemsMissing", itemsMissing())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("FactorScore");
  }

  /** Returns {@code FactorScore Mutual respect: mean 4.23 (sd 0.50, 14 respondents), strength}. */
  @Override
  public String toString() {
    return "FactorScore " + factor().name() + ": "
        + mean().map(m -> String.format(java.util.Locale.ROOT, "mean %.2f (", m)
            + standardDeviation().map(s -> String.format(java.util.Locale.ROOT, "sd %.2f, ", s)).getOrElse("")
            + respondents() + " respondents)").getOrElse(respondents() + " respondents")
        + ", " + band().map(Object::toString).getOrElse(status().label().text());
  }
}
