// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import io.vavr.collection.List;

/**
 * The earlier single-equation suppression of two-way tables (every row, column and line of totals
 * has zero or at least two hidden entries, and none hides only zeros behind a shown total), kept
 * as a baseline to audit: it returns the codes of the entries it hides.
 */
final class LineRuleSuppression {

  private LineRuleSuppression() {}

  /**
   * The entries the line rule hides in a two-way table with row and column totals.
   *
   * @param table a two-way table publishing its row totals, column totals and grand total
   * @param rule the threshold: an entry with fewer records is hidden, an empty one included
   * @return each hidden entry as (row code, column code), {@value Hierarchy#TOTAL} for a total, in
   *     reading order
   */
  static List<List<String>> hidden(CountTable table, SuppressionRule rule) {
    if (table.dimensions().size() != 2 || !table.rowTotals() || !table.columnTotals()) {
      throw new IllegalArgumentException("the line rule is audited on two-way tables with row and column totals");
    }
    Grid grid = new Grid(table);
    for (int e = 0; e < grid.entries; e++) {
      if (grid.published[e] && grid.records[e] < rule.threshold()) {
        grid.why[e] = Suppression.PRIMARY;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] line : grid.lines) {
        changed |= protect(grid, line);
      }
    }
    return List.range(0, grid.entries).filter(grid::hidden).map(grid::codes);
  }

  /** Fixes one line if it would disclose a hidden entry; returns whether anything was hidden. */
  private static boolean protect(Grid grid, int[] line) {
    int total = line[line.length - 1];
    List<Integer> members = List.ofAll(line).filter(e -> e != total);
    List<Integer> hidden = List.ofAll(line).filter(grid::hidden);
    if (hidden.size() == 1) {
      List<Integer> candidates = List.ofAll(line).filter(e -> !grid.hidden(e));
      grid.why[choose(grid, line, candidates)] = Suppression.COMPLEMENTARY;
      return true;
    }
    boolean allZero = !hidden.isEmpty() && !grid.hidden(total) && hidden.forAll(e -> grid.values[e] == 0);
    if (allZero) {
      List<Integer> nonZero = members.filter(e -> !grid.hidden(e) && grid.values[e] > 0);
      grid.why[nonZero.isEmpty() ? total : choose(grid, line, nonZero)] = Suppression.COMPLEMENTARY;
      return true;
    }
    return false;
  }

  /** The preferred complement among the candidates of a line being protected. */
  private static Integer choose(Grid grid, int[] line, List<Integer> candidates) {
    return candidates.minBy((a, b) -> {
      int byKind = Boolean.compare(grid.isTotal(a), grid.isTotal(b));
      if (byKind != 0) {
        return byKind;
      }
      int byOther = Boolean.compare(!grid.fixesAnother(a, line), !grid.fixesAnother(b, line));
      if (byOther != 0) {
        return byOther;
      }
      int byRecords = Long.compare(grid.records[a], grid.records[b]);
      return byRecords != 0 ? byRecords : Integer.compare(a, b);
    }).get();
  }

  /** The table with its totals as an (R + 1) × (C + 1) grid of entries, and its lines. */
  private static final class Grid {
    final CountTable table;
    final int rows;
    final int columns;
    final int entries;
    final double[] values;
    final long[] records;
    final boolean[] published;
    final Suppression[] why;
    final List<int[]> lines;

    Grid(CountTable table) {
      this.table = table;
      this.rows = table.rows().size();
      this.columns = table.columns().size();
      this.entries = (rows + 1) * (columns + 1);
      this.values = new double[entries];
      this.records = new long[entries];
      this.published = new boolean[entries];
      this.why = new Suppression[entries];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          double v = table.value(i, j);
          long n = table.records(i, j);
          values[at(i, j)] = v;
          records[at(i, j)] = n;
          published[at(i, j)] = true;
          values[at(i, columns)] += v;
          records[at(i, columns)] += n;
          values[at(rows, j)] += v;
          records[at(rows, j)] += n;
          values[at(rows, columns)] += v;
          records[at(rows, columns)] += n;
        }
      }
      boolean grand = (table.rowTotals() && rows >= 2) || (table.columnTotals() && columns >= 2);
      List<int[]> found = List.empty();
      if (table.rowTotals()) {
        for (int i = 0; i < rows; i++) {
          published[at(i, columns)] = true;
          found = found.append(line(i, 0, 0, 1, columns, at(i, columns)));
        }
      }
      if (table.columnTotals()) {
        for (int j = 0; j < columns; j++) {
          published[at(rows, j)] = true;
          found = found.append(line(0, j, 1, 0, rows, at(rows, j)));
        }
      }
      if (grand) {
        published[at(rows, columns)] = true;
        if (table.rowTotals()) {
          found = found.append(line(0, columns, 1, 0, rows, at(rows, columns)));
        }
        if (table.columnTotals()) {
          found = found.append(line(rows, 0, 0, 1, columns, at(rows, columns)));
        }
      }
      this.lines = found;
    }

    /** The entries from (i, j) stepping (di, dj) n times, then the total. */
    private int[] line(int i, int j, int di, int dj, int n, int total) {
      int[] line = new int[n + 1];
      for (int k = 0; k < n; k++) {
        line[k] = at(i + k * di, j + k * dj);
      }
      line[n] = total;
      return line;
    }

    int at(int i, int j) {
      return i * (columns + 1) + j;
    }

    boolean hidden(int entry) {
      return why[entry] != null;
    }

    boolean isTotal(int entry) {
      return entry / (columns + 1) == rows || entry % (columns + 1) == columns;
    }

    /**
     * Whether hiding this entry also protects a line other than the one being protected: one that
     * holds the entry and has exactly one hidden entry.
     */
    boolean fixesAnother(int entry, int[] protecting) {
      return lines.exists(other -> other != protecting && contains(other, entry) && List.ofAll(other).count(this::hidden) == 1);
    }

    private static boolean contains(int[] line, int entry) {
      for (int e : line) {
        if (e == entry) {
          return true;
        }
      }
      return false;
    }

    List<String> codes(int entry) {
      int i = entry / (columns + 1);
      int j = entry % (columns + 1);
      return List.of(i == rows ? Hierarchy.TOTAL : table.rows().get(i), j == columns ? Hierarchy.TOTAL : table.columns().get(j));
    }
  }
}
