// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.serialization.CommonGroundJson;
import org.commonground.serialization.MeasureJson;

/**
 * A typed Spark {@link Aggregator} of record-level rows into the library's exact partial
 * aggregate. Each task feeds its partition's rows, a block at a time, into a {@link
 * org.commonground.scoring.measure.MeasureAccumulator}; the buffers travel as {@link
 * RollUpBuffer}s in the partial's compact binary form; merges add partials exactly. Because every
 * sum is exact, the result is bit-identical to the library's single-machine roll-up of the same
 * rows, whatever the partitioning and the merge order.
 *
 * <p>Rows that break a rule are not aggregated: they are counted by kind, and the first hundred
 * problems are kept (see {@link RollUpResult}). The layout travels once with the aggregator, as a
 * {@code commonground.measure-layout} JSON document.
 *
 * <pre>{@code
 * MeasureAggregator aggregator = MeasureAggregator.of(layout, MeasureColumns.resolve(layout, mapping, rows.schema()));
 * RollUpBuffer buffer = rows.select(aggregator.toColumn()).first();
 * RollUpResult result = aggregator.result(buffer);
 * }</pre>
 *
 * <p>Immutable once made and serializable; the per-task state lives in the buffers. {@link
 * SparkRollUp} is the simpler entry point.
 */
public final class MeasureAggregator extends Aggregator<Row, RollUpBuffer, RollUpBuffer> {

  private static final long serialVersionUID = 1L;

  /** The layout as its JSON document, which travels to every machine once. */
  private final String layoutJson;
  /** Where each field of the records is in a row. */
  private final MeasureColumns columns;
  /** Parsed from {@link #layoutJson} on first use on each machine. */
  private transient volatile MeasureLayout layout;

  private MeasureAggregator(MeasureLayout layout, String layoutJson, MeasureColumns columns) {
    this.layout = layout;
    this.layoutJson = layoutJson;
    this.columns = columns;
  }

  /**
   * An aggregator.
   *
   * @param layout the layout of the records
   * @param columns where the record fields lie in the rows (resolved against their schema)
   * @return the aggregator
   * @throws org.commonground.core.validation.ValidationException naming every null argument
   */
  public static MeasureAggregator of(MeasureLayout layout, MeasureColumns columns) {
    Violations.none().notNull("layout", layout).notNull("columns", columns).throwIfAny("MeasureAggregator");
    return new MeasureAggregator(layout, CommonGroundJson.write(MeasureJson.MEASURE_LAYOUT, layout), columns);
  }

  /**
   * The layout.
   *
   * @return what the codes mean
   */
  public MeasureLayout layout() {
    MeasureLayout known = layout;
    if (known == null) {
      known = CommonGroundJson.read(MeasureJson.MEASURE_LAYOUT, layoutJson);
      layout = known;
    }
    return known;
  }

  /**
   * The columns the rows are read from.
   *
   * @return the resolved column mapping
   */
  public MeasureColumns columns() {
    return columns;
  }

  private RowReader reader() {
    return new RowReader(layout(), columns);
  }

  /**
   * An empty buffer, with its own accumulator and row reader.
   *
   * @return the buffer
   */
  @Override
  public RollUpBuffer zero() {
    return new RollUpBuffer(layout(), reader());
  }

  /**
   * Adds a row to a buffer (staged, then added a block at a time), or counts its problems.
   *
   * @param buffer the task's buffer
   * @param row a record-level row
   * @return the same buffer
   */
  @Override
  public RollUpBuffer reduce(RollUpBuffer buffer, Row row) {
    if (buffer.needsReader()) {
      buffer.attach(layout(), reader());
    }
    buffer.add(row);
    return buffer;
  }

  /**
   * Merges two buffers exactly, into the first.
   *
   * @param first a buffer, perhaps just deserialized
   * @param second another
   * @return the first, holding both
   */
  @Override
  public RollUpBuffer merge(RollUpBuffer first, RollUpBuffer second) {
    first.attach(layout(), null);
    second.attach(layout(), null);
    first.merge(second);
    return first;
  }

  /**
   * Completes a buffer.
   *
   * @param buffer the merged buffer
   * @return the buffer, every staged row added
   */
  @Override
  public RollUpBuffer finish(RollUpBuffer buffer) {
    buffer.attach(layout(), null);
    return buffer.finish();
  }

  /**
   * Buffers are carried in their own versioned compact form (Java serialization of an {@link
   * java.io.Externalizable}: a class descriptor, then {@link RollUpBuffer#writeExternal}).
   *
   * @return the buffer's encoder
   */
  @Override
  public Encoder<RollUpBuffer> bufferEncoder() {
    return Encoders.javaSerialization(RollUpBuffer.class);
  }

  /**
   * The output is the final buffer, in the same form; {@link #result} reads it on the driver.
   *
   * @return the output's encoder
   */
  @Override
  public Encoder<RollUpBuffer> outputEncoder() {
    return Encoders.javaSerialization(RollUpBuffer.class);
  }

  /**
   * The result of an aggregation, on the driver.
   *
   * @param output the aggregator's output
   * @return the partial, the row counts and the problems
   * @throws org.commonground.core.validation.ValidationException naming {@code output} if it is null
   */
  public RollUpResult result(RollUpBuffer output) {
    Violations.none().notNull("output", output).throwIfAny("MeasureAggregator.result");
    return RollUpResult.of(output.partial(layout()), output.accepted(), output.rejected(), output.problemCounts(),
        output.problems());
  }
}
