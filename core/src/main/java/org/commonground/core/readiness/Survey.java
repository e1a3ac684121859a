// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.SortedMap;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Check;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The responses of a group of respondents to one {@link Instrument}, checked against it: every
 * answer names an item of the instrument and is a point of its scale, and no respondent appears
 * twice. Scoring ({@code org.commonground.scoring.readiness.SurveyScoring}) takes a survey.
 *
 * <pre>{@code
 * Survey survey = Survey.of(instrument, List.of(
 *     SurveyResponse.of("r01", TreeMap.of("p1", 4, "p2", 5)),
 *     SurveyResponse.of("r02", TreeMap.of("p1", 3))));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Survey {

  Survey() {}

  /**
   * The instrument answered.
   *
   * @return the instrument
   */
  @Value.Parameter
  public abstract Instrument instrument();

  /**
   * The responses, one per respondent.
   *
   * @return the responses, possibly none
   */
  @Value.Parameter
  @Value.Default
  public List<SurveyResponse> responses() {
    return List.empty();
  }

  /**
   * Creates a survey, checking every response against the instrument.
   *
   * @param instrument the instrument answered
   * @param responses one response per respondent
   * @return the survey
   * @throws org.commonground.core.validation.ValidationException naming every answer outside the
   *     scale, every unknown item and every repeated respondent, with its path
   */
  public static Survey of(Instrument instrument, Iterable<? extends SurveyResponse> responses) {
    return ImmutableSurvey.of(instrument, JavaInputs.<SurveyResponse>list(responses));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("instrument", instrument())
        .noNullElements("responses", responses())
        .throwIfAny("Survey");
    check(instrument(), responses()).throwIfAny("Survey of " + instrument());
  }

  /**
   * The check of a survey's responses, linear in the number of answers: one pass for repeated
   * respondents, one over the answers with a hash lookup per item id. Answers outside the scale
   * are counted by kind past the detail cap, so a million respondents coded 0–4 against a 1–5
   * scale are refused in seconds with a message of a hundred lines.
   */
  private static Check check(Instrument instrument, List<SurveyResponse> responses) {
    ResponseScale scale = instrument.scale();
    java.util.Set<String> items = new java.util.HashSet<>(instrument.items().map(Item::id).asJava());
    ViolationKind unknown =
        ViolationKind.of(Violation.of("responses[*].answers.*", Message.of("core.readiness.survey.item", instrument, "")));
    ViolationKind outside = ViolationKind.of(Violation.of("responses[*].answers.*", scale.outOfRangeMessage(scale.min())));
    return sink -> {
      sink.reportAll("", Violations.none().distinct("responses", responses, SurveyResponse::respondent).toList());
      int r = 0;
      for (SurveyResponse response : responses) {
        Map<String, Integer> answers = response.answers();
        // Problems are reported in item order; a map read from JSON is not sorted, and sorting it
        // is only worth its cost when it holds a problem.
        if (!(answers instanceof SortedMap) && answers.forAll(t -> items.contains(t._1) && scale.contains(t._2))) {
          r++;
          continue;
        }
        Iterable<Tuple2<String, Integer>> sorted = answers instanceof SortedMap ? answers : answers.toSortedMap(t -> t);
        for (Tuple2<String, Integer> answer : sorted) {
          String item = answer._1;
          int given = answer._2;
          int row = r;
          if (!items.contains(item)) {
            sink.report(unknown, () -> Violation.of(path(row, item),
                Message.of("core.readiness.survey.item", instrument, "\"" + item + "\"")));
          }
          if (!scale.contains(given)) {
            sink.report(outside, () -> Violation.of(path(row, item), scale.outOfRangeMessage(given)));
          }
        }
        r++;
      }
    };
  }

  private static String path(int respondent, String item) {
    return "responses[" + respondent + "].answers." + item;
  }

  /** Returns {@code Survey of Wilder Collaboration Factors Inventory, 3rd: 14 responses}. */
  @Override
  public String toString() {
    return "Survey of " + instrument() + ": " + responses().size() + (responses().size() == 1 ? " response" : " responses");
  }
}
