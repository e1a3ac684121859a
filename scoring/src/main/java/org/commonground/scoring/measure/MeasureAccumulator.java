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
 * denominators with {@link ExactSum} (Shewchuk's error-free partials, correctly rounded when read).
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
 */
public final class MeasureAccumulator {

  private final MeasureLayout layout;
  private final CellIndex index = new CellIndex();
  private long[] keys = new long[16];
  private long[] records = new long[16];
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
      numerators[slot].add(table.numerator(r));
      denominators[slot].add(table.denominator(r));
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
      numerators[slot].merge(ExactSum.ofTerms(partial.numeratorTerms(c)));
      denominators[slot].merge(ExactSum.ofTerms(partial.denominatorTerms(c)));
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
    Integer[] order = new Integer[cells];
    for (int c = 0; c < cells; c++) {
      order[c] = c;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    long[] sortedKeys = new long[cells];
    long[] sortedRecords = new long[cells];
    double[][] numeratorTerms = new double[cells][];
    double[][] denominatorTerms = new double[cells][];
    for (int i = 0; i < cells; i++) {
      int c = order[i];
      sortedKeys[i] = keys[c];
      sortedRecords[i] = records[c];
      numeratorTerms[i] = numerators[c].canonicalTerms();
      denominatorTerms[i] = denominators[c].canonicalTerms();
    }
    return MeasurePartial.trusted(layout, sortedKeys, sortedRecords, numeratorTerms, denominatorTerms);
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
      numerators = Arrays.copyOf(numerators, capacity);
      denominators = Arrays.copyOf(denominators, capacity);
    }
    keys[cells] = key;
    numerators[cells] = new ExactSum();
    denominators[cells] = new ExactSum();
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
