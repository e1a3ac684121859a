// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Arrays;

/**
 * One code column of a {@link MeasureTable}, in the narrowest primitive type that holds every code
 * of its list: a {@code byte} per record for at most 256 codes (read as unsigned), a {@code short}
 * for at most 65,536, else an {@code int}. A partner column of 100 partners takes a quarter of the
 * memory of the caller's {@code int[]}, and the aggregation reads a quarter of the bytes.
 *
 * <p>Records are stored in chunks of {@link #CHUNK} rows, so that a table appended record by record
 * grows by adding chunks instead of copying every column each time it fills; and the aggregation
 * reads a block of rows, which never crosses a chunk, column by column ({@link #first},
 * {@link #next}): each call is one tight loop over one primitive array, and the virtual call is
 * paid once per block, not per record.
 *
 * <p>The byte, short and int subclasses repeat the same loops on purpose: Java cannot abstract over
 * primitive arrays without boxing or a call per element, and these loops are the measured hot path
 * of aggregation ({@code MeasureAggregationBenchmark}, module {@code benchmarks}).
 *
 * <p>A column is filled once, by {@link TableIngest}, then only read: it is effectively immutable
 * once its table is made, and the table never lets it out.
 */
abstract class CodeColumn {

  /** Rows per chunk: 2¹⁶, so a chunk of a byte column is 64 KiB. */
  static final int CHUNK = 1 << 16;

  /** {@code row >>> CHUNK_BITS} is the chunk of a row. */
  static final int CHUNK_BITS = 16;

  /** {@code row & CHUNK_MASK} is a row's position in its chunk. */
  static final int CHUNK_MASK = CHUNK - 1;

  /** Storage widths, as {@link #width()} gives them. */
  static final int BYTE = 1;

  static final int SHORT = 2;

  static final int INT = 4;

  /**
   * An empty column for a list of the given number of codes, in the narrowest type that holds
   * them.
   *
   * @param codes the size of the code list
   * @param chunks the number of chunks to make room for at first (more are added as needed)
   */
  static CodeColumn forCodes(int codes, int chunks) {
    if (codes <= 1 << 8) {
      return new Bytes(new byte[chunks][]);
    }
    if (codes <= 1 << 16) {
      return new Shorts(new short[chunks][]);
    }
    return new Ints(new int[chunks][]);
  }

  /** The number of chunks a column of so many rows needs. */
  static int chunks(int rows) {
    return (int) (((long) rows + CHUNK - 1) >>> CHUNK_BITS);
  }

  /** The bytes per record: {@link #BYTE}, {@link #SHORT} or {@link #INT}. */
  abstract int width();

  /** The code of a row. */
  abstract int get(int row);

  /**
   * Stores {@code count} codes from {@code source} at rows {@code row} to {@code row + count - 1},
   * which lie in one chunk, allocating the chunk if needed: of {@code chunkLength} rows. Rows are
   * put in order, each once. Checks the codes on the way, in the same pass (a measured hot path,
   * {@code MeasureAggregationBenchmark}): the result is negative exactly when a code is outside
   * {@code [0, size)}, for {@code code | (size - 1 - code)} is; the rows stored are then not to be
   * read.
   *
   * @param size the size of the code list
   * @return negative if a code is out of range
   */
  abstract int put(int row, int[] source, int count, int chunkLength, int size);

  /** Sets {@code keys[i]} to the code of row {@code row + i}, for a block in one chunk. */
  abstract void first(int row, int count, int[] keys);

  /** Sets {@code keys[i]} to {@code keys[i] * radix} plus the code of row {@code row + i}. */
  abstract void next(int row, int count, int[] keys, int radix);

  /** {@link #first} for the 64-bit keys of a layout above the dense bound. */
  abstract void firstLong(int row, int count, long[] keys);

  /** {@link #next} for 64-bit keys. */
  abstract void nextLong(int row, int count, long[] keys, long radix);

  /**
   * A copy holding rows {@code 0} to {@code rows - 1}: full chunks are shared (no row of them is
   * written again), the last is trimmed, so that the table's column is its own and exactly sized.
   */
  abstract CodeColumn freeze(int rows);

  /** The bytes the column's records take. */
  abstract long bytes();

