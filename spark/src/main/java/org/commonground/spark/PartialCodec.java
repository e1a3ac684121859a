// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;

/**
 * The compact, versioned binary form of a {@link MeasurePartial}'s cells, which the Spark
 * aggregator carries between executors: the JSON form ({@code commonground.measure-partial})
 * spelled in bytes, without the layout, which travels once with the aggregator instead of with
 * every partial.
 *
 * <p><b>Version 1.</b> One version byte ({@value #VERSION}), the cell count as an unsigned
 * variable-length integer (7 bits a byte, least significant first), then per cell, in key order:
 * the key's difference from the previous key (the first key itself), the record count, and the
 * numerator's and the denominator's canonical terms. Each sum is a tag: {@code 0} for no term (a
 * zero sum); {@code 1} and one zig-zag variable-length integer for a single whole term below 2⁵³
 * in magnitude, the common case of counts, 0/1 outcomes and their denominators; {@code 2 + n} and
 * {@code n} IEEE 754 doubles (8 bytes each, big-endian) otherwise. A cell of whole numbers takes
 * five to ten bytes, where the JSON form takes about forty.
 *
 * <pre>{@code
 * byte[] wire = PartialCodec.encode(partial);
 * PartialCodec.decode(partial.layout(), wire).equals(partial);   // true, bit for bit
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class PartialCodec {

  /** The version this class writes, and the only one it reads. */
  public static final int VERSION = 1;

  /** Whole terms below this magnitude are written as integers; every such double is exact. */
  private static final double WHOLE = 0x1p53;

  private PartialCodec() {}

  /**
   * The binary form of a partial's cells.
   *
   * @param partial the partial
   * @return the bytes, starting with the version byte
   * @throws ValidationException naming {@code partial} if it is null
   */
  public static byte[] encode(MeasurePartial partial) {
    Violations.none().notNull("partial", partial).throwIfAny("PartialCodec.encode");
    Out out = new Out(16 + 8 * partial.cells());
    out.write(VERSION);
    out.unsigned(partial.cells());
    long previous = 0;
    for (int c = 0; c < partial.cells(); c++) {
      long key = partial.key(c);
      out.unsigned(key - previous);
      previous = key;
      out.unsigned(partial.records(c));
      sum(out, partial.numeratorTerms(c));
      sum(out, partial.denominatorTerms(c));
    }
    return out.toByteArray();
  }

  private static void sum(Out out, double[] terms) {
    if (terms.length == 1 && Math.abs(terms[0]) < WHOLE && terms[0] == Math.rint(terms[0])) {
      long whole = (long) terms[0];
      out.write(1);
      out.unsigned((whole << 1) ^ (whole >> 63));
      return;
    }
    out.unsigned(terms.length == 0 ? 0 : 2L + terms.length);
    for (double term : terms) {
      long bits = Double.doubleToRawLongBits(term);
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) (bits >>> shift));
      }
    }
  }

  /**
   * A partial from its binary form.
   *
   * @param layout the layout the partial was aggregated with
   * @param bytes the binary form
   * @return the partial, equal bit for bit to the one encoded
   * @throws ValidationException naming a null argument, an unknown version, bytes that end early
   *     or run past the last cell, or (as {@link MeasurePartial#of} does) every cell that is not one
   *     of the layout's
   */
  public static MeasurePartial decode(MeasureLayout layout, byte[] bytes) {
    Violations.none().notNull("layout", layout).notNull("bytes", bytes).throwIfAny("PartialCodec.decode");
    In in = new In(bytes);
    int version = in.read();
    if (version != VERSION) {
      throw problem("bytes[0]", Message.of("spark.partial.version", VERSION, version));
    }
    long count = in.unsigned();
    // Every cell takes at least four bytes: a bound on the count before anything is allocated.
    if (count > (bytes.length - in.at) / 4) {
      throw problem("cells", Message.of("spark.partial.cells", (bytes.length - in.at) / 4, bytes.length, count));
    }
    int cells = (int) count;
    long[] keys = new long[cells];
    long[] records = new long[cells];
    double[][] numerators = new double[cells][];
    double[][] denominators = new double[cells][];
    long key = 0;
    for (int c = 0; c < cells; c++) {
      key += in.unsigned();
      keys[c] = key;
      records[c] = in.unsigned();
      numerators[c] = in.sum();
      denominators[c] = in.sum();
    }
    if (in.at != bytes.length) {
      throw problem("bytes", Message.of("spark.partial.end", in.at, bytes.length));
    }
    return MeasurePartial.of(layout, keys, records, numerators, denominators);
  }

  private static ValidationException problem(String path, Message message) {
    return new ValidationException("PartialCodec.decode", List.of(Violation.of(path, message)));
  }

  /** A growing byte array with variable-length integers. */
  private static final class Out extends ByteArrayOutputStream {
    Out(int size) {
      super(size);
    }

    void unsigned(long value) {
      long rest = value;
      while ((rest & ~0x7FL) != 0) {
        write((int) ((rest & 0x7F) | 0x80));
        rest >>>= 7;
      }
      write((int) rest);
    }
  }

  /** A reader over the bytes that names where they end too early. */
  private static final class In {
    private final byte[] bytes;
    private int at;

    In(byte[] bytes) {
      this.bytes = bytes;
    }

    int read() {
      if (at >= bytes.length) {
        throw problem("bytes", Message.of("spark.partial.truncated", at));
      }
      return bytes[at++] & 0xFF;
    }

    long unsigned() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = read();
        value |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
      throw problem("bytes[" + at + "]", Message.of("spark.partial.varint"));
    }

    double[] sum() {
      long tag = unsigned();
      if (tag == 0) {
        return new double[0];
      }
      if (tag == 1) {
        long zigzag = unsigned();
        return new double[] {(double) ((zigzag >>> 1) ^ -(zigzag & 1))};
      }
      long terms = tag - 2;
      if (terms > (bytes.length - at) / 8) {
        throw problem("bytes[" + at + "]", Message.of("spark.partial.terms", terms, bytes.length - at));
      }
      double[] sum = new double[(int) terms];
      for (int t = 0; t < sum.length; t++) {
        long bits = 0;
        for (int b = 0; b < 8; b++) {
          bits = (bits << 8) | read();
        }
        sum[t] = Double.longBitsToDouble(bits);
      }
      return sum;
    }
  }
}
