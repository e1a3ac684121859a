// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.commonground.scoring.suppression.Tables.apply;
import static org.commonground.scoring.suppression.Tables.audit;
import static org.commonground.scoring.suppression.Tables.audited;
import static org.commonground.scoring.suppression.Tables.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Suppression's rules one at a time: which entries are sensitive, which totals are published,
 * which complement is preferred, how entries and equations are named, and what the explanation
 * counts.
 */
class SuppressionRulesTest {

  @Test
  void theThresholdIsStrictAndAnEmptyEntryIsNotSensitive() {
    assertTrue(SuppressionRule.DEFAULT.suppresses(9));
    assertTrue(SuppressionRule.DEFAULT.suppresses(1));
    assertFalse(SuppressionRule.DEFAULT.suppresses(10));
    // no record behind it: it discloses no one (sdcTable's allowZeros = FALSE)
    assertFalse(SuppressionRule.DEFAULT.suppresses(0));
    assertEquals(10, SuppressionRule.DEFAULT.threshold());
  }

  @Test
  void anEntryOnNoRecordsIsPublished() {
    // r0 × c1 is 0 of 0 records: shown, and nothing else in the table is small
    SuppressedTable t = apply(new double[][] {{10, 0}, {30, 40}}, new long[][] {{12, 0}, {30, 45}}, true, true);

    assertEquals(Option.of(0.0), t.cell(0, 1).value());
    assertEquals(0, t.count(Suppression.PRIMARY) + t.count(Suppression.COMPLEMENTARY));
  }

  @Test
  void withNothingSmallEveryTotalIsPublishedAsItsSum() {
    double[][] values = {{10, 20, 30}, {40, 50, 60}};
    long[][] records = {{10, 20, 30}, {40, 50, 60}};
    SuppressedTable t = apply(values, records, true, true);

    assertEquals(List.of(Option.of(60.0), Option.of(150.0)), t.rowTotals().map(PublishedCell::value));
    assertEquals(List.of(Option.of(50.0), Option.of(70.0), Option.of(90.0)), t.columnTotals().map(PublishedCell::value));
    assertEquals(Option.of(210.0), t.grandTotal().flatMap(PublishedCell::value));
    assertEquals("Total", t.grandTotal().get().row());
    assertEquals("Total", t.grandTotal().get().column());
    assertEquals(List.of("Total", "Total"), t.grandTotal().get().codes());
    assertTrue(t.grandTotal().get().total());
    assertTrue(t.rowTotals().forAll(PublishedCell::total));
    assertFalse(t.cell(1, 2).total());
    assertEquals(0, t.count(Suppression.PRIMARY) + t.count(Suppression.COMPLEMENTARY));
    assertTrue(t.explanation().startsWith(
        "Entries that fail the safety rule (fewer than 10 records) are suppressed (0 primary); 0 more"), t.explanation());
    // nothing hidden: nothing to audit, and nothing discloses
    DisclosureAudit audit = audit(values, records, true, true);
    assertTrue(audit.passes());
    assertEquals(List.empty(), audit.entries());
  }

  @Test
  void aGrandTotalIsPublishedOnlyWithBothRowAndColumnTotals() {
    // The two-way factory gives the column dimension a Total when row totals are published, and
    // the row dimension one when column totals are; the grand total is the entry Total × Total,
    // which exists only when both dimensions have their Total.
    double[][] two = {{10, 20}, {30, 40}};
    long[][] records = {{10, 20}, {30, 40}};
    SuppressedTable rowsOnly = apply(two, records, true, false);
    SuppressedTable columnsOnly = apply(two, records, false, true);
    SuppressedTable both = apply(two, records, true, true);

    assertEquals(Option.none(), rowsOnly.grandTotal());
    assertEquals(List.of(Option.of(30.0), Option.of(70.0)), rowsOnly.rowTotals().map(PublishedCell::value));
    assertEquals(List.empty(), rowsOnly.columnTotals());
    assertEquals(List.of(List.of("r0", "r1"), List.of("c0", "c1", "Total")), rowsOnly.codes());
    assertEquals(Option.none(), columnsOnly.grandTotal());
    assertEquals(List.of(Option.of(40.0), Option.of(60.0)), columnsOnly.columnTotals().map(PublishedCell::value));
    assertEquals(List.empty(), columnsOnly.rowTotals());
    assertEquals(List.of(List.of("r0", "r1", "Total"), List.of("c0", "c1")), columnsOnly.codes());
    assertEquals(Option.of(100.0), both.grandTotal().flatMap(PublishedCell::value));
    assertEquals(Option.of(100.0), both.entry(List.of("Total", "Total")).value());
    // one column with its column total: the column total is the only total, and no grand total
    SuppressedTable column = apply(new double[][] {{10}, {30}}, new long[][] {{10}, {30}}, false, true);
    assertEquals(Option.none(), column.grandTotal());
    assertEquals(List.of(Option.of(40.0)), column.columnTotals().map(PublishedCell::value));
  }

