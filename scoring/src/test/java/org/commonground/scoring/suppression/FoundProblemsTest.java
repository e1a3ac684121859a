// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Inputs that once went wrong: each stays fixed. */
class FoundProblemsTest {

  @Test
  void aContributorToSeveralCellsOfATotalCountsOnceInIt() {
    // The county alone funds Eastside's three programs: Eastside × Total rests on one contributor.
    MagnitudeTable funding = MagnitudeTable.builder(List.of(
            Hierarchy.withTotal("partner", List.of("Lincoln", "Eastside")),
            Hierarchy.withTotal("program", List.of("tutoring", "meals", "books"))))
        .add("county", 500, "Eastside", "tutoring").add("county", 600, "Eastside", "meals").add("county", 700, "Eastside", "books")
        .add("a", 100, "Lincoln", "tutoring").add("b", 100, "Lincoln", "tutoring").add("c", 100, "Lincoln", "tutoring")
        .add("a", 100, "Lincoln", "meals").add("b", 100, "Lincoln", "meals").add("c", 100, "Lincoln", "meals")
        .add("a", 100, "Lincoln", "books").add("b", 100, "Lincoln", "books").add("c", 100, "Lincoln", "books")
        .build();
    SuppressedTable published = SmallCellSuppression.apply(funding, SuppressionRule.of(3));
    PublishedCell eastside = published.entry(List.of("Eastside", "Total"));
    assertEquals(Option.of(Suppression.PRIMARY), eastside.suppression());
    assertEquals("fewer than 3 contributors (1)", eastside.reason());
    assertTrue(DisclosureAudit.of(funding, SuppressionRule.of(3), published).passes());
  }

  @Test
  void aGroupCannotBeNamedTotal() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Hierarchy.grouped("partner", LinkedHashMap.of("Total", List.of("a", "b"), "g", List.of("c"), " ", List.of("d"))));
    assertEquals(List.of(
            "groups[0]: must be named, not blank and not Total, which labels the dimension's total, got \"Total\"",
            "groups[2]: must be named, not blank and not Total, which labels the dimension's total, got \" \""),
        e.violations().map(Violation::toString));
  }

  @Test
  void theTwoWayFactoryNamesBadLabelsAndBadCountsTogether() {
    ValidationException e = assertThrows(ValidationException.class, () -> CountTable.of(List.of("a", "a"), List.of("x", "Total"),
        new double[][] {{1.5, 1}, {2, 3}}, new long[][] {{5, 5}, {5, 5}}, true, true));
    assertEquals(List.of(
            "rows[1]: must be unique in dimension row, got \"a\" again",
            "columns[1]: must not be Total, which labels the dimension's total",
            "values[0][0]: must be a whole count, not negative, got 1.5"),
        e.violations().map(Violation::toString));
  }

  @Test
  void twoWayAccessorsOnAOneWayTableSaySo() {
    CountTable oneWay = CountTable.frequencies(List.of(Hierarchy.withTotal("p", List.of("p0", "p1", "p2"))), new long[] {3, 40, 50});
    SuppressedTable published = SmallCellSuppression.apply(oneWay, SuppressionRule.DEFAULT);
    IllegalStateException e = assertThrows(IllegalStateException.class, published::rowTotals);
    assertEquals("rowTotals() is for a two-way table; this one has 1 dimension: use entries() or entry(codes)", e.getMessage());
    assertThrows(IllegalStateException.class, published::cells);
    assertThrows(IllegalStateException.class, published::grandTotal);
    assertFalse(published.entry(List.of("p0")).value().isDefined());
    assertEquals(List.of(List.of("p0"), List.of("p1"), List.of("p2"), List.of("Total")), published.entries().map(PublishedCell::codes));
  }

  @Test
  void aNegativeFrequencyIsNamedOnceAsACount() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> CountTable.frequencies(List.of(Hierarchy.withTotal("p", List.of("p0", "p1"))), new long[] {-2, 4}));
    assertEquals(List.of("counts[0]: must not be negative, got -2"), e.violations().map(Violation::toString));
  }

  @Test
  void aSingleCellWithoutTotalsIsBoundedByNothing() {
    // One code and no total is not a dimension with a total: the table has no equation at all.
    CountTable single = CountTable.of(List.of("r0"), List.of("c0"), new double[][] {{5}}, new long[][] {{5}}, false, false);
    AuditedEntry entry = DisclosureAudit.of(single, SuppressionRule.DEFAULT, List.of(List.of("r0", "c0"))).entries().head();
    assertEquals(0.0, entry.lower());
    assertEquals(Double.POSITIVE_INFINITY, entry.upper());
    assertTrue(entry.protectedEnough());
    // one row with its total: the row's equation alone, not a two-way table with all its totals
    CountTable row = CountTable.of(List.of("r0"), List.of("c0", "c1", "c2"), new double[][] {{3, 20, 30}},
        new long[][] {{3, 20, 30}}, true, false);
    assertTrue(DisclosureAudit.of(row, SuppressionRule.DEFAULT, SmallCellSuppression.apply(row, SuppressionRule.DEFAULT)).passes());
    assertEquals(List.of(0.0, 0.0), DisclosureAudit.of(row, SuppressionRule.DEFAULT,
        List.of(List.of("r0", "c0"), List.of("r0", "c1"))).entries().map(AuditedEntry::lower));
  }

  @Test
  void aContributorMustBeAnId() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> MagnitudeTable.builder(List.of(Hierarchy.withTotal("partner", List.of("Lincoln"))))
            .add("county\nschools", 500, "Lincoln").add("a", 100, "Lincoln").add(" b", 100, "Lincoln").build());
    assertEquals(List.of("contributions[0].contributor", "contributions[2].contributor"), e.violations().map(Violation::path));
  }
}
