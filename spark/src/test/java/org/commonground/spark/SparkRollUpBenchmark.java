// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.serialization.CommonGroundJson;
import org.commonground.serialization.MeasureJson;
import org.commonground.serialization.csv.ColumnMapping;
import org.commonground.spark.example.SyntheticRecords;

/**
 * Spark in local mode against the library alone, on the same synthetic records, and the time per
 * record at a larger size with Spark's start-up apart. A timed main rather than a JMH benchmark:
 * one Spark job takes seconds, and the module that holds the JMH benchmarks stays free of Spark.
 * Run with {@code ./mvnw -B -Pspark-benchmark -pl spark -am verify -DskipTests}; BENCHMARKS.md
 * has the numbers.
 *
 * <p>Arguments: the records of the comparison (10⁷), the records of the large run (10⁸; 0 for
 * none), the directory for the Parquet files.
 */
public final class SparkRollUpBenchmark {

  private static final int CHUNK = 1 << 20;
  private static final int RUNS = 5;

  private SparkRollUpBenchmark() {}

  /**
   * Runs the benchmark and prints its figures.
   *
   * @param args records, large records, directory
   * @throws IOException if a buffer cannot be serialized in memory
   */
  public static void main(String[] args) throws IOException {
    long records = Long.parseLong(args[0]);
    long large = Long.parseLong(args[1]);
    String directory = args[2];
    MeasureLayout layout = SyntheticRecords.layout();
    System.out.printf("Java %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

    // The library alone: the records as in-memory tables, aggregated on one thread and on two.
    long building = System.nanoTime();
    ArrayList<MeasureTable> tables = new ArrayList<>();
    for (long from = 0; from < records; from += CHUNK) {
      tables.add(SyntheticRecords.table(from, Math.min(records, from + CHUNK)));
    }
    System.out.printf("library: built %,d records as %d tables in %.2f s (not in the times below)%n", records,
        tables.size(), seconds(building));
    MeasurePartial library = null;
    for (int threads : new int[] {1, 2}) {
      double[] times = new double[RUNS];
      for (int run = 0; run < RUNS; run++) {
        long started = System.nanoTime();
        MeasureAccumulator accumulator = new MeasureAccumulator(layout);
        for (MeasureTable table : tables) {
          accumulator.addAll(table, threads);
        }
        library = accumulator.snapshot();
        times[run] = seconds(started);
      }
      report("library, " + threads + " thread" + (threads > 1 ? "s" : ""), records, times);
    }
    tables.clear();

    long starting = System.nanoTime();
    SparkSession spark = SparkSession.builder().master("local[*]").appName("SparkRollUpBenchmark")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
    System.out.printf("spark: session started in %.2f s (%s, default parallelism %d)%n", seconds(starting),
        spark.sparkContext().master(), spark.sparkContext().defaultParallelism());
    try {
      String path = parquet(spark, directory, records);
      SparkRollUp rollUp = SparkRollUp.of(layout, ColumnMapping.byName());
      double[] times = new double[RUNS];
      MeasurePartial onSpark = null;
      for (int run = 0; run < RUNS; run++) {
        long started = System.nanoTime();
        onSpark = rollUp.run(spark.read().parquet(path)).partial();
        times[run] = seconds(started);
      }
      report("spark, Parquet", records, times);
      // Spark's own GROUP BY on the same files, as a reference: what Spark costs without the
      // aggregator (its double sums are not exact, and it checks nothing).
      double[] sqlTimes = new double[RUNS];
      for (int run = 0; run < RUNS; run++) {
        long started = System.nanoTime();
        spark.read().parquet(path).groupBy("indicator", "period", "partner", "income", "language")
            .agg(functions.count("*"), functions.sum("numerator"), functions.sum("denominator")).collectAsList();
        sqlTimes[run] = seconds(started);
      }
      report("spark SQL GROUP BY, Parquet", records, sqlTimes);
      System.out.printf("spark: partial bit-identical to the library's: %s%n", onSpark.equals(library)
          && Arrays.equals(PartialCodec.encode(onSpark), PartialCodec.encode(library)));
      wire(onSpark);

      if (large > 0) {
        String bigPath = parquet(spark, directory, large);
        double[] bigTimes = new double[2];
        for (int run = 0; run < bigTimes.length; run++) {
          long started = System.nanoTime();
          RollUpResult result = rollUp.run(spark.read().parquet(bigPath));
          bigTimes[run] = seconds(started);
          if (result.acceptedRecords() != large) {
            throw new IllegalStateException("expected " + large + " records, got " + result);
          }
        }
        report("spark, Parquet", large, bigTimes);
      }
    } finally {
      spark.stop();
    }
  }

  private static String parquet(SparkSession spark, String directory, long records) {
    String path = Paths.get(directory, "records-v" + SyntheticRecords.VERSION + "-" + records + ".parquet").toString();
    if (!Files.exists(Paths.get(path, "_SUCCESS"))) {
      long started = System.nanoTime();
      int partitions = (int) Math.max(spark.sparkContext().defaultParallelism(), records / 4_000_000L);
      SyntheticRecords.dataset(spark, records, partitions).write().mode(SaveMode.Overwrite).parquet(path);
      System.out.printf("spark: generated %,d records as Parquet in %.2f s%n", records, seconds(started));
    }
    return path;
  }

  private static void wire(MeasurePartial partial) throws IOException {
    int cells = partial.cells();
    int binary = PartialCodec.encode(partial).length;
    int json = CommonGroundJson.write(MeasureJson.MEASURE_PARTIAL, partial).getBytes(StandardCharsets.UTF_8).length
        - CommonGroundJson.write(MeasureJson.MEASURE_LAYOUT, partial.layout()).getBytes(StandardCharsets.UTF_8).length;
    MeasureAccumulator whole = new MeasureAccumulator(partial.layout());
    for (int c = 0; c < cells; c++) {
      // Only the whole-number indicators (all but the mean, indicator 3).
      if (partial.codes(c)[0] != 3) {
        whole.merge(MeasurePartial.of(partial.layout(), new long[] {partial.key(c)}, new long[] {partial.records(c)},
            new double[][] {partial.numeratorTerms(c)}, new double[][] {partial.denominatorTerms(c)}));
      }
    }
    MeasurePartial integers = whole.snapshot();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      RollUpBuffer b = new RollUpBuffer();
      out.writeObject(b);
    }
    System.out.printf("wire: %,d cells: binary %,d bytes (%.1f per cell), JSON %,d bytes (%.1f per cell); "
            + "whole-number cells only: %.1f bytes per cell; a buffer's Java serialization frame %d bytes%n",
        cells, binary, (double) binary / cells, json, (double) json / cells,
        (double) PartialCodec.encode(integers).length / integers.cells(), buffer.size());
  }

  private static void report(String what, long records, double[] times) {
    double[] sorted = times.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    System.out.printf("%s: %,d records, runs %s s; best %.3f s, median %.3f s = %.1f ns per record%n", what, records,
        Arrays.toString(Arrays.stream(times).map(t -> Math.round(t * 1000) / 1000.0).toArray()), sorted[0], median,
        median * 1e9 / records);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
