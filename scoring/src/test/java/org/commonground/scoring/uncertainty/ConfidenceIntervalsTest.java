// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Intervals against published values: Newcombe, "Two-sided confidence intervals for the single
 * proportion: comparison of seven methods", Stat Med 17 (1998), Table II (methods 3, Wilson score,
 * and 5, Clopper–Pearson exact); the closed forms of the exact interval at 0/n and n/n; and the
 * exact Poisson limits tabulated by Garwood (1936) and in the NCHS/CDC WONDER tables of 95 %
 * confidence limits for small counts.
 */
class ConfidenceIntervalsTest {

  private static void assertBounds(double lower, double upper, ConfidenceInterval ci, double tolerance) {
    assertAll(
        () -> assertEquals(lower, ci.lower(), tolerance, "lower of " + ci),
        () -> assertEquals(upper, ci.upper(), tolerance, "upper of " + ci));
  }

  @Test
  void wilsonMatchesNewcombe() {
    ConfidenceInterval ci = ConfidenceIntervals.proportion(81, 263);
    assertBounds(0.2553, 0.3662, ci, 5e-5);
    assertEquals(IntervalMethod.WILSON, ci.method());
    assertEquals(0.95, ci.level());
    assertBounds(0.0624, 0.1605, ConfidenceIntervals.proportion(15, 148), 5e-5);
    assertBounds(0.0, 0.1611, ConfidenceIntervals.proportion(0, 20), 5e-5);
    assertBounds(0.0061, 0.1718, ConfidenceIntervals.proportion(1, 29), 5e-5);
  }

  @Test
  void wilsonByHand() {
    // 81/263 at 95 %: p = 0.30798, z = 1.95996, z²/n = 0.014606;
    // centre = (0.30798 + 0.007303) / 1.014606 = 0.31075;
    // half = 1.95996 / 1.014606 × √(0.30798 × 0.69202 / 263 + 0.014606 / 1052) = 0.055459.
    ConfidenceInterval ci = ConfidenceIntervals.proportion(81, 263);
    assertEquals(0.31075, (ci.lower() + ci.upper()) / 2, 1e-5);
    assertEquals(0.055459, ci.width() / 2, 1e-5);
  }

  @Test
  void clopperPearsonMatchesNewcombe() {
    assertBounds(0.2527, 0.3676,
        ConfidenceIntervals.proportion(81, 263, 0.95, IntervalMethod.CLOPPER_PEARSON), 5e-5);
    assertBounds(0.0578, 0.1617,
        ConfidenceIntervals.proportion(15, 148, 0.95, IntervalMethod.CLOPPER_PEARSON), 5e-5);
    assertBounds(0.0, 0.1684,
        ConfidenceIntervals.proportion(0, 20, 0.95, IntervalMethod.CLOPPER_PEARSON), 5e-5);
    assertBounds(0.0009, 0.1776,
        ConfidenceIntervals.proportion(1, 29, 0.95, IntervalMethod.CLOPPER_PEARSON), 5e-5);
  }

  @Test
  void clopperPearsonAtTheEdgesHasClosedForms() {
    // 0/n: [0, 1 − (α/2)^(1/n)]; n/n: [(α/2)^(1/n), 1].
    for (int n : new int[] {1, 2, 10, 30, 1000}) {
      double edge = Math.pow(0.025, 1.0 / n);
      assertBounds(0, 1 - edge,
          ConfidenceIntervals.proportion(0, n, 0.95, IntervalMethod.CLOPPER_PEARSON), 1e-12);
      assertBounds(edge, 1,
          ConfidenceIntervals.proportion(n, n, 0.95, IntervalMethod.CLOPPER_PEARSON), 1e-12);
    }
    assertBounds(0, 0.3085, ConfidenceIntervals.proportion(0, 10, 0.95, IntervalMethod.CLOPPER_PEARSON), 5e-5);
  }

  @Test
  void wilsonStaysInsideTheUnitInterval() {
    for (int n : new int[] {1, 2, 5, 30}) {
      ConfidenceInterval none = ConfidenceIntervals.proportion(0, n);
      ConfidenceInterval all = ConfidenceIntervals.proportion(n, n);
      assertEquals(0, none.lower());
      assertEquals(1, all.upper());
      assertEquals(none.upper(), 1 - all.lower(), 1e-12);
    }
  }

