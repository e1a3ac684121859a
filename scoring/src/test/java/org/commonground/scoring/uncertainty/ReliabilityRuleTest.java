// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The NCHS defaults (fewer than 20 events, RSE above 30 %, sample below 30) and custom rules. */
class ReliabilityRuleTest {

  private final ReliabilityRule nchs = ReliabilityRule.nchs();

  @Test
  void defaultsAreNchs() {
    assertEquals(20, nchs.minimumEvents());
    assertEquals(0.30, nchs.maximumRelativeStandardError());
    assertEquals(30, nchs.minimumSampleSize());
  }

  @Test
  void countsBelowTwentyAreFlagged() {
    assertTrue(nchs.assessCount(20).isReliable());
    Reliability nineteen = nchs.assessCount(19);
    assertEquals(List.of(ReliabilityConcern.FEW_EVENTS), nineteen.concerns());
    assertEquals(1 / Math.sqrt(19), nineteen.relativeStandardError().get(), 1e-12);
    assertEquals(
        List.of(ReliabilityConcern.FEW_EVENTS, ReliabilityConcern.HIGH_RELATIVE_STANDARD_ERROR),
        nchs.assessCount(5).concerns());
    Reliability none = nchs.assessCount(0);
    assertEquals(Option.none(), none.relativeStandardError());
    assertFalse(none.isReliable());
  }

  @Test
  void proportionsUseTheBinomialRse() {
    // 81/263: RSE = √((1 − p)/(n p)) = √(182 / (263 × 81)) = 0.09243.
    Reliability r = nchs.assessProportion(81, 263);
    assertTrue(r.isReliable());
    assertEquals(0.09243, r.relativeStandardError().get(), 1e-5);
    assertEquals(
        List.of(ReliabilityConcern.FEW_EVENTS, ReliabilityConcern.HIGH_RELATIVE_STANDARD_ERROR,
            ReliabilityConcern.SMALL_SAMPLE),
        nchs.assessProportion(3, 20).concerns());
    // 25 of 400: enough events, but RSE √(375 / (400 × 25)) = 0.194 fine; 25 of 29 too small a sample.
    assertTrue(nchs.assessProportion(25, 400).isReliable());
    assertEquals(List.of(ReliabilityConcern.SMALL_SAMPLE), nchs.assessProportion(25, 29).concerns());
  }

  @Test
  void thresholdsAreConfigurable() {
    ReliabilityRule lenient = ImmutableReliabilityRule.builder()
        .minimumEvents(10)
        .maximumRelativeStandardError(0.5)
        .minimumSampleSize(0)
        .build();
    assertTrue(lenient.assessCount(12).isReliable());
    assertTrue(lenient.assessProportion(10, 20).isReliable());
    ReliabilityRule rseOnly = ImmutableReliabilityRule.builder().minimumEvents(0).build();
    assertTrue(rseOnly.assessCount(12).isReliable());
    assertFalse(rseOnly.assessCount(11).isReliable());
  }

  @Test
  void badThresholdsAndInputsAreNamed() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> ImmutableReliabilityRule.builder()
            .minimumEvents(-1)
            .maximumRelativeStandardError(Double.NaN)
            .minimumSampleSize(-2)
            .build());
    assertEquals(3, e.count());
    String m = e.getMessage();
    assertTrue(m.contains("minimumEvents: must be at least 0, got -1"), m);
    assertTrue(m.contains("maximumRelativeStandardError: must be above 0"), m);
    assertTrue(m.contains("got NaN"), m);
    assertTrue(m.contains("minimumSampleSize: must be at least 0, got -2"), m);
    assertThrows(ValidationException.class, () -> nchs.assessCount(-1));
    ValidationException p = assertThrows(ValidationException.class, () -> nchs.assessProportion(5, 4));
    assertTrue(p.getMessage().contains("x: must be between 0 and n (4), got 5"), p.getMessage());
  }
}
