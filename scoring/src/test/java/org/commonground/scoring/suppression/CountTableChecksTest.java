// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What a table of counts accepts: whole counts, not negative, at most the records behind them, in
 * the shape its labels or dimensions give; and the totals and subtotals it publishes.
 */
class CountTableChecksTest {

  private static final List<String> ROWS = List.of("r0", "r1");
  private static final List<String> COLUMNS = List.of("c0", "c1");

  private static final List<Hierarchy> PARTNER_BY_TERM = List.of(
      Hierarchy.withTotal("partner", List.of("a", "b")),
      Hierarchy.withTotal("term", List.of("fall", "spring", "summer")));

  @Test
  void everyBadCountIsNamedWithItsCell() {
    assertViolations(
        () -> CountTable.of(ROWS, COLUMNS, new double[][] {{1.5, Double.NaN}, {5, -2}}, new long[][] {{4, 4}, {3, 4}}, true, true),
        "values[0][0]: must be a whole count, not negative, got 1.5",
        "values[0][1]: must be a whole count, not negative, got NaN",
        "values[1][0]: must be at most the records behind it (3), got 5",
        "values[1][1]: must be a whole count, not negative, got -2.0");
    assertViolations(
        () -> CountTable.of(ROWS, COLUMNS, new double[][] {{Double.POSITIVE_INFINITY, 2}, {0, 1}}, new long[][] {{4, 1}, {-1, 4}}, false, false),
        "values[0][0]: must be a whole count, not negative, got Infinity",
        "values[0][1]: must be at most the records behind it (1), got 2",
        "records[1][0]: must not be negative, got -1");
  }

  @Test
  void everyBadCountOfAnNWayTableIsNamedWithItsIndexAndCategories() {
    // row-major, the last dimension fastest: [1] is (a, spring), [3] is (b, fall)
    assertViolations(
        () -> CountTable.of(PARTNER_BY_TERM, new double[] {1, 2.5, 3, 9, 0, Double.NaN}, new long[] {1, 3, 3, 4, -1, 2}),
        "values[1] (a, spring): must be a whole count, not negative, got 2.5",
        "values[3] (b, fall): must be at most the records behind it (4), got 9",
        "records[4] (b, spring): must not be negative, got -1",
        "values[5] (b, summer): must be a whole count, not negative, got NaN");
  }

  @Test
  void aCountMayEqualItsRecordsAndZeroIsACount() {
    CountTable table = CountTable.of(ROWS, COLUMNS, new double[][] {{4, 0}, {0, 7}}, new long[][] {{4, 0}, {2, 7}}, true, true);

    assertEquals(4, table.value(0, 0));
    assertEquals(0, table.records(0, 1));
    assertEquals(2, table.records(1, 0));
    assertEquals(11, table.value(List.of("Total", "Total")));
  }

  @Test
  void wrongShapesAreNamedTogether() {
    assertViolations(
        () -> CountTable.of(ROWS, COLUMNS, new double[][] {{1, 2}}, new long[][] {{4, 4}, {3, 4}, {1, 1}}, true, true),
        "values: must have one row per row label (2), got 1",
        "records: must have one row per row label (2), got 3");
    assertViolations(
        () -> CountTable.of(ROWS, COLUMNS, new double[][] {{1, 2, 3}, {1}}, new long[][] {{4, 4}, null}, true, true),
        "values[0]: must have one value per column (2), got 3",
        "values[1]: must have one value per column (2), got 1",
        "records[1]: must have one count per column (2), got null");
    assertViolations(
        () -> CountTable.of(ROWS, List.of("c0"), new double[][] {{1}, {2}}, new long[][] {{4}, {4}}, true, true),
        "rowTotals: must be false for a one-column table, whose row totals would repeat its cells");
    assertViolations(
        () -> CountTable.of(null, List.empty(), null, null, true, true),
        "rows: must hold at least one label, got none",
        "columns: must hold at least one label, got none",
        "values: must be given, got null",
        "records: must be given, got null");
  }

  @Test
  void wrongShapesOfAnNWayTableAreNamedTogether() {
    assertViolations(
        () -> CountTable.of(PARTNER_BY_TERM, new double[5], new long[7]),
        "values: must hold one count per combination of categories (6), got 5",
        "records: must hold one count per combination of categories (6), got 7");
    List<Hierarchy> twice = List.of(Hierarchy.flat("term", List.of("fall")), Hierarchy.flat("term", List.of("spring", "summer")));
    assertViolations(
        () -> CountTable.of(twice, new double[3], new long[2]),
        "values: must hold one count per combination of categories (2), got 3",
        "dimensions: must have distinct names, got term, term");
    assertViolations(
        () -> CountTable.of(List.empty(), null, null),
        "dimensions: must hold at least one dimension, and no null",
        "values: must be given, got null",
        "records: must be given, got null");
  }