  /** Unsigned bytes: at most 256 codes. */
  static final class Bytes extends CodeColumn {
    private byte[][] chunks;

    Bytes(byte[][] chunks) {
      this.chunks = chunks;
    }

    @Override
    int width() {
      return BYTE;
    }

    @Override
    int get(int row) {
      return chunks[row >>> CHUNK_BITS][row & CHUNK_MASK] & 0xFF;
    }

    @Override
    int put(int row, int[] source, int count, int chunkLength, int size) {
      int c = row >>> CHUNK_BITS;
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, Math.max(4, 2 * c));
      }
      if (chunks[c] == null) {
        chunks[c] = new byte[chunkLength];
      }
      byte[] chunk = chunks[c];
      int at = row & CHUNK_MASK;
      int last = size - 1;
      int outside = 0;
      for (int i = 0; i < count; i++) {
        int code = source[i];
        chunk[at + i] = (byte) code;
        outside |= code | (last - code);
      }
      return outside;
    }

    // The four loops below are the measured hot path of aggregation (MeasureAggregationBenchmark,
    // module benchmarks): one primitive array, no call, no branch.
    @Override
    void first(int row, int count, int[] keys) {
      byte[] chunk = chunks[row >>> CHUNK_BITS];
      int at = row & CHUNK_MASK;
      for (int i = 0; i < count; i++) {
        keys[i] = chunk[at + i] & 0xFF;
      }
    }

    @Override
    void next(int row, int count, int[] keys, int radix) {
      byte[] chunk = chunks[row >>> CHUNK_BITS];
      int at = row & CHUNK_MASK;
      for (int i = 0; i < count; i++) {
        keys[i] = keys[i] * radix + (chunk[at + i] & 0xFF);
      }
    }

    @Override
    void firstLong(int row, int count, long[] keys) {
      byte[] chunk = chunks[row >>> CHUNK_BITS];
      int at = row & CHUNK_MASK;
      for (int i = 0; i < count; i++) {
        keys[i] = chunk[at + i] & 0xFF;
      }
    }

    @Override
    void nextLong(int row, int count, long[] keys, long radix) {
      byte[] chunk = chunks[row >>> CHUNK_BITS];
      int at = row & CHUNK_MASK;
      for (int i = 0; i < count; i++) {
        keys[i] = keys[i] * radix + (chunk[at + i] & 0xFF);
      }
    }

    @Override
    CodeColumn freeze(int rows) {
      byte[][] frozen = Arrays.copyOf(chunks, chunks(rows));
      int last = frozen.length - 1;
      if (last >= 0 && frozen[last].length != rows - (last << CHUNK_BITS)) {
        frozen[last] = Arrays.copyOf(frozen[last], rows - (last << CHUNK_BITS));
      }
      return new Bytes(frozen);
    }

    @Override
    long bytes() {
      long bytes = 0;
      for (byte[] chunk : chunks) {
        if (chunk == null) {
          continue;
        }
        bytes += chunk.length;
      }
      return bytes;
    }
  }

  /** Unsigned shorts: at most 65,536 codes. */
  static final class Shorts extends CodeColumn {
    private short[][] chunks;

    Shorts(short[][] chunks) {
      this.chunks = chunks;
    }

    @Override
    int width() {
      return SHORT;
    }

    @Override
    int get(int row) {
      return chunks[row >>> CHUNK_BITS][row & CHUNK_MASK] & 0xFFFF;
    }

    @Override
    int put(int row, int[] source, int count, int chunkLength, int size) {
      int c = row >>> CHUNK_BITS;
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, Math.max(4, 2 * c));
      }
      if (chunks[c] == null) {
        chunks[c] = new short[chunkLength];
      }
      short[] chunk = chunks[c];
      int at = row & CHUNK_MASK;
      int last = size - 1;
      int outside = 0;
      for (int i = 0; i < count; i++) {
        int code = source[i];
        chunk[at + i] = (short) code;
        outside |= code | (last - code);
      }
      return outside;
    }

    @Override
    void first(int row, int count, int[] keys) {
      short[] chunk = chunks[row >>> CHUNK_BITS];
      int at = row & CHUNK_MASK;
      for (int i = 0; i < count; i++) {
        keys[i] = chunk[at + i] & 0xFFFF;
      }
    }

    @Override
    void next(int row, int count, int[] keys, int radix) {
      short[] chunk = chunks[row >>> CHUNK_BITS];
      int at = row & CHUNK_MASK;
      for (int i = 0; i < count; i++) {
        keys[i] = keys[i] * radix + (chunk[at + i] & 0xFFFF);
      }
    }

    @Override
    void firstLong(int row, int count, long[] keys) {
      short[] chunk = chunks[row >>> CHUNK_BITS];
      int at = row & CHUNK_MASK;
      for (int i = 0; i < count; i++) {
        keys[i] = chunk[at + i] & 0xFFFF;
      }
    }

    @Override
    void nextLong(int row, int count, long[] keys, long radix) {
      short[] chunk = chunks[row >>> CHUNK_BITS];
      int at = row & CHUNK_MASK;
      for (int i = 0; i < count; i++) {
        keys[i] = keys[i] * radix + (chunk[at + i] & 0xFFFF);
      }
    }

    @Override
    CodeColumn freeze(int rows) {
      short[][] frozen = Arrays.copyOf(chunks, chunks(rows));
      int last = frozen.length - 1;
      if (last >= 0 && frozen[last].length != rows - (last << CHUNK_BITS)) {
        frozen[last] = Arrays.copyOf(frozen[last], rows - (last << CHUNK_BITS));
      }
      return new Shorts(frozen);
    }

    @Override
    long bytes() {
      long bytes = 0;
      for (short[] chunk : chunks) {
        if (chunk == null) {
          continue;
        }
        bytes += 2L * chunk.length;
      }
      return bytes;
    }
  }

  /** Ints: more than 65,536 codes. */
  static final class Ints extends CodeColumn {
    private int[][] chunks;

    Ints(int[][] chunks) {
      this.chunks = chunks;
    }

    @Override
    int width() {
      return INT;
    }

    @Override
    int get(int row) {
      return chunks[row >>> CHUNK_BITS][row & CHUNK_MASK];
    }

    @Override
    int put(int row, int[] source, int count, int chunkLength, int size) {
      int c = row >>> CHUNK_BITS;
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, Math.max(4, 2 * c));
      }
      if (chunks[c] == null) {
        chunks[c] = new int[chunkLength];
      }
      int[] chunk = chunks[c];
      int at = row & CHUNK_MASK;
      int last = size - 1;
      int outside = 0;
      for (int i = 0; i < count; i++) {
        int code = source[i];
        chunk[at + i] = code;
        outside |= code | (last - code);
      }
      return outside;
    }

    @Override
    void first(int row, int count, int[] keys) {
      System.arraycopy(chunks[row >>> CHUNK_BITS], row & CHUNK_MASK, keys, 0, count);
    }

    @Override
    void next(int row, int count, int[] keys, int radix) {
      int[] chunk = chunks[row >>> CHUNK_BITS];
      int at = row & CHUNK_MASK;
      for (int i = 0; i < count; i++) {
        keys[i] = keys[i] * radix + chunk[at + i];
      }
    }

    @Override
    void firstLong(int row, int count, long[] keys) {
      int[] chunk = chunks[row >>> CHUNK_BITS];
      int at = row & CHUNK_MASK;
      for (int i = 0; i < count; i++) {
        keys[i] = chunk[at + i];
      }
    }

    @Override
    void nextLong(int row, int count, long[] keys, long radix) {
      int[] chunk = chunks[row >>> CHUNK_BITS];
      int at = row & CHUNK_MASK;
      for (int i = 0; i < count; i++) {
        keys[i] = keys[i] * radix + chunk[at + i];
      }
    }

    @Override
    CodeColumn freeze(int rows) {
      int[][] frozen = Arrays.copyOf(chunks, chunks(rows));
      int last = frozen.length - 1;
      if (last >= 0 && frozen[last].length != rows - (last << CHUNK_BITS)) {
        frozen[last] = Arrays.copyOf(frozen[last], rows - (last << CHUNK_BITS));
      }
      return new Ints(frozen);
    }

    @Override
    long bytes() {
      long bytes = 0;
      for (int[] chunk : chunks) {
        if (chunk == null) {
          continue;
        }
        bytes += 4L * chunk.length;
      }
      return bytes;
    }
  }
}
