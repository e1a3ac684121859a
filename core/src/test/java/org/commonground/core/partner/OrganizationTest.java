// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.commonground.core.partner.Sector.Kind;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  private static final Sector EDUCATION = Sector.of(Kind.PUBLIC, "education");

  @Test
  void anOrganizationKeepsWhatItWasGiven() {
    Organization school = Organization.of("lincoln-hs", "Lincoln High School", List.of(EDUCATION));

    assertEquals("lincoln-hs", school.id());
    assertEquals("Lincoln High School", school.name());
    assertEquals(List.of(EDUCATION), school.sectors());
  }

  @Test
  void anOrganizationIsInEachOfItsSectorsWhateverTheField() {
    Organization board =
        Organization.of(
            "wib", "Workforce Board", List.of(Sector.of(Kind.PUBLIC), Sector.of(Kind.PRIVATE, "jobs")));

    assertTrue(board.isIn(Kind.PUBLIC));
    assertTrue(board.isIn(Kind.PRIVATE));
    assertFalse(board.isIn(Kind.NONPROFIT));
    assertFalse(board.isIn(Kind.COMMUNITY));
  }

  @Test
  void everyProblemIsReportedWithItsPath() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Organization.of(" ", "", List.empty()));

    assertEquals(
        List.of(
            Violation.of("id", "must not be blank, got \" \""),
            Violation.of("name", "must not be blank, got \"\""),
            Violation.of("sectors", "must have at least 1, got 0")),
        e.violations());
    assertEquals(
        "Organization is invalid (3 problems): id: must not be blank, got \" \"; "
            + "name: must not be blank, got \"\"; sectors: must have at least 1, got 0",
        e.getMessage());
  }

  @Test
  void aRepeatedSectorIsNamedByPosition() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Organization.of(
                    "cc", "Counseling Center", List.of(EDUCATION, Sector.of(Kind.NONPROFIT), EDUCATION)));

    assertEquals(
        List.of(Violation.of("sectors[2]", "duplicates sectors[0] (public (education))")),
        e.violations());
  }

  @Test
  void aMissingRequiredAttributeFailsTheBuilderNamingIt() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Organization.builder().id("x").build());

    assertEquals(List.of(Violation.of("name", "must be set")), e.violations());
  }

  @Test
  void everyNullIsAViolationWithItsPath() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Organization.of(null, null, null));

    assertEquals(
        List.of(
            Violation.of("id", "must not be null"),
            Violation.of("name", "must not be null"),
            Violation.of("sectors", "must not be null")),
        e.violations());
  }

  @Test
  void aNullIsReportedTogetherWithTheOtherRules() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Organization.of(null, " ", List.of(EDUCATION, null)));

    assertEquals(
        List.of(
            Violation.of("id", "must not be null"),
            Violation.of("sectors[1]", "must not be null"),
            Violation.of("name", "must not be blank, got \" \"")),
        e.violations());
  }

  @Test
  void aNullGivenToACopyMethodIsAViolationToo() {
    Organization school = Organization.of("lincoln-hs", "Lincoln High School", List.of(EDUCATION));

    ValidationException e =
        assertThrows(ValidationException.class, () -> ((ImmutableOrganization) school).withName(null));
    assertEquals(List.of(Violation.of("name", "must not be null")), e.violations());
  }

  @Test
  void sectorsDefaultToEmptyAndAreThenRequired() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Organization.builder().id("a").name("A").build());

    assertEquals(List.of(Violation.of("sectors", "must have at least 1, got 0")), e.violations());
  }

  @Test
  void withCopiesAreValidatedToo() {
    Organization school = Organization.of("lincoln-hs", "Lincoln High School", List.of(EDUCATION));

    assertEquals("Lincoln HS", ((ImmutableOrganization) school).withName("Lincoln HS").name());
    assertThrows(
        ValidationException.class, () -> ((ImmutableOrganization) school).withName("  "));
  }

  @Test
  void valueEquality() {
    assertEquals(
        Organization.of("a", "A", List.of(EDUCATION)), Organization.of("a", "A", List.of(EDUCATION)));
    assertEquals(
        Organization.of("a", "A", List.of(EDUCATION)).hashCode(),
        Organization.of("a", "A", List.of(EDUCATION)).hashCode());
  }

  @Test
  void anIdWithALineBreakOrSurroundingSpacesIsRefused() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Organization.of("lincoln\nhs", "Lincoln High School", List.of(EDUCATION)));
    assertEquals("id", e.violations().head().path());
    assertFalse(e.getMessage().contains("\n"));
    assertThrows(ValidationException.class, () -> Organization.of(" lincoln-hs", "Lincoln High School", List.of(EDUCATION)));
  }
}
