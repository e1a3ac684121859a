// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.Arrays;
import java.util.Random;
import java.util.TreeMap;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.commonground.scoring.numeric.ExactSum;
import org.junit.jupiter.api.Test;

/**
 * A table's columns take the narrowest type that holds them, give back exactly what they were
 * given, and aggregate as the values themselves do.
 */
class NarrowColumnsTest {

  private static final int CHUNK = CodeColumn.CHUNK;

  @Test
  void aCodeColumnTakesTheNarrowestTypeOfItsList() {
    assertEquals(CodeColumn.BYTE, CodeColumn.forCodes(1, 1).width());
    assertEquals(CodeColumn.BYTE, CodeColumn.forCodes(256, 1).width());
    assertEquals(CodeColumn.SHORT, CodeColumn.forCodes(257, 1).width());
    assertEquals(CodeColumn.SHORT, CodeColumn.forCodes(65_536, 1).width());
    assertEquals(CodeColumn.INT, CodeColumn.forCodes(65_537, 1).width());
  }

  /**
   * 300 partners (two bytes), a dimension of 70,000 groups (four bytes), codes up to the last of
   * each list (an unsigned byte or short read as signed would come back negative); the layout's
   * 126 million cells are above the dense bound, so this also runs the hash index.
   */
  @Test
  void wideCodeListsRoundTripAndAggregateAsTheRecordsDo() {
    MeasureLayout layout =
        MeasureLayout.of(
            Fixtures.set(ColumnarFixtures.GRAD, ColumnarFixtures.VISITS, ColumnarFixtures.SCORE),
            CodeList.of(List.range(0, 300).map(p -> "partner-" + p)),
            CodeList.of(List.of(Period.year(2022), Period.year(2023))),
            List.of(SubgroupDimension.of("zip", List.range(0, 70_000).map(z -> "z" + z))));
    assertTrue(layout.cells() > MeasureAccumulator.DENSE_CELLS);
    Random random = new Random(11);
    int n = 5_000;
    int[] partner = new int[n];
    int[] indicator = new int[n];
    int[] period = new int[n];
    int[] zip = new int[n];
    double[] numerator = new double[n];
    double[] denominator = new double[n];
    for (int r = 0; r < n; r++) {
      partner[r] = r % 7 == 0 ? 299 : random.nextInt(300);
      indicator[r] = random.nextInt(3);
      period[r] = random.nextInt(2);
      // few zips, so that cells have several records; the last codes of each list
      zip[r] = r % 5 == 0 ? 69_999 : r % 5 == 1 ? 65_536 : r % 5 == 2 ? 255 : random.nextInt(40);
      numerator[r] = indicator[r] == 2 ? random.nextInt(1000) / 8.0 : indicator[r] == 1 ? random.nextInt(40_000) : random.nextInt(2);
      denominator[r] = indicator[r] == 1 ? 0 : 1;
    }
    MeasureTable table = MeasureTable.of(layout, partner, indicator, period, new int[][] {zip}, numerator, denominator);

    assertEquals(CodeColumn.SHORT, table.partnerColumn().width());
    assertEquals(CodeColumn.BYTE, table.indicatorColumn().width());
    assertEquals(CodeColumn.INT, table.groupColumn(0).width());
    for (int r = 0; r < n; r++) {
      assertEquals(partner[r], table.partner(r));
      assertEquals(zip[r], table.group(0, r));
      assertEquals(numerator[r], table.numerator(r));
      assertEquals(denominator[r], table.denominator(r));
    }
    MeasurePartial partial = new MeasureAccumulator(layout).addAll(table).snapshot();
    assertEquals(reference(layout, partner, indicator, period, new int[][] {zip}, numerator, denominator), partial);
    assertEquals(partial, new MeasureAccumulator(layout).addAll(table, 3).snapshot());
  }

