// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonground.scoring.numeric.ExactSum;

/**
 * Aggregates record-level shared-measure data into cells — one per combination of indicator,
 * period, partner and subgroup — in one pass over a {@link MeasureTable}'s primitive columns, and
 * merges with other accumulators and partials. Guava's {@code StatsAccumulator} is the model:
 * {@link #addAll add}, {@link #merge merge}, {@link #snapshot snapshot}; {@link #addAll(MeasureTable,
 * int)} aggregates slices of a table on several threads.
 *
 * <p><b>Exactness.</b> A cell counts its records in a {@code long} and sums its numerators and
 * denominators exactly: integer values in a {@code long} (with a guard against overflow, which
 * spills the {@code long} into the exact part), every other value with {@link ExactSum}
 * (Shewchuk's error-free partials, correctly rounded when read). A compensated sum (Kahan,
 * Neumaier) would shrink the error but leave a result that depends on the order of the terms; an
 * exact sum does not, so any partitioning of the data, any merge order and any number of threads
 * give bit-identical partials, which is what lets a distributed engine carry them.
 *
 * <p><b>Cells.</b> A layout of at most {@value #DENSE_CELLS} (2²⁰) cells is aggregated
 * <em>densely</em>: the cell's key — its codes as one mixed-radix number — is its position in
 * primitive arrays, so a record costs no hashing, and the cells come out of the arrays already in
 * key order, so a snapshot sorts nothing. The bound keeps the arrays, 24 bytes per cell whether it
 * has records or not (and up to 8 more once values with fractions come), to at most 24 MiB per
 * accumulator and per thread of a parallel {@code addAll}, and the snapshot's scan of them to
 * about a millisecond; a larger layout's cells are mostly empty, and it is aggregated through an
 * open-addressing hash index of the cells that have records.
 *
 * <pre>{@code
 * MeasureAccumulator a = new MeasureAccumulator(layout).addAll(januaryTable);
 * MeasureAccumulator b = new MeasureAccumulator(layout).addAll(februaryTable, 4);  // on 4 threads
 * MeasurePartial both = a.merge(b.snapshot()).snapshot();
 * }</pre>
 *
 * <p>Mutable and <b>not thread-safe</b>: give each thread its own and merge their snapshots, or
 * let {@link #addAll(MeasureTable, int)} do so.
 *
 * <p>The loops over primitive columns are hand-written because this is the hot path of
 * shared-measure aggregation; {@code MeasureAggregationBenchmark} (module {@code benchmarks})
 * measures them. They work a block of rows at a time, column by column (the cell keys of a block
 * from each code column in turn, then the counts, then each value column): every loop is short,
 * over one primitive array, and monomorphic, and the type of each column's chunk is looked at once
 * per block.
 */
public final class MeasureAccumulator {

  /** The largest layout, in cells, aggregated with dense arrays rather than a hash index. */
  public static final int DENSE_CELLS = 1 << 20;

  private static final int BLOCK = TableIngest.BLOCK;

  private final MeasureLayout layout;
  private final boolean dense;
  /** Hash mode: the slot of each key; null when dense. */
  private final CellIndex index;
  /** Hash mode: the key of each slot. */
  private long[] keys;
  /** Hash mode: the slots used. */
  private int slots;

  // Per cell (dense: at its key; hash: at its slot). Dense arrays are made on first use.
  private long[] records;
  /** The integer parts of the sums. */
  private long[] numerators;
  private long[] denominators;
  /** The other parts of the sums, each made when its cell first needs it; null until one does. */
  private ExactSum[] numeratorRest;
  private ExactSum[] denominatorRest;
  /** Dense: one bit per cell a merge touched, for cells merged with no records. */
  private long[] merged;

