// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.commonground.scoring.suppression.Tables.apply;
import static org.commonground.scoring.suppression.Tables.audit;
import static org.commonground.scoring.suppression.Tables.audited;
import static org.commonground.scoring.suppression.Tables.entries;
import static org.commonground.scoring.suppression.Tables.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

  @Test
  void aSmallCellIsHiddenWithAComplementInItsRowAndColumn() {
    // r1 × c0 rests on 8 records and needs 1 either way (10 % of the threshold of 10). Its
    // hypercube takes one partner row (r0, r2 or the total row) and one partner column (c1 or the
    // total column); a total costs 1.5 against 1 for a cell, so the cheapest boxes are the two
    // all-cell ones, (r0, c1) and (r2, c1), three new cells each. The tie goes to fewer records:
    // r1 × c1, r2 × c0, r2 × c1 rest on 101 + 40 + 170 = 311 against 101 + 55 + 240 = 396 for r0.
    // Moving r1 × c0 and r2 × c1 up by d while r1 × c1 and r2 × c0 move down by d keeps every
    // total, and the corners that move down (88 and 30) hold far more than 1.
    double[][] values = {{41, 212}, {6, 88}, {30, 150}};
    long[][] records = {{55, 240}, {8, 101}, {40, 170}};
    SuppressedTable t = apply(values, records, true, true);

    assertEquals(1, t.count(Suppression.PRIMARY));
    assertEquals("fewer than 10 records (8)", t.cell(1, 0).reason());
    assertEquals(Option.none(), t.cell(1, 0).value());
    assertEquals(3, t.count(Suppression.COMPLEMENTARY));
    assertEquals("../PC/CC", pattern(t));
    assertEquals(List.fill(3, "protects r1 × c0 (hypercube of 4 entries)"),
        List.of(t.cell(1, 1), t.cell(2, 0), t.cell(2, 1)).map(PublishedCell::reason));
    // every total stays published
    assertEquals(List.of(Option.of(253.0), Option.of(94.0), Option.of(180.0)), t.rowTotals().map(PublishedCell::value));
    assertEquals(Option.of(527.0), t.grandTotal().flatMap(PublishedCell::value));

    // The attacker's view: x = r1 × c0, with r1 × c1 = 94 − x, r2 × c0 = 36 − x (column c0 less
    // 41) and r2 × c1 = 144 + x; all four non-negative for 0 ≤ x ≤ 36.
    DisclosureAudit audit = audit(values, records, true, true);
    assertTrue(audit.passes(), audit.explanation());
    AuditedEntry small = audited(audit, "r1", "c0");
    assertEquals(0, small.lower());
    assertEquals(36, small.upper());
    assertTrue(small.explanation().endsWith("protected: needs 1 below and 1 above"), small.explanation());
  }

  @Test
  void theComplementIsTheCellWithFewestRecords() {
    // one row, five cells, row total only: a one-dimensional table with one equation,
    // r0 × Total = the five cells. The hypercube of r0 × c0 pairs it with one other entry of that
    // equation: a cell (cost 1) or the total (1.5). Every cell holds at least the 1 it must move
    // by, so among the cells the fewest records decide: c2 (14, against 30, 45 and 70).
    double[][] values = {{3, 40, 12, 25, 60}};
    long[][] records = {{4, 45, 14, 30, 70}};
    SuppressedTable t = apply(values, records, true, false);

    assertEquals("P.C..", pattern(t));
    assertEquals(Suppression.COMPLEMENTARY, t.cell(0, 2).suppression().get());
    assertEquals("protects r0 × c0 (hypercube of 2 entries)", t.cell(0, 2).reason());
    assertEquals(Option.none(), t.grandTotal());
    assertEquals(Option.of(140.0), t.rowTotals().head().value());
    // the two hidden cells share 140 − 40 − 25 − 60 = 15
    AuditedEntry small = audited(audit(values, records, true, false), "r0", "c0");
    assertEquals(List.of(0.0, 15.0), List.of(small.lower(), small.upper()));
  }

  @Test
  void hiddenZerosWhoseTotalIsShownAreProtected() {
    // Two small zero cells in one row: hidden alone, their sum would be known to be 0, so each
    // would be 0. Each needs 1 above and nothing below (its protection is cut at its value). The
    // hypercube of r0 × c0 needs a partner that can move down by 1: r0 × c1 holds 0 and cannot,
    // so it takes the non-zero r0 × c2 (a cell, cheaper than the row total). r0 × c1's box with
    // the already hidden r0 × c2 then costs nothing.
    double[][] values = {{0, 0, 14}, {20, 25, 30}};
    long[][] records = {{3, 2, 15}, {20, 25, 30}};
    SuppressedTable t = apply(values, records, true, false);

    assertEquals("PPC/...", pattern(t));
    assertEquals("protects r0 × c0 (hypercube of 2 entries)", t.cell(0, 2).reason());
    DisclosureAudit audit = audit(values, records, true, false);
    assertTrue(audit.passes(), audit.explanation());
    // either zero could hold all 14 of the row
    for (String column : List.of("c0", "c1")) {
      AuditedEntry zero = audited(audit, "r0", column);
      assertEquals(List.of(0.0, 14.0), List.of(zero.lower(), zero.upper()));
      assertFalse(zero.exactlyRecovered());
    }
  }

  @Test
  void aLineOfZerosHidesItsTotal() {
    // The row total of the two small zeros rests on 3 + 2 = 5 records: it is sensitive itself.
    // With no column totals the row's equation is the only one that holds them, and all of it is
    // hidden, so nothing more is needed and nothing bounds them from above.
    double[][] values = {{0, 0}, {20, 25}};
    long[][] records = {{3, 2}, {20, 25}};
    SuppressedTable t = apply(values, records, true, false);

    assertEquals(Option.of(Suppression.PRIMARY), t.rowTotals().head().suppression());
    assertEquals("fewer than 10 records (5)", t.rowTotals().head().reason());
    assertEquals("PPP/...", entries(t));
    DisclosureAudit audit = audit(values, records, true, false);
    assertTrue(audit.passes(), audit.explanation());
    assertEquals(Double.POSITIVE_INFINITY, audited(audit, "r0", "Total").upper());
  }

  @Test
  void smallTotalsAreHiddenToo() {
    // Primary: the three small cells, the row total of r0 (5 records) and the column total of c0
    // (6). Each needs 1 either way, so hypercubes go in table order: r0 × c0 takes the box
    // (r1, c1), whose only new corner is r1 × c1; r0 × c1 and r1 × c0 then find boxes with every
    // corner hidden; r0 × Total's cheapest boxes each add one total (1.5), and the tie goes to
    // r1 × Total (54 records) over the grand total (59); Total × c0 likewise takes Total × c1
    // (53) over the grand total. The grand total stays published.
    double[][] values = {{2, 3}, {4, 50}};
    long[][] records = {{2, 3}, {4, 50}};
    SuppressedTable t = apply(values, records, true, true);

    assertEquals(Option.of(Suppression.PRIMARY), t.rowTotals().head().suppression());
    assertEquals(Option.of(Suppression.PRIMARY), t.columnTotals().head().suppression());
    assertEquals("PPP/PCC/PC.", entries(t));
    assertEquals("protects r0 × c0 (hypercube of 4 entries)", t.cell(1, 1).reason());
    assertEquals("protects r0 × Total (hypercube of 4 entries)", t.rowTotals().get(1).reason());
    assertEquals("protects Total × c0 (hypercube of 4 entries)", t.columnTotals().get(1).reason());
    assertEquals(Option.of(59.0), t.grandTotal().flatMap(PublishedCell::value));
    DisclosureAudit audit = audit(values, records, true, true);
    assertTrue(audit.passes(), audit.explanation());
  }

  @Test
  void badTablesAndThresholdsAreNamed() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> CountTable.of(List.of("r"), List.of("a", "b"),
            new double[][] {{-1, Double.NaN}}, new long[][] {{-3, 1}}, true, true));
    assertEquals(List.of("columnTotals: must be false for a one-row table, whose column totals would repeat its cells"),
        e.violations().map(Violation::toString));
    ValidationException cells =
        assertThrows(ValidationException.class, () -> CountTable.of(List.of("r"), List.of("a", "b"),
            new double[][] {{-1, Double.NaN}}, new long[][] {{-3, 1}}, true, false));
    // cell by cell: the value, then the records behind it
    assertEquals(
        List.of(
            "values[0][0]: must be a whole count, not negative, got -1.0",
            "records[0][0]: must not be negative, got -3",
            "values[0][1]: must be a whole count, not negative, got NaN"),
        cells.violations().map(Violation::toString));
    assertEquals(List.of("threshold: must be at least 1, got 0"),
        assertThrows(ValidationException.class, () -> SuppressionRule.of(0)).violations().map(Violation::toString));
  }
}
