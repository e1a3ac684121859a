// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import io.vavr.collection.List;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;

/**
 * A table of counts to be published, with the number of records behind each count: graduates by
 * partner and income, with the students behind each cell. It has one, two, three or more
 * {@link Hierarchy dimensions}, and publishes every total and subtotal those dimensions name. The
 * counts are additive (counts of people or events), so that a total is the sum of its cells; that
 * is what makes a hidden cell recoverable, and what {@link SmallCellSuppression} protects against
 * and {@link DisclosureAudit} checks.
 *
 * <pre>{@code
 * CountTable graduates = CountTable.of(
 *     List.of("Lincoln", "Eastside"), List.of("low income", "not low income"),
 *     new double[][] {{41, 212}, {6, 88}},        // graduates
 *     new long[][] {{55, 240}, {8, 101}},         // students behind each cell
 *     true, true);                                // row totals, column totals (and grand total)
 *
 * CountTable byTerm = CountTable.of(
 *     List.of(Hierarchy.withTotal("partner", List.of("Lincoln", "Eastside")),
 *             Hierarchy.withTotal("income", List.of("low", "not low")),
 *             Hierarchy.withTotal("term", List.of("fall", "spring"))),
 *     new double[] {20, 100, 21, 112, 3, 40, 3, 48},   // categories row-major, the last fastest
 *     new long[] {28, 115, 27, 125, 4, 50, 4, 51});
 * }</pre>
 *
 * <p>Each count must be a whole number, not negative, and at most the records behind it, since it
 * counts some of those records (graduates among students). A count of people with no further
 * records is its own record count: see {@link #frequencies}. This class is immutable (it copies its
 * arrays) and thread-safe.
 */
public final class CountTable implements Tabulation {

  private final TableLattice lattice;

  private CountTable(TableLattice lattice) {
    this.lattice = lattice;
  }

  /**
   * A two-way table with its row and column totals; the grand total is published with them when
   * both are.
   *
   * @param rows the row labels, at least one
   * @param columns the column labels, at least one
   * @param values the counts, {@code rows × columns}, whole numbers, not negative
   * @param records the records behind each count, at least the count
   * @param rowTotals whether each row's total is published (not for a one-column table)
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
            .require(rows != null && !rows.isEmpty(), "rows", () -> Message.of("scoring.suppression.labels"))
            .require(columns != null && !columns.isEmpty(), "columns", () -> Message.of("scoring.suppression.labels"))
            .require(values != null, "values", () -> Message.of("scoring.suppression.missing"))
            .require(records != null, "records", () -> Message.of("scoring.suppression.missing"));
    found.throwIfAny("CountTable");
    found = found
        .require(values.length == rows.size(), "values", () -> Message.of("scoring.suppression.rowsPerLabel", rows.size(), values.length))
        .require(records.length == rows.size(), "records", () -> Message.of("scoring.suppression.rowsPerLabel", rows.size(), records.length))
        .require(!(columnTotals && rows.size() == 1), "columnTotals",
            () -> Message.of("scoring.suppression.columnTotals"))
        .require(!(rowTotals && columns.size() == 1), "rowTotals",
            () -> Message.of("scoring.suppression.rowTotals"));
    for (int i = 0; i < Math.min(rows.size(), Math.min(values.length, records.length)); i++) {
      int row = i;
      found = found
          .require(values[i] != null && values[i].length == columns.size(), "values[" + i + "]",
              () -> Message.of("scoring.suppression.valuesPerColumn", columns.size(), values[row] == null ? "null" : values[row].length))
          .require(records[i] != null && records[i].length == columns.size(), "records[" + i + "]",
              () -> Message.of("scoring.suppression.countsPerColumn", columns.size(), records[row] == null ? "null" : records[row].length));
    }
    found.throwIfAny("CountTable");
    double[] flatValues = new double[rows.size() * columns.size()];
    long[] flatRecords = new long[flatValues.length];
    for (int i = 0; i < rows.size(); i++) {
      System.arraycopy(values[i], 0, flatValues, i * columns.size(), columns.size());
      System.arraycopy(records[i], 0, flatRecords, i * columns.size(), columns.size());
    }
    // The labels are checked with the counts, so that one exception names every problem.
    Hierarchy rowDimension = null;
    Hierarchy columnDimension = null;
    try {
      rowDimension = columnTotals ? Hierarchy.withTotal("row", rows) : Hierarchy.flat("row", rows);
    } catch (ValidationException e) {
      found = found.addAll("rows", e.violations().map(v -> relabel(v, "codes", "")));
    }
    try {
      columnDimension = rowTotals ? Hierarchy.withTotal("column", columns) : Hierarchy.flat("column", columns);
    } catch (ValidationException e) {
      found = found.addAll("columns", e.violations().map(v -> relabel(v, "codes", "")));
    }
    found = found.addAll("", cellProblems(flatValues, flatRecords, i -> "[" + (i / columns.size()) + "][" + (i % columns.size()) + "]").toList());
    found.throwIfAny("CountTable");
    return new CountTable(new TableLattice(List.of(rowDimension, columnDimension), flatValues, flatRecords, null, true));
  }

  /**
   * The same as {@link #of(List, List, double[][], long[][], boolean, boolean)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param rows the row labels, at least one
   * @param columns the column labels, at least one
   * @param values the counts, {@code rows × columns}, whole numbers, not negative
   * @param records the records behind each count, at least the count
   * @param rowTotals whether each row's total is published (not for a one-column table)
   * @param columnTotals whether each column's total is published (not for a one-row table)
   * @return the table
   * @throws org.commonground.core.validation.ValidationException naming every problem by row and
   *     column
   */
  public static CountTable of(
      Iterable<String> rows, Iterable<String> columns, double[][] values, long[][] records, boolean rowTotals,
      boolean columnTotals) {
    return of(JavaInputs.list(rows), JavaInputs.list(columns), values, records, rowTotals, columnTotals);
  }