  @Test
  void theTwoWayFactoryGivesTheTotalsToTheOtherDimension() {
    double[][] values = {{1, 2}, {3, 4}};
    long[][] records = {{1, 2}, {3, 4}};

    CountTable rowTotals = CountTable.of(ROWS, COLUMNS, values, records, true, false);
    assertEquals(List.of(Hierarchy.flat("row", ROWS), Hierarchy.withTotal("column", COLUMNS)), rowTotals.dimensions());
    assertTrue(rowTotals.rowTotals());
    assertFalse(rowTotals.columnTotals());
    assertEquals(7, rowTotals.value(List.of("r1", "Total")));

    CountTable columnTotals = CountTable.of(ROWS, COLUMNS, values, records, false, true);
    assertEquals(List.of(Hierarchy.withTotal("row", ROWS), Hierarchy.flat("column", COLUMNS)), columnTotals.dimensions());
    assertEquals(6, columnTotals.value(List.of("Total", "c1")));
    assertEquals(ROWS, columnTotals.rows());
    assertEquals(COLUMNS, columnTotals.columns());
  }

  @Test
  void frequenciesOverAGroupedDimensionAddUpToEverySubtotal() {
    Hierarchy partner = Hierarchy.grouped("partner", LinkedHashMap.of(
        "schools", List.of("Lincoln", "Eastside"),
        "services", List.of("Food bank", "Clinic")));
    Hierarchy term = Hierarchy.withTotal("term", List.of("fall", "spring"));
    //              fall spring
    // Lincoln        12     15
    // Eastside        7      9
    // Food bank      20      0
    // Clinic          3      4
    CountTable table = CountTable.frequencies(List.of(partner, term), new long[] {12, 15, 7, 9, 20, 0, 3, 4});

    assertEquals(15, table.value(List.of("Lincoln", "spring")));
    assertEquals(0, table.value(List.of("Food bank", "spring")));
    assertEquals(7, table.value(List.of("Clinic", "Total")));
    assertEquals(19, table.value(List.of("schools", "fall")));
    assertEquals(24, table.value(List.of("schools", "spring")));
    assertEquals(43, table.value(List.of("schools", "Total")));
    assertEquals(23, table.value(List.of("services", "fall")));
    assertEquals(4, table.value(List.of("services", "spring")));
    assertEquals(27, table.value(List.of("services", "Total")));
    assertEquals(42, table.value(List.of("Total", "fall")));
    assertEquals(28, table.value(List.of("Total", "spring")));
    assertEquals(70, table.value(List.of("Total", "Total")));
    // each count is its own record count
    assertEquals(9, table.records(1, 1));
    assertEquals("CountTable 4 × 2 (total 70)", table.toString());
  }

  @Test
  void aThreeWayTableAddsUpAlongEveryDimension() {
    List<Hierarchy> dimensions = List.of(
        Hierarchy.withTotal("partner", List.of("Lincoln", "Eastside")),
        Hierarchy.withTotal("income", List.of("low", "not low")),
        Hierarchy.withTotal("term", List.of("fall", "spring")));
    CountTable table = CountTable.of(dimensions,
        new double[] {20, 100, 21, 112, 3, 40, 3, 48},
        new long[] {28, 115, 27, 125, 4, 50, 4, 51});

    assertEquals(40, table.value(List.of("Eastside", "low", "spring")));
    assertEquals(120, table.value(List.of("Lincoln", "low", "Total")));
    assertEquals(88, table.value(List.of("Eastside", "Total", "spring")));
    assertEquals(47, table.value(List.of("Total", "Total", "fall")));
    assertEquals(184, table.value(List.of("Total", "not low", "Total")));
    assertEquals(347, table.value(List.of("Total", "Total", "Total")));
  }

  @Test
  void aCodeNotOfItsDimensionIsRefused() {
    CountTable table = CountTable.frequencies(PARTNER_BY_TERM, new long[] {1, 2, 3, 4, 5, 6});

    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> table.value(List.of("c", "fall")));
    assertEquals("codes[0]: must be a code of partner (a, b, Total), got c", unknown.getMessage());
    IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class, () -> table.value(List.of("a")));
    assertEquals("codes: must hold one code per dimension (2), got List(a)", tooShort.getMessage());
  }

  @Test
  void theTableKeepsItsOwnCopyOfTheCounts() {
    double[][] values = {{1, 2}, {3, 4}};
    long[] counts = {1, 2, 3, 4, 5, 6};
    CountTable twoWay = CountTable.of(ROWS, COLUMNS, values, new long[][] {{1, 2}, {3, 4}}, true, true);
    CountTable nWay = CountTable.frequencies(PARTNER_BY_TERM, counts);

    values[0][0] = 0;
    counts[0] = 0;

    assertEquals(1, twoWay.value(0, 0));
    assertEquals(1, nWay.value(List.of("a", "fall")));
    assertEquals(21, nWay.value(List.of("Total", "Total")));
  }

  private static void assertViolations(Executable check, String... expected) {
    ValidationException e = assertThrows(ValidationException.class, check);
    assertEquals("CountTable", e.subject());
    assertEquals(List.of(expected), e.violations().map(Violation::toString));
  }
}
