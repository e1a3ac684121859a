package org.commonground.scoring.measure;

import java.util.Arrays;
import org.commonground.scoring.numeric.ExactSum;

/**
 * Aggregates record-level shared-measure data into cells — one per combination of indicator,
 * period, partner and subgroup — in one pass over a {@link MeasureTable}'s primitive columns, and
 * merges with other accumulators and partials. Guava's {@code StatsAccumulator} is the model:
 * {@link #addAll add}, {@link #merge merge}, {@link #snapshot snapshot}.
 *
 * <p>Exactness: a cell counts its records in a {@code long} and sums its numerators and
 * denominators exactly: integer terms in a {@code double} while their sum is exactly representable,
 * every other term with {@link ExactSum} (Shewchuk's error-free partials, correctly rounded when
 * read).
 * A compensated sum (Kahan, Neumaier) would shrink the error but leave a result that depends on the
 * order of the terms; an exact sum does not, so any partitioning of the data and any merge order
 * give bit-identical results, which is what lets a distributed engine carry partials.
 *
 * <pre>{@code
 * MeasureAccumulator a = new MeasureAccumulator(layout).addAll(januaryTable);
 * MeasureAccumulator b = new MeasureAccumulator(layout).addAll(februaryTable);
 * MeasurePartial both = a.merge(b.snapshot()).snapshot();
 * }</pre>
 *
 * <p>Mutable and <b>not thread-safe</b>: give each thread its own and merge their snapshots.
 *
 * <p>The loops over primitive columns and the open-addressing cell index are hand-written because
 * this is the hot path of shared-measure aggregation; {@code MeasureAggregationBenchmark} (module
 * {@code benchmarks}) measures them.
 */
public final class MeasureAccumulator {

  /** 2⁵³: every integer of smaller magnitude is a double, and so is every sum of two of them. */
  private static final double EXACT_INTEGERS = 0x1p53;

  private final MeasureLayout layout;
  private final CellIndex index = new CellIndex();
  private long[] keys = new long[16];
  private long[] records = new long[16];
  // Each sum in two parts whose total is exact: the integer-valued terms in a primitive double,
  // the others in an ExactSum made only when a cell first needs one (see addNumerator).
  private double[] numeratorIntegers = new double[16];
  private double[] denominatorIntegers = new double[16];
  private ExactSum[] numerators = new ExactSum[16];
  private ExactSum[] denominators = new ExactSum[16];
  private int cells;

  /**
   * An empty accumulator.
   *
   * @param layout the layout of the tables and partials it will take
   */
  public MeasureAccumulator(MeasureLayout layout) {
    this.layout = layout;
  }

  /**
   * Adds every record of a table, in one pass.
   *
   * @param table a table of the same layout
   * @return this accumulator
   * @throws IllegalArgumentException if the table's layout differs
   */
  public MeasureAccumulator addAll(MeasureTable table) {
    requireLayout(table.layout());
    int dimensions = layout.dimensions().size();
    int[] groups = new int[dimensions];
    for (int r = 0; r < table.size(); r++) {
      for (int d = 0; d < dimensions; d++) {
        groups[d] = table.group(d, r);
      }
      int slot = slotOf(layout.key(table.indicator(r), table.period(r), table.partner(r), groups));
      records[slot]++;
      addNumerator(slot, table.numerator(r));
      addDenominator(slot, table.denominator(r));
    }
    return this;
  }

  /**
   * Adds a partial aggregate's cells.
   *
   * @param partial a partial of the same layout
   * @return this accumulator
   * @throws IllegalArgumentException if the partial's layout differs
   */
  public MeasureAccumulator merge(MeasurePartial partial) {
    requireLayout(partial.layout());
    for (int c = 0; c < partial.cells(); c++) {
      int slot = slotOf(partial.key(c));
      records[slot] += partial.records(c);
      for (double term : partial.numeratorTerms(c)) {
        addNumerator(slot, term);
      }
      for (double term : partial.denominatorTerms(c)) {
        addDenominator(slot, term);
      }
    }
    return this;
  }

