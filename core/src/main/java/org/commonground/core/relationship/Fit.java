// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.commonground.core.partner.Sector;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The answer to a {@link FitQuestion}: the highest feasible level, the recommended one (the
 * necessary level if feasible, otherwise the highest feasible), every unmet requirement of the
 * necessary level, and the next step — one level above the current relationship, never a skip.
 *
 * <pre>{@code
 * Fit fit = Relationships.fit(question);
 * fit.recommended();  // Some(Cooperation)
 * fit.shortfalls();   // List(trust: needs 4, has 3, risk-taking: needs 4, has 2)
 * fit.nextStep();     // Some(Coordination)
 * fit.explanation();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Fit {

  Fit() {}

  /**
   * The question answered.
   *
   * @return the question
   */
  public abstract FitQuestion question();

  /**
   * The answer's main code: no collective approach needed, necessary level feasible, necessary
   * level not feasible, or nothing feasible.
   *
   * @return the outcome
   */
  public abstract ReasonCode outcome();

  /**
   * The highest level whose requirements (and those of every level below) are met.
   *
   * @return the level, or none if not even the first is
   */
  public abstract Option<Level> feasible();

  /**
   * The recommended relationship.
   *
   * @return the level, or none when no collective approach is needed or nothing is feasible
   */
  public abstract Option<Level> recommended();

  /**
   * The requirements of the necessary level the partners do not meet.
   *
   * @return the shortfalls; empty when the necessary level is feasible
   */
  public abstract List<Shortfall> shortfalls();

  /**
   * The sectors the necessary level needs that the partners do not span.
   *
   * @return the missing sectors
   */
  public abstract Set<Sector.Kind> missingSectors();

  /**
   * The next step: exactly one level above the current relationship (the first level when there
   * is none yet), to build trust for the next.
   *
   * @return the next level, or none at the top or when no collective approach is needed
   */
  public abstract Option<Level> nextStep();

  /**
   * Every reason with its code.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();

  /**
   * The answer in sentences, as a message: the reasons' sentences joined by spaces.
   *
   * @return the explanation
   */
  public Message explanationMessage() {
    return Message.join("core.text.space", reasons().map(Reason::sentenceMessage));
  }

  /**
   * The answer in sentences, in English.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The answer in sentences, in a language.
   *
   * <pre>{@code
   * Relationships.fit(question).explanation(Locale.forLanguageTag("es"));
   * }</pre>
   *
   * @param locale the language, {@link java.util.Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(java.util.Locale locale) {
    return explanationMessage().text(locale);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("question", question())
        .notNull("outcome", outcome())
        .noNullElements("feasible", feasible())
        .noNullElements("recommended", recommended())
        .noNullElements("shortfalls", shortfalls())
        .noNullElements("missingSectors", missingSectors())
        .noNullElements("nextStep", nextStep())
        .noNullElements("reasons", reasons())
        .throwIfAny("Fit");
  }

  /** Returns {@code Fit: feasible coordination, recommended coordination, next step cooperation, 1 shortfall}. */
  @Override
  public String toString() {
    return "Fit: feasible " + feasible().map(Object::toString).getOrElse("none") + ", recommended "
        + recommended().map(Object::toString).getOrElse("none") + ", next step " + nextStep().map(Object::toString).getOrElse("none")
        + ", " + shortfalls().size() + (shortfalls().size() == 1 ? " shortfall" : " shortfalls");
  }
}
