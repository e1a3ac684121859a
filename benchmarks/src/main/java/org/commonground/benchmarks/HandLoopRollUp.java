// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

/**
 * The roll-up as a hand-written loop: one pass over the raw primitive columns, each record's cell
 * found by its dense mixed-radix index and counted straight into {@code long} and {@code double}
 * arrays with one slot per cell of the layout.
 *
 * <p>Why it is written so: it is the limit of this machine for the roll-up, the least work any
 * Java code can do for it — no objects, no hashing, no validation, no exactness guard, sums in
 * plain doubles (exact here, where every term is an integer), the layout's sizes known in
 * advance. The library's path ({@code new MeasureAccumulator(layout).addAll(table).snapshot()})
 * is measured against it; a gap is what generality, checking and exactness cost.
 *
 * <pre>{@code
 * CellTotals totals = HandLoopRollUp.rollUp(Workloads.columns(1_000_000, 42));
 * }</pre>
 */
public final class HandLoopRollUp {

  private HandLoopRollUp() {}

  /**
   * Counts and sums every record into its cell.
   *
   * @param columns records of {@link Workloads#regionalLayout()}
   * @return the totals of every cell
   */
  public static CellTotals rollUp(Workloads.Columns columns) {
    int[] partner = columns.partner();
    int[] indicator = columns.indicator();
    int[] period = columns.period();
    int[] income = columns.income();
    int[] race = columns.race();
    double[] numerator = columns.numerator();
    double[] denominator = columns.denominator();
    long[] records = new long[Workloads.CELLS];
    double[] numerators = new double[Workloads.CELLS];
    double[] denominators = new double[Workloads.CELLS];
    for (int r = 0; r < partner.length; r++) {
      int cell = (((indicator[r] * Workloads.PERIODS + period[r]) * Workloads.PARTNERS + partner[r])
          * Workloads.INCOME_GROUPS + income[r]) * Workloads.RACE_GROUPS + race[r];
      records[cell]++;
      numerators[cell] += numerator[r];
      denominators[cell] += denominator[r];
    }
    return new CellTotals(records, numerators, denominators);
  }
}
