package org.commonground.benchmarks;

import io.vavr.collection.List;
import java.util.concurrent.TimeUnit;
import org.commonground.scoring.measure.CommunityValue;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Shared-measure aggregation over the columnar path: one pass over a regional partnership's
 * student records ({@link Workloads#regionalLayout()}), merging the partial aggregates of eight
 * parts, and pooling a partial into community values.
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="MeasureAggregation -p records=1000000"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
public class MeasureAggregationBenchmark {

  /** How many student records. */
  @Param({"100000", "1000000", "10000000"})
  public int records;

  private MeasureLayout layout;
  private MeasureTable table;
  private MeasurePartial[] partials;
  private MeasurePartial whole;
  private List<String> partners;

  /** Draws the records, and aggregates eight parts of them for the merge benchmark. */
  @Setup(Level.Trial)
  public void draw() {
    table = Workloads.records(records, 42);
    layout = table.layout();
    partials = Workloads.parts(records, 42, 8).stream()
        .map(part -> new MeasureAccumulator(layout).addAll(part).snapshot())
        .toArray(MeasurePartial[]::new);
    whole = new MeasureAccumulator(layout).addAll(table).snapshot();
    partners = layout.partners().values();
  }

  /**
   * One pass over every record into a partial aggregate.
   *
   * @return the partial
   */
  @Benchmark
  public MeasurePartial aggregateOnePass() {
    return new MeasureAccumulator(layout).addAll(table).snapshot();
  }

  /**
   * Merges the partial aggregates of eight parts, as a distributed engine's reduce step would.
   *
   * @return the merged partial, equal to one pass over all records
   */
  @Benchmark
  public MeasurePartial mergeEightPartials() {
    MeasureAccumulator merged = new MeasureAccumulator(layout);
    for (MeasurePartial partial : partials) {
      merged.merge(partial);
    }
    return merged.snapshot();
  }

  /**
   * Pools a partial aggregate into one community value per indicator and period.
   *
   * @return the community values
   */
  @Benchmark
  public List<CommunityValue> communityValues() {
    return whole.communityValues(partners);
  }
}
