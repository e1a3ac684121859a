// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.commonground.core.validation.ValidationException;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.serialization.CommonGroundJson;
import org.commonground.serialization.MeasureJson;
import org.commonground.spark.example.SyntheticRecords;
import org.junit.jupiter.api.Test;

class PartialCodecTest {

  private final MeasureLayout layout = SyntheticRecords.layout();
  private final MeasurePartial partial = new MeasureAccumulator(layout).addAll(SyntheticRecords.table(0, 50_000)).snapshot();

  @Test
  void roundTripsBitForBit() {
    byte[] wire = PartialCodec.encode(partial);
    assertEquals(PartialCodec.VERSION, wire[0]);
    MeasurePartial back = PartialCodec.decode(layout, wire);
    assertEquals(partial, back);
    assertArrayEquals(wire, PartialCodec.encode(back));
  }

  @Test
  void aCellOfWholeNumbersTakesAFewBytesAndFarFewerThanJson() {
    MeasurePartial whole = new MeasureAccumulator(layout).merge(partial).snapshot();
    int cells = whole.cells();
    int binary = PartialCodec.encode(whole).length;
    int json = CommonGroundJson.write(MeasureJson.MEASURE_PARTIAL, whole).getBytes(StandardCharsets.UTF_8).length
        - CommonGroundJson.write(MeasureJson.MEASURE_LAYOUT, layout).getBytes(StandardCharsets.UTF_8).length;
    // Three of the four indicators are whole numbers; the mean's sums have fractions (8 bytes a term).
    assertTrue(binary < 14.0 * cells, binary + " bytes for " + cells + " cells");
    assertTrue(binary * 2 < json, binary + " binary against " + json + " JSON");
  }

  @Test
  void emptyPartialIsTwoBytes() {
    MeasurePartial empty = new MeasureAccumulator(layout).snapshot();
    assertArrayEquals(new byte[] {1, 0}, PartialCodec.encode(empty));
    assertEquals(empty, PartialCodec.decode(layout, new byte[] {1, 0}));
  }

  @Test
  void roundTripsAnyValues() {
    MeasureLayout one = SyntheticRecords.layout();
    qt().withExamples(50).forAll(
        lists().of(integers().between(0, 9)).ofSizeBetween(1, 40),
        lists().of(doubles().between(-1e18, 1e18)).ofSize(40))
        .checkAssert((codes, values) -> {
          int n = codes.size();
          int[] zeros = new int[n];
          int[] partners = codes.stream().mapToInt(Integer::intValue).toArray();
          int[] gpa = new int[n];
          Arrays.fill(gpa, 3);
          double[] numerators = values.stream().limit(n).mapToDouble(Double::doubleValue).toArray();
          double[] ones = new double[n];
          Arrays.fill(ones, 1);
          MeasureTable table = MeasureTable.of(one, partners, gpa, zeros, new int[][] {zeros, zeros}, numerators, ones);
          MeasurePartial p = new MeasureAccumulator(one).addAll(table).snapshot();
          assertEquals(p, PartialCodec.decode(one, PartialCodec.encode(p)));
        });
  }

  @Test
  void refusesAnotherVersion() {
    byte[] wire = PartialCodec.encode(partial);
    wire[0] = 2;
    ValidationException e = assertThrows(ValidationException.class, () -> PartialCodec.decode(layout, wire));
    assertEquals("bytes[0]", e.violations().head().path());
    assertTrue(e.violations().head().message().contains("must be the version 1, got 2"));
  }

  @Test
  void refusesBytesThatEndEarlyOrRunOn() {
    byte[] wire = PartialCodec.encode(partial);
    ValidationException early =
        assertThrows(ValidationException.class, () -> PartialCodec.decode(layout, Arrays.copyOf(wire, wire.length - 3)));
    assertTrue(early.violations().head().path().startsWith("bytes"), early.getMessage());
    ValidationException on =
        assertThrows(ValidationException.class, () -> PartialCodec.decode(layout, Arrays.copyOf(wire, wire.length + 1)));
    assertTrue(on.getMessage().contains("must end after the last cell"), on.getMessage());
    ValidationException count =
        assertThrows(ValidationException.class, () -> PartialCodec.decode(layout, new byte[] {1, (byte) 0xFF, 0x7F}));
    assertEquals("cells", count.violations().head().path());
  }

  @Test
  void refusesCellsOutsideTheLayout() {
    // One cell, key 2,880 (the layout has 2,880 cells), one record, sums 1 and 1.
    byte[] wire = {1, 1, (byte) 0xC0, 0x16, 1, 1, 2, 1, 2};
    ValidationException e = assertThrows(ValidationException.class, () -> PartialCodec.decode(layout, wire));
    assertTrue(e.getMessage().contains("must be a cell of the layout"), e.getMessage());
  }

  @Test
  void namesNullArguments() {
    assertThrows(ValidationException.class, () -> PartialCodec.encode(null));
    assertThrows(ValidationException.class, () -> PartialCodec.decode(null, new byte[] {1, 0}));
    assertThrows(ValidationException.class, () -> PartialCodec.decode(layout, null));
  }
}
