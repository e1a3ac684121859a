// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import io.vavr.collection.List;

/** Small tables for the suppression tests, labelled r0, r1, … and c0, c1, …. */
final class Tables {

  private Tables() {}

  /** The two-way table of counts, rows r0, r1, … and columns c0, c1, …. */
  static CountTable table(double[][] values, long[][] records, boolean rowTotals, boolean columnTotals) {
    List<String> rows = List.range(0, values.length).map(i -> "r" + i);
    List<String> columns = List.range(0, values[0].length).map(j -> "c" + j);
    return CountTable.of(rows, columns, values, records, rowTotals, columnTotals);
  }

  /** The table suppressed with the default rule. */
  static SuppressedTable apply(double[][] values, long[][] records, boolean rowTotals, boolean columnTotals) {
    return SmallCellSuppression.apply(table(values, records, rowTotals, columnTotals), SuppressionRule.DEFAULT);
  }

  /** The audit of the table as the default rule suppresses it. */
  static DisclosureAudit audit(double[][] values, long[][] records, boolean rowTotals, boolean columnTotals) {
    CountTable table = table(values, records, rowTotals, columnTotals);
    return DisclosureAudit.of(table, SuppressionRule.DEFAULT, SmallCellSuppression.apply(table, SuppressionRule.DEFAULT));
  }

  /** The audited entry with the given codes. */
  static AuditedEntry audited(DisclosureAudit audit, String... codes) {
    return audit.entries().find(e -> e.codes().equals(List.of(codes))).getOrElseThrow(
        () -> new AssertionError("not audited: " + List.of(codes).mkString(" × ")));
  }

  /** The cells' suppression row by row: P primary, C complementary, . shown; rows split by /. */
  static String pattern(SuppressedTable t) {
    return t.cells().map(row -> row.map(Tables::mark).mkString()).mkString("/");
  }

  /**
   * Every entry's suppression, totals included, row by row in the table's order (a total row last,
   * a total column last in each row): P primary, C complementary, . shown; rows split by /.
   */
  static String entries(SuppressedTable t) {
    int width = t.codes().last().size();
    return t.entries().map(Tables::mark).grouped(width).map(row -> row.mkString()).mkString("/");
  }

  private static String mark(PublishedCell c) {
    return c.suppression().map(s -> s == Suppression.PRIMARY ? "P" : "C").getOrElse(".");
  }
}
