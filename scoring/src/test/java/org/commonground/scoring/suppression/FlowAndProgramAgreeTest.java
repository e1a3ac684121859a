// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The two ways the audit bounds a two-way table with all its totals, maximum flow and linear
 * programming, give the same intervals on random tables and random hidden patterns.
 */
class FlowAndProgramAgreeTest {

  @Test
  void maximumFlowAndLinearProgrammingGiveTheSameIntervals() {
    Random random = new Random(20261123);
    int compared = 0;
    for (int round = 0; round < 300; round++) {
      int rows = 2 + random.nextInt(5);
      int columns = 2 + random.nextInt(5);
      double[][] values = new double[rows][columns];
      long[][] records = new long[rows][columns];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          values[i][j] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
          records[i][j] = (long) values[i][j];
        }
      }
      CountTable table = CountTable.of(List.range(0, rows).map(i -> "r" + i), List.range(0, columns).map(j -> "c" + j),
          values, records, true, true);
      TableLattice t = TableLattice.of(table);
      boolean[] hidden = new boolean[t.entries];
      double share = 0.2 + 0.5 * random.nextDouble();
      for (int e = 0; e < t.entries; e++) {
        hidden[e] = random.nextDouble() < share;
      }
      AttackerIntervals byFlow = AttackerIntervals.of(t, hidden, true);
      AttackerIntervals byProgram = AttackerIntervals.of(t, hidden, false);
      assertArrayEquals(byProgram.lower, byFlow.lower, "lower bounds, round " + round);
      assertArrayEquals(byProgram.upper, byFlow.upper, "upper bounds, round " + round);
      assertEquals(byFlow.bounds, byFlow.verified, "every flow bound attained by a checked completion");
      compared += byFlow.bounds;
    }
    assertEquals(true, compared > 1000, "bounds compared: " + compared);
  }
}
