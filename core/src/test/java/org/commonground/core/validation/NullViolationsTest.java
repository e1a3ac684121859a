// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The null rules of {@link Violations}, and nulls given to the validation types themselves. */
class NullViolationsTest {

  @Test
  void aNullValueIsNamedByItsPath() {
    assertEquals(List.of(Violation.of("id", "must not be null")), Violations.none().notNull("id", null).toList());
    assertTrue(Violations.none().notNull("id", "a").isEmpty());
  }

  @Test
  void aNullElementOfASequenceIsNamedByItsPosition() {
    assertEquals(
        List.of(Violation.of("sectors[1]", "must not be null"), Violation.of("sectors[3]", "must not be null")),
        Violations.none().noNullElements("sectors", List.of("a", null, "b", null)).toList());
    assertEquals(
        List.of(Violation.of("sectors", "must not be null")),
        Violations.none().noNullElements("sectors", null).toList());
    assertTrue(Violations.none().noNullElements("sectors", List.of("a", "b")).isEmpty());
  }

  @Test
  void aNullInANestedSequenceIsNamedByBothPositions() {
    assertEquals(
        List.of(Violation.of("codes[1][0]", "must not be null"), Violation.of("codes[2]", "must not be null")),
        Violations.none().noNullElements("codes", List.of(List.of("a"), List.of((String) null), null)).toList());
  }

  @Test
  void aSetOrAnOptionHoldingNullIsNamedByItsOwnPath() {
    assertEquals(
        List.of(Violation.of("sectors", "must not contain null")),
        Violations.none().noNullElements("sectors", HashSet.of("a", null)).toList());
    assertEquals(
        List.of(Violation.of("consensus", "must not be null")),
        Violations.none().noNullElements("consensus", Option.some(null)).toList());
    assertTrue(Violations.none().noNullElements("consensus", Option.none()).isEmpty());
  }

  @Test
  void aNullValueOfAMapIsNamedByItsKeyAndANullKeyByTheMap() {
    assertEquals(
        List.of(Violation.of("answers.p1", "must not be null")),
        Violations.none().noNullEntries("answers", LinkedHashMap.of("p0", 3, "p1", null)).toList());
    assertEquals(
        List.of(Violation.of("answers", "must not have a null key")),
        Violations.none().noNullEntries("answers", HashMap.of(null, 3)).toList());
    assertEquals(
        List.of(Violation.of("answers", "must not be null")),
        Violations.none().noNullEntries("answers", null).toList());
  }

  @Test
  void nullFreeLooksIntoCollectionsMapsAndOptionsAtAnyDepth() {
    assertTrue(Violations.nullFree("a", List.of(List.of(1)), HashMap.of("k", Option.some(2)), Option.none()));
    assertFalse(Violations.nullFree("a", null));
    assertFalse(Violations.nullFree(List.of(List.of((Integer) null))));
    assertFalse(Violations.nullFree(HashMap.of("k", null)));
    assertFalse(Violations.nullFree(HashMap.of(null, 1)));
    assertFalse(Violations.nullFree(Option.some(null)));
  }

  @Test
  void whenAppliesRulesOnlyIfTheConditionHolds() {
    Violations none = Violations.none();
    assertTrue(none.when(false, v -> v.notBlank("name", "")).isEmpty());
    assertEquals(1, none.when(true, v -> v.notBlank("name", "")).toList().size());
  }

  @Test
  void aViolationWithoutPathOrMessageIsItselfAViolation() {
    ValidationException e = assertThrows(ValidationException.class, () -> Violation.of(null, (String) null));
    assertEquals(
        List.of(Violation.of("path", "must not be null"), Violation.of("message", "must not be null")),
        e.violations());
  }

  @Test
  void anExceptionWithoutSubjectOrViolationsNamesWhatIsMissing() {
    ValidationException e = assertThrows(ValidationException.class, () -> new ValidationException(null, null));
    assertEquals(
        List.of(Violation.of("subject", "must not be null"), Violation.of("violations", "must not be null")),
        e.violations());
    ValidationException inside =
        assertThrows(
            ValidationException.class,
            () -> new ValidationException("Organization", List.of(Violation.of("id", "m"), null)));
    assertEquals(List.of(Violation.of("violations[1]", "must not be null")), inside.violations());
    assertThrows(ValidationException.class, () -> new ValidationException("Organization", List.empty()));
  }

  @Test
  void anUnsetAttributeOfABuilderIsAViolation() {
    ValidationException e = new ValidationException("id", "name");
    assertEquals(
        List.of(Violation.of("id", "must be set"), Violation.of("name", "must be set")), e.violations());
  }
}
