// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Arrays;

/**
 * The numerators or the denominators of a {@link MeasureTable}, chunk by chunk in the narrowest
 * type that holds them exactly: a chunk whose values are all integers from -128 to 127 is a
 * {@code byte[]} (0/1 outcomes, denominators of 1, small counts), then {@code short[]},
 * {@code int[]}, and only a chunk with a fraction or a larger value is a {@code double[]}. A
 * student-record table's values take one byte per record instead of eight, and integer chunks are
 * summed in {@code long}s, exactly, with no test per record (see {@link #maxAbs}).
 *
 * <p>Chunks are {@link CodeColumn#CHUNK} rows, like the code columns. A chunk is stored at the
 * width its first block needs and widened, once per width at most, if a later block needs more;
 * so filling a column allocates at most its final size plus narrower copies of its chunks (less
 * than twice its final size in all).
 *
 * <p>A value column is filled once, by {@link TableIngest}, then only read: it is effectively
 * immutable once its table is made, and the table never lets it out.
 */
final class ValueColumn {

  /** Chunk widths, narrowest first; a chunk of width w is the array type of that name. */
  static final int BYTE = 0;

  static final int SHORT = 1;

  static final int INT = 2;

  static final int DOUBLE = 3;

  /** Each chunk: {@code byte[]}, {@code short[]}, {@code int[]} or {@code double[]}. */
  private Object[] chunks;

  private ValueColumn(Object[] chunks) {
    this.chunks = chunks;
  }

  /** An empty column with room for so many chunks at first. */
  static ValueColumn empty(int chunks) {
    return new ValueColumn(new Object[chunks]);
  }

  /** The value of a row. */
  double get(int row) {
    Object chunk = chunks[row >>> CodeColumn.CHUNK_BITS];
    int at = row & CodeColumn.CHUNK_MASK;
    if (chunk instanceof byte[]) {
      return ((byte[]) chunk)[at];
    }
    if (chunk instanceof short[]) {
      return ((short[]) chunk)[at];
    }
    if (chunk instanceof int[]) {
      return ((int[]) chunk)[at];
    }
    return ((double[]) chunk)[at];
  }

  /**
   * A chunk's array, for the aggregation loops.
   *
   * @param chunk the chunk's index
   * @return a {@code byte[]}, {@code short[]}, {@code int[]} or {@code double[]}
   */
  Object chunk(int chunk) {
    return chunks[chunk];
  }

  /**
   * A bound of the magnitude of an integer chunk's values, from its type: {@code maxAbs × rows}
   * bounds what adding them can do to any sum, so the accumulator knows in advance that a block
   * cannot overflow a {@code long} and adds it without a test.
   *
   * @param chunk the chunk's index, of an integer chunk
   * @return 2⁷, 2¹⁵ or 2³¹
   */
  long maxAbs(int chunk) {
    Object values = chunks[chunk];
    return values instanceof byte[] ? 1L << 7 : values instanceof short[] ? 1L << 15 : 1L << 31;
  }

  /** The width of a chunk: {@link #BYTE}, {@link #SHORT}, {@link #INT} or {@link #DOUBLE}. */
  int width(int chunk) {
    return widthOf(chunks[chunk]);
  }

  private static int widthOf(Object chunk) {
    if (chunk instanceof byte[]) {
      return BYTE;
    }
    if (chunk instanceof short[]) {
      return SHORT;
    }
    return chunk instanceof int[] ? INT : DOUBLE;
  }

