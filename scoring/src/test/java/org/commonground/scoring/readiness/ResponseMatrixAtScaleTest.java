// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.Arrays;
import org.commonground.core.readiness.CollaborationFactorsInventory;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;
import org.junit.jupiter.api.Test;

/**
 * The bulk path at a million respondents × 44 items with every answer outside the scale: a file
 * exported zero-based (0–4) against a 1–5 scale, or a code for "no answer" that is not the
 * matrix's. Refused whole, every cell counted, a readable message; timing is the benchmarks' job.
 */
class ResponseMatrixAtScaleTest {

  @Test
  void aMillionRespondentsWithEveryAnswerOutOfRangeAreRefusedWithACappedReadableMessage() {
    Instrument instrument = CollaborationFactorsInventory.secondEdition(
        CollaborationFactorsInventory.FACTORS.zipWithIndex().flatMap(f -> List.range(0, f._2 < 4 ? 3 : 2)
            .map(k -> Item.of(f._1.id() + "-" + (k + 1), f._1.id()))));
    int respondents = 1_000_000;
    int[] cells = new int[respondents * 44];
    Arrays.fill(cells, 9);

    ValidationException e =
        assertThrows(ValidationException.class, () -> ResponseMatrix.of(instrument, respondents, cells));

    assertEquals(44_000_000L, e.count());
    assertEquals(100, e.violations().size());
    String first = "cells[0][0] (respondent 0, item " + instrument.items().head().id() + ")";
    assertEquals(Violation.of(first, "must be between 1 and 5, got 9"), e.violations().head());
    assertEquals(List.of(ViolationKind.of("cells[*][*]", "must be between 1 and 5")), e.countsByKind().keySet().toList());
    assertTrue(e.getMessage().startsWith("ResponseMatrix of Collaboration Factors Inventory, 2nd edition (2001) "
        + "is invalid (44,000,000 problems): " + first + ": must be between 1 and 5, got 9; "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; … and 43,999,900 more: cells[*][*]: must be between 1 and 5 (43,999,900)"),
        e.getMessage());
    assertTrue(e.getMessage().length() < 15_000, "one line per problem spelled out, not 44 million");
    String last = "cells[999999][43] (respondent 999999, item " + instrument.items().last().id() + ")";
    assertEquals(List.of(Violation.of(last, "must be between 1 and 5, got 9")), e.page(43_999_999L, 5));
  }

  @Test
  void answersChangedByTheCallerAfterwardsDoNotReachTheMatrix() {
    Instrument instrument = CollaborationFactorsInventory.secondEdition(
        CollaborationFactorsInventory.FACTORS.map(f -> Item.of(f.id() + "-1", f.id())));
    int[] cells = new int[20];
    Arrays.fill(cells, 3);
    ResponseMatrix matrix = ResponseMatrix.of(instrument, 1, cells);
    cells[0] = 99;

    assertEquals(3, matrix.answer(0, 0));
  }
}