  @Test
  void aHypercubeThroughAnotherHiddenCellIsPreferredToOneWithFewerRecords() {
    // r0 × c0 and r1 × c1 are small. The hypercube of r0 × c0 through row r1 and column c1 has
    // r1 × c1 as a corner, already hidden, so it hides only two new cells (r0 × c1, r1 × c0);
    // every other box, such as the one through c2 whose r0 × c2 has fewer records than r0 × c1,
    // hides three. Cost (entries newly hidden) comes before records. r1 × c1's own box is then the
    // same rectangle, all hidden already. The corners that move against r0 × c0 hold 40 and 50,
    // and r1 × c1, moving with it, holds 5: at least the 1 each needs.
    double[][] values = {{4, 40, 15}, {50, 5, 20}, {30, 35, 40}};
    long[][] records = {{5, 50, 20}, {60, 6, 25}, {40, 45, 50}};
    SuppressedTable t = apply(values, records, true, true);

    assertEquals("PC./CP./...", pattern(t));
    assertEquals("protects r0 × c0 (hypercube of 4 entries)", t.cell(0, 1).reason());
    assertEquals("protects r0 × c0 (hypercube of 4 entries)", t.cell(1, 0).reason());
    assertEquals(Option.of(239.0), t.grandTotal().flatMap(PublishedCell::value));
    assertTrue(t.explanation().startsWith(
        "Entries that fail the safety rule (fewer than 10 records) are suppressed (2 primary); 2 more are suppressed by the hypercube method"),
        t.explanation());
    // With a = r0 × c0: r0 × c1 = 44 − a, r1 × c0 = 54 − a, r1 × c1 = 1 + a, for 0 ≤ a ≤ 44.
    DisclosureAudit audit = audit(values, records, true, true);
    assertTrue(audit.passes(), audit.explanation());
    assertEquals(List.of(0.0, 44.0), List.of(audited(audit, "r0", "c0").lower(), audited(audit, "r0", "c0").upper()));
    assertEquals(List.of(1.0, 45.0), List.of(audited(audit, "r1", "c1").lower(), audited(audit, "r1", "c1").upper()));
  }

  @Test
  void columnsAreNamedAsColumns() {
    // One column with its total: the only equation is the column's, Total × c0 = r0 + r1 + r2.
    // r0 × c0's box pairs it with r1 (50 records), r2 (20) or the total (1.5): r2, fewest.
    SuppressedTable t = apply(new double[][] {{5}, {50}, {20}}, new long[][] {{5}, {50}, {20}}, false, true);

    assertEquals("P/./C", pattern(t));
    assertEquals("protects r0 × c0 (hypercube of 2 entries)", t.cell(2, 0).reason());
    PublishedCell total = t.columnTotals().head();
    assertEquals(List.of("Total", "c0"), total.codes());
    assertEquals("Total", total.row());
    assertEquals("c0", total.column());
    AuditedEntry small = audited(audit(new double[][] {{5}, {50}, {20}}, new long[][] {{5}, {50}, {20}}, false, true), "r0", "c0");
    assertEquals(List.of("Total × c0 = r0 × c0 + r1 × c0 + r2 × c0"), small.boundedBy());
    assertEquals(List.of(0.0, 25.0), List.of(small.lower(), small.upper()));
  }

  @Test
  void hiddenZerosAreProtectedByANonZeroCellNotByAnotherZero() {
    // The zeros need 1 above: a partner of the hypercube must be able to move down by 1. The
    // hidden zero r0 × c1 cannot, nor can the shown zero r0 × c2 (12 records, fewer than
    // r0 × c3's 15): the non-zero r0 × c3 (14) is hidden.
    double[][] values = {{0, 0, 0, 14}, {20, 25, 30, 35}};
    long[][] records = {{3, 2, 12, 15}, {20, 25, 30, 35}};
    SuppressedTable t = apply(values, records, true, false);

    assertEquals("PP.C/....", pattern(t));
    assertEquals("protects r0 × c0 (hypercube of 2 entries)", t.cell(0, 3).reason());
    DisclosureAudit audit = audit(values, records, true, false);
    assertTrue(audit.passes(), audit.explanation());
    assertEquals(14, audited(audit, "r0", "c1").upper());
  }
}