  /**
   * Stores {@code count} values from {@code source} at rows {@code row} to {@code row + count -
   * 1}, which lie in one chunk, allocating the chunk if needed (of {@code chunkLength} rows) and
   * widening it if these values need a wider type. Rows are put in order, each once; the values
   * must be finite, as checked.
   */
  void put(int row, double[] source, int count, int chunkLength) {
    int c = row >>> CodeColumn.CHUNK_BITS;
    int at = row & CodeColumn.CHUNK_MASK;
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(4, 2 * c));
    }
    if (chunks[c] == null) {
      chunks[c] = allocate(narrowest(source, count), chunkLength);
    }
    // Most blocks fit the chunk's type: store them in one pass that also tests that they fit, and
    // only when one does not, find the type it needs, widen the chunk and store again.
    if (!store(chunks[c], at, source, count)) {
      chunks[c] = widen(chunks[c], Math.max(widthOf(chunks[c]), narrowest(source, count)), at);
      store(chunks[c], at, source, count);
    }
  }

  /**
   * Stores values in a chunk's type; returns whether every one was kept exactly. Measured hot path
   * (every value of every table passes here): one conversion, one store and one compare per value.
   * A converted value equals the original exactly when it is an integer in the type's range
   * ({@code (int)} saturates and maps NaN to 0, so neither passes); -0.0 passes and is stored as
   * 0, which no sum, term or figure can tell apart from it.
   */
  private static boolean store(Object chunk, int at, double[] source, int count) {
    boolean exact = true;
    if (chunk instanceof byte[]) {
      byte[] bytes = (byte[]) chunk;
      for (int i = 0; i < count; i++) {
        double v = source[i];
        byte b = (byte) (int) v;
        bytes[at + i] = b;
        exact &= b == v;
      }
    } else if (chunk instanceof short[]) {
      short[] shorts = (short[]) chunk;
      for (int i = 0; i < count; i++) {
        double v = source[i];
        short s = (short) (int) v;
        shorts[at + i] = s;
        exact &= s == v;
      }
    } else if (chunk instanceof int[]) {
      int[] ints = (int[]) chunk;
      for (int i = 0; i < count; i++) {
        double v = source[i];
        int n = (int) v;
        ints[at + i] = n;
        exact &= n == v;
      }
    } else {
      System.arraycopy(source, 0, (double[]) chunk, at, count);
    }
    return exact;
  }

  /** The narrowest type that holds every value exactly. */
  private static int narrowest(double[] source, int count) {
    boolean integers = true;
    int min = 0;
    int max = 0;
    for (int i = 0; i < count; i++) {
      double v = source[i];
      int n = (int) v;
      integers &= n == v;
      min = Math.min(min, n);
      max = Math.max(max, n);
    }
    if (!integers) {
      return DOUBLE;
    }
    if (min >= Byte.MIN_VALUE && max <= Byte.MAX_VALUE) {
      return BYTE;
    }
    return min >= Short.MIN_VALUE && max <= Short.MAX_VALUE ? SHORT : INT;
  }

  private static Object allocate(int width, int length) {
    switch (width) {
      case BYTE:
        return new byte[length];
      case SHORT:
        return new short[length];
      case INT:
        return new int[length];
      default:
        return new double[length];
    }
  }

  /** A wider copy of a chunk's first {@code rows} values. */
  private static Object widen(Object chunk, int width, int rows) {
    int length = length(chunk);
    Object wider = allocate(width, length);
    for (int i = 0; i < rows; i++) {
      double v = valueAt(chunk, i);
      if (wider instanceof short[]) {
        ((short[]) wider)[i] = (short) v;
      } else if (wider instanceof int[]) {
        ((int[]) wider)[i] = (int) v;
      } else {
        ((double[]) wider)[i] = v;
      }
    }
    return wider;
  }

  private static int length(Object chunk) {
    if (chunk instanceof byte[]) {
      return ((byte[]) chunk).length;
    }
    if (chunk instanceof short[]) {
      return ((short[]) chunk).length;
    }
    if (chunk instanceof int[]) {
      return ((int[]) chunk).length;
    }
    return ((double[]) chunk).length;
  }

  private static double valueAt(Object chunk, int at) {
    if (chunk instanceof byte[]) {
      return ((byte[]) chunk)[at];
    }
    if (chunk instanceof short[]) {
      return ((short[]) chunk)[at];
    }
    if (chunk instanceof int[]) {
      return ((int[]) chunk)[at];
    }
    return ((double[]) chunk)[at];
  }

  /**
   * A copy holding rows {@code 0} to {@code rows - 1}: full chunks are shared (no row of them is
   * written again), the last is trimmed.
   */
  ValueColumn freeze(int rows) {
    int n = CodeColumn.chunks(rows);
    Object[] frozen = Arrays.copyOf(chunks, n);
    int last = n - 1;
    if (last >= 0) {
      int length = rows - (last << CodeColumn.CHUNK_BITS);
      if (length(frozen[last]) != length) {
        frozen[last] = trimmed(frozen[last], length);
      }
    }
    return new ValueColumn(frozen);
  }

  private static Object trimmed(Object chunk, int length) {
    if (chunk instanceof byte[]) {
      return Arrays.copyOf((byte[]) chunk, length);
    }
    if (chunk instanceof short[]) {
      return Arrays.copyOf((short[]) chunk, length);
    }
    if (chunk instanceof int[]) {
      return Arrays.copyOf((int[]) chunk, length);
    }
    return Arrays.copyOf((double[]) chunk, length);
  }

  /** The bytes the column's values take: 1, 2, 4 or 8 per value, as each chunk's width is. */
  long bytes() {
    long bytes = 0;
    for (Object chunk : chunks) {
      if (chunk != null) {
        bytes += (long) length(chunk) << widthOf(chunk);
      }
    }
    return bytes;
  }
}
