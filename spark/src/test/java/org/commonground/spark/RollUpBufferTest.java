// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.serialization.csv.ColumnMapping;
import org.commonground.spark.example.SyntheticRecords;
import org.junit.jupiter.api.Test;

/** The aggregator's buffer and its serialized form, without Spark: what Spark does with them, by hand. */
class RollUpBufferTest {

  private final MeasureLayout layout = SyntheticRecords.layout();
  private final StructType schema = new StructType().add("partner", DataTypes.StringType)
      .add("indicator", DataTypes.StringType).add("period", DataTypes.StringType).add("income", DataTypes.StringType)
      .add("language", DataTypes.StringType).add("numerator", DataTypes.DoubleType).add("denominator", DataTypes.DoubleType);
  private final MeasureAggregator aggregator =
      MeasureAggregator.of(layout, MeasureColumns.resolve(layout, ColumnMapping.byName(), schema));

  private static Row row(int student, String partner) {
    return RowFactory.create(partner, "gpa", "SY2023-24", student % 2 == 0 ? "low" : "not low", "english",
        (student % 400) / 100.0, 1.0);
  }

  private static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @Test
  void buffersMergedOverTheWireGiveTheSinglePassPartial() throws Exception {
    MeasureAggregator remote = (MeasureAggregator) deserialize(serialize(aggregator));
    RollUpBuffer[] tasks = new RollUpBuffer[3];
    RollUpBuffer all = aggregator.zero();
    for (int t = 0; t < tasks.length; t++) {
      tasks[t] = remote.zero();
    }
    // More rows than a block, so that whole blocks and a partial one are flushed.
    for (int student = 0; student < 2 * RollUpBuffer.BLOCK + 17; student++) {
      Row row = row(student, "partner-0" + student % 7);
      remote.reduce(tasks[student % 3], row);
      aggregator.reduce(all, row);
    }
    RollUpBuffer merged = aggregator.zero();
    for (RollUpBuffer task : tasks) {
      merged = aggregator.merge((RollUpBuffer) deserialize(serialize(aggregator.merge(merged, task))), aggregator.zero());
    }
    RollUpBuffer output = (RollUpBuffer) deserialize(serialize(aggregator.finish(merged)));
    RollUpResult result = aggregator.result(output);
    MeasurePartial expected = aggregator.result(aggregator.finish(all)).partial();
    assertEquals(expected, result.partial());
    assertEquals(2L * RollUpBuffer.BLOCK + 17, result.acceptedRecords());
    assertEquals(new MeasureAccumulator(layout).merge(expected).snapshot(), result.partial());
  }

  @Test
  void keepsTheFirstHundredProblemsWhateverTheOrder() throws Exception {
    RollUpBuffer forward = aggregator.zero();
    RollUpBuffer backward = aggregator.zero();
    int bad = 250;
    for (int r = 0; r < bad; r++) {
      aggregator.reduce(forward, row(r, "unknown-" + r));
      aggregator.reduce(backward, row(bad - 1 - r, "unknown-" + (bad - 1 - r)));
    }
    RollUpResult a = aggregator.result((RollUpBuffer) deserialize(serialize(forward)));
    RollUpResult b = aggregator.result(backward);
    assertEquals(250, a.rejectedRecords());
    assertEquals(0, a.acceptedRecords());
    assertEquals(100, a.problems().size());
    assertEquals(a.problems(), b.problems());
    assertEquals(a.problemCounts(), b.problemCounts());
    assertEquals(250L, a.problemCounts().values().head());
    org.commonground.core.validation.ValidationException refused =
        assertThrows(org.commonground.core.validation.ValidationException.class, a::requireAllAccepted);
    assertEquals(a.problems().head().message() + " in " + a.problems().head().row(), refused.violations().head().message());
    assertEquals("rows", refused.violations().last().path());
    assertEquals(true, refused.violations().last().message().startsWith("150 more problems, by kind: partner: "));
  }

  @Test
  void refusesAnotherVersionOfTheForm() throws Exception {
    byte[] bytes = serialize(aggregator.zero());
    // An empty buffer writes 31 bytes (version, length, the partial's 2 bytes, two counts, two
    // sizes), the last block of the stream before its end marker: the version is the first of them.
    bytes[bytes.length - 32] = 9;
    assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
  }
}
