// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import java.util.concurrent.TimeUnit;
import org.commonground.scoring.measure.MeasureTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the library's columnar table from the same raw columns the roll-up peers read, at 10⁵
 * to 10⁸ records: {@link MeasureTable#of} from whole columns (copied and every record checked), and
 * {@link MeasureTable#builder} appending record by record, as data read from a file or a result set
 * would come. Compare with {@link MeasureAggregationBenchmark#handLoop} at the same size; run with
 * {@code -prof gc} for the bytes each build allocates ({@code gc.alloc.rate.norm}), to compare with
 * the table's own size ({@link TableMemoryBenchmark}).
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="TableBuilding -p records=10000000 -prof gc"
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public class TableBuildingBenchmark {

  /**
   * The table from whole columns.
   *
   * @param state the raw columns
   * @return the table
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
  public MeasureTable ofColumns(RecordStates.ColumnsState state) {
    return state.columns.table(state.layout);
  }

  /**
   * The table record by record through the row appender. One scratch array carries each record's
   * group codes, as the builder copies them.
   *
   * @param state the raw columns
   * @return the table
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms16g", "-Xmx16g", "-XX:+AlwaysPreTouch"})
  public MeasureTable rowBuilder(RecordStates.ColumnsState state) {
    Workloads.Columns c = state.columns;
    int[] partner = c.partner();
    int[] indicator = c.indicator();
    int[] period = c.period();
    int[] income = c.income();
    int[] race = c.race();
    double[] numerator = c.numerator();
    double[] denominator = c.denominator();
    int[] groups = new int[2];
    MeasureTable.Builder rows = MeasureTable.builder(state.layout);
    for (int r = 0; r < partner.length; r++) {
      groups[0] = income[r];
      groups[1] = race[r];
      rows.add(partner[r], indicator[r], period[r], groups, numerator[r], denominator[r]);
    }
    return rows.build();
  }
}
