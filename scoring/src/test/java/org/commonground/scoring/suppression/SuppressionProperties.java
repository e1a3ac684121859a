// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random tables of 1–6 rows and 1–6 columns, counts from 0 to 40 (a third of them below 10), with
 * random choices of published totals and thresholds from 1 to 15.
 */
class SuppressionProperties {

  private static final class Case {
    final CountTable table;
    final SuppressionRule rule;

    Case(CountTable table, SuppressionRule rule) {
      this.table = table;
      this.rule = rule;
    }
  }

  private static Case random(int seed, boolean rowTotals, boolean columnTotals) {
    Random random = new Random(seed);
    int rows = 1 + random.nextInt(6);
    int columns = 1 + random.nextInt(6);
    double[][] values = new double[rows][columns];
    long[][] records = new long[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        records[i][j] = random.nextInt(3) == 0 ? random.nextInt(10) : random.nextInt(41);
        values[i][j] = random.nextInt(4) == 0 ? 0 : random.nextInt((int) records[i][j] + 1);
      }
    }
    boolean rt = rowTotals && columns > 1;
    boolean ct = columnTotals && rows > 1;
    CountTable table =
        CountTable.of(List.range(0, rows).map(i -> "r" + i), List.range(0, columns).map(j -> "c" + j), values, records, rt, ct);
    return new Case(table, SuppressionRule.of(1 + random.nextInt(15)));
  }

  /** Every published equation: each row, each column, and each line of totals, with its total. */
  private static List<List<PublishedCell>> equations(CountTable table, SuppressedTable t) {
    List<List<PublishedCell>> lines = List.empty();
    if (table.rowTotals()) {
      lines = lines.appendAll(List.range(0, t.cells().size()).map(i -> t.cells().get(i).append(t.rowTotals().get(i))));
      lines = lines.appendAll(t.grandTotal().map(g -> t.rowTotals().append(g)));
    }
    if (table.columnTotals()) {
      lines = lines.appendAll(List.range(0, t.cells().head().size()).map(j -> t.cells().map(r -> r.get(j)).append(t.columnTotals().get(j))));
      lines = lines.appendAll(t.grandTotal().map(g -> t.columnTotals().append(g)));
    }
    return lines;
  }

  @Test
  void solvingAnyRowOrColumnForASingleUnknownNeverRecoversAHiddenCell() {
    qt().forAll(integers().all(), booleans().all(), booleans().all())
        .check((seed, rows, columns) -> {
          Case c = random(seed, rows, columns);
          SuppressedTable t = SmallCellSuppression.apply(c.table, c.rule);
          return equations(c.table, t).forAll(line -> {
            List<PublishedCell> hidden = line.filter(e -> e.value().isEmpty());
            // One unknown: solvable. Only zeros hidden behind a shown total: each is 0.
            boolean total = line.last().value().isDefined();
            return hidden.size() != 1 && !(total && !hidden.isEmpty() && hiddenAreZero(c.table, t, hidden));
          });
        });
  }

  @Test
  void noEntryBelowTheThresholdIsEverPublished() {
    // Sensitive means resting on more than no record and fewer than the threshold, for a cell and
    // for a total alike (a total rests on the records of its cells); an entry on no record at all
    // discloses no one and may be shown.
    qt().forAll(integers().all(), booleans().all(), booleans().all())
        .check((seed, rows, columns) -> {
          Case c = random(seed, rows, columns);
          SuppressedTable t = SmallCellSuppression.apply(c.table, c.rule);
          return t.entries().forAll(e -> {
            long records = records(c.table, e);
            boolean sensitive = records > 0 && records < c.rule.threshold();
            return (!sensitive || e.suppression().contains(Suppression.PRIMARY))
                && e.value().isDefined() == e.suppression().isEmpty();
          });
        });
  }

  /** The records behind an entry: the sum over the cells its codes cover. */
  private static long records(CountTable table, PublishedCell e) {
    long sum = 0;
    for (int i = 0; i < table.rows().size(); i++) {
      for (int j = 0; j < table.columns().size(); j++) {
        boolean row = e.row().equals(Hierarchy.TOTAL) || e.row().equals(table.rows().get(i));
        boolean column = e.column().equals(Hierarchy.TOTAL) || e.column().equals(table.columns().get(j));
        sum += row && column ? table.records(i, j) : 0;
      }
    }
    return sum;
  }

  private static boolean hiddenAreZero(CountTable table, SuppressedTable t, List<PublishedCell> hidden) {
    return hidden.forAll(h -> {
      if (h.total()) {
        return false;
      }
      int i = table.rows().indexOf(h.row());
      int j = table.columns().indexOf(h.column());
      return table.value(i, j) == 0;
    });
  }
}
