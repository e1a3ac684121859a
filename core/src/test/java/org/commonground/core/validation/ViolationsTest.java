// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;

class ViolationsTest {

  @Test
  void aViolationReadsAsPathThenMessage() {
    Violation v = Violation.of("target", "must be between 0 and 100 %, got 140");

    assertEquals("indicators[3].target: must be between 0 and 100 %, got 140", v.under("indicators[3]").toString());
    assertEquals("must be set", Violation.of("", "must be set").toString());
  }

  @Test
  void reRootingJoinsPathsAsTheApiNamesThem() {
    assertEquals("members[2].id", Violation.of("id", "m").under("members[2]").path());
    assertEquals("members[2]", Violation.of("[2]", "m").under("members").path());
    assertEquals("members", Violation.of("", "m").under("members").path());
    assertEquals("id", Violation.of("id", "m").under("").path());
  }

  @Test
  void aBlankMessageIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Violation.of("x", " "));
  }

  @Test
  void everyBrokenRuleIsKeptInOrder() {
    Violations found =
        Violations.none()
            .notBlank("id", null)
            .notBlank("name", "Lincoln")
            .atLeast("members", 1, 2)
            .require(false, "goal", "must be written out");

    assertEquals(
        List.of(
            Violation.of("id", "must not be blank, got null"),
            Violation.of("members", "must have at least 2, got 1"),
            Violation.of("goal", "must be written out")),
        found.toList());
  }

  @Test
  void eachRepeatIsNamedAgainstItsFirstOccurrence() {
    Violations found = Violations.none().distinct("members", List.of("a", "b", "a", "b", "a"), m -> m);

    assertEquals(
        List.of("members[2]: duplicates members[0] (a)", "members[3]: duplicates members[1] (b)",
            "members[4]: duplicates members[0] (a)"),
        found.toList().map(Violation::toString));
  }

  @Test
  void nestedViolationsAreReRooted() {
    Violations found =
        Violations.none().addAll("members[1]", List.of(Violation.of("id", "must not be blank, got \"\"")));

    assertEquals("members[1].id: must not be blank, got \"\"", found.toList().head().toString());
  }

  @Test
  void theOutcomeIsAnExceptionOrAValidation() {
    assertDoesNotThrow(() -> Violations.none().throwIfAny("Thing"));
    assertEquals(Validation.valid("ok"), Violations.none().toValidation("ok"));

    Violations broken = Violations.none().notBlank("id", "");
    ValidationException e = assertThrows(ValidationException.class, () -> broken.throwIfAny("Thing"));
    assertEquals("Thing is invalid (1 problem): id: must not be blank, got \"\"", e.getMessage());
    assertTrue(broken.toValidation("ok").isInvalid());
    assertEquals(broken.toList(), broken.toValidation("ok").getError());
  }

  @Test
  void anExceptionNeedsAtLeastOneViolation() {
    assertThrows(IllegalArgumentException.class, () -> new ValidationException("Thing", List.empty()));
  }

  @Test
  void valueSemantics() {
    assertEquals(Violations.none().notBlank("a", ""), Violations.none().notBlank("a", ""));
    assertEquals(
        Violations.none().notBlank("a", "").hashCode(), Violations.none().notBlank("a", "").hashCode());
    assertNotEquals(Violations.none().notBlank("a", ""), Violations.none().notBlank("b", ""));
    assertNotEquals(Violations.none().notBlank("a", "").hashCode(), Violations.none().hashCode());
    assertNotEquals(Violations.none(), "Violations[]");
    assertTrue(Violations.none().isEmpty());
    assertFalse(Violations.none().notBlank("a", "").isEmpty());
    assertEquals("Violations[a: must not be blank, got \"\"]", Violations.none().notBlank("a", "").toString());
  }

  @Test
  void anIdMayNotCarryLineBreaksControlCharactersOrSurroundingSpaces() {
    assertTrue(Violations.none().id("id", "lincoln-hs").isEmpty());
    assertTrue(Violations.none().id("id", "Lincoln High School").isEmpty());
    assertEquals(
        List.of(Violation.of("id",
            "must not contain control characters or line breaks (found U+000A at position 7), got \"lincoln\\nhs\"")),
        Violations.none().id("id", "lincoln\nhs").toList());
    assertEquals(
        List.of(Violation.of("id", "must not begin or end with white space, got \" lincoln-hs\"")),
        Violations.none().id("id", " lincoln-hs").toList());
    assertEquals(
        List.of(
            Violation.of("id", "must not contain control characters or line breaks (found U+0009 at position 10), got \"lincoln-hs\\t\""),
            Violation.of("id", "must not begin or end with white space, got \"lincoln-hs\\t\"")),
        Violations.none().id("id", "lincoln-hs\t").toList());
    assertEquals(1, Violations.none().id("id", "a\u0000b").toList().size());
    assertEquals(1, Violations.none().id("id", "a\u2028b").toList().size());
    assertEquals(List.of(Violation.of("id", "must not be blank, got \"\\n\"")), Violations.none().id("id", "\n").toList());
    assertEquals(List.of(Violation.of("id", "must not be blank, got null")), Violations.none().id("id", null).toList());
    assertTrue(Violations.isId("lincoln-hs"));
    assertFalse(Violations.isId("lincoln-hs "));
    assertFalse(Violations.isId("a\rb"));
    assertFalse(Violations.isId(""));
    assertFalse(Violations.isId(null));
  }
}
