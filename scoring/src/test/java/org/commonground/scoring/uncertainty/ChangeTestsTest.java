// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ChangeTestsTest {

  /**
   * Newcombe (1998), Table II, method 10 (score interval, hybrid), for θ = p₁ − p₂; our change is
   * later minus earlier, so the first proportion is passed second.
   */
  @Test
  void theHybridScoreIntervalReproducesNewcombesTable() {
    assertInterval(56, 70, 48, 80, 0.0524, 0.3339);
    assertInterval(9, 10, 3, 10, 0.1705, 0.8090);
    assertInterval(6, 7, 2, 7, 0.0582, 0.8062);
    assertInterval(5, 56, 0, 29, -0.0381, 0.1926);
    assertInterval(0, 10, 0, 20, -0.1611, 0.2775);
    assertInterval(10, 10, 0, 20, 0.6791, 1.0000);
  }

  private static void assertInterval(long x1, long n1, long x2, long n2, double lower, double upper) {
    ChangeTest t = ChangeTests.proportions(x2, n2, x1, n1, 0.95, IntervalMethod.WILSON);
    assertEquals((double) x1 / n1 - (double) x2 / n2, t.change(), 1e-15);
    assertEquals(lower, t.lower().get(), 5e-5, t.explanation());
    assertEquals(upper, t.upper().get(), 5e-5, t.explanation());
    assertEquals(lower > 0 || upper < 0, t.exceedsUncertainty());
    assertEquals(Option.none(), t.pValue());
  }

  @Test
  void sevenStudentsAreNoisySevenThousandAreNot() {
    // 4 of 7 → 6 of 7 graduating looks like +29 points, but is within the noise
    ChangeTest small = ChangeTests.proportions(4, 7, 6, 7, 0.95, IntervalMethod.WILSON);
    assertFalse(small.exceedsUncertainty(), small.explanation());
    assertTrue(small.explanation().contains("includes 0, so the change is within its uncertainty"), small.explanation());
    ChangeTest large = ChangeTests.proportions(4000, 7000, 6000, 7000, 0.95, IntervalMethod.WILSON);
    assertTrue(large.exceedsUncertainty(), large.explanation());
    // Clopper–Pearson bounds give a wider, more conservative interval
    ChangeTest exact = ChangeTests.proportions(4, 7, 6, 7, 0.95, IntervalMethod.CLOPPER_PEARSON);
    assertTrue(exact.upper().get() - exact.lower().get() > small.upper().get() - small.lower().get());
    assertTrue(exact.test().contains("Clopper-Pearson"), exact.test());
  }

  /** The p-values agree with scipy.stats.binom (twice the smaller tail). */
  @Test
  void theConditionalPoissonTestGivesTwiceTheSmallerTail() {
    ChangeTest counts = ChangeTests.poissonRates(10, 1, 25, 1, 0.95);
    assertEquals(0.016673847800120715, counts.pValue().get(), 1e-12);
    assertTrue(counts.exceedsUncertainty());
    assertEquals(15.0, counts.change());
    assertEquals(counts.pValue(), ChangeTests.poissonRates(25, 1, 10, 1, 0.95).pValue());

    ChangeTest rates = ChangeTests.poissonRates(12, 25_000, 30, 40_000, 0.95);
    assertEquals(0.24432897588472116, rates.pValue().get(), 1e-12);
    assertFalse(rates.exceedsUncertainty());
    assertEquals(30 / 40_000.0 - 12 / 25_000.0, rates.change(), 1e-18);

    ChangeTest visits = ChangeTests.poissonRates(1010, 1, 1122, 1, 0.95);
    assertEquals(0.01619809262693167, visits.pValue().get(), 1e-12);

    assertEquals(1.0, ChangeTests.poissonRates(0, 1, 0, 1, 0.95).pValue().get());
    assertFalse(ChangeTests.poissonRates(0, 1, 0, 1, 0.95).exceedsUncertainty());
  }

  @Test
  void beyondTheBinomialsRangeTheNormalApproximationIsNamed() {
    ChangeTest huge = ChangeTests.poissonRates(2_000_000_000L, 1, 2_000_300_000L, 1, 0.95);
    assertTrue(huge.test().contains("normal approximation"), huge.test());
    assertTrue(huge.exceedsUncertainty(), huge.explanation());
  }

  @Test
  void theWaldTestComparesTheChangeWithItsStandardError() {
    ChangeTest within = ChangeTests.wald(-2.5, 1.4, 0.95, "change in the gap");
    assertFalse(within.exceedsUncertainty());
    assertEquals(-2.5 - 1.959963984540054 * 1.4, within.lower().get(), 1e-12);
    assertTrue(within.explanation().startsWith("Wald z-test of the change in the gap"), within.explanation());
    assertTrue(ChangeTests.wald(-3, 1.4, 0.95, "change").exceedsUncertainty());
    assertTrue(ChangeTests.wald(1, 0, 0.95, "change").exceedsUncertainty());
    assertFalse(ChangeTests.wald(0, 0, 0.95, "change").exceedsUncertainty());
  }

  @Test
  void badInputNamesEveryProblem() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> ChangeTests.proportions(-1, 0, 5, 4, 1.5, IntervalMethod.GARWOOD));
    assertEquals(5, e.violations().size(), e.getMessage());
    ValidationException rates =
        assertThrows(ValidationException.class, () -> ChangeTests.poissonRates(-1, 0, -2, Double.NaN, 0));
    assertEquals(5, rates.violations().size(), rates.getMessage());
    ValidationException wald =
        assertThrows(ValidationException.class, () -> ChangeTests.wald(Double.NaN, -1, 1, " "));
    assertEquals(4, wald.violations().size(), wald.getMessage());
    assertEquals(0.25 * 0.75 / 4, ChangeTests.proportionVariance(1, 4));
    assertEquals(4 / 100.0, ChangeTests.poissonRateVariance(4, 10));
    assertThrows(ValidationException.class, () -> ChangeTests.proportionVariance(5, 4));
    assertThrows(ValidationException.class, () -> ChangeTests.poissonRateVariance(1, 0));
  }
}
