// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.commonground.scoring.numeric.ExactSum;
import org.junit.jupiter.api.Test;

/**
 * Every way through the accumulator gives the same bits: several threads or one, dense arrays or
 * the hash index, integer values summed in {@code long}s or exactly, whatever the magnitudes.
 */
class AggregationPathsProperties {

  private static final MeasureLayout LAYOUT = ColumnarFixtures.LAYOUT;

  /**
   * The hash index and the dense arrays hold the same cells, and merge into each other: a part
   * aggregated one way and merged into an accumulator of the other way gives the same partial.
   */
  @Test
  void theHashIndexEqualsTheDenseArrays() {
    qt().forAll(integers().all(), integers().between(0, 3_000), integers().between(1, 4))
        .check((seed, records, parts) -> {
          Random random = new Random(seed);
          MeasureTable table = ColumnarFixtures.table(random, records);
          MeasurePartial dense = new MeasureAccumulator(LAYOUT).addAll(table).snapshot();
          MeasurePartial hashed = MeasureAccumulator.hashed(LAYOUT).addAll(table).snapshot();

          MeasureAccumulator intoDense = new MeasureAccumulator(LAYOUT);
          MeasureAccumulator intoHashed = MeasureAccumulator.hashed(LAYOUT);
          for (MeasureTable part : split(table, parts, random)) {
            boolean either = random.nextBoolean();
            intoDense.merge(either ? MeasureAccumulator.hashed(LAYOUT).addAll(part) : new MeasureAccumulator(LAYOUT).addAll(part));
            intoHashed.merge(either ? new MeasureAccumulator(LAYOUT).addAll(part) : MeasureAccumulator.hashed(LAYOUT).addAll(part));
          }
          return hashed.equals(dense)
              && intoDense.snapshot().equals(dense)
              && intoHashed.snapshot().equals(dense)
              && intoDense.toString().equals(intoHashed.toString());
        });
  }

  /**
   * Means of every magnitude — integers near 2³¹, 2⁵³, 2⁶² and beyond, negative ones, fractions —
   * give the partial of plain exact sums, however the records are split and merged and on however
   * many threads; sums cross 2⁵³ and 2⁶³ within a cell.
   */
  @Test
  void integerSumsStayExactAtEveryMagnitude() {
    MeasureLayout layout = means();
    qt().withExamples(60)
        .forAll(integers().all(), integers().between(1, 5_000), integers().between(1, 6))
        .check((seed, records, parts) -> {
          Random random = new Random(seed);
          int[] partner = new int[records];
          int[] zero = new int[records];
          double[] numerator = new double[records];
          double[] denominator = new double[records];
          for (int r = 0; r < records; r++) {
            partner[r] = random.nextInt(2);
            numerator[r] = magnitude(random);
            denominator[r] = 1 + random.nextInt(3);
          }
          MeasureTable table = MeasureTable.of(layout, partner, zero, zero, new int[0][], numerator, denominator);
          MeasurePartial expected = NarrowColumnsTest.reference(layout, partner, zero, zero, new int[0][], numerator, denominator);

          java.util.List<MeasurePartial> partials = new ArrayList<>();
          for (MeasureTable part : split(table, parts, random)) {
            partials.add(new MeasureAccumulator(layout).addAll(part).snapshot());
          }
          Collections.shuffle(partials, random);
          MeasureAccumulator merged = new MeasureAccumulator(layout);
          partials.forEach(merged::merge);
          // the reference's terms are ExactSum's own, as MeasurePartial.of keeps them
          boolean canonical = true;
          for (int c = 0; c < expected.cells(); c++) {
            ExactSum sum = new ExactSum();
            for (int r = 0; r < records; r++) {
              if (partner[r] == expected.codes(c)[2]) {
                sum.add(numerator[r]);
              }
            }
            canonical &= Arrays.equals(sum.canonicalTerms(), expected.numeratorTerms(c));
          }
          return canonical
              && new MeasureAccumulator(layout).addAll(table).snapshot().equals(expected)
              && MeasureAccumulator.hashed(layout).addAll(table).snapshot().equals(expected)
              && new MeasureAccumulator(layout).addAll(table, parts).snapshot().equals(expected)
              && merged.snapshot().equals(expected);
        });
  }

  private static double magnitude(Random random) {
    switch (random.nextInt(9)) {
      case 0:
        return random.nextInt(2);
      case 1:
        return Integer.MAX_VALUE - random.nextInt(3);
      case 2:
        return Integer.MIN_VALUE + random.nextInt(3);
      case 3:
        return 0x1p53 - random.nextInt(3);
      case 4:
        return 0x1p62 - 1024 * random.nextInt(3);
      case 5:
        return -0x1p62 + 1024 * random.nextInt(3);
      case 6:
        return 0x1p70 + 0x1p20 * random.nextInt(3);
      case 7:
        return random.nextInt(1000) / 8.0 - 60;
      default:
        return random.nextInt(70_000) - 35_000;
    }
  }

  /** A layout of one mean indicator, two partners, one period: few cells, many records each. */
  static MeasureLayout means() {
    return MeasureLayout.of(Fixtures.set(Fixtures.indicator("score", Unit.MEAN).build()), CodeList.of(List.of("a", "b")),
        CodeList.of(List.of(Period.year(2023))), List.empty());
  }

  /** The records dealt out to parts at random, each part a table. */
  static java.util.List<MeasureTable> split(MeasureTable table, int parts, Random random) {
    MeasureLayout layout = table.layout();
    int dimensions = layout.dimensions().size();
    java.util.List<MeasureTable.Builder> builders = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      builders.add(MeasureTable.builder(layout));
    }
    for (int r = 0; r < table.size(); r++) {
      int[] groups = new int[dimensions];
      for (int d = 0; d < dimensions; d++) {
        groups[d] = table.group(d, r);
      }
      builders.get(random.nextInt(parts)).add(table.partner(r), table.indicator(r), table.period(r), groups,
          table.numerator(r), table.denominator(r));
    }
    java.util.List<MeasureTable> tables = new ArrayList<>();
    builders.forEach(b -> tables.add(b.build()));
    return tables;
  }
}