  private static Violation relabel(Violation v, String from, String to) {
    return v.path().startsWith(from) ? Violation.of(to + v.path().substring(from.length()), v.detail()) : v;
  }

  /**
   * A table of any number of dimensions, publishing every total and subtotal they name.
   *
   * @param dimensions the dimensions, at least one
   * @param values the counts of the categories, row-major (the last dimension fastest), whole
   *     numbers, not negative
   * @param records the records behind each count, at least the count
   * @return the table
   * @throws org.commonground.core.validation.ValidationException naming every problem with its
   *     index and categories
   */
  public static CountTable of(List<Hierarchy> dimensions, double[] values, long[] records) {
    Violations found = Violations.none()
        .require(dimensions != null && !dimensions.isEmpty() && !dimensions.contains(null), "dimensions",
            () -> Message.of("scoring.suppression.dimensions"))
        .require(values != null, "values", () -> Message.of("scoring.suppression.missing"))
        .require(records != null, "records", () -> Message.of("scoring.suppression.missing"));
    found.throwIfAny("CountTable");
    int cells = dimensions.map(h -> h.categories().size()).fold(1, Math::multiplyExact);
    found.require(values.length == cells, "values", () -> Message.of("scoring.suppression.combinations", cells, values.length))
        .require(records.length == cells, "records", () -> Message.of("scoring.suppression.combinations", cells, records.length))
        .require(dimensions.map(Hierarchy::name).distinct().size() == dimensions.size(), "dimensions",
            () -> Message.of("scoring.suppression.distinctNames", dimensions.map(Hierarchy::name).mkString(", ")))
        .throwIfAny("CountTable");
    double[] v = values.clone();
    long[] n = records.clone();
    cellProblems(v, n, i -> "[" + i + "] (" + categories(dimensions, i).mkString(", ") + ")").throwIfAny("CountTable");
    return new CountTable(new TableLattice(dimensions, v, n, null, true));
  }

  /**
   * The same as {@link #of(List, double[], long[])}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param dimensions the dimensions, at least one
   * @param values the counts of the categories, row-major (the last dimension fastest), whole
   *     numbers, not negative
   * @param records the records behind each count, at least the count
   * @return the table
   * @throws org.commonground.core.validation.ValidationException naming every problem with its
   *     index and categories
   */
  public static CountTable of(Iterable<? extends Hierarchy> dimensions, double[] values, long[] records) {
    return of(JavaInputs.<Hierarchy>list(dimensions), values, records);
  }

