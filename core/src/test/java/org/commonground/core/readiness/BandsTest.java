// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Wilder's published bands: 4.0–5.0 strength, 3.0–3.9 borderline, below 3.0 concern. */
class BandsTest {

  @Test
  void exactlyFourIsAStrength() {
    assertEquals(Band.STRENGTH, Bands.WILDER.classify(4.0));
    assertEquals(Band.STRENGTH, Bands.WILDER.classify(5.0));
  }

  @Test
  void justBelowFourIsBorderline() {
    assertEquals(Band.BORDERLINE, Bands.WILDER.classify(Math.nextDown(4.0)));
    assertEquals(Band.BORDERLINE, Bands.WILDER.classify(3.9));
  }

  @Test
  void exactlyThreeIsBorderline() {
    assertEquals(Band.BORDERLINE, Bands.WILDER.classify(3.0));
  }

  @Test
  void justBelowThreeIsAConcern() {
    assertEquals(Band.CONCERN, Bands.WILDER.classify(Math.nextDown(3.0)));
    assertEquals(Band.CONCERN, Bands.WILDER.classify(1.0));
  }

  @Test
  void bandsAreConfigurableButOrdered() {
    assertEquals(Band.BORDERLINE, Bands.of(4.5, 3.5).classify(4.0));
    assertThrows(ValidationException.class, () -> Bands.of(3.0, 3.0));
    assertThrows(ValidationException.class, () -> Bands.of(Double.NaN, 3.0));
    assertThrows(IllegalArgumentException.class, () -> Bands.WILDER.classify(Double.NaN));
  }

  @Test
  void eachBandSaysWhatToDo() {
    assertEquals("discuss as a group", Band.BORDERLINE.action());
    assertEquals("strength ≥ 4.0, borderline ≥ 3.0, concern below", Bands.WILDER.toString());
  }
}
