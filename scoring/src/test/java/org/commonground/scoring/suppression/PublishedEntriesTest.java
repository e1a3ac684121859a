// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** A table given as published, totals included: its totals are checked, and its own pattern audited. */
class PublishedEntriesTest {

  private static final List<Hierarchy> DIMENSIONS = List.of(
      Hierarchy.withTotal("partner", List.of("Lincoln", "Eastside")),
      Hierarchy.withTotal("income", List.of("low", "not low")));

  @Test
  void totalsThatDoNotAddUpAreNamedWithTheirCodes() {
    // Lincoln: 4 + 30 = 34 (published 35); Total × low: 4 + 12 = 16 (published 16)
    double[] entries = {4, 30, 35, 12, 50, 62, 16, 80, 97};
    ValidationException e = assertThrows(ValidationException.class, () -> CountTable.ofEntries(DIMENSIONS, entries));
    assertEquals(List.of(
            "entries[2] (Lincoln × Total): must equal the sum of its members (34), got 35",
            "entries[8] (Total × Total): must equal the sum of its members (96), got 97"),
        e.violations().map(Violation::toString));
  }

  @Test
  void countsThatCannotBeCountsAreNamedBeforeTheTotals() {
    double[] entries = {4.5, -1, 3.5, 12, Double.NaN, 62, 16, 80, 96};
    ValidationException e = assertThrows(ValidationException.class, () -> CountTable.ofEntries(DIMENSIONS, entries));
    assertEquals(List.of(
            "entries[0] (Lincoln × low): must be a whole count, not negative, got 4.5",
            "entries[1] (Lincoln × not low): must be a whole count, not negative, got -1.0",
            "entries[2] (Lincoln × Total): must be a whole count, not negative, got 3.5",
            "entries[4] (Eastside × not low): must be a whole count, not negative, got NaN"),
        e.violations().map(Violation::toString));
    assertEquals(List.of("entries: must hold one count per entry, totals included (9), got 2"),
        assertThrows(ValidationException.class, () -> CountTable.ofEntries(DIMENSIONS, new double[] {1, 2}))
            .violations().map(Violation::toString));
  }

  @Test
  void aPatternOfYourOwnIsAuditedAndItsLeakNamed() {
    CountTable table = CountTable.ofEntries(DIMENSIONS, new double[] {4, 30, 34, 12, 50, 62, 16, 80, 96});
    // Hiding the small cell with only its row partner leaves column "low" with one hidden entry.
    DisclosureAudit leaky = DisclosureAudit.of(table, SuppressionRule.DEFAULT,
        List.of(List.of("Lincoln", "low"), List.of("Lincoln", "not low")));
    assertFalse(leaky.passes());
    AuditedEntry small = leaky.entries().head();
    assertEquals(List.of("Lincoln", "low"), small.codes());
    assertEquals(4.0, small.lower());
    assertEquals(4.0, small.upper());
    assertTrue(small.exactlyRecovered());
    assertTrue(small.explanation().startsWith("Lincoln × low (4) lies in [4, 4] by "), small.explanation());
    assertTrue(small.explanation().endsWith(": recovered exactly"), small.explanation());
    // The four cells of the rectangle together protect it: with Lincoln × low = t, the others are
    // 34 − t, 16 − t and 46 + t, and every one must stay at least 0, so t runs from 0 to 16.
    DisclosureAudit rectangle = DisclosureAudit.of(table, SuppressionRule.DEFAULT,
        List.of(List.of("Lincoln", "low"), List.of("Lincoln", "not low"), List.of("Eastside", "low"), List.of("Eastside", "not low")));
    assertTrue(rectangle.passes(), rectangle.explanation());
    assertEquals(List.of(0.0, 18.0, 0.0, 46.0), rectangle.entries().map(AuditedEntry::lower));
    assertEquals(List.of(16.0, 34.0, 16.0, 62.0), rectangle.entries().map(AuditedEntry::upper));
    assertEquals(SmallCellSuppression.apply(table, SuppressionRule.DEFAULT).entries().filter(c -> c.value().isEmpty()).map(PublishedCell::codes),
        rectangle.entries().map(AuditedEntry::codes));
  }

  @Test
  void anEntryThatIsNotOfTheTableIsNamed() {
    CountTable table = CountTable.ofEntries(DIMENSIONS, new double[] {4, 30, 34, 12, 50, 62, 16, 80, 96});
    ValidationException e = assertThrows(ValidationException.class,
        () -> DisclosureAudit.of(table, SuppressionRule.DEFAULT, List.of(List.of("Lincoln", "low"), List.of("Westside", "low"))));
    assertEquals(List.of("hidden[1]: codes[0]: must be a code of partner (Lincoln, Eastside, Total), got Westside"),
        e.violations().map(Violation::toString));
  }
}