  /**
   * Upper bounds of the magnitude of every cell's integer numerator and denominator part: the sum
   * of the magnitudes of all integers ever added (saturating at {@code Long.MAX_VALUE}). While a
   * block's values cannot push the bound past {@code Long.MAX_VALUE}, no cell can overflow, and the
   * block is added with no test per value.
   */
  private long numeratorBound;
  private long denominatorBound;

  /**
   * An empty accumulator.
   *
   * @param layout the layout of the tables and partials it will take
   * @throws org.commonground.core.validation.ValidationException naming {@code layout} if it is null
   */
  public MeasureAccumulator(MeasureLayout layout) {
    this(layout, present(layout).cells() <= DENSE_CELLS);
  }

  /** The layout, checked once, before the constructor reads it. */
  private static MeasureLayout present(MeasureLayout layout) {
    org.commonground.core.validation.Violations.none().notNull("layout", layout).throwIfAny("MeasureAccumulator");
    return layout;
  }

  private MeasureAccumulator(MeasureLayout layout, boolean dense) {
    this.layout = layout;
    this.dense = dense;
    if (dense) {
      this.index = null;
    } else {
      this.index = new CellIndex();
      this.keys = new long[16];
      allocate(16);
    }
  }

  /**
   * An accumulator that uses the hash index whatever the layout's size, so that tests can hold the
   * two ways of finding a cell to each other on the same data.
   */
  static MeasureAccumulator hashed(MeasureLayout layout) {
    return new MeasureAccumulator(layout, false);
  }

  private void allocate(int capacity) {
    records = new long[capacity];
    numerators = new long[capacity];
    denominators = new long[capacity];
    if (dense) {
      merged = new long[(capacity + 63) >>> 6];
    }
  }

  /** Makes the dense arrays on first use, so that an accumulator never used costs nothing. */
  private void ready() {
    if (records == null) {
      allocate((int) layout.cells());
    }
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
    return addRows(table, 0, table.size());
  }

