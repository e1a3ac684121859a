// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * A 5 × 6 table where the line rule leaves every row and column with zero or several hidden
 * entries, yet a small cell is recovered exactly by adding two rows and two columns; the
 * audited suppression protects it.
 */
class LeakedExampleTest {

  // Students by row and column: each count is its own record count. Found by a seeded search
  // over random 5 × 6 tables, three cells in ten below 10.
  private static final long[][] COUNTS = {
      {14, 11, 38, 23, 37, 11},
      {3, 7, 44, 35, 12, 14},
      {42, 22, 18, 29, 41, 5},
      {44, 6, 18, 35, 9, 9},
      {19, 14, 38, 25, 34, 37},
  };

  private static final List<String> ROWS = List.of("r0", "r1", "r2", "r3", "r4");
  private static final List<String> COLUMNS = List.of("c0", "c1", "c2", "c3", "c4", "c5");
  private static final List<String> LEAKED = List.of("r3", "c1");

  private static CountTable table() {
    double[][] values = new double[COUNTS.length][];
    for (int i = 0; i < COUNTS.length; i++) {
      values[i] = java.util.Arrays.stream(COUNTS[i]).asDoubleStream().toArray();
    }
    return CountTable.of(ROWS, COLUMNS, values, COUNTS, true, true);
  }

  private static List<String> codes(int row, int column) {
    return List.of(row == ROWS.size() ? Hierarchy.TOTAL : ROWS.get(row), column == COLUMNS.size() ? Hierarchy.TOTAL : COLUMNS.get(column));
  }

  @Test
  void theLineRuleLeavesNoLineWithASingleHiddenEntry() {
    List<List<String>> hidden = LineRuleSuppression.hidden(table(), SuppressionRule.DEFAULT);

    // six cells under 10 records, and three complements
    assertEquals(List.of(
        List.of("r0", "c0"), List.of("r0", "c1"), List.of("r1", "c0"), List.of("r1", "c1"),
        List.of("r2", "c4"), List.of("r2", "c5"), List.of("r3", "c1"), List.of("r3", "c4"), List.of("r3", "c5")), hidden);
    for (int i = 0; i <= ROWS.size(); i++) {
      int row = i;
      long inRow = List.range(0, COLUMNS.size() + 1).count(j -> hidden.contains(codes(row, j)));
      assertNotEquals(1, inRow, () -> "row " + codes(row, 0).head() + " with its total");
    }
    for (int j = 0; j <= COLUMNS.size(); j++) {
      int column = j;
      long inColumn = List.range(0, ROWS.size() + 1).count(i -> hidden.contains(codes(i, column)));
      assertNotEquals(1, inColumn, () -> "column " + codes(0, column).last() + " with its total");
    }
  }

  @Test
  void yetTheAuditRecoversTheSmallCellExactly() {
    CountTable table = table();
    List<List<String>> hidden = LineRuleSuppression.hidden(table, SuppressionRule.DEFAULT);
    DisclosureAudit audit = DisclosureAudit.of(table, SuppressionRule.DEFAULT, hidden);

    AuditedEntry leaked = audit.entries().find(e -> e.codes().equals(LEAKED)).get();
    assertTrue(leaked.hidden());
    assertTrue(leaked.sensitive());
    assertEquals(6.0, leaked.value());
    assertEquals(6.0, leaked.lower());
    assertEquals(6.0, leaked.upper());
    assertTrue(leaked.exactlyRecovered());
    assertTrue(leaked.explanation().endsWith("recovered exactly"), leaked.explanation());
    assertFalse(audit.passes());
    assertTrue(audit.disclosures().contains(leaked));

    // The attack by hand, from published numbers only: what columns c0 and c1 hide (their
    // totals less their shown cells) is what rows r0 and r1 hide, plus r3 × c1.
    double hiddenInColumns = 0;
    double hiddenInRows = 0;
    for (int k = 0; k < 2; k++) {
      hiddenInColumns += table.value(codes(ROWS.size(), k));
      hiddenInRows += table.value(codes(k, COLUMNS.size()));
      for (int i = 0; i < ROWS.size(); i++) {
        hiddenInColumns -= hidden.contains(codes(i, k)) ? 0 : table.value(i, k);
      }
      for (int j = 0; j < COLUMNS.size(); j++) {
        hiddenInRows -= hidden.contains(codes(k, j)) ? 0 : table.value(k, j);
      }
    }
    assertEquals(table.value(3, 1), hiddenInColumns - hiddenInRows);
  }

  @Test
  void theAuditedSuppressionProtectsTheSameCell() {
    CountTable table = table();
    SuppressedTable published = SmallCellSuppression.apply(table, SuppressionRule.DEFAULT);
    DisclosureAudit audit = DisclosureAudit.of(table, SuppressionRule.DEFAULT, published);

    assertTrue(audit.passes(), () -> audit.disclosures().map(AuditedEntry::explanation).mkString("\n"));
    assertTrue(published.entry(LEAKED).value().isEmpty());
    AuditedEntry cell = audit.entries().find(e -> e.codes().equals(LEAKED)).get();
    assertTrue(cell.value() > 0);
    assertTrue(cell.lower() <= cell.value() - 1, cell::explanation);
    assertTrue(cell.upper() >= cell.value() + 1, cell::explanation);
    assertFalse(cell.exactlyRecovered());
  }
}
