// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;
import org.junit.jupiter.api.Test;

/**
 * A survey at the size of a statewide census of partners' staff: a million respondents answering
 * the 44 items of a Collaboration Factors Inventory, every answer coded 0–4 against its 1–5 scale
 * (the common mistake of a zero-based export). It is refused whole, with every problem counted and
 * a message a person can read. How long it takes is measured in the benchmarks, not here.
 */
class SurveyAtScaleTest {

  /** The inventory with 44 items: two per factor, three for the first four factors. */
  static Instrument inventory44() {
    return CollaborationFactorsInventory.secondEdition(
        CollaborationFactorsInventory.FACTORS.zipWithIndex().flatMap(f -> List.range(0, f._2 < 4 ? 3 : 2)
            .map(k -> Item.of(f._1.id() + "-" + (k + 1), f._1.id()))));
  }

  @Test
  void aMillionRespondentsWithEveryAnswerOutOfRangeAreRefusedWithACappedReadableMessage() {
    Instrument instrument = inventory44();
    assertEquals(44, instrument.items().size());
    // One immutable map of answers, shared by every response: a million responses without a
    // million maps. Every answer is 0, outside the 1–5 scale.
    Map<String, Integer> zeros = TreeMap.ofEntries(instrument.items().map(i -> io.vavr.Tuple.of(i.id(), 0)));
    List<SurveyResponse> responses = List.range(0, 1_000_000).map(r -> SurveyResponse.of("r" + r, zeros));

    ValidationException e = assertThrows(ValidationException.class, () -> Survey.of(instrument, responses));

    assertEquals(44_000_000L, e.count());
    assertEquals(100, e.violations().size());
    List<String> ids = instrument.items().map(Item::id).sorted();
    assertEquals(Violation.of("responses[0].answers." + ids.head(), "must be between 1 and 5, got 0"),
        e.violations().head());
    assertEquals(List.of(ViolationKind.of("responses[*].answers.*", "must be between 1 and 5")),
        e.countsByKind().keySet().toList());
    assertTrue(e.getMessage().startsWith(
        "Survey of Collaboration Factors Inventory, 2nd edition (2001) is invalid (44,000,000 problems): "
            + "responses[0].answers." + ids.head() + ": must be between 1 and 5, got 0; "), e.getMessage());
    assertTrue(e.getMessage().endsWith(
        "; … and 43,999,900 more: responses[*].answers.*: must be between 1 and 5 (43,999,900)"), e.getMessage());
    assertTrue(e.getMessage().length() < 12_000, "one line per problem spelled out, not 44 million");
    assertEquals(List.of(Violation.of("responses[999999].answers." + ids.last(), "must be between 1 and 5, got 0")),
        e.page(43_999_999L, 10));
  }
}
