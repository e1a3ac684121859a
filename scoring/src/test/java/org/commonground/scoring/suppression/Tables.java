package org.commonground.scoring.suppression;

import io.vavr.collection.List;

/** Small tables for the suppression tests, labelled r0, r1, … and c0, c1, …. */
final class Tables {

  private Tables() {}

  /** The table suppressed with the default rule. */
  static SuppressedTable apply(double[][] values, long[][] records, boolean rowTotals, boolean columnTotals) {
    List<String> rows = List.range(0, values.length).map(i -> "r" + i);
    List<String> columns = List.range(0, values[0].length).map(j -> "c" + j);
    return SmallCellSuppression.apply(CountTable.of(rows, columns, values, records, rowTotals, columnTotals), SuppressionRule.DEFAULT);
  }

  /** The cells' suppression row by row: P primary, C complementary, . shown; rows split by /. */
  static String pattern(SuppressedTable t) {
    return t.cells().map(row -> row.map(c -> c.suppression().map(s -> s == Suppression.PRIMARY ? "P" : "C").getOrElse(".")).mkString())
        .mkString("/");
  }
}
