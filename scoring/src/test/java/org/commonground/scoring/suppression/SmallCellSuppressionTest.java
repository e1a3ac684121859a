package org.commonground.scoring.suppression;

import static org.commonground.scoring.suppression.Tables.apply;
import static org.commonground.scoring.suppression.Tables.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

  @Test
  void aSmallCellIsHiddenWithAComplementInItsRowAndColumn() {
    // r1 × c0 rests on 8 records. Row r1 takes its other cell, r1 × c1, as complement; column c0
    // takes the cell with fewest records, r2 × c0 (40 < 55); row r2 then needs one more, and
    // r2 × c1 also gives column c1 its second hidden cell: a rectangle of four.
    double[][] values = {{41, 212}, {6, 88}, {30, 150}};
    long[][] records = {{55, 240}, {8, 101}, {40, 170}};
    SuppressedTable t = apply(values, records, true, true);

    assertEquals(1, t.count(Suppression.PRIMARY));
    assertEquals("fewer than 10 records (8)", t.cell(1, 0).reason());
    assertEquals(Option.none(), t.cell(1, 0).value());
    assertEquals(3, t.count(Suppression.COMPLEMENTARY));
    assertEquals("../PC/CC", pattern(t));
    assertEquals(Option.of(253.0), t.rowTotals().head().value());
  }

  @Test
  void theComplementIsTheCellWithFewestRecords() {
    // one row, five cells, row total only: a one-dimensional table
    double[][] values = {{3, 40, 12, 25, 60}};
    long[][] records = {{4, 45, 14, 30, 70}};
    SuppressedTable t = apply(values, records, true, false);

    assertEquals("P.C..", pattern(t));
    assertEquals(Suppression.COMPLEMENTARY, t.cell(0, 2).suppression().get());
    assertEquals("protects r0 × c0, the only other hidden entry of row r0", t.cell(0, 2).reason());
    assertEquals(Option.none(), t.grandTotal());
  }

  @Test
  void hiddenZerosWhoseTotalIsShownAreProtected() {
    // Two small zero cells in one row: their sum is known to be 0, so each is 0. A non-zero cell
    // of the row is hidden as well.
    double[][] values = {{0, 0, 14}, {20, 25, 30}};
    long[][] records = {{3, 2, 15}, {20, 25, 30}};
    SuppressedTable t = apply(values, records, true, false);

    assertEquals("PPC/...", pattern(t));
    assertEquals("keeps the hidden zeros of row r0 from being deduced", t.cell(0, 2).reason());
  }

  @Test
  void aLineOfZerosHidesItsTotal() {
    double[][] values = {{0, 0}, {20, 25}};
    long[][] records = {{3, 2}, {20, 25}};
    SuppressedTable t = apply(values, records, true, false);

    assertEquals(Option.of(Suppression.PRIMARY), t.rowTotals().head().suppression());
  }

  @Test
  void smallTotalsAreHiddenToo() {
    double[][] values = {{2, 3}, {4, 50}};
    long[][] records = {{2, 3}, {4, 50}};
    SuppressedTable t = apply(values, records, true, true);

    assertEquals(Option.of(Suppression.PRIMARY), t.rowTotals().head().suppression());
    assertEquals(Option.of(Suppression.PRIMARY), t.columnTotals().head().suppression());
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
    assertEquals(
        List.of(
            "values[0][0]: must be a finite count, not negative, got -1.0",
            "values[0][1]: must be a finite count, not negative, got NaN",
            "records[0][0]: must not be negative, got -3"),
        cells.violations().map(Violation::toString));
    assertEquals(List.of("threshold: must be at least 1, got 0"),
        assertThrows(ValidationException.class, () -> SuppressionRule.of(0)).violations().map(Violation::toString));
  }
}