  @Test
  void garwoodMatchesThePublishedTable() {
    // 95 % exact Poisson limits of a count x.
    double[][] table = {
      {0, 0, 3.689}, {1, 0.0253, 5.572}, {2, 0.2422, 7.225}, {3, 0.6187, 8.767},
      {5, 1.623, 11.668}, {10, 4.795, 18.390}, {20, 12.217, 30.888}
    };
    for (double[] row : table) {
      ConfidenceInterval ci = ConfidenceIntervals.count((long) row[0]);
      assertBounds(row[1], row[2], ci, 6e-4);
      assertEquals(IntervalMethod.GARWOOD, ci.method());
    }
  }

  @Test
  void garwoodByHandAtOneEvent() {
    // x = 1 at 90 %: lower = −ln(0.95) = 0.051293; upper solves e^−μ (1 + μ) = 0.05, μ = 4.7439.
    assertBounds(-Math.log(0.95), 4.7439, ConfidenceIntervals.count(1, 0.90), 1e-4);
    // x = 0: upper = −ln(α/2).
    assertEquals(-Math.log(0.025), ConfidenceIntervals.count(0).upper(), 1e-9);
  }

  @Test
  void rateScalesTheCountInterval() {
    // 12 deaths in 25,000 people, per 100,000: 48, limits 6.201 and 20.962 × 4.
    ConfidenceInterval ci = ConfidenceIntervals.rate(12, 25_000, 100_000);
    assertBounds(24.80, 83.85, ci, 0.01);
    assertTrue(ci.contains(48));
    assertBounds(0, 0.922, ConfidenceIntervals.rate(0, 4_000, 1_000, 0.95), 5e-4);
  }

  @Test
  void higherLevelsGiveWiderIntervals() {
    ConfidenceInterval ninety = ConfidenceIntervals.proportion(81, 263, 0.90, IntervalMethod.WILSON);
    ConfidenceInterval ninetyNine = ConfidenceIntervals.proportion(81, 263, 0.99, IntervalMethod.WILSON);
    assertTrue(ninety.width() < ninetyNine.width());
    assertFalse(ninety.contains(0.2));
  }

  @Test
  void badProportionInputIsNamed() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> ConfidenceIntervals.proportion(-1, -5, Double.NaN, IntervalMethod.GARWOOD));
    assertEquals(4, e.count());
    String m = e.getMessage();
    assertAll(
        () -> assertTrue(m.contains("n: must be at least 1, got -5"), m),
        () -> assertTrue(m.contains("x: must be between 0 and n (0), got -1"), m),
        () -> assertTrue(m.contains("level: must be between 0 and 1 (exclusive), got NaN"), m),
        () -> assertTrue(m.contains("method: must be WILSON or CLOPPER_PEARSON, got GARWOOD"), m));
    ValidationException over = assertThrows(ValidationException.class,
        () -> ConfidenceIntervals.proportion(300, 263));
    assertTrue(over.getMessage().contains("x: must be between 0 and n (263), got 300"), over.getMessage());
    for (double level : new double[] {0, 1, -0.5, 1.5, Double.POSITIVE_INFINITY}) {
      assertThrows(ValidationException.class,
          () -> ConfidenceIntervals.proportion(1, 2, level, IntervalMethod.WILSON));
    }
    assertThrows(ValidationException.class, () -> ConfidenceIntervals.proportion(1, 2, 0.95, null));
  }

  @Test
  void badCountAndRateInputIsNamed() {
    ValidationException count = assertThrows(ValidationException.class,
        () -> ConfidenceIntervals.count(-3, 1.5));
    assertEquals(2, count.count());
    assertTrue(count.getMessage().contains("x: must be at least 0, got -3"), count.getMessage());
    ValidationException rate = assertThrows(ValidationException.class,
        () -> ConfidenceIntervals.rate(-1, Double.NaN, 0, 0));
    assertEquals(4, rate.count());
    String m = rate.getMessage();
    assertAll(
        () -> assertTrue(m.contains("population: must be a finite number above 0, got NaN"), m),
        () -> assertTrue(m.contains("per: must be a finite number above 0, got 0.0"), m),
        () -> assertTrue(m.contains("level: must be between 0 and 1 (exclusive), got 0.0"), m));
  }

  @Test
  void anIntervalChecksItsBounds() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> ImmutableConfidenceInterval.of(0.5, 0.2, 1.0, IntervalMethod.WILSON));
    assertEquals(2, e.count());
    assertTrue(e.getMessage().contains("upper: must be at least lower (0.5), got 0.2"), e.getMessage());
    assertThrows(ValidationException.class,
        () -> ImmutableConfidenceInterval.of(Double.NaN, 0.2, 0.95, IntervalMethod.WILSON));
  }
}