  /** Keys of a layout above 2³² cells do not fit beside their slots in a long: sorted alone. */
  @Test
  void aLayoutOfMoreThanTwoToTheThirtyTwoCellsAggregatesAsTheRecordsDo() {
    MeasureLayout layout =
        MeasureLayout.of(
            Fixtures.set(ColumnarFixtures.GRAD),
            CodeList.of(List.range(0, 300).map(p -> "partner-" + p)),
            CodeList.of(List.of(Period.year(2022), Period.year(2023))),
            List.of(SubgroupDimension.of("zip", List.range(0, 70_000).map(z -> "z" + z)),
                SubgroupDimension.of("school", List.range(0, 200).map(z -> "s" + z))));
    assertTrue(layout.cells() > 1L << 32);
    Random random = new Random(12);
    int n = 3_000;
    int[] partner = new int[n];
    int[] zero = new int[n];
    int[] period = new int[n];
    int[][] groups = new int[2][n];
    double[] numerator = new double[n];
    double[] denominator = new double[n];
    for (int r = 0; r < n; r++) {
      partner[r] = random.nextInt(300);
      period[r] = random.nextInt(2);
      groups[0][r] = random.nextInt(3) * 30_000;
      groups[1][r] = 199 - random.nextInt(3);
      numerator[r] = random.nextInt(2);
      denominator[r] = 1;
    }
    MeasureTable table = MeasureTable.of(layout, partner, zero, period, groups, numerator, denominator);
    MeasurePartial partial = new MeasureAccumulator(layout).addAll(table, 2).snapshot();
    assertEquals(reference(layout, partner, zero, period, groups, numerator, denominator), partial);
    assertEquals(n, partial.totalRecords());
  }

  /** The partial of plain per-key exact sums, made the slow way. */
  static MeasurePartial reference(
      MeasureLayout layout, int[] partner, int[] indicator, int[] period, int[][] groups, double[] numerator,
      double[] denominator) {
    TreeMap<Long, Object[]> cells = new TreeMap<>();
    for (int r = 0; r < partner.length; r++) {
      int[] g = new int[groups.length];
      for (int d = 0; d < groups.length; d++) {
        g[d] = groups[d][r];
      }
      Object[] cell = cells.computeIfAbsent(layout.key(indicator[r], period[r], partner[r], g),
          k -> new Object[] {new long[1], new ExactSum(), new ExactSum()});
      ((long[]) cell[0])[0]++;
      ((ExactSum) cell[1]).add(numerator[r]);
      ((ExactSum) cell[2]).add(denominator[r]);
    }
    long[] keys = cells.keySet().stream().mapToLong(k -> k).toArray();
    long[] records = cells.values().stream().mapToLong(c -> ((long[]) c[0])[0]).toArray();
    double[][] numerators = cells.values().stream().map(c -> ((ExactSum) c[1]).canonicalTerms()).toArray(double[][]::new);
    double[][] denominators = cells.values().stream().map(c -> ((ExactSum) c[2]).canonicalTerms()).toArray(double[][]::new);
    return MeasurePartial.of(layout, keys, records, numerators, denominators);
  }

  /**
   * Chunk 0: 0/1 values (bytes). Chunk 1: bytes, then a block needing shorts, then one needing
   * ints: the chunk is widened and keeps its earlier values. Chunk 2: a fraction makes it doubles;
   * so does an integer beyond an int.
   */
  @Test
  void eachValueChunkTakesTheNarrowestTypeOfItsValuesAndIsWidenedWhenItMustBe() {
    MeasureLayout layout = mean();
    int n = 3 * CHUNK + 10;
    double[] numerator = new double[n];
    double[] denominator = new double[n];
    Arrays.fill(denominator, 1);
    Random random = new Random(3);
    for (int r = 0; r < n; r++) {
      numerator[r] = random.nextInt(2);
    }
    numerator[CHUNK + 5_000] = 1_000;
    numerator[CHUNK + 9_000] = -100_000;
    numerator[2 * CHUNK + 7] = 0.5;
    numerator[3 * CHUNK + 1] = 3e9;
    denominator[CHUNK + 100] = 200;
    MeasureTable table = MeasureTable.of(layout, new int[n], new int[n], new int[n], new int[0][], numerator, denominator);

    ValueColumn numerators = table.numeratorColumn();
    assertEquals(List.of(ValueColumn.BYTE, ValueColumn.INT, ValueColumn.DOUBLE, ValueColumn.DOUBLE),
        List.range(0, 4).map(numerators::width));
    assertEquals(List.of(ValueColumn.BYTE, ValueColumn.SHORT, ValueColumn.BYTE, ValueColumn.BYTE),
        List.range(0, 4).map(table.denominatorColumn()::width));
    for (int r = 0; r < n; r++) {
      assertEquals(numerator[r], table.numerator(r), "row " + r);
      assertEquals(denominator[r], table.denominator(r), "row " + r);
    }
    MeasurePartial partial = new MeasureAccumulator(layout).addAll(table).snapshot();
    assertEquals(reference(layout, new int[n], new int[n], new int[n], new int[0][], numerator, denominator), partial);
    // bytes: 3 code columns of 1 byte; numerators 1 + 4 + 8 + 8 bytes per chunk's record,
    // denominators 1 + 2 + 1 + 1
    long expected = 3L * n + (CHUNK + 4L * CHUNK + 8L * CHUNK + 8 * 10) + (CHUNK + 2L * CHUNK + CHUNK + 10);
    assertEquals(expected, table.bytes());
  }