  /**
   * Adds another accumulator's cells; the other is unaffected.
   *
   * @param other an accumulator of the same layout
   * @return this accumulator
   * @throws IllegalArgumentException if the layouts differ
   */
  public MeasureAccumulator merge(MeasureAccumulator other) {
    return merge(other.snapshot());
  }

  /**
   * An immutable snapshot of the cells aggregated so far. Snapshots of equal data are equal,
   * whatever order the data were added and merged in.
   *
   * @return the partial aggregate
   */
  public MeasurePartial snapshot() {
    long[] sortedKeys = Arrays.copyOf(keys, cells);
    Arrays.sort(sortedKeys);
    long[] sortedRecords = new long[cells];
    double[][] numeratorTerms = new double[cells][];
    double[][] denominatorTerms = new double[cells][];
    for (int i = 0; i < cells; i++) {
      int c = index.get(sortedKeys[i]);
      sortedRecords[i] = records[c];
      numeratorTerms[i] = exact(numeratorIntegers[c], numerators[c]).canonicalTerms();
      denominatorTerms[i] = exact(denominatorIntegers[c], denominators[c]).canonicalTerms();
    }
    return MeasurePartial.trusted(layout, sortedKeys, sortedRecords, numeratorTerms, denominatorTerms);
  }

  /**
   * The hot path's one concession to speed ({@code MeasureAggregationBenchmark}): most terms of
   * record-level data are integers (0/1 outcomes, counts, denominators of 1), and a double adds
   * integers exactly while every sum stays below 2⁵³ in magnitude — a rounded result below 2⁵³
   * means the exact one is too, so it is representable and was not rounded. Such terms go to a
   * primitive array; any other term goes to the cell's {@link ExactSum}. The two parts together
   * are the exact sum, whatever went where, so partials stay bit-identical.
   */
  private void addNumerator(int slot, double term) {
    if (!addInteger(numeratorIntegers, slot, term)) {
      numerators[slot] = addExact(numerators[slot], term);
    }
  }

  private void addDenominator(int slot, double term) {
    if (!addInteger(denominatorIntegers, slot, term)) {
      denominators[slot] = addExact(denominators[slot], term);
    }
  }

  /** Adds an integer term whose sum stays exact; returns false, adding nothing, otherwise. */
  private static boolean addInteger(double[] integers, int slot, double term) {
    double sum = integers[slot] + term;
    if (term == Math.rint(term) && Math.abs(sum) < EXACT_INTEGERS) {
      integers[slot] = sum;
      return true;
    }
    return false;
  }

  private static ExactSum addExact(ExactSum sum, double term) {
    return (sum == null ? new ExactSum() : sum).add(term);
  }

  private static ExactSum exact(double integers, ExactSum others) {
    ExactSum sum = new ExactSum().add(integers);
    return others == null ? sum : sum.merge(others);
  }

  private int slotOf(long key) {
    int slot = index.get(key);
    if (slot >= 0) {
      return slot;
    }
    if (cells == keys.length) {
      int capacity = cells * 2;
      keys = Arrays.copyOf(keys, capacity);
      records = Arrays.copyOf(records, capacity);
      numeratorIntegers = Arrays.copyOf(numeratorIntegers, capacity);
      denominatorIntegers = Arrays.copyOf(denominatorIntegers, capacity);
      numerators = Arrays.copyOf(numerators, capacity);
      denominators = Arrays.copyOf(denominators, capacity);
    }
    keys[cells] = key;
    index.put(key, cells);
    return cells++;
  }

  private void requireLayout(MeasureLayout other) {
    if (!other.equals(layout)) {
      throw new IllegalArgumentException("layout: must be the accumulator's " + layout + ", got " + other);
    }
  }

  /** Returns {@code MeasureAccumulator[n cells]}. */
  @Override
  public String toString() {
    return "MeasureAccumulator[" + cells + " cells]";
  }
}
