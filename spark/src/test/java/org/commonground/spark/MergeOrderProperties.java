// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.serialization.csv.ColumnMapping;
import org.commonground.spark.example.SyntheticRecords;
import org.junit.jupiter.api.Test;

/**
 * Whatever the split of the rows into tasks and the order of the merges, the aggregator's partial
 * has the same bytes as one task's: the exact sums make the result independent of both. Values with
 * fractions of every magnitude, so that the sums take the exact floating-point path.
 */
class MergeOrderProperties {

  private final MeasureLayout layout = SyntheticRecords.layout();
  private final StructType schema = new StructType().add("partner", DataTypes.StringType)
      .add("indicator", DataTypes.StringType).add("period", DataTypes.StringType).add("income", DataTypes.StringType)
      .add("language", DataTypes.StringType).add("numerator", DataTypes.DoubleType).add("denominator", DataTypes.DoubleType);
  private final MeasureAggregator aggregator =
      MeasureAggregator.of(layout, MeasureColumns.resolve(layout, ColumnMapping.byName(), schema));
  private final List<String> partners = SyntheticRecords.partners();

  @Test
  void anySplitAndMergeOrderGiveTheSameBytes() {
    qt().withExamples(40).forAll(
        lists().of(doubles().between(-1e12, 1e12)).ofSizeBetween(1, 300),
        integers().between(1, 8),
        integers().all())
        .checkAssert((values, tasks, seed) -> {
          Random random = new Random(seed);
          java.util.List<Row> rows = new ArrayList<>();
          for (double v : values) {
            rows.add(RowFactory.create(partners.get(random.nextInt(3)), "gpa", "SY2023-24",
                random.nextBoolean() ? "low" : "not low", "english", v, 1.0 + random.nextInt(2)));
          }
          RollUpBuffer one = aggregator.zero();
          rows.forEach(r -> aggregator.reduce(one, r));
          byte[] expected = PartialCodec.encode(aggregator.result(aggregator.finish(one)).partial());

          Collections.shuffle(rows, random);
          java.util.List<RollUpBuffer> buffers = new ArrayList<>();
          for (int t = 0; t < tasks; t++) {
            buffers.add(aggregator.zero());
          }
          rows.forEach(r -> aggregator.reduce(buffers.get(random.nextInt(tasks)), r));
          while (buffers.size() > 1) {
            RollUpBuffer a = buffers.remove(random.nextInt(buffers.size()));
            RollUpBuffer b = buffers.remove(random.nextInt(buffers.size()));
            buffers.add(aggregator.merge(a, b));
          }
          byte[] actual = PartialCodec.encode(aggregator.result(aggregator.finish(buffers.get(0))).partial());
          assertArrayEquals(expected, actual);
        });
  }
}
