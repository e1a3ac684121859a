package org.commonground.scoring.suppression;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Suppresses the small cells of a table before it is published: the entry point of suppression.
 *
 * <p><b>Primary suppression</b> hides every cell and every published total based on fewer records
 * than the rule's threshold. <b>Complementary suppression</b> then hides enough other entries that
 * no hidden value can be recovered from the published totals. Each row with its total, each column
 * with its total, and each line of totals with the grand total is an equation
 * {@code Σ entries = total}; the method repeats, until nothing changes: (1) a line with exactly
 * one hidden entry would give it away, so one more entry of that line is hidden; (2) a line whose
 * total is shown and whose hidden cells are all zero gives them away too (counts cannot be
 * negative, so a remainder of 0 makes each 0), so a non-zero cell of the line is hidden, or its
 * total if the line holds no non-zero cell. Suppression works on the exact counts; round what is
 * published afterwards.
 *
 * <p>To hide little, the complement chosen is, in order of preference: a cell rather than a total;
 * one whose other line also needs a complement (one entry protects two lines); the one with the
 * fewest records; the first in reading order. This greedy choice is simple and not guaranteed
 * minimal.
 *
 * <p><b>Guarantee</b>: in the published table no row, column or line of totals has exactly one
 * hidden entry, and none with a shown total hides only zeros; so solving any single equation never
 * recovers a hidden value, and no entry resting on fewer records than the threshold is shown. Not
 * guaranteed: protection against attacks that combine several equations or bound values by linear
 * programming, which a full statistical disclosure audit would check.
 *
 * <pre>{@code
 * SuppressedTable published = SmallCellSuppression.apply(table, SuppressionRule.DEFAULT);
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class SmallCellSuppression {

  private SmallCellSuppression() {}

  /**
   * Suppresses a table's small cells.
   *
   * @param table the counts and the records behind them
   * @param rule the threshold
   * @return the table as it may be published
   */
  public static SuppressedTable apply(CountTable table, SuppressionRule rule) {
    Grid grid = new Grid(table);
    for (int e = 0; e < grid.entries; e++) {
      if (grid.published[e] && rule.suppresses(grid.records[e])) {
        grid.why[e] = Suppression.PRIMARY;
        grid.reason[e] = "fewer than " + rule.threshold() + " records (" + grid.records[e] + ")";
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] line : grid.lines) {
        changed |= protect(grid, line);
      }
    }
    return grid.result(rule);
  }

  /** Fixes one line if it would disclose a hidden entry; returns whether anything was hidden. */
  private static boolean protect(Grid grid, int[] line) {
    int total = line[line.length - 1];
    List<Integer> members = List.ofAll(line).filter(e -> e != total);
    List<Integer> hidden = List.ofAll(line).filter(grid::hidden);
    if (hidden.size() == 1) {
      List<Integer> candidates = List.ofAll(line).filter(e -> !grid.hidden(e));
      Integer chosen = choose(grid, line, candidates);
      hide(grid, chosen, "protects " + grid.label(hidden.head()) + ", the only other hidden entry of " + grid.lineName(line));
      return true;
    }
    boolean allZero = !hidden.isEmpty() && !grid.hidden(total) && hidden.forAll(e -> grid.values[e] == 0);
    if (allZero) {
      List<Integer> nonZero = members.filter(e -> !grid.hidden(e) && grid.values[e] > 0);
      Integer chosen = nonZero.isEmpty() ? total : choose(grid, line, nonZero);
      hide(grid, chosen, "keeps the hidden zeros of " + grid.lineName(line) + " from being deduced");
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

  private static void hide(Grid grid, int entry, String reason) {
    grid.why[entry] = Suppression.COMPLEMENTARY;
    grid.reason[entry] = reason;
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
    final String[] reason;
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
      this.reason = new String[entries];
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

    String label(int entry) {
      int i = entry / (columns + 1);
      int j = entry % (columns + 1);
      return rowLabel(i) + " × " + columnLabel(j);
    }

    String lineName(int[] line) {
      int first = line[0];
      int second = line[1];
      boolean isRow = second - first == 1;
      int i = first / (columns + 1);
      int j = first % (columns + 1);
      return isRow ? "row " + rowLabel(i) : "column " + columnLabel(j);
    }

    private String rowLabel(int i) {
      return i == rows ? "Total" : table.rows().get(i);
    }

    private String columnLabel(int j) {
      return j == columns ? "Total" : table.columns().get(j);
    }

    PublishedCell cell(int entry) {
      int i = entry / (columns + 1);
      int j = entry % (columns + 1);
      return ImmutablePublishedCell.builder()
          .row(rowLabel(i))
          .column(columnLabel(j))
          .total(isTotal(entry))
          .value(hidden(entry) ? Option.none() : Option.of(values[entry]))
          .suppression(Option.of(why[entry]))
          .reason(hidden(entry) ? reason[entry] : "")
          .build();
    }

    SuppressedTable result(SuppressionRule rule) {
      List<List<PublishedCell>> cells =
          List.range(0, rows).map(i -> List.range(0, columns).map(j -> cell(at(i, j))));
      List<PublishedCell> rowTotals =
          table.rowTotals() ? List.range(0, rows).map(i -> cell(at(i, columns))) : List.empty();
      List<PublishedCell> columnTotals =
          table.columnTotals() ? List.range(0, columns).map(j -> cell(at(rows, j))) : List.empty();
      Option<PublishedCell> grand =
          published[at(rows, columns)] ? Option.of(cell(at(rows, columns))) : Option.none();
      long primary = List.range(0, entries).count(e -> why[e] == Suppression.PRIMARY);
      long complementary = List.range(0, entries).count(e -> why[e] == Suppression.COMPLEMENTARY);
      String explanation =
          "Cells and totals based on fewer than " + rule.threshold() + " records are suppressed ("
              + primary + " primary); " + complementary + " more are suppressed so that no row, column "
              + "or line of totals has exactly one hidden entry or hides only zeros, so no single "
              + "equation recovers a hidden value. Suppression uses exact counts; round afterwards.";
      return ImmutableSuppressedTable.builder()
          .rule(rule)
          .cells(cells)
          .rowTotals(rowTotals)
          .columnTotals(columnTotals)
          .grandTotal(grand)
          .explanation(explanation)
          .build();
    }
  }
}
