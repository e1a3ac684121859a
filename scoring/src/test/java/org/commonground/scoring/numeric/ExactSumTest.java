// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Cases from CPython's {@code test_math.testFsum}, which this class reproduces bit for bit. */
class ExactSumTest {

  @Test
  void nothingSumsToZero() {
    assertEquals(0.0, ExactSum.of());
    assertEquals(0.0, new ExactSum().value());
  }

  @Test
  void tenTenthsAreOne() {
    assertEquals(1.0, ExactSum.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1));
  }

  @Test
  void cancellationKeepsTheSmallTerms() {
    assertEquals(1e-100, ExactSum.of(1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50));
    assertEquals(2.0, ExactSum.of(1.0, 1e100, 1.0, -1e100));
  }

  @Test
  void halfWayCasesRoundCorrectlyAcrossPartials() {
    // The exact sum lies just above a tie, so it rounds up, not to even.
    assertEquals(1.0000000000000002e16, ExactSum.of(1e-16, 1.0, 1e16));
    assertEquals(
        Math.scalb(1.0, 53) + 2.0, ExactSum.of(Math.scalb(1.0, 53), 1.0, Math.scalb(1.0, -100)));
    // An exact tie rounds to even.
    assertEquals(Math.scalb(1.0, 53), ExactSum.of(Math.scalb(1.0, 53), 1.0));
  }

  @Test
  void cPythonTestFsumTable() {
    double two53 = Math.scalb(1.0, 53);
    assertEquals(two53 - 1.0, ExactSum.of(two53, -0.5, -Math.scalb(1.0, -54)));
    assertEquals(two53 + 2.0, ExactSum.of(two53, 1.0, Math.scalb(1.0, -100)));
    assertEquals(two53 + 12.0, ExactSum.of(two53 + 10.0, 1.0, Math.scalb(1.0, -100)));
    assertEquals(two53 - 3.0, ExactSum.of(two53 - 4.0, 0.5, Math.scalb(1.0, -54)));
    assertEquals(10000000000000002.0, ExactSum.of(1e16, 1., 1e-16));
    double almostOne = 1. - Math.scalb(1.0, -53);
    assertEquals(0.0, ExactSum.of(1e16 - 2., almostOne, -(1e16 - 2.), -almostOne));

    ExactSum harmonic = new ExactSum();
    ExactSum alternating = new ExactSum();
    for (int n = 1; n <= 1000; n++) {
      harmonic.add(1. / n);
      alternating.add((n % 2 == 0 ? 1. : -1.) / n);
    }
    assertEquals(0x1.df11f45f4e61ap+2, harmonic.value());
    assertEquals(-0x1.62a2af1bd3624p-1, alternating.value());
  }

  @Test
  void manyPartialsGrowTheArray() {
    // CPython's case for resizing the partials array: about 1000 non-overlapping partials.
    ExactSum sum = new ExactSum();
    for (int n = -1074; n < 972; n += 2) {
      sum.add(Math.scalb(1.0, n) - Math.scalb(1.0, n + 50) + Math.scalb(1.0, n + 52));
    }
    sum.add(-Math.scalb(1.0, 1022));
    assertEquals(0x1.5555555555555p+970, sum.value());
  }

  @Test
  void mergingAddsTheOtherExactSum() {
    ExactSum a = new ExactSum().add(1e16).add(1.0);
    ExactSum b = new ExactSum().add(-1e16);

    assertEquals(1.0, a.merge(b).value());
    assertEquals(-1e16, b.value(), "the merged accumulator is unaffected");
    assertEquals(2.0, a.merge(a).value(), "merging with itself doubles");
  }

  @Test
  void nonFiniteTermsAreRejected() {
    ExactSum sum = new ExactSum().add(1.0);

    assertThrows(IllegalArgumentException.class, () -> sum.add(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> sum.add(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> sum.add(Double.NEGATIVE_INFINITY));
    assertEquals(1.0, sum.value(), "a rejected term leaves the sum as it was");
  }

  @Test
  void anOverflowingSumIsAnErrorAndTheAccumulatorIsRetired() {
    ExactSum sum = new ExactSum().add(Double.MAX_VALUE);

    assertThrows(ArithmeticException.class, () -> sum.add(Double.MAX_VALUE));
    assertThrows(IllegalStateException.class, sum::value);
    assertThrows(IllegalStateException.class, () -> sum.add(1.0));
    assertThrows(IllegalStateException.class, () -> new ExactSum().merge(sum));
    assertEquals("ExactSum[overflowed]", sum.toString());
  }

  @Test
  void anIntermediateOverflowIsAnErrorEvenIfTheTotalWouldFit() {
    // As CPython's fsum: the partials cannot hold 2 * MAX_VALUE.
    assertThrows(
        ArithmeticException.class,
        () -> ExactSum.of(Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE));
  }

  @Test
  void theTextFormShowsTheValue() {
    assertEquals("ExactSum[0.6]", new ExactSum().addAll(0.1, 0.2, 0.3).toString());
  }
}
