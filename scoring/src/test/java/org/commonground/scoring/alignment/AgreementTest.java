// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** r_wg (James, Demaree & Wolf 1984) on a five-point scale: σ²_EU = (5² − 1) / 12 = 2. */
class AgreementTest {

  @Test
  void identicalRatingsAgreeFully() {
    assertEquals(Option.of(1.0), Agreement.rwg(List.of(4, 4, 4, 4, 4, 4), 5));
  }

  @Test
  void aUniformSpreadAgreesNotAtAll() {
    // 1, 2, 3, 4, 5: s² = 10 / 4 = 2.5 > σ²_EU = 2, so r_wg is set to 0
    assertEquals(Option.of(0.0), Agreement.rwg(List.of(1, 2, 3, 4, 5), 5));
    // 1, 1, 5, 5: s² = 16 / 3 > 2, also 0
    assertEquals(Option.of(0.0), Agreement.rwg(List.of(1, 1, 5, 5), 5));
  }

  @Test
  void aHandComputedMiddleCase() {
    // 4, 4, 5, 3: mean 4, s² = (0 + 0 + 1 + 1) / 3 = 2/3, r_wg = 1 − (2/3) / 2 = 2/3
    assertEquals(Option.of(2.0 / 3), Agreement.rwg(List.of(4, 4, 5, 3), 5));
    // 3, 4 on a 1–9 scale: s² = 0.5, σ²_EU = 80 / 12, r_wg = 1 − 0.5 × 12 / 80 = 0.925
    assertEquals(Option.of(0.925), Agreement.rwg(List.of(3, 4), 9));
  }

  @Test
  void agreementIsUndefinedForFewerThanTwoRatings() {
    assertEquals(Option.none(), Agreement.rwg(List.of(4), 5));
    assertEquals(Option.none(), Agreement.rwg(List.empty(), 5));
    assertThrows(IllegalArgumentException.class, () -> Agreement.rwg(List.of(1, 1), 1));
  }

  @Test
  void ratingsOffTheScaleAreRefusedEachByIndex() {
    ValidationException e = assertThrows(ValidationException.class, () -> Agreement.rwg(List.of(6, -4), 7));
    assertEquals(List.of(Violation.of("ratings[1]", "must be between 1 and 7, got -4")), e.violations());

    ValidationException both =
        assertThrows(ValidationException.class, () -> Agreement.rwg(List.of(0, 3, 5, null), ResponseScale.of(1, 4)));
    assertEquals(
        List.of(
            Violation.of("ratings[0]", "must be between 1 and 4, got 0"),
            Violation.of("ratings[2]", "must be between 1 and 4, got 5"),
            Violation.of("ratings[3]", "must be between 1 and 4, got null")),
        both.violations());
    assertThrows(ValidationException.class, () -> Agreement.rwg(List.of(1, 1), 1));
    assertThrows(ValidationException.class, () -> Agreement.rwg(null, 5));
    // On a 0–4 scale (five points) 0 is a point, and σ²_EU is that of any five-point scale.
    assertEquals(Agreement.rwg(List.of(4, 4, 5, 3), 5), Agreement.rwg(List.of(3, 3, 4, 2), ResponseScale.of(0, 4)));
  }
}
