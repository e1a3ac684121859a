// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import java.util.Arrays;
import java.util.Map;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.numeric.ExactSum;

/**
 * A roll-up of the regional layout's records as three dense arrays, one slot per cell: the record
 * count, the numerator sum and the denominator sum. The slot of a cell is its mixed-radix index,
 * indicator, period, partner, income group, race/ethnicity group, most significant first — the
 * order of the library's cell keys, so slot and key are the same number. Every peer of the
 * roll-up comparison is read into this form, so their results can be compared cell by cell.
 *
 * <pre>{@code
 * CellTotals library = CellTotals.of(new MeasureAccumulator(layout).addAll(table).snapshot());
 * CellTotals hand = HandLoopRollUp.rollUp(columns);
 * Arrays.equals(library.records(), hand.records());   // true
 * }</pre>
 *
 * <p>The arrays are shared, not copied; the benchmarks only read them.
 */
public final class CellTotals {

  private final long[] records;
  private final double[] numerator;
  private final double[] denominator;

  /**
   * Totals over the given arrays, each {@link Workloads#CELLS} long.
   *
   * @param records record counts
   * @param numerator numerator sums
   * @param denominator denominator sums
   * @throws IllegalArgumentException if an array has another length
   */
  public CellTotals(long[] records, double[] numerator, double[] denominator) {
    if (records.length != Workloads.CELLS || numerator.length != Workloads.CELLS
        || denominator.length != Workloads.CELLS) {
      throw new IllegalArgumentException("each array must have one slot per cell (" + Workloads.CELLS + ")");
    }
    this.records = records;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Empty totals, every cell zero, to be filled with {@link #add}.
   *
   * @return new totals
   */
  public static CellTotals empty() {
    return new CellTotals(new long[Workloads.CELLS], new double[Workloads.CELLS], new double[Workloads.CELLS]);
  }

  /**
   * The slot of a cell of the regional layout.
   *
   * @param partner the partner's code
   * @param indicator the indicator's code
   * @param period the period's code
   * @param income the income group's code
   * @param race the race/ethnicity group's code
   * @return the mixed-radix index, 0 to {@link Workloads#CELLS} − 1
   */
  public static int cell(int partner, int indicator, int period, int income, int race) {
    return (((indicator * Workloads.PERIODS + period) * Workloads.PARTNERS + partner)
        * Workloads.INCOME_GROUPS + income) * Workloads.RACE_GROUPS + race;
  }

  /**
   * Adds a cell's totals, as read back from a query.
   *
   * @param cell the cell's slot
   * @param count records in the cell
   * @param numeratorSum the cell's numerator sum
   * @param denominatorSum the cell's denominator sum
   */
  public void add(int cell, long count, double numeratorSum, double denominatorSum) {
    records[cell] += count;
    numerator[cell] += numeratorSum;
    denominator[cell] += denominatorSum;
  }

  /**
   * The library's partial aggregate of the regional layout as dense totals; each exact sum is
   * read as its correctly rounded value.
   *
   * @param partial a partial of {@link Workloads#regionalLayout()}
   * @return the totals
   */
  public static CellTotals of(MeasurePartial partial) {
    CellTotals totals = empty();
    for (int c = 0; c < partial.cells(); c++) {
      totals.add(Math.toIntExact(partial.key(c)), partial.records(c),
          ExactSum.ofTerms(partial.numeratorTerms(c)).value(),
          ExactSum.ofTerms(partial.denominatorTerms(c)).value());
    }
    return totals;
  }

  /**
   * The Streams peer's map as dense totals.
   *
   * @param cells the map {@link StreamsRollUp#rollUp} returns
   * @return the totals
   */
  public static CellTotals of(Map<StreamsRollUp.Cell, StreamsRollUp.Totals> cells) {
    CellTotals totals = empty();
    cells.forEach((cell, sums) -> totals.add(
        cell(cell.partner(), cell.indicator(), cell.period(), cell.income(), cell.race()),
        sums.records(), sums.numerator(), sums.denominator()));
    return totals;
  }

  /**
   * The record counts, by slot.
   *
   * @return the array itself
   */
  public long[] records() {
    return records;
  }

  /**
   * The numerator sums, by slot.
   *
   * @return the array itself
   */
  public double[] numerator() {
    return numerator;
  }

  /**
   * The denominator sums, by slot.
   *
   * @return the array itself
   */
  public double[] denominator() {
    return denominator;
  }

  /**
   * The total number of records.
   *
   * @return the sum of the counts
   */
  public long totalRecords() {
    return Arrays.stream(records).sum();
  }

  /** Equal when every cell has the same count and the same sums, bit for bit. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CellTotals
        && Arrays.equals(((CellTotals) other).records, records)
        && Arrays.equals(((CellTotals) other).numerator, numerator)
        && Arrays.equals(((CellTotals) other).denominator, denominator);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(records);
  }

  /** Returns {@code CellTotals[n records in m cells]}. */
  @Override
  public String toString() {
    return "CellTotals[" + totalRecords() + " records in " + Arrays.stream(records).filter(r -> r > 0).count() + " cells]";
  }
}
