// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.commonground.scoring.measure.CommunityValue;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.Disaggregation;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The roll-up of a regional partnership's student records ({@link Workloads#regionalLayout()},
 * 140 000 cells) into per-cell counts and numerator and denominator sums, by the library and by its
 * peers, on the same seeded records at 10⁵ to 10⁸ records:
 *
 * <ul>
 *   <li>{@link #aggregateOnePass}: the library, {@code new MeasureAccumulator(layout).addAll(table)
 *       .snapshot()}, sequential;
 *   <li>{@link #handLoop}: a hand-written loop over the raw columns with a dense cell index
 *       ({@link HandLoopRollUp}), the limit of this machine;
 *   <li>{@link #streamsGroupingBy}: Java Streams {@code groupingBy} over record objects
 *       ({@link StreamsRollUp}), what an application developer writes;
 *   <li>{@link #duckDbQuery}: DuckDB in process, its {@code GROUP BY} with every result row read
 *       back, with one and with two threads, and {@link #duckDbAppenderLoad}, loading the records
 *       with its Appender, timed apart ({@link DuckDbRollUp}).
 * </ul>
 *
 * <p>Also the library on every core ({@link #aggregateParallel}) and its other aggregation steps:
 * {@link #mergeEightPartials}, {@link #communityValues} and {@link #disaggregate}. Each peer has its own state ({@link RecordStates}), so a fork builds only what
 * its benchmark reads, and its own fork heap. Iterations are by time: 1 warm-up and 3 measured
 * iterations of 2 s, which at 10⁸ records is one operation each. At 10⁵ records the roll-up is
 * dominated by the 140 000 cells, not the records.
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="MeasureAggregation -p records=1000000"
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class MeasureAggregationBenchmark {

  /**
   * The library: one pass over every record of the columnar table into a partial aggregate.
   *
   * @param state the table
   * @return the partial
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
  public MeasurePartial aggregateOnePass(RecordStates.TableState state) {
    return new MeasureAccumulator(state.layout).addAll(state.table).snapshot();
  }

  /**
   * The library on every core: the table's rows in as many slices as the machine has processors,
   * aggregated concurrently and merged, with the same bits as {@link #aggregateOnePass}.
   *
   * @param state the table
   * @return the partial
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
  public MeasurePartial aggregateParallel(RecordStates.TableState state) {
    return new MeasureAccumulator(state.layout)
        .addAll(state.table, Runtime.getRuntime().availableProcessors()).snapshot();
  }

  /**
   * The hand-written loop over the raw columns.
   *
   * @param state the columns
   * @return the totals of every cell
   */
  @Benchmark
  public CellTotals handLoop(RecordStates.ColumnsState state) {
    return HandLoopRollUp.rollUp(state.columns);
  }

  /**
   * Java Streams: {@code groupingBy} the cell over record objects.
   *
   * @param state the records as objects
   * @return the totals of every cell with records
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms16g", "-Xmx16g", "-XX:+AlwaysPreTouch"})
  public Map<StreamsRollUp.Cell, StreamsRollUp.Totals> streamsGroupingBy(RecordStates.ObjectsState state) {
    return StreamsRollUp.rollUp(state.objects);
  }

  /**
   * DuckDB's {@code GROUP BY} over the loaded records, every result row read back.
   *
   * @param state the database
   * @return the totals of every cell
   * @throws SQLException if the query fails
   */
  @Benchmark
  public CellTotals duckDbQuery(RecordStates.DuckDbState state) throws SQLException {
    return DuckDbRollUp.query(state.rollUp);
  }

  /**
   * Loading the records into an empty DuckDB table with its Appender.
   *
   * @param state the columns and a new database
   * @return the number of rows loaded
   * @throws SQLException if DuckDB refuses a row
   */
  @Benchmark
  public long duckDbAppenderLoad(RecordStates.DuckDbLoadState state) throws SQLException {
    return DuckDbRollUp.load(state.connection, state.columns);
  }

  /**
   * The partial aggregates of eight parts of the records, for merging, and the partial of them
   * all, for pooling.
   */
  @State(Scope.Benchmark)
  public static class PartialsState {

    /** How many records the eight parts hold together; merging costs by cells, not records. */
    @Param({"10000000"})
    public int records;

    /** The regional layout. */
    MeasureLayout layout;

    /** The eight parts' partials. */
    MeasurePartial[] partials;

    /** The partial of all records. */
    MeasurePartial whole;

    /** The partners, every one expected to report. */
    List<String> partners;

    /** Draws the records and aggregates the parts and the whole. */
    @Setup(Level.Trial)
    public void draw() {
      java.util.List<MeasureTable> parts = Workloads.parts(records, RecordStates.SEED, 8);
      layout = parts.get(0).layout();
      partials = parts.stream()
          .map(part -> new MeasureAccumulator(layout).addAll(part).snapshot())
          .toArray(MeasurePartial[]::new);
      MeasureAccumulator all = new MeasureAccumulator(layout);
      for (MeasurePartial partial : partials) {
        all.merge(partial);
      }
      whole = all.snapshot();
      partners = layout.partners().values();
    }
  }

  /**
   * Merges the partial aggregates of eight parts, as a distributed engine's reduce step would.
   *
   * @param state the partials
   * @return the merged partial, equal to one pass over all records
   */
  @Benchmark
  public MeasurePartial mergeEightPartials(PartialsState state) {
    MeasureAccumulator merged = new MeasureAccumulator(state.layout);
    for (MeasurePartial partial : state.partials) {
      merged.merge(partial);
    }
    return merged.snapshot();
  }

  /**
   * Pools a partial aggregate into one community value per indicator and period.
   *
   * @param state the partial of all records
   * @return the community values
   */
  @Benchmark
  public List<CommunityValue> communityValues(PartialsState state) {
    return state.whole.communityValues(state.partners);
  }

  /**
   * Disaggregates one indicator of the partial by income and race/ethnicity, with gaps to a
   * reference group in every period.
   *
   * @param state the partial of all records
   * @return the disaggregated indicator
   */
  @Benchmark
  public DisaggregatedIndicator disaggregate(PartialsState state) {
    return Disaggregation.of(state.whole, "indicator-0", List.of("income", "race-ethnicity"),
        TreeMap.of("income", "not low", "race-ethnicity", "white"));
  }
}
