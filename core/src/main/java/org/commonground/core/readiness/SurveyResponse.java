// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One respondent's answers to a survey: item id → the point of the scale chosen, as answered
 * (before any reverse-coding). Items the respondent skipped are simply absent.
 *
 * <pre>{@code
 * SurveyResponse r = SurveyResponse.of("r01", TreeMap.of("q1", 4, "q2", 5));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Whether the answers fit an instrument is checked by
 * {@link Survey}.
 */
@Value.Immutable
public abstract class SurveyResponse {

  SurveyResponse() {}

  /**
   * The respondent's id, unique within a survey; anonymous surveys use any distinct code.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String respondent();

  /**
   * The answers by item id, as given.
   *
   * @return the answers; empty if the respondent answered nothing
   */
  @Value.Parameter
  @Value.Default
  public Map<String, Integer> answers() {
    return TreeMap.empty();
  }

  /**
   * Creates a response.
   *
   * @param respondent the respondent's id; not blank
   * @param answers the answers by item id
   * @return the response
   * @throws org.commonground.core.validation.ValidationException if the id is blank
   */
  public static SurveyResponse of(String respondent, Map<String, Integer> answers) {
    return ImmutableSurveyResponse.of(respondent, answers);
  }

  /**
   * One respondent's answers, given as a {@code java.util.Map}.
   *
   * @param respondent the respondent's id
   * @param answers the answers by item id
   * @return the response
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static SurveyResponse of(String respondent, java.util.Map<String, Integer> answers) {
    return of(respondent, JavaInputs.<String, Integer>map(answers));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("respondent", respondent())
        .noNullEntries("answers", answers())
        .when(respondent() != null, v -> v.id("respondent", respondent()))
        .throwIfAny("SurveyResponse");
  }

  /** Returns {@code SurveyResponse r01: 40 answers}. */
  @Override
  public String toString() {
    return "SurveyResponse " + respondent() + ": " + answers().size() + (answers().size() == 1 ? " answer" : " answers");
  }
}
