// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.commonground.core.validation.ValidationException;
import org.commonground.scoring.measure.CommunityValue;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.Disaggregation;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.serialization.csv.ColumnMapping;
import org.commonground.spark.example.SyntheticRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The roll-up on Spark in local mode (two threads), held bit for bit to the library's
 * single-machine roll-up of the same records. One session for the class: Spark's start-up is most
 * of the time these tests take.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkRollUpTest {

  private static final long RECORDS = 30_000;

  private SparkSession spark;
  private final MeasureLayout layout = SyntheticRecords.layout();
  private final MeasurePartial single = new MeasureAccumulator(layout).addAll(SyntheticRecords.table(0, RECORDS)).snapshot();

  @BeforeAll
  void start() {
    spark = SparkSession.builder().master("local[2]").appName("SparkRollUpTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "3")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  private Dataset<Row> records(int partitions) {
    return SyntheticRecords.dataset(spark, RECORDS, partitions);
  }

  private RollUpResult run(Dataset<Row> rows) {
    return SparkRollUp.of(layout, ColumnMapping.byName()).run(rows);
  }

  @Test
  void partialIsBitIdenticalToTheSingleMachineRollUpWhateverThePartitioningAndOrder() {
    java.util.List<Dataset<Row>> inputs = java.util.List.of(
        records(1),
        records(7),
        // Shuffled: rows in a random order over a different number of partitions.
        records(3).orderBy(functions.rand(42)).repartition(5),
        records(4).repartition(11, functions.rand(7)));
    for (Dataset<Row> input : inputs) {
      RollUpResult result = run(input);
      assertEquals(RECORDS, result.acceptedRecords());
      assertEquals(0, result.rejectedRecords());
      MeasurePartial partial = result.partial();
      assertEquals(single, partial);
      assertArrayEquals(PartialCodec.encode(single), PartialCodec.encode(partial));
      for (int c = 0; c < single.cells(); c++) {
        assertArrayEquals(bits(single.numeratorTerms(c)), bits(partial.numeratorTerms(c)));
        assertArrayEquals(bits(single.denominatorTerms(c)), bits(partial.denominatorTerms(c)));
      }
    }
  }

  @Test
  void communityAndGroupValuesAreBitIdentical() {
    MeasurePartial partial = run(records(6).orderBy(functions.rand(3))).partial();
    List<CommunityValue> expected = single.communityValues(SyntheticRecords.partners());
    List<CommunityValue> actual = partial.communityValues(SyntheticRecords.partners());
    assertEquals(expected, actual);
    for (int v = 0; v < expected.size(); v++) {
      assertEquals(Double.doubleToRawLongBits(expected.get(v).value()), Double.doubleToRawLongBits(actual.get(v).value()));
    }
    for (String indicator : List.of("grad-rate", "gpa")) {
      DisaggregatedIndicator e = Disaggregation.of(single, indicator, List.of("income", "language"),
          TreeMap.of("income", "not low", "language", "english"));
      DisaggregatedIndicator a = Disaggregation.of(partial, indicator, List.of("income", "language"),
          TreeMap.of("income", "not low", "language", "english"));
      assertEquals(e, a);
      assertEquals(e.groups().flatMap(g -> g.values()).map(g -> Double.doubleToRawLongBits(g.value())),
          a.groups().flatMap(g -> g.values()).map(g -> Double.doubleToRawLongBits(g.value())));
    }
  }

  @Test
  void badRowsAreCountedKeptAndListedNeverDropped() {
    Dataset<Row> good = records(3);
    Dataset<Row> bad = spark.createDataFrame(java.util.List.of(
        RowFactory.create("nobody", "grad-rate", "SY2023-24", "low", "english", 1.0, 1.0),
        RowFactory.create("partner-01", "grad-rate", "SY2019-20", "low", "english", 1.0, 1.0),
        RowFactory.create("partner-01", "grad-rate", "SY2023-24", "low", "klingon", 1.0, 1.0),
        RowFactory.create("partner-01", "grad-rate", "SY2023-24", "low", "english", 2.0, 1.0),
        RowFactory.create("partner-01", "counseling-visits", "SY2023-24", null, "english", -1.0, 3.0),
        RowFactory.create("partner-01", "gpa", "SY2023-24", "low", "english", null, 1.0)), nullable(good.schema()));
    Dataset<Row> rows = good.union(bad).repartition(4);
    RollUpResult result = run(rows);
    assertEquals(RECORDS, result.acceptedRecords());
    assertEquals(6, result.rejectedRecords());
    assertEquals(single, result.partial());
    // The counseling row breaks three rules: a null income, a negative count, a count's denominator.
    assertEquals(8L, result.problemCounts().values().fold(0L, Long::sum));
    assertEquals(8, result.problems().size());
    assertTrue(result.problemCounts().keySet().exists(k -> k.startsWith("partner: must be a partner of the layout")));
    assertTrue(result.problems().exists(p -> p.message().equals("must be at most the denominator 1.0, got 2.0")));
    ValidationException refused = assertThrows(ValidationException.class, result::requireAllAccepted);
    assertEquals(8, refused.count());

    java.util.List<Row> rejects = SparkRollUp.of(layout, ColumnMapping.byName()).rejects(rows).collectAsList();
    assertEquals(6, rejects.size());
    Row counseling = rejects.stream().filter(r -> "counseling-visits".equals(r.getString(1))).findFirst().orElseThrow();
    assertEquals(3, counseling.getString(7).split("\n").length);
  }

  @Test
  void aMappingThatDoesNotFitTheSchemaIsRefusedBeforeAnyJob() {
    Dataset<Row> renamed = records(2).withColumnRenamed("partner", "school").withColumn("note", functions.lit("x"));
    ValidationException e = assertThrows(ValidationException.class, () -> run(renamed));
    assertEquals(List.of("school", "partner", "note").sorted(), e.violations().map(v -> v.path()).sorted());
    RollUpResult mapped = SparkRollUp.of(layout, ColumnMapping.byName().with("partner", "school").ignoring("note")).run(renamed);
    assertEquals(single, mapped.partial());
  }

  @Test
  void theAggregatorWorksPerGroupInOnesOwnQueries() {
    Dataset<Row> rows = records(4);
    MeasureAggregator aggregator = SparkRollUp.of(layout, ColumnMapping.byName()).aggregator(rows.schema());
    java.util.List<scala.Tuple2<String, RollUpBuffer>> byPeriod = rows
        .groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) r -> r.getString(2),
            org.apache.spark.sql.Encoders.STRING())
        .agg(aggregator.toColumn()).collectAsList();
    assertEquals(3, byPeriod.size());
    MeasureAccumulator merged = new MeasureAccumulator(layout);
    for (scala.Tuple2<String, RollUpBuffer> group : byPeriod) {
      merged.merge(aggregator.result(group._2()).partial());
    }
    assertEquals(single, merged.snapshot());
  }

  private static org.apache.spark.sql.types.StructType nullable(org.apache.spark.sql.types.StructType schema) {
    org.apache.spark.sql.types.StructType out = new org.apache.spark.sql.types.StructType();
    for (org.apache.spark.sql.types.StructField f : schema.fields()) {
      out = out.add(f.name(), f.dataType(), true);
    }
    return out;
  }

  private static long[] bits(double[] terms) {
    return Arrays.stream(terms).mapToLong(Double::doubleToRawLongBits).toArray();
  }
}
