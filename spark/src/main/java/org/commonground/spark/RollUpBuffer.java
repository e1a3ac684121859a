// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;

/**
 * The buffer of {@link MeasureAggregator}: while a task aggregates its rows, a library {@link
 * MeasureAccumulator} fed a block of rows at a time; between tasks and machines, the accumulator's
 * {@link MeasurePartial} in its compact binary form ({@link PartialCodec}), with the counts of
 * accepted and rejected rows and the first hundred problems.
 *
 * <p>A row costs no serialization: Spark runs the aggregator as a {@code TypedImperativeAggregate}
 * in its object hash aggregation, which keeps the buffer as a JVM object for the whole of a task's
 * partition and serializes it once, at the end, through {@link #writeExternal} (or, in a grouped
 * query with more groups per task than {@code spark.sql.objectHashAggregate.sortBased.fallbackThreshold},
 * once per group when Spark falls back to sorting). The serialized form
 * is versioned: one version byte ({@value #VERSION}), the partial's length and bytes, the accepted
 * and rejected row counts, the problem counts by kind, and the problems kept, each message as its
 * code and arguments (version 2; version 1 carried the English text only).
 *
 * <pre>{@code
 * Encoder<RollUpBuffer> encoder = Encoders.javaSerialization(RollUpBuffer.class);
 * }</pre>
 *
 * <p>Mutable and not thread-safe, as Spark's aggregation buffers are: one per task. Its public
 * constructor is for deserialization only.
 */
public final class RollUpBuffer implements Externalizable {

  private static final long serialVersionUID = 1L;

  /** The version of the serialized form this class writes and reads. */
  public static final int VERSION = 2;

  /** Rows staged before they are added to the accumulator as one table. */
  static final int BLOCK = 16_384;

  /** The problems kept: the first hundred in {@link RowProblem}'s order. */
  static final int PROBLEMS_KEPT = 100;

  // Live state, on the machine that aggregates; none of it is serialized as such.
  private transient MeasureLayout layout;
  private transient RowReader reader;
  private transient MeasureAccumulator accumulator;
  private transient int[] partner;
  private transient int[] indicator;
  private transient int[] period;
  private transient int[][] groups;
  private transient double[] numerator;
  private transient double[] denominator;
  private transient int staged;
  private transient int[] codes;
  private transient double[] values;

  /** A partial that arrived serialized and has not been decoded yet (decoding needs the layout). */
  private byte[] wire;
  private long accepted;
  private long rejected;
  private final TreeMap<String, Long> problemCounts = new TreeMap<>();
  private final TreeSet<RowProblem> problems = new TreeSet<>();

  /** For deserialization only: an empty buffer with no layout. */
  public RollUpBuffer() {
    // Filled by readExternal; the aggregator attaches the layout before use.
  }

  /** An empty buffer for a task. */
  RollUpBuffer(MeasureLayout layout, RowReader reader) {
    attach(layout, reader);
  }

  /** Gives a buffer that came over the wire its layout and reader; decodes its partial. */
  void attach(MeasureLayout layout, RowReader reader) {
    this.layout = layout;
    if (reader != null) {
      this.reader = reader;
    }
    if (accumulator == null) {
      accumulator = new MeasureAccumulator(layout);
      if (wire != null) {
        accumulator.merge(PartialCodec.decode(layout, wire));
        wire = null;
      }
    }
  }

  /** Whether the buffer has no row reader yet: it came over the wire. */
  boolean needsReader() {
    return reader == null;
  }

  /** Adds one row, or counts its problems. */
  void add(Row row) {
    if (partner == null) {
      int dimensions = layout.dimensions().size();
      partner = new int[BLOCK];
      indicator = new int[BLOCK];
      period = new int[BLOCK];
      groups = new int[dimensions][BLOCK];
      numerator = new double[BLOCK];
      denominator = new double[BLOCK];
      codes = new int[3 + dimensions];
      values = new double[2];
    }
    if (!reader.read(row, codes, values, this::problem)) {
      rejected++;
      return;
    }
    int at = staged;
    partner[at] = codes[0];
    indicator[at] = codes[1];
    period[at] = codes[2];
    for (int d = 0; d < groups.length; d++) {
      groups[d][at] = codes[3 + d];
    }
    numerator[at] = values[0];
    denominator[at] = values[1];
    staged = at + 1;
    if (staged == BLOCK) {
      flush();
    }
  }

  private void problem(RowProblem problem) {
    problemCounts.merge(problem.kind(), 1L, Long::sum);
    keep(problem);
  }

