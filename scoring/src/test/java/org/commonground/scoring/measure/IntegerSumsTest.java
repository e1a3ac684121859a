// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.commonground.scoring.numeric.ExactSum;
import org.junit.jupiter.api.Test;

/**
 * The accumulator sums integers in {@code long}s: with no test per value while no cell can
 * overflow, with a test per value once one might, spilling a {@code long} that would overflow into
 * the exact part; a partial holds the same canonical terms as one {@link ExactSum} of every term.
 */
class IntegerSumsTest {

  private static final MeasureLayout LAYOUT = AggregationPathsProperties.means();

  /** A partial of one cell (partner 0) whose numerator is the given terms. */
  private static MeasurePartial cell(double... numerator) {
    return MeasurePartial.of(LAYOUT, new long[] {0}, new long[] {1}, new double[][] {numerator}, new double[][] {{1}});
  }

  /** A table of {@code n} records of partner 0, each {@code value} over 1. */
  private static MeasureTable records(int n, double value) {
    double[] numerator = new double[n];
    double[] denominator = new double[n];
    Arrays.fill(numerator, value);
    Arrays.fill(denominator, 1);
    return MeasureTable.of(LAYOUT, new int[n], new int[n], new int[n], new int[0][], numerator, denominator);
  }

  private static double[] exact(double... terms) {
    return ExactSum.ofTerms(terms).canonicalTerms();
  }

  /**
   * Two merged terms of 2⁶² − 1024 leave the cell's {@code long} 2,048 below overflow and its bound
   * too high for blocks to go untested; the first record of 2³¹ − 1 then overflows it, and the
   * {@code long} is spilled. Bytes and shorts follow on the tested path.
   */
  @Test
  void aLongAboutToOverflowIsSpilledAndTheSumStaysExact() {
    double big = 0x1p62 - 1024;
    MeasureAccumulator accumulator = new MeasureAccumulator(LAYOUT).merge(cell(big)).merge(cell(big));
    int n = 3_000;
    accumulator.addAll(records(n, Integer.MAX_VALUE)).addAll(records(n, 100)).addAll(records(n, 30_000));

    double[] terms = new double[2 + 3 * n];
    terms[0] = big;
    terms[1] = big;
    Arrays.fill(terms, 2, 2 + n, Integer.MAX_VALUE);
    Arrays.fill(terms, 2 + n, 2 + 2 * n, 100);
    Arrays.fill(terms, 2 + 2 * n, terms.length, 30_000);
    MeasurePartial partial = accumulator.snapshot();
    assertArrayEquals(exact(terms), partial.numeratorTerms(0));
    assertEquals(2 + 3 * n, partial.records(0));
    // the same terms, merged the other way round and on two threads, give the same bits
    MeasureAccumulator other = new MeasureAccumulator(LAYOUT)
        .addAll(records(n, 30_000), 2).addAll(records(n, 100)).addAll(records(n, Integer.MAX_VALUE), 2)
        .merge(cell(big)).merge(cell(big));
    assertEquals(partial, other.snapshot());
    assertEquals(partial, MeasureAccumulator.hashed(LAYOUT).merge(other).snapshot());
  }

  /** Sums past 2⁵³, where a double no longer holds every integer, and past 2⁶³ and 2⁶⁴. */
  @Test
  void sumsPastTwoToTheFiftyThirdAndSixtyThirdKeepEveryUnit() {
    MeasurePartial past53 = new MeasureAccumulator(LAYOUT).merge(cell(0x1p53)).merge(cell(1)).snapshot();
    assertArrayEquals(new double[] {0x1p53, 1}, past53.numeratorTerms(0));

    MeasureAccumulator past63 = new MeasureAccumulator(LAYOUT);
    for (int i = 0; i < 4; i++) {
      past63.merge(cell(0x1p61 + 512));
    }
    // 2^63 + 2048: the long overflows on the fourth merge
    assertArrayEquals(new double[] {0x1p63 + 2048}, past63.snapshot().numeratorTerms(0));
    past63.merge(cell(1));
    assertArrayEquals(new double[] {0x1p63 + 2048, 1}, past63.snapshot().numeratorTerms(0));
    past63.merge(past63);
    assertArrayEquals(exact(0x1p64 + 4096, 2), past63.snapshot().numeratorTerms(0));
    past63.merge(cell(-0x1p64 - 4096, -2));
    assertArrayEquals(new double[0], past63.snapshot().numeratorTerms(0));
    assertEquals(11, past63.snapshot().records(0));
  }

  /** Values a double chunk holds: integers beyond an int go to the long, larger ones and fractions to the exact part. */
  @Test
  void aDoubleChunkSendsEachValueWhereItIsExact() {
    double[] numerator = {3e9, 0x1p62, 0.25, -3e9, 0x1p62, 1e20, -1e20, 7};
    int n = numerator.length;
    double[] denominator = new double[n];
    Arrays.fill(denominator, 1);
    MeasureTable table = MeasureTable.of(LAYOUT, new int[n], new int[n], new int[n], new int[0][], numerator, denominator);
    assertArrayEquals(exact(numerator), new MeasureAccumulator(LAYOUT).addAll(table).snapshot().numeratorTerms(0));
    assertArrayEquals(new double[] {0x1p63, 7.25}, MeasureAccumulator.hashed(LAYOUT).addAll(table).snapshot().numeratorTerms(0));
  }

  /** A partial may carry a cell of no records; it stays in the snapshot, dense or hashed. */
  @Test
  void aMergedCellWithNoRecordsIsKept() {
    MeasurePartial empty =
        MeasurePartial.of(LAYOUT, new long[] {1}, new long[] {0}, new double[][] {{2.5}}, new double[][] {{}});
    assertEquals(empty, new MeasureAccumulator(LAYOUT).merge(empty).snapshot());
    assertEquals(empty, MeasureAccumulator.hashed(LAYOUT).merge(empty).snapshot());
    assertEquals(empty, new MeasureAccumulator(LAYOUT).merge(new MeasureAccumulator(LAYOUT).merge(empty)).snapshot());
    assertEquals("MeasureAccumulator[1 cells]", new MeasureAccumulator(LAYOUT).merge(empty).toString());
  }

  /** Terms given to a partial are made canonical: any split of the same exact sum is the same partial. */
  @Test
  void aPartialsTermsAreCanonicalHoweverTheyWereSplit() {
    assertEquals(cell(0.75), cell(0.5, 0.25));
    assertEquals(cell(3), cell(1, 1, 1));
    assertEquals(cell(), cell(0.0));
    assertEquals(cell(), cell(-0.0, 1, -1));
    assertArrayEquals(new double[] {1e20, 1}, cell(1, 1e20).numeratorTerms(0));
  }
}
