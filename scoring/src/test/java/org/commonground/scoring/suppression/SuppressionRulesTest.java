package org.commonground.scoring.suppression;

import static org.commonground.scoring.suppression.Tables.apply;
import static org.commonground.scoring.suppression.Tables.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Suppression's rules one at a time: which totals are published, which complement is preferred,
 * how lines are named, and what the explanation counts.
 */
class SuppressionRulesTest {

  @Test
  void theThresholdIsStrict() {
    assertTrue(SuppressionRule.DEFAULT.suppresses(9));
    assertFalse(SuppressionRule.DEFAULT.suppresses(10));
  }

  @Test
  void withNothingSmallEveryTotalIsPublishedAsItsSum() {
    SuppressedTable t = apply(new double[][] {{10, 20, 30}, {40, 50, 60}}, new long[][] {{10, 20, 30}, {40, 50, 60}}, true, true);

    assertEquals(List.of(Option.of(60.0), Option.of(150.0)), t.rowTotals().map(PublishedCell::value));
    assertEquals(List.of(Option.of(50.0), Option.of(70.0), Option.of(90.0)), t.columnTotals().map(PublishedCell::value));
    assertEquals(Option.of(210.0), t.grandTotal().flatMap(PublishedCell::value));
    assertEquals("Total", t.grandTotal().get().row());
    assertEquals("Total", t.grandTotal().get().column());
    assertTrue(t.grandTotal().get().total());
    assertTrue(t.rowTotals().forAll(PublishedCell::total));
    assertFalse(t.cell(1, 2).total());
    assertEquals(0, t.count(Suppression.PRIMARY) + t.count(Suppression.COMPLEMENTARY));
    assertTrue(t.explanation().startsWith("Cells and totals based on fewer than 10 records are suppressed (0 primary); 0 more"),
        t.explanation());
  }

  @Test
  void aGrandTotalIsPublishedWhenAtLeastTwoTotalsAddUpToIt() {
    double[][] two = {{10, 20}, {30, 40}};
    assertEquals(Option.of(100.0), apply(two, new long[][] {{10, 20}, {30, 40}}, true, false).grandTotal().flatMap(PublishedCell::value));
    assertEquals(Option.of(100.0), apply(two, new long[][] {{10, 20}, {30, 40}}, false, true).grandTotal().flatMap(PublishedCell::value));
    assertEquals(List.empty(), apply(two, new long[][] {{10, 20}, {30, 40}}, false, true).rowTotals());
    assertEquals(List.empty(), apply(two, new long[][] {{10, 20}, {30, 40}}, true, false).columnTotals());
    // one column with its column total: the column total is the grand total, published once
    SuppressedTable column = apply(new double[][] {{10}, {30}}, new long[][] {{10}, {30}}, false, true);
    assertEquals(Option.none(), column.grandTotal());
    assertEquals(List.of(Option.of(40.0)), column.columnTotals().map(PublishedCell::value));
  }

  @Test
  void aComplementThatAlsoProtectsAnotherLineIsPreferredToOneWithFewerRecords() {
    // r0 × c0 and r1 × c1 are small. For row r0, r0 × c2 has fewer records than r0 × c1, but
    // r0 × c1 also gives column c1 its second hidden entry; likewise r1 × c0 for row r1 and
    // column c0. Two complements close the rectangle; the fewest-records choice would need more.
    double[][] values = {{4, 40, 15}, {50, 5, 20}, {30, 35, 40}};
    long[][] records = {{5, 50, 20}, {60, 6, 25}, {40, 45, 50}};
    SuppressedTable t = apply(values, records, true, true);

    assertEquals("PC./CP./...", pattern(t));
    assertEquals("protects r0 × c0, the only other hidden entry of row r0", t.cell(0, 1).reason());
    assertEquals(Option.of(239.0), t.grandTotal().flatMap(PublishedCell::value));
    assertTrue(t.explanation().startsWith("Cells and totals based on fewer than 10 records are suppressed (2 primary); 2 more"),
        t.explanation());
  }

  @Test
  void columnsAreNamedAsColumns() {
    SuppressedTable t = apply(new double[][] {{5}, {50}, {20}}, new long[][] {{5}, {50}, {20}}, false, true);

    assertEquals("P/./C", pattern(t));
    assertEquals("protects r0 × c0, the only other hidden entry of column c0", t.cell(2, 0).reason());
  }

  @Test
  void hiddenZerosAreProtectedByANonZeroCellNotByAnotherZero() {
    // r0 × c2 is a shown zero with fewer records than r0 × c3: hiding it would leave the zeros
    // deducible, so the non-zero r0 × c3 is hidden.
    double[][] values = {{0, 0, 0, 14}, {20, 25, 30, 35}};
    long[][] records = {{3, 2, 12, 15}, {20, 25, 30, 35}};
    SuppressedTable t = apply(values, records, true, false);

    assertEquals("PP.C/....", pattern(t));
  }
}
