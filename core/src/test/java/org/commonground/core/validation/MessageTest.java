// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageTest {

  static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void aMessageIsACodeWithArgumentsAndItsTextInEachLanguage() {
    Message m = Message.of("core.validation.between", 1, 5, 7);
    assertEquals("core.validation.between", m.key());
    assertEquals(List.of("1", "5", "7"), m.arguments());
    assertEquals("must be between 1 and 5, got 7", m.text());
    assertEquals("must be between 1 and 5, got 7", m.toString());
    assertEquals("must be between 1 and 5, got 7", m.text(Locale.ROOT));
    assertEquals("debe estar entre 1 y 5, se recibió 7", m.text(SPANISH));
    assertEquals(m, Message.of("core.validation.between", "1", "5", "7"));
    assertNotEquals(m, Message.of("core.validation.between", 1, 5, 8));
  }

  @Test
  void nestedMessagesAreRenderedInTheSameLanguage() {
    Message joined = Message.join("core.text.comma",
        List.of(Message.of("core.validation.notNull"), Message.of("core.validation.notEmpty")));
    assertEquals("must not be null, must not be empty", joined.text());
    assertEquals("no debe ser nulo, no debe estar vacío", joined.text(SPANISH));
    assertEquals("", Message.join("core.text.comma", List.empty()).text());
    Message outer = Message.of("core.validation.oneOf", Message.of("core.text.none"), "x");
    assertEquals("debe ser uno de ninguno, se recibió x", outer.text(SPANISH));
  }

  @Test
  void literalTextIsTheSameInEveryLanguageAndKeepsItsBracesAndApostrophes() {
    Message m = Message.literal("the partner's {0} value");
    assertEquals(Message.LITERAL, m.key());
    assertEquals("the partner's {0} value", m.text());
    assertEquals("the partner's {0} value", m.text(SPANISH));
    Message nested = Message.of("core.validation.notBlank", "it's {1}");
    assertEquals("must not be blank, got it's {1}", nested.text());
  }

  @Test
  void unknownKeysAndNullsAreRefused() {
    assertThrows(ValidationException.class, () -> Message.of("core.validation.noSuchKey"));
    assertThrows(ValidationException.class, () -> Message.of("nothing"));
    assertThrows(ValidationException.class, () -> Message.of(null));
    assertThrows(ValidationException.class, () -> Message.of("core.validation.notBlank", (Object) null));
    assertThrows(ValidationException.class, () -> Message.literal(null));
    assertThrows(ValidationException.class, () -> Message.of("core.validation.notNull").text(null));
  }

  @Test
  void violationsAndExceptionsSpeakTheCallersLanguage() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Violations.none().atLeast("members", 1, 2).notNull("id", null).throwIfAny("Partnership"));
    assertEquals("Partnership is invalid (2 problems): members: must have at least 2, got 1; id: must not be null",
        e.getMessage());
    assertEquals("Partnership no es válido (2 problemas): members: debe tener al menos 2, se recibió 1; "
        + "id: no debe ser nulo", e.message(SPANISH));
    assertEquals(e.getMessage(), e.message(Locale.ROOT));
    Violation v = e.violations().head();
    assertEquals("core.validation.atLeast", v.code());
    assertEquals("debe tener al menos 2, se recibió 1", v.message(SPANISH));
    assertEquals(Violation.of("members", "must have at least 2, got 1"), v);
    assertEquals(Message.LITERAL, Violation.of("x", "plain").code());
  }

  @Test
  void kindsPastTheCapAreCountedInTheCallersLanguage() {
    Violations many = Violations.none();
    for (int i = 0; i < 150; i++) {
      many = many.add(Violation.of("answers[" + i + "]", Message.of("core.validation.between", 1, 5, 0)));
    }
    Violations all = many;
    ValidationException e = assertThrows(ValidationException.class, () -> all.throwIfAny("Survey"));
    String spanish = e.message(SPANISH);
    assertEquals(true, spanish.endsWith("; … y 50 más: answers[*]: debe estar entre 1 y 5 (50)"), spanish);
    assertEquals(true, e.getMessage().endsWith("; … and 50 more: answers[*]: must be between 1 and 5 (50)"),
        e.getMessage());
  }
}
