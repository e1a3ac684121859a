// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import java.util.concurrent.TimeUnit;
import org.commonground.scoring.numeric.ExactSum;
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
 * The price of exactness: summing doubles of mixed magnitude with {@link ExactSum} (Shewchuk's
 * partials, rounded once) against a plain loop, whose result depends on the order of the terms.
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="ExactSum"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExactSumBenchmark {

  /** How many terms. */
  @Param({"1000000"})
  public int terms;

  private double[] values;

  /** Draws the terms. */
  @Setup(Level.Trial)
  public void draw() {
    values = Workloads.doubles(terms, 42);
  }

  /**
   * The exact sum.
   *
   * @return the sum, correctly rounded
   */
  @Benchmark
  public double exactSum() {
    ExactSum sum = new ExactSum();
    for (double v : values) {
      sum.add(v);
    }
    return sum.value();
  }

  /**
   * The plain loop, for comparison.
   *
   * @return the sum, with the loop's rounding errors
   */
  @Benchmark
  public double plainLoop() {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum;
  }
}
