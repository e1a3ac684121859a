// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark.example;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.commonground.core.measure.ObservationSet;
import org.commonground.scoring.measure.Disaggregation;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.Scorecard;
import org.commonground.scoring.measure.Scorecards;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.SmallCellSuppression;
import org.commonground.scoring.suppression.SuppressedTable;
import org.commonground.scoring.suppression.SuppressionRule;
import org.commonground.serialization.csv.ColumnMapping;
import org.commonground.serialization.text.TextTables;
import org.commonground.spark.PartialCodec;
import org.commonground.spark.RollUpResult;
import org.commonground.spark.SparkRollUp;

/**
 * A statewide network's roll-up on Spark: generates {@code records} synthetic student records
 * ({@link SyntheticRecords}) as Parquet under a directory (once per size: a second run reads the
 * same files), rolls them up with {@link SparkRollUp}, and prints, from the one merged partial, on
 * the driver and with the library's own code: the scorecard, the graduation rate by income and
 * home language, and the table of graduates by partner and home language as it may be published,
 * small cells suppressed.
 *
 * <pre class="shell">
 * ./mvnw -B -Pspark-example -pl spark -am verify -DskipTests -Drecords=100000000
 * spark-submit --class org.commonground.spark.example.SparkRollUpExample … 1000000000 hdfs:///network/records
 * </pre>
 *
 * <p>Arguments: the number of records (default 10⁸) and the directory (default {@code
 * target/example}). In local mode (when no master is given, as spark-submit gives one) it uses
 * every core of the machine.
 */
public final class SparkRollUpExample {

  private SparkRollUpExample() {}

  /**
   * Runs the example.
   *
   * @param args the number of records and the directory of the Parquet files
   */
  public static void main(String[] args) {
    long records = args.length > 0 ? Long.parseLong(args[0]) : 100_000_000L;
    Path directory = Paths.get(args.length > 1 ? args[1] : "target/example");
    SparkConf conf = new SparkConf().setAppName("Common Ground roll-up");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]").set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
    }
    long started = System.nanoTime();
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    System.out.printf("Spark %s started in %.1f s (%s)%n", spark.version(), seconds(started), spark.sparkContext().master());
    try {
      run(spark, records, directory.resolve("records-v" + SyntheticRecords.VERSION + "-" + records + ".parquet").toString());
    } finally {
      spark.stop();
    }
  }

  private static void run(SparkSession spark, long records, String path) {
    MeasureLayout layout = SyntheticRecords.layout();
    boolean local = !path.contains("://");
    if (!local || !Files.exists(Paths.get(path, "_SUCCESS"))) {
      long generating = System.nanoTime();
      int partitions = (int) Math.max(spark.sparkContext().defaultParallelism(), records / 4_000_000L);
      SyntheticRecords.dataset(spark, records, partitions).write().mode(SaveMode.Overwrite).parquet(path);
      System.out.printf("Generated %,d records as Parquet in %.1f s: %s%n", records, seconds(generating), path);
    } else {
      System.out.printf("Reading the %,d records generated before: %s%n", records, path);
    }

    long rolling = System.nanoTime();
    Dataset<Row> rows = spark.read().parquet(path);
    RollUpResult result = SparkRollUp.of(layout, ColumnMapping.byName()).run(rows);
    double seconds = seconds(rolling);
    MeasurePartial partial = result.requireAllAccepted().partial();
    System.out.printf("Rolled up %,d records into %,d cells in %.1f s (%.1f ns per record); "
            + "the partial is %,d bytes on the wire%n%n", result.acceptedRecords(), partial.cells(), seconds,
        seconds * 1e9 / result.acceptedRecords(), PartialCodec.encode(partial).length);

    Scorecard scorecard = Scorecards.of(ObservationSet.of(layout.measures(), partial.toObservations()), SyntheticRecords.partners());
    System.out.println("Scorecard");
    System.out.println(TextTables.of(scorecard).render());

    System.out.println("Graduation rate by income and home language");
    System.out.println(TextTables.of(Disaggregation.of(partial, "grad-rate", List.of("income", "language"),
        TreeMap.of("income", "not low", "language", "english"))).render());

    SuppressedTable published = SmallCellSuppression.apply(graduatesByLanguage(partial, 2), SuppressionRule.DEFAULT);
    System.out.println("Graduates by partner and home language, SY2023-24, as published (cells of fewer than 10 students hidden)");
    System.out.println(TextTables.of(published).render());
  }

  /** Graduates and students per partner and home language in one period, summed over income. */
  static CountTable graduatesByLanguage(MeasurePartial partial, int period) {
    MeasureLayout layout = partial.layout();
    List<String> partners = layout.partners().values();
    List<String> languages = layout.dimensions().get(1).groups().values();
    double[][] graduates = new double[partners.size()][languages.size()];
    long[][] students = new long[partners.size()][languages.size()];
    for (int c = 0; c < partial.cells(); c++) {
      int[] codes = partial.codes(c);
      // indicator, period, partner, income, language; grad-rate is indicator 0, its sums whole numbers.
      if (codes[0] == 0 && codes[1] == period) {
        for (double term : partial.numeratorTerms(c)) {
          graduates[codes[2]][codes[4]] += term;
        }
        students[codes[2]][codes[4]] += partial.records(c);
      }
    }
    return CountTable.of(partners, languages, graduates, students, true, true);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
