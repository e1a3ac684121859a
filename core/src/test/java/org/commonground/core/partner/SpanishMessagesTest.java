// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The partner package's labels and violations in Spanish; English stays the root. */
class SpanishMessagesTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void sectorKindsHaveSpanishLabels() {
    assertEquals("sin fines de lucro", Sector.Kind.NONPROFIT.label().text(ES));
    assertEquals("nonprofit", Sector.Kind.NONPROFIT.toString());
  }

  @Test
  void aBlankFieldIsRefusedInSpanish() {
    ValidationException e = assertThrows(ValidationException.class, () -> Sector.of(Sector.Kind.PUBLIC, " "));

    assertEquals("field: no debe estar en blanco cuando se indica, se recibió \" \"", e.violations().head().toString(ES));
    assertEquals("field: must not be blank when present, got \" \"", e.violations().head().toString());
  }
}
