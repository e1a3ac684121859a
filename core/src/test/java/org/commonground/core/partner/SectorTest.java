// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.partner.Sector.Kind;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SectorTest {

  @Test
  void aSectorMayNameItsField() {
    assertEquals(Option.of("education"), Sector.of(Kind.PUBLIC, "education").field());
    assertEquals(Option.none(), Sector.of(Kind.PUBLIC).field());
  }

  @Test
  void theTextFormNamesKindAndField() {
    assertEquals("public (education)", Sector.of(Kind.PUBLIC, "education").toString());
    assertEquals("community", Sector.of(Kind.COMMUNITY).toString());
  }

  @Test
  void theFieldIsPartOfTheValue() {
    assertNotEquals(Sector.of(Kind.PUBLIC, "health"), Sector.of(Kind.PUBLIC, "education"));
    assertNotEquals(Sector.of(Kind.PUBLIC), Sector.of(Kind.PUBLIC, "education"));
  }

  @Test
  void aBlankFieldIsRejected() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Sector.of(Kind.PRIVATE, " "));

    assertEquals(
        List.of(Violation.of("field", "must not be blank when present, got \" \"")), e.violations());
  }
}
