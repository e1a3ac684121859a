// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import java.util.concurrent.TimeUnit;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.DisclosureAudit;
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
 * about one cell in five under the threshold of ten records ({@link Workloads#countTable}):
 * {@link #suppress} (primary and complementary suppression, ending with the audit that the result
 * passes) and {@link #audit} (the disclosure audit alone, of the table as suppressed in the trial's
 * setup).
 *
 * <p>At 300 × 40 each operation takes seconds, most of it the audit's maximum flows (two per
 * hidden entry), so the iterations are long: one warm-up and three measured iterations of 10 s,
 * about 3 minutes for the whole benchmark. The small shape alone:
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="Suppression -p shape=20x10"
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class SuppressionBenchmark {

  private static final SuppressionRule RULE = SuppressionRule.DEFAULT;

  /** The table to suppress. */
  @State(Scope.Benchmark)
  public static class Drawn {

    /** The table's shape: partners × subgroups. */
    @Param({"20x10", "300x40"})
    public String shape;

    /** The table, with the records behind each count. */
    CountTable table;

    /** Warms the code paths, then draws the table. */
    @Setup(Level.Trial)
    public void draw() {
      warm();
      table = table(shape);
    }
  }

  /** The table and its suppression, to audit. */
  @State(Scope.Benchmark)
  public static class Suppressed {

    /** The table's shape: partners × subgroups. */
    @Param({"20x10", "300x40"})
    public String shape;

    /** The table, with the records behind each count. */
    CountTable table;

    /** The table as published. */
    SuppressedTable published;

    /** Warms the code paths, then draws and suppresses the table. */
    @Setup(Level.Trial)
    public void suppress() {
      warm();
      table = table(shape);
      published = SmallCellSuppression.apply(table, RULE);
    }
  }

  /**
   * Suppresses the table's small cells and their complements.
   *
   * @param state the table
   * @return the table as published
   */
  @Benchmark
  public SuppressedTable suppress(Drawn state) {
    return SmallCellSuppression.apply(state.table, RULE);
  }

  /**
   * Audits the suppressed table: the interval of each hidden entry from everything published.
   *
   * @param state the table and its suppression
   * @return the audit
   */
  @Benchmark
  public DisclosureAudit audit(Suppressed state) {
    return DisclosureAudit.of(state.table, RULE, state.published);
  }

  private static CountTable table(String shape) {
    String[] sides = shape.split("x");
    return Workloads.countTable(Integer.parseInt(sides[0]), Integer.parseInt(sides[1]), 42);
  }

  /** Suppresses the 20 × 10 table a few times, which audits it too: about a second. */
  private static void warm() {
    CountTable small = table("20x10");
    for (int i = 0; i < 5; i++) {
      SmallCellSuppression.apply(small, RULE);
    }
  }
}
