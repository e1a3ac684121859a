package org.commonground.benchmarks;

import java.util.concurrent.TimeUnit;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.SmallCellSuppression;
import org.commonground.scoring.suppression.SuppressedTable;
import org.commonground.scoring.suppression.SuppressionRule;
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
 * Small-cell suppression of a published partners × subgroups table with row and column totals,
 * about one cell in five under the threshold of ten records: primary and complementary
 * suppression.
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="Suppression"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SuppressionBenchmark {

  /** The table's shape: partners × subgroups. */
  @Param({"20x10", "300x40"})
  public String shape;

  private CountTable table;

  /** Draws the table. */
  @Setup(Level.Trial)
  public void draw() {
    String[] sides = shape.split("x");
    table = Workloads.countTable(Integer.parseInt(sides[0]), Integer.parseInt(sides[1]), 42);
  }

  /**
   * Suppresses the table's small cells and their complements.
   *
   * @return the table as published
   */
  @Benchmark
  public SuppressedTable suppress() {
    return SmallCellSuppression.apply(table, SuppressionRule.DEFAULT);
  }
}
