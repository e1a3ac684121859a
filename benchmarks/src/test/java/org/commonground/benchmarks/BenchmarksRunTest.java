// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every benchmark runs: JMH's own runner, in this JVM, runs each benchmark of the module once on
 * tiny data (1 000 records, 100 respondents, 1 000 respondents or observations to check, 1 000 terms, the small suppression table), with every
 * other parameter at its values. This proves the benchmarks, their states and the peers run; it
 * times nothing and reads no time.
 */
class BenchmarksRunTest {

  @Test
  void everyBenchmarkRunsOnceOnTinyData() throws RunnerException {
    Options options = new OptionsBuilder()
        .include("org\\.commonground\\.benchmarks\\..*")
        .forks(0)
        .mode(Mode.SingleShotTime)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementBatchSize(1)
        .param("records", "1000")
        .param("respondents", "100")
        .param("size", "1000")
        .param("terms", "1000")
        .param("shape", "20x10")
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = results.stream().map(r -> r.getParams().getBenchmark()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(benchmarks(), ran);
    for (RunResult result : results) {
      Result<?> primary = result.getPrimaryResult();
      assertEquals(1, primary.getSampleCount(), result.getParams().id());
      assertTrue(primary.getScore() > 0, result.getParams().id());
    }
    // both DuckDB thread counts ran
    assertEquals(2, results.stream().filter(r -> r.getParams().getBenchmark().endsWith(".duckDbQuery")).count());
    // the memory figures are reported, and the raw columns take at least their 36 bytes per record
    RunResult memory = results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("TableMemoryBenchmark.footprint")).findFirst().orElseThrow();
    var figures = memory.getSecondaryResults();
    for (String figure : List.of("tableBytesPerRecord", "tableWithoutLayoutBytesPerRecord", "columnsBytesPerRecord",
        "buildAllocatedBytesPerRecord")) {
      assertTrue(figures.containsKey(figure), figure + " in " + figures.keySet());
    }
    assertTrue(figures.get("columnsBytesPerRecord").getScore() >= 36, figures.toString());
    assertTrue(figures.get("tableWithoutLayoutBytesPerRecord").getScore() > 0, figures.toString());
  }

  /** Every benchmark method of the module, as JMH's annotation processor listed them. */
  private static Set<String> benchmarks() {
    return BenchmarkList.defaultList()
        .getAll(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of())
        .stream()
        .map(BenchmarkListEntry::getUsername)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
