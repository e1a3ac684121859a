// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The example of the package's documentation runs as written. */
class PackageExampleTest {

  @Test
  void thePackageExampleRuns() {
    ConfidenceInterval wilson = ConfidenceIntervals.proportion(81, 263);
    assertEquals(0.2553, round4(wilson.lower()));
    assertEquals(0.3662, round4(wilson.upper()));
    ConfidenceInterval exact = ConfidenceIntervals.proportion(0, 10, 0.95, IntervalMethod.CLOPPER_PEARSON);
    assertEquals(0.0, exact.lower());
    assertEquals(0.3085, round4(exact.upper()));
    ConfidenceInterval deaths = ConfidenceIntervals.rate(12, 25_000, 100_000);
    assertEquals(24.8, Math.round(deaths.lower() * 10) / 10.0);
    assertEquals(83.8, Math.round(deaths.upper() * 10) / 10.0);

    Reliability r = ReliabilityRule.nchs().assessCount(12);
    assertFalse(r.isReliable());
    assertEquals(List.of(ReliabilityConcern.FEW_EVENTS), r.concerns());

    assertFalse(ChangeTests.proportions(4, 7, 6, 7, 0.95, IntervalMethod.WILSON).exceedsUncertainty());
    assertEquals(0.0162, round4(ChangeTests.poissonRates(1010, 1, 1122, 1, 0.95).pValue().get()));
  }

  @Test
  void theChangeTestExampleRuns() {
    ChangeTest t = ChangeTests.proportions(45, 60, 52, 58, 0.95, IntervalMethod.WILSON);
    assertEquals(0.1466, round4(t.change()));
    assertEquals(0.0072, round4(t.lower().get()));
    assertEquals(0.2807, round4(t.upper().get()));
    assertEquals(true, t.exceedsUncertainty());
    assertFalse(ChangeTests.poissonRates(12, 1, 19, 1, 0.95).exceedsUncertainty());
    assertFalse(ChangeTests.wald(-2.5, 1.4, 0.95, "change in the gap").exceedsUncertainty());
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