  private void keep(RowProblem problem) {
    if (problems.size() < PROBLEMS_KEPT) {
      problems.add(problem);
    } else if (problem.compareTo(problems.last()) < 0) {
      problems.add(problem);
      problems.pollLast();
    }
  }

  /** Adds the staged rows to the accumulator as one table, checked again by the library. */
  private void flush() {
    if (staged == 0) {
      return;
    }
    int n = staged;
    int[][] blockGroups = new int[groups.length][];
    for (int d = 0; d < groups.length; d++) {
      blockGroups[d] = n == BLOCK ? groups[d] : Arrays.copyOf(groups[d], n);
    }
    MeasureTable table = n == BLOCK
        ? MeasureTable.of(layout, partner, indicator, period, blockGroups, numerator, denominator)
        : MeasureTable.of(layout, Arrays.copyOf(partner, n), Arrays.copyOf(indicator, n), Arrays.copyOf(period, n),
            blockGroups, Arrays.copyOf(numerator, n), Arrays.copyOf(denominator, n));
    accumulator.addAll(table);
    accepted += n;
    staged = 0;
  }

  /** Adds another buffer's rows, partial and problems; both must be attached. */
  void merge(RollUpBuffer other) {
    flush();
    if (other.accumulator != null) {
      other.flush();
      accumulator.merge(other.accumulator);
    } else if (other.wire != null) {
      accumulator.merge(PartialCodec.decode(layout, other.wire));
    }
    accepted += other.accepted;
    rejected += other.rejected;
    for (Map.Entry<String, Long> e : other.problemCounts.entrySet()) {
      problemCounts.merge(e.getKey(), e.getValue(), Long::sum);
    }
    for (RowProblem p : other.problems) {
      keep(p);
    }
  }

  /** Adds the rows still staged; the buffer is then complete. */
  RollUpBuffer finish() {
    flush();
    return this;
  }

  /** The partial so far, with the layout given (for a buffer that came over the wire). */
  MeasurePartial partial(MeasureLayout of) {
    if (accumulator == null) {
      attach(of, null);
    }
    flush();
    return accumulator.snapshot();
  }

  long accepted() {
    return accepted + staged;
  }

  long rejected() {
    return rejected;
  }

  TreeMap<String, Long> problemCounts() {
    return problemCounts;
  }

  TreeSet<RowProblem> problems() {
    return problems;
  }

  /**
   * Writes the versioned compact form: the partial in {@link PartialCodec}'s binary form, the row
   * counts and the problems.
   *
   * @param out where to write
   * @throws IOException if the stream fails
   */
  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
    byte[] partial;
    if (accumulator != null) {
      flush();
      partial = PartialCodec.encode(accumulator.snapshot());
    } else {
      partial = wire != null ? wire : new byte[] {PartialCodec.VERSION, 0};
    }
    out.writeByte(VERSION);
    out.writeInt(partial.length);
    out.write(partial);
    out.writeLong(accepted);
    out.writeLong(rejected);
    out.writeInt(problemCounts.size());
    for (Map.Entry<String, Long> e : problemCounts.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeLong(e.getValue());
    }
    out.writeInt(problems.size());
    for (RowProblem p : problems) {
      out.writeUTF(p.row());
      out.writeUTF(p.column());
      out.writeUTF(p.rule());
      RowProblem.write(out, p.detail());
    }
  }

  /**
   * Reads the versioned compact form; the partial stays in its bytes until the buffer is given
   * its layout.
   *
   * @param in where to read
   * @throws IOException if the stream fails or holds another version
   */
  @Override
  public void readExternal(ObjectInput in) throws IOException {
    int version = in.readUnsignedByte();
    if (version != VERSION) {
      throw new InvalidObjectException("RollUpBuffer: version must be " + VERSION + ", got " + version);
    }
    int length = in.readInt();
    if (length < 0) {
      throw new InvalidObjectException("RollUpBuffer: partial length must not be negative, got " + length);
    }
    wire = new byte[length];
    in.readFully(wire);
    accepted = in.readLong();
    rejected = in.readLong();
    int kinds = in.readInt();
    for (int k = 0; k < kinds; k++) {
      problemCounts.put(in.readUTF(), in.readLong());
    }
    int kept = in.readInt();
    for (int p = 0; p < kept; p++) {
      problems.add(RowProblem.of(in.readUTF(), in.readUTF(), in.readUTF(), RowProblem.read(in)));
    }
  }

  /** Returns the row counts. */
  @Override
  public String toString() {
    return "RollUpBuffer[" + accepted() + " rows accepted, " + rejected + " rejected]";
  }
}
