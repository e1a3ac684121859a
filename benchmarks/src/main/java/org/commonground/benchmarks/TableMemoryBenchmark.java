// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.commonground.scoring.measure.MeasureTable;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jol.info.GraphLayout;

/**
 * Memory per record of the library's columnar table against the raw primitive columns it is built
 * from, at 10⁵ to 10⁸ records. One operation builds the table with {@link MeasureTable#of}, counting
 * the bytes the build allocates, and measures the retained size of the table and of the raw columns
 * with JOL; the figures are JMH secondary results ({@link Footprint}), per record. The operation's
 * time is only the price of taking the figures, and is not a result.
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="TableMemory"
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch", "-Djdk.attach.allowAttachSelf=true", "-Djol.skipHotspotSAAttach=true"})
public class TableMemoryBenchmark {

  /** The memory figures, bytes per record, reported by JMH with the operation's time. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Footprint {

    /** Retained size of the table, with everything it reaches (the shared layout too). */
    public double tableBytesPerRecord;

    /** Retained size of the table without its layout, which all tables of the layout share. */
    public double tableWithoutLayoutBytesPerRecord;

    /** Size of the raw columns the table was built from. */
    public double columnsBytesPerRecord;

    /** Bytes allocated while building the table from the raw columns. */
    public double buildAllocatedBytesPerRecord;

    /** For JMH. */
    public Footprint() {}
  }

  /**
   * Builds the table from the raw columns and takes its figures.
   *
   * @param state the raw columns
   * @param footprint where the figures go
   * @return the table
   */
  @Benchmark
  public MeasureTable footprint(RecordStates.ColumnsState state, Footprint footprint) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    MeasureTable table = state.columns.table(state.layout);
    long allocated = threads.getThreadAllocatedBytes(thread) - before;

    Workloads.Columns c = state.columns;
    double records = Math.max(1, table.size());
    GraphLayout tableGraph = GraphLayout.parseInstance(table);
    footprint.tableBytesPerRecord = tableGraph.totalSize() / records;
    footprint.tableWithoutLayoutBytesPerRecord =
        tableGraph.subtract(GraphLayout.parseInstance(state.layout)).totalSize() / records;
    footprint.columnsBytesPerRecord =
        GraphLayout.parseInstance(c.partner(), c.indicator(), c.period(), c.income(), c.race(), c.numerator(),
            c.denominator()).totalSize() / records;
    footprint.buildAllocatedBytesPerRecord = allocated / records;
    return table;
  }
}
