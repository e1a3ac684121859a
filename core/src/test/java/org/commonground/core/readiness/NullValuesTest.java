// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Nulls inside the lists, maps and options of readiness values are violations with their paths. */
class NullValuesTest {

  @Test
  void aNullAnswerIsNamedByItsItem() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> SurveyResponse.of("school", TreeMap.of("rs-risk-int", 1, "p1", null)));

    assertEquals(List.of(Violation.of("answers.p1", "must not be null")), e.violations());
  }

  @Test
  void aNullRespondentAndANullItemAreReportedTogether() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> SurveyResponse.of(null, HashMap.of(null, 3)));

    assertEquals(
        List.of(Violation.of("respondent", "must not be null"), Violation.of("answers", "must not have a null key")),
        e.violations());
  }

  @Test
  void aNullResponseInASurveyIsNamedByPosition() {
    SurveyResponse school = SurveyResponse.of("school", TreeMap.of("rs-risk-int", 1));
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Survey.of(ReadinessToShare.INSTRUMENT, List.of(school, null, school, null)));

    assertEquals(
        List.of(Violation.of("responses[1]", "must not be null"), Violation.of("responses[3]", "must not be null")),
        e.violations());
  }

  @Test
  void aNullElementIsReportedWithTheOtherRulesOfTheValue() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Ladder.of(" ladder", "", List.of(LadderStep.of("a", "A"), null)));

    assertEquals(
        List.of(
            Violation.of("steps[1]", "must not be null"),
            Violation.of("id", "must not begin or end with white space, got \" ladder\""),
            Violation.of("name", "must not be blank, got \"\"")),
        e.violations());
  }

  @Test
  void anOptionHoldingNullIsNamedByTheOption() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Item.builder().id("i").factor("f").text(Option.some(null)).build());

    assertEquals(List.of(Violation.of("text", "must not be null")), e.violations());
  }

  @Test
  void anUnsetRequiredAttributeIsAViolationToo() {
    ValidationException e = assertThrows(ValidationException.class, () -> Item.builder().build());

    assertEquals(
        List.of(Violation.of("id", "must be set"), Violation.of("factor", "must be set")), e.violations());
  }
}