  /**
   * A table of frequencies: each count is the number of records it rests on (students by partner
   * and grade).
   *
   * @param dimensions the dimensions, at least one
   * @param counts the counts of the categories, row-major (the last dimension fastest), not negative
   * @return the table
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static CountTable frequencies(List<Hierarchy> dimensions, long[] counts) {
    Violations.none().require(counts != null, "counts", () -> Message.of("scoring.suppression.missing")).throwIfAny("CountTable");
    Violations found = Violations.none();
    double[] values = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        found = found.add(Violation.of("counts[" + i + "]", Message.of("core.validation.notNegative", counts[i])));
      }
      values[i] = counts[i];
    }
    found.throwIfAny("CountTable");
    return of(dimensions, values, counts);
  }

  /**
   * The same as {@link #frequencies(List, long[])}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param dimensions the dimensions, at least one
   * @param counts the counts of the categories, row-major (the last dimension fastest), not negative
   * @return the table
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static CountTable frequencies(Iterable<? extends Hierarchy> dimensions, long[] counts) {
    return frequencies(JavaInputs.<Hierarchy>list(dimensions), counts);
  }

  /**
   * A table of frequencies given as published, totals included: every entry in the order of
   * {@link SuppressedTable#entries()} (each dimension's codes, categories first and totals last, the
   * last dimension fastest). Use it to audit a table suppressed elsewhere; every total is checked
   * against the sum of its members.
   *
   * @param dimensions the dimensions, at least one
   * @param entries every entry's count, whole numbers, not negative
   * @return the table
   * @throws org.commonground.core.validation.ValidationException naming every count that is not
   *     whole or is negative, and every total that does not add up, with its codes
   */
  public static CountTable ofEntries(List<Hierarchy> dimensions, double[] entries) {
    Violations.none()
        .require(dimensions != null && !dimensions.isEmpty() && !dimensions.contains(null), "dimensions",
            () -> Message.of("scoring.suppression.dimensions"))
        .require(entries != null, "entries", () -> Message.of("scoring.suppression.missing"))
        .throwIfAny("CountTable");
    int size = dimensions.map(Hierarchy::size).fold(1, Math::multiplyExact);
    Violations.none()
        .require(entries.length == size, "entries", () -> Message.of("scoring.suppression.entries", size, entries.length))
        .throwIfAny("CountTable");
    int cells = dimensions.map(h -> h.categories().size()).fold(1, Math::multiplyExact);
    double[] values = new double[cells];
    long[] records = new long[cells];
    int[] stride = new int[dimensions.size()];
    for (int d = dimensions.size() - 1, s = 1; d >= 0; d--) {
      stride[d] = s;
      s *= dimensions.get(d).size();
    }
    Violations found = Violations.none();
    for (int e = 0; e < entries.length; e++) {
      double v = entries[e];
      if (!(Double.isFinite(v) && v >= 0 && v == Math.rint(v))) {
        found = found.require(false, "entries[" + e + "] (" + codes(dimensions, stride, e).mkString(" × ") + ")",
            Message.of("scoring.suppression.wholeCount", v));
      }
    }
    for (int cell = 0; cell < cells; cell++) {
      int rest = cell;
      int e = 0;
      for (int d = dimensions.size() - 1; d >= 0; d--) {
        int categories = dimensions.get(d).categories().size();
        e += (rest % categories) * stride[d];
        rest /= categories;
      }
      values[cell] = entries[e];
      records[cell] = Double.isFinite(entries[e]) && entries[e] >= 0 ? (long) entries[e] : 0;
    }
    found.throwIfAny("CountTable");
    TableLattice lattice = new TableLattice(dimensions, values, records, null, true);
    for (int e = 0; e < entries.length; e++) {
      if (lattice.value[e] != entries[e]) {
        found = found.require(false, "entries[" + e + "] (" + lattice.label(e) + ")",
            Message.of("scoring.suppression.sumOfMembers", Sensitivity.number(lattice.value[e]), Sensitivity.number(entries[e])));
      }
    }
    found.throwIfAny("CountTable");
    return new CountTable(lattice);
  }

