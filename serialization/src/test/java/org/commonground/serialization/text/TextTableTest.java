// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void columnsAreAlignedToTheWidestCell() {
    String text = TextTable.of("id", "name").row("lincoln-hs", "Lincoln").row("cc", "Eastside Counseling").render();

    assertEquals(
        "id          name\n"
            + "----------  -------------------\n"
            + "lincoln-hs  Lincoln\n"
            + "cc          Eastside Counseling\n",
        text);
  }

  @Test
  void aRowMustFillEveryColumn() {
    assertThrows(IllegalArgumentException.class, () -> TextTable.of("a", "b").row("only one"));
  }
}