  private static MeasureLayout mean() {
    return MeasureLayout.of(Fixtures.set(Fixtures.indicator("score", Unit.MEAN).build()), CodeList.of(List.of("a")),
        CodeList.of(List.of(Period.year(2023))), List.empty());
  }

  /**
   * Student records (0/1 over 1, 100 partners, 10 indicators, 10 periods, 2 × 7 groups) take one
   * byte per value: 7 bytes per record where the arrays they came from take 36.
   */
  @Test
  void studentRecordsTakeAByteAValue() {
    MeasureLayout layout =
        MeasureLayout.of(
            Fixtures.set(List.range(0, 10).<org.commonground.core.measure.Indicator>map(i -> Fixtures.indicator("i" + i, Unit.PERCENT).build())
                .toJavaArray(org.commonground.core.measure.Indicator[]::new)),
            CodeList.of(List.range(0, 100).map(p -> "p" + p)),
            CodeList.of(List.range(0, 10).map(y -> Period.year(2015 + y))),
            List.of(SubgroupDimension.of("income", List.of("low", "not low")),
                SubgroupDimension.of("race", List.of("a", "b", "c", "d", "e", "f", "g"))));
    Random random = new Random(5);
    int n = 100_000;
    int[][] codes = new int[5][n];
    double[] numerator = new double[n];
    double[] denominator = new double[n];
    int[] sizes = {100, 10, 10, 2, 7};
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < 5; c++) {
        codes[c][r] = random.nextInt(sizes[c]);
      }
      numerator[r] = random.nextInt(2);
      denominator[r] = 1;
    }
    MeasureTable table =
        MeasureTable.of(layout, codes[0], codes[1], codes[2], new int[][] {codes[3], codes[4]}, numerator, denominator);
    long raw = (long) n * (4 * 5 + 8 * 2);
    assertEquals(7L * n, table.bytes());
    assertTrue(table.bytes() <= raw / 5);
    assertEquals(reference(layout, codes[0], codes[1], codes[2], new int[][] {codes[3], codes[4]}, numerator, denominator),
        new MeasureAccumulator(layout).addAll(table).snapshot());
  }

  /**
   * A builder grows by whole chunks and can build while it goes on: a table built mid-chunk keeps
   * its records when the builder appends more, and the final table equals the table made from the
   * same columns at once.
   */
  @Test
  void aBuilderBuildsMidwayAndGoesOn() {
    MeasureLayout layout = ColumnarFixtures.LAYOUT;
    Random random = new Random(9);
    MeasureTable source = ColumnarFixtures.table(random, CHUNK + 3_000);
    int n = source.size();
    MeasureTable.Builder rows = MeasureTable.builder(layout);
    MeasureTable early = null;
    for (int r = 0; r < n; r++) {
      rows.add(source.partner(r), source.indicator(r), source.period(r), new int[] {source.group(0, r), source.group(1, r)},
          source.numerator(r), source.denominator(r));
      if (r == CHUNK - 7) {
        early = rows.build();
      }
    }
    MeasureTable all = rows.build();
    assertEquals(CHUNK - 6, early.size());
    assertEquals(n, all.size());
    for (int r = 0; r < n; r++) {
      assertEquals(source.partner(r), all.partner(r));
      assertEquals(source.group(1, r), all.group(1, r));
      assertEquals(source.numerator(r), all.numerator(r));
      if (r < early.size()) {
        assertEquals(source.numerator(r), early.numerator(r));
        assertEquals(source.indicator(r), early.indicator(r));
      }
    }
    assertEquals(new MeasureAccumulator(layout).addAll(source).snapshot(), new MeasureAccumulator(layout).addAll(all).snapshot());
    assertEquals(source.bytes(), all.bytes());
  }

  @Test
  void anEmptyTableHasNoRecordsAndAggregatesToNothing() {
    MeasureTable empty = MeasureTable.of(mean(), new int[0], new int[0], new int[0], new int[0][], new double[0], new double[0]);
    assertEquals(0, empty.size());
    assertEquals(0, empty.bytes());
    MeasurePartial partial = new MeasureAccumulator(mean()).addAll(empty, 4).snapshot();
    assertEquals(0, partial.cells());
    assertEquals(new MeasureAccumulator(mean()).snapshot(), partial);
    assertEquals(List.empty(), partial.toObservations());
    assertEquals("MeasureAccumulator[0 cells]", new MeasureAccumulator(mean()).addAll(empty).toString());
  }
}