  /**
   * The same as {@link #ofEntries(List, double[])}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param dimensions the dimensions, at least one
   * @param entries every entry's count, whole numbers, not negative
   * @return the table
   * @throws org.commonground.core.validation.ValidationException naming every count that is not
   *     whole or is negative, and every total that does not add up, with its codes
   */
  public static CountTable ofEntries(Iterable<? extends Hierarchy> dimensions, double[] entries) {
    return ofEntries(JavaInputs.<Hierarchy>list(dimensions), entries);
  }

  private static List<String> codes(List<Hierarchy> dimensions, int[] stride, int entry) {
    return List.range(0, dimensions.size()).map(d -> dimensions.get(d).codes().get((entry / stride[d]) % dimensions.get(d).size()));
  }

  private static List<String> categories(List<Hierarchy> dimensions, int cell) {
    List<String> codes = List.empty();
    int rest = cell;
    for (Hierarchy h : dimensions.reverse()) {
      List<String> categories = h.categories();
      codes = codes.prepend(categories.get(rest % categories.size()));
      rest /= categories.size();
    }
    return codes;
  }

  private static Violations cellProblems(double[] values, long[] records, java.util.function.IntFunction<String> path) {
    Violations found = Violations.none();
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      long n = records[i];
      if (!(Double.isFinite(v) && v >= 0 && v == Math.rint(v))) {
        found = found.require(false, "values" + path.apply(i), Message.of("scoring.suppression.wholeCount", v));
      } else if (n >= 0 && v > n) {
        found = found.require(false, "values" + path.apply(i), Message.of("scoring.suppression.atMostRecords", n, (long) v));
      }
      if (n < 0) {
        found = found.require(false, "records" + path.apply(i), Message.of("core.validation.notNegative", n));
      }
    }
    return found;
  }

  @Override
  public List<Hierarchy> dimensions() {
    return lattice.dimensions;
  }

  /**
   * The row labels of a two-way table: the first dimension's categories.
   *
   * @return the labels
   */
  public List<String> rows() {
    return lattice.dimensions.head().categories();
  }

  /**
   * The column labels of a two-way table: the second dimension's categories, or the only
   * dimension's for a one-way table.
   *
   * @return the labels
   */
  public List<String> columns() {
    return lattice.dimensions.last().categories();
  }

  /**
   * A cell's count in a two-way table.
   *
   * @param row the row
   * @param column the column
   * @return the count
   */
  public double value(int row, int column) {
    return lattice.value[lattice.at(new int[] {row, column})];
  }

  /**
   * The records behind a cell of a two-way table.
   *
   * @param row the row
   * @param column the column
   * @return the record count
   */
  public long records(int row, int column) {
    return lattice.records[lattice.at(new int[] {row, column})];
  }

  /**
   * The count of any entry, a category or a total, by its codes.
   *
   * @param codes one code per dimension
   * @return the count
   * @throws IllegalArgumentException if a code is not of its dimension
   */
  public double value(List<String> codes) {
    return lattice.value[TableLattice.entry(this, codes)];
  }

  /**
   * The same as {@link #value(List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param codes one code per dimension
   * @return the count
   * @throws IllegalArgumentException if a code is not of its dimension
   */
  public double value(Iterable<String> codes) {
    return value(JavaInputs.list(codes));
  }

  /**
   * Whether row totals are published: whether the columns have a total.
   *
   * @return true if they are
   */
  public boolean rowTotals() {
    return lattice.dimensions.last().codes().size() > lattice.dimensions.last().categories().size();
  }

  /**
   * Whether column totals are published: whether the rows have a total.
   *
   * @return true if they are
   */
  public boolean columnTotals() {
    return lattice.dimensions.size() > 1
        && lattice.dimensions.head().codes().size() > lattice.dimensions.head().categories().size();
  }

  TableLattice lattice() {
    return lattice;
  }

  /**
   * The table in one line: the categories of each dimension and the total, as {@code CountTable 3
   * × 4 (total 1,710)}; {@code TextTables.of} in serialization gives the whole table.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return TableLattice.summary("CountTable", this);
  }
}