  /**
   * Adds every record of a table, aggregating {@code parallelism} slices of its rows at once on the
   * common fork-join pool and merging them into this accumulator. The result is bit-identical to
   * {@link #addAll(MeasureTable)}: the sums are exact, so how the rows are split cannot show.
   * Each slice has an accumulator of its own while it runs (for a dense layout, 24 bytes per cell
   * of the layout).
   *
   * @param table a table of the same layout
   * @param parallelism how many slices, at least 1; a table of fewer blocks of 2,048 records is cut
   *     into fewer
   * @return this accumulator
   * @throws IllegalArgumentException if the table's layout differs or {@code parallelism < 1}
   */
  public MeasureAccumulator addAll(MeasureTable table, int parallelism) {
    requireLayout(table.layout());
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism: must be at least 1, got " + parallelism);
    }
    long blocks = ((long) table.size() + BLOCK - 1) / BLOCK;
    int slices = (int) Math.min(parallelism, blocks);
    if (slices <= 1) {
      return addAll(table);
    }
    // Slices start on block boundaries, so that no block crosses a chunk of the columns.
    java.util.List<MeasureAccumulator> parts =
        IntStream.range(0, slices).parallel()
            .mapToObj(s -> new MeasureAccumulator(layout, dense)
                .addRows(table, sliceStart(table, blocks, slices, s), sliceStart(table, blocks, slices, s + 1)))
            .collect(Collectors.toList());
    for (MeasureAccumulator part : parts) {
      merge(part);
    }
    return this;
  }

  private static int sliceStart(MeasureTable table, long blocks, int slices, int slice) {
    return (int) Math.min(table.size(), blocks * slice / slices * BLOCK);
  }

  /** Adds rows {@code from} to {@code to - 1}; {@code from} is at a block boundary. */
  private MeasureAccumulator addRows(MeasureTable table, int from, int to) {
    if (from >= to) {
      return this;
    }
    if (dense) {
      ready();
    }
    int dimensions = layout.dimensions().size();
    int[] slot = new int[BLOCK];
    long[] key = dense ? null : new long[BLOCK];
    long[] values = new long[BLOCK];
    int periods = (int) layout.radix(1);
    int partners = (int) layout.radix(2);
    for (int row = from; row < to; ) {
      long chunkEnd = (long) (row & ~CodeColumn.CHUNK_MASK) + CodeColumn.CHUNK;
      int count = (int) Math.min(BLOCK, Math.min(to, chunkEnd) - row);
      if (dense) {
        // The dense key fits an int: the layout has at most 2^20 cells.
        table.indicatorColumn().first(row, count, slot);
        table.periodColumn().next(row, count, slot, periods);
        table.partnerColumn().next(row, count, slot, partners);
        for (int d = 0; d < dimensions; d++) {
          table.groupColumn(d).next(row, count, slot, (int) layout.radix(3 + d));
        }
      } else {
        table.indicatorColumn().firstLong(row, count, key);
        table.periodColumn().nextLong(row, count, key, periods);
        table.partnerColumn().nextLong(row, count, key, partners);
        for (int d = 0; d < dimensions; d++) {
          table.groupColumn(d).nextLong(row, count, key, layout.radix(3 + d));
        }
        for (int i = 0; i < count; i++) {
          slot[i] = slotOf(key[i]);
        }
      }
      long[] counts = records;
      for (int i = 0; i < count; i++) {
        counts[slot[i]]++;
      }
      addValues(table.numeratorColumn(), row, count, slot, values, true);
      addValues(table.denominatorColumn(), row, count, slot, values, false);
      row += count;
    }
    return this;
  }

  /**
   * Adds one block of a value column to the numerators or the denominators. Measured hot path
   * ({@code MeasureAggregationBenchmark}): an integer chunk is added with no test per value when
   * its values' bound shows no cell can overflow, which is every chunk of real data; otherwise
   * (or for a chunk of doubles) each value is added with an overflow test.
   */
  private void addValues(ValueColumn column, int row, int count, int[] slot, long[] values, boolean numerator) {
    int c = row >>> CodeColumn.CHUNK_BITS;
    int at = row & CodeColumn.CHUNK_MASK;
    Object chunk = column.chunk(c);
    long[] sums = numerator ? numerators : denominators;
    long bound = numerator ? numeratorBound : denominatorBound;
    if (chunk instanceof double[]) {
      double[] doubles = (double[]) chunk;
      long most = 0;
      for (int i = 0; i < count; i++) {
        double v = doubles[at + i];
        if (Math.abs(v) < CellSum.LONG_TERM && (long) v == v) {
          long integer = (long) v;
          addInteger(sums, slot[i], integer, numerator);
          most = Math.max(most, Math.abs(integer));
        } else {
          rest(numerator, slot[i]).add(v);
        }
      }
      bound = CellSum.boundPlus(bound, CellSum.boundTimes(most, count));
    } else {
      long most = CellSum.boundTimes(column.maxAbs(c), count);
      if (bound <= Long.MAX_VALUE - most) {
        if (chunk instanceof byte[]) {
          byte[] bytes = (byte[]) chunk;
          for (int i = 0; i < count; i++) {
            sums[slot[i]] += bytes[at + i];
          }
        } else if (chunk instanceof short[]) {
          short[] shorts = (short[]) chunk;
          for (int i = 0; i < count; i++) {
            sums[slot[i]] += shorts[at + i];
          }
        } else {
          int[] ints = (int[]) chunk;
          for (int i = 0; i < count; i++) {
            sums[slot[i]] += ints[at + i];
          }
        }
      } else {
        widen(chunk, at, count, values);
        for (int i = 0; i < count; i++) {
          addInteger(sums, slot[i], values[i], numerator);
        }
      }
      bound = CellSum.boundPlus(bound, most);
    }
    if (numerator) {
      numeratorBound = bound;
    } else {
      denominatorBound = bound;
    }
  }

  private static void widen(Object chunk, int at, int count, long[] values) {
    if (chunk instanceof byte[]) {
      byte[] bytes = (byte[]) chunk;
      for (int i = 0; i < count; i++) {
        values[i] = bytes[at + i];
      }
    } else if (chunk instanceof short[]) {
      short[] shorts = (short[]) chunk;
      for (int i = 0; i < count; i++) {
        values[i] = shorts[at + i];
      }
    } else {
      int[] ints = (int[]) chunk;
      for (int i = 0; i < count; i++) {
        values[i] = ints[at + i];
      }
    }
  }

  /** Adds an integer to a cell's integer part, spilling that part first if the sum would overflow. */
  private void addInteger(long[] sums, int slot, long value, boolean numerator) {
    long sum = sums[slot];
    long result = sum + value;
    if (((sum ^ result) & (value ^ result)) < 0) {
      CellSum.spill(rest(numerator, slot), sum);
      sums[slot] = value;
    } else {
      sums[slot] = result;
    }
  }

  /** A cell's exact part, made when first needed. */
  private ExactSum rest(boolean numerator, int slot) {
    ExactSum[] rest = numerator ? numeratorRest : denominatorRest;
    if (rest == null) {
      rest = new ExactSum[records.length];
      if (numerator) {
        numeratorRest = rest;
      } else {
        denominatorRest = rest;
      }
    }
    if (rest[slot] == null) {
      rest[slot] = new ExactSum();
    }
    return rest[slot];
  }

  /** Adds one term of a partial's sum to a cell. */
  private void addTerm(int slot, double term, boolean numerator) {
    if (Math.abs(term) < CellSum.LONG_TERM && (long) term == term) {
      long integer = (long) term;
      addInteger(numerator ? numerators : denominators, slot, integer, numerator);
      if (numerator) {
        numeratorBound = CellSum.boundPlus(numeratorBound, Math.abs(integer));
      } else {
        denominatorBound = CellSum.boundPlus(denominatorBound, Math.abs(integer));
      }
    } else {
      rest(numerator, slot).add(term);
    }
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
    if (dense && partial.cells() > 0) {
      ready();
    }
    for (int c = 0; c < partial.cells(); c++) {
      long key = partial.key(c);
      int slot;
      if (dense) {
        slot = (int) key;
        merged[slot >>> 6] |= 1L << slot;
      } else {
        slot = slotOf(key);
      }
      records[slot] += partial.records(c);
      int denominatorFrom = partial.denominatorFrom(c);
      for (int t = partial.numeratorFrom(c); t < denominatorFrom; t++) {
        addTerm(slot, partial.term(t), true);
      }
      for (int t = denominatorFrom; t < partial.denominatorTo(c); t++) {
        addTerm(slot, partial.term(t), false);
      }
    }
    return this;
  }

  /**
   * Adds another accumulator's cells; the other is unaffected. Two dense accumulators merge array
   * by array.
   *
   * @param other an accumulator of the same layout
   * @return this accumulator
   * @throws IllegalArgumentException if the layouts differ
   */
  public MeasureAccumulator merge(MeasureAccumulator other) {
    requireLayout(other.layout);
    if (!dense || !other.dense || other == this) {
      return merge(other.snapshot());
    }
    if (other.records == null) {
      return this;
    }
    ready();
    int cells = records.length;
    long[] otherRecords = other.records;
    long[] otherNumerators = other.numerators;
    long[] otherDenominators = other.denominators;
    for (int c = 0; c < cells; c++) {
      records[c] += otherRecords[c];
      if (otherNumerators[c] != 0) {
        addInteger(numerators, c, otherNumerators[c], true);
      }
      if (otherDenominators[c] != 0) {
        addInteger(denominators, c, otherDenominators[c], false);
      }
    }
    mergeRest(other.numeratorRest, true);
    mergeRest(other.denominatorRest, false);
    for (int w = 0; w < merged.length; w++) {
      merged[w] |= other.merged[w];
    }
    numeratorBound = CellSum.boundPlus(numeratorBound, other.numeratorBound);
    denominatorBound = CellSum.boundPlus(denominatorBound, other.denominatorBound);
    return this;
  }

  private void mergeRest(ExactSum[] other, boolean numerator) {
    if (other == null) {
      return;
    }
    for (int c = 0; c < other.length; c++) {
      if (other[c] != null) {
        rest(numerator, c).merge(other[c]);
      }
    }
  }

  /**
   * An immutable snapshot of the cells aggregated so far. Snapshots of equal data are equal,
   * whatever order the data were added and merged in.
   *
   * @return the partial aggregate
   */
  public MeasurePartial snapshot() {
    if (dense) {
      if (records == null) {
        return new MeasurePartial.Cells(layout, 0).build();
      }
      // In key order already: no sort, no lookup.
      MeasurePartial.Cells out = new MeasurePartial.Cells(layout, cells());
      for (int c = 0; c < records.length; c++) {
        if (present(c)) {
          snapshotCell(out, c, c);
        }
      }
      return out.build();
    }
    MeasurePartial.Cells out = new MeasurePartial.Cells(layout, slots);
    if (layout.cells() <= 1L << 32) {
      // Each key and its slot packed in one long (the key above 31 bits of slot), sorted by key:
      // no lookup per cell.
      long[] sorted = new long[slots];
      for (int s = 0; s < slots; s++) {
        sorted[s] = keys[s] << 31 | s;
      }
      Arrays.sort(sorted);
      for (long packed : sorted) {
        snapshotCell(out, packed >>> 31, (int) (packed & Integer.MAX_VALUE));
      }
    } else {
      long[] sorted = Arrays.copyOf(keys, slots);
      Arrays.sort(sorted);
      for (long key : sorted) {
        snapshotCell(out, key, index.get(key));
      }
    }
    return out.build();
  }

  private void snapshotCell(MeasurePartial.Cells out, long key, int slot) {
    CellSum.appendCanonicalTerms(numerators[slot], numeratorRest == null ? null : numeratorRest[slot],
        out.cell(key, records[slot]));
    CellSum.appendCanonicalTerms(denominators[slot], denominatorRest == null ? null : denominatorRest[slot],
        out.denominator());
  }

  /** Whether a dense cell has records or was merged (a partial may carry a cell of 0 records). */
  private boolean present(int cell) {
    return records[cell] != 0 || (merged[cell >>> 6] & (1L << cell)) != 0;
  }

  /** The number of cells with records (or merged from a partial). */
  private int cells() {
    if (!dense) {
      return slots;
    }
    if (records == null) {
      return 0;
    }
    int cells = 0;
    for (int c = 0; c < records.length; c++) {
      if (present(c)) {
        cells++;
      }
    }
    return cells;
  }

  private int slotOf(long key) {
    int slot = index.get(key);
    if (slot >= 0) {
      return slot;
    }
    if (slots == keys.length) {
      int capacity = slots * 2;
      keys = Arrays.copyOf(keys, capacity);
      records = Arrays.copyOf(records, capacity);
      numerators = Arrays.copyOf(numerators, capacity);
      denominators = Arrays.copyOf(denominators, capacity);
      if (numeratorRest != null) {
        numeratorRest = Arrays.copyOf(numeratorRest, capacity);
      }
      if (denominatorRest != null) {
        denominatorRest = Arrays.copyOf(denominatorRest, capacity);
      }
    }
    keys[slots] = key;
    index.put(key, slots);
    return slots++;
  }

  private void requireLayout(MeasureLayout other) {
    if (!other.equals(layout)) {
      throw new IllegalArgumentException("layout: must be the accumulator's " + layout + ", got " + other);
    }
  }

  /** Returns {@code MeasureAccumulator[n cells]}. */
  @Override
  public String toString() {
    return "MeasureAccumulator[" + cells() + " cells]";
  }
}
