package org.commonground.scoring.suppression;

import io.vavr.collection.List;
import org.commonground.core.validation.Violations;

/**
 * A one- or two-dimensional table of counts to be published, with the number of records behind
 * each cell and which totals will be published alongside: row totals, column totals, and the grand
 * total with them. The values must be additive (counts of people or events), so that a total is the
 * sum of its cells; that is what makes a hidden cell recoverable, and what
 * {@link SmallCellSuppression} protects against.
 *
 * <pre>{@code
 * CountTable graduates = CountTable.of(
 *     List.of("Lincoln", "Eastside"), List.of("low income", "not low income"),
 *     new double[][] {{41, 212}, {6, 88}},        // graduates
 *     new long[][] {{55, 240}, {8, 101}},         // students behind each cell
 *     true, true);
 * }</pre>
 *
 * <p>A one-dimensional table is a single row with its row total (or a single column with its
 * column total); it cannot publish the other totals, which would repeat its cells. This class is immutable (it copies its arrays) and thread-safe.
 */
public final class CountTable {

  private final List<String> rows;
  private final List<String> columns;
  private final double[][] values;
  private final long[][] records;
  private final boolean rowTotals;
  private final boolean columnTotals;

  private CountTable(
      List<String> rows, List<String> columns, double[][] values, long[][] records, boolean rowTotals, boolean columnTotals) {
    this.rows = rows;
    this.columns = columns;
    this.values = values;
    this.records = records;
    this.rowTotals = rowTotals;
    this.columnTotals = columnTotals;
  }

  /**
   * A table.
   *
   * @param rows the row labels, at least one
   * @param columns the column labels, at least one
   * @param values the counts, {@code rows × columns}, finite and not negative
   * @param records the records behind each count, not negative
   * @param rowTotals whether each row's total is published
   * @param columnTotals whether each column's total is published (not for a one-row table)
   * @return the table
   * @throws org.commonground.core.validation.ValidationException naming every problem by row and
   *     column
   */
  public static CountTable of(
      List<String> rows, List<String> columns, double[][] values, long[][] records, boolean rowTotals,
      boolean columnTotals) {
    Violations found =
        Violations.none()
            .atLeast("rows", rows.size(), 1)
            .atLeast("columns", columns.size(), 1)
            .require(values.length == rows.size(), "values", "must have one row per row label (" + rows.size() + "), got " + values.length)
            .require(records.length == rows.size(), "records", "must have one row per row label (" + rows.size() + "), got " + records.length)
            .require(!(columnTotals && rows.size() == 1), "columnTotals",
                "must be false for a one-row table, whose column totals would repeat its cells")
            .require(!(rowTotals && columns.size() == 1), "rowTotals",
                "must be false for a one-column table, whose row totals would repeat its cells");
    found.throwIfAny("CountTable");
    for (int i = 0; i < rows.size(); i++) {
      found =
          found
              .require(values[i].length == columns.size(), "values[" + i + "]", "must have one value per column (" + columns.size() + "), got " + values[i].length)
              .require(records[i].length == columns.size(), "records[" + i + "]", "must have one count per column (" + columns.size() + "), got " + records[i].length);
      for (int j = 0; j < Math.min(values[i].length, columns.size()); j++) {
        double v = values[i][j];
        found = found.require(Double.isFinite(v) && v >= 0, "values[" + i + "][" + j + "]", "must be a finite count, not negative, got " + v);
      }
      for (int j = 0; j < Math.min(records[i].length, columns.size()); j++) {
        found = found.require(records[i][j] >= 0, "records[" + i + "][" + j + "]", "must not be negative, got " + records[i][j]);
      }
    }
    found.throwIfAny("CountTable");
    double[][] v = new double[rows.size()][];
    long[][] n = new long[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      v[i] = values[i].clone();
      n[i] = records[i].clone();
    }
    return new CountTable(rows, columns, v, n, rowTotals, columnTotals);
  }

  /**
   * The row labels.
   *
   * @return the labels
   */
  public List<String> rows() {
    return rows;
  }

  /**
   * The column labels.
   *
   * @return the labels
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * A cell's count.
   *
   * @param row the row
   * @param column the column
   * @return the count
   */
  public double value(int row, int column) {
    return values[row][column];
  }

  /**
   * The records behind a cell.
   *
   * @param row the row
   * @param column the column
   * @return the record count
   */
  public long records(int row, int column) {
    return records[row][column];
  }

  /**
   * Whether row totals are published.
   *
   * @return true if they are
   */
  public boolean rowTotals() {
    return rowTotals;
  }

  /**
   * Whether column totals are published.
   *
   * @return true if they are
   */
  public boolean columnTotals() {
    return columnTotals;
  }
}
