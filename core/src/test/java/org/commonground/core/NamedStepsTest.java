// SPDX-License-Identifier: Apache-2.0
package org.commonground.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import org.commonground.core.alignment.Criterion;
import org.commonground.core.alignment.Dimension;
import org.commonground.core.alignment.Framework;
import org.commonground.core.alignment.Rating;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.Outcome;
import org.commonground.core.measure.Period;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.readiness.Bands;
import org.commonground.core.readiness.Category;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.LadderStep;
import org.commonground.core.readiness.ReadinessDimension;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.relationship.Activity;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Factories with adjacent parameters of one type have a form that names each of them. */
class NamedStepsTest {

  private static final Sector EDUCATION = Sector.of(Sector.Kind.PUBLIC, "education");

  @Test
  void anOrganizationByNamedStepsEqualsTheOneByPosition() {
    Organization school = Organization.identified("lincoln-hs").named("Lincoln High School").in(EDUCATION);

    assertEquals(Organization.of("lincoln-hs", "Lincoln High School", List.of(EDUCATION)), school);
    assertEquals("lincoln-hs", school.id());
    assertEquals("Lincoln High School", school.name());
    assertEquals(school, Organization.identified("lincoln-hs").named("Lincoln High School").in(List.of(EDUCATION)));
    assertEquals(school,
        Organization.identified("lincoln-hs").named("Lincoln High School").in(java.util.List.of(EDUCATION)));
  }

  @Test
  void theNamedStepsReportEveryProblemWithItsPath() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Organization.identified(" ").named(null).in());
    assertEquals(List.of("id", "name", "sectors"), e.violations().map(Violation::path).sorted());
    assertEquals(List.of("id"), assertThrows(ValidationException.class,
        () -> Organization.identified(null)).violations().map(Violation::path));
    assertEquals(List.of("sectors"), assertThrows(ValidationException.class,
        () -> Organization.identified("s").named("S").in((Sector[]) null)).violations().map(Violation::path));
  }

  @Test
  void everyFactoryWithAdjacentParametersOfOneTypeHasABuilderThatNamesThem() {
    assertEquals(Criterion.of("c1", "Shared vision"), Criterion.builder().id("c1").text("Shared vision").build());
    assertEquals(Rating.of("p", "d", 3), Rating.builder().partner("p").dimension("d").value(3).build());
    assertEquals(Dimension.of("v", "Vision", "Shared vision", List.of(Criterion.of("c1", "x"))),
        Dimension.builder().id("v").name("Vision").description("Shared vision")
            .criteria(java.util.List.of(Criterion.of("c1", "x"))).build());
    Dimension vision = Dimension.of("v", "Vision", "Shared vision", List.of(Criterion.of("c1", "x")));
    assertEquals(Framework.of("f", "F", "1st", "src", List.of(vision)),
        Framework.builder().id("f").name("F").edition("1st").source("src").dimensions(java.util.List.of(vision)).build());
    assertEquals(LadderStep.of("A", "We refer"), LadderStep.builder().id("A").statement("We refer").build());
    assertEquals(ReadinessDimension.of("k", "Knowledge"), ReadinessDimension.builder().id("k").name("Knowledge").build());
    assertEquals(ResponseScale.of(1, 5), ResponseScale.builder().min(1).max(5).build());
    assertEquals(Factor.of("f", "Trust", "c"), Factor.builder().id("f").name("Trust").category("c").build());
    assertEquals(Category.of("c", "Environment"), Category.builder().id("c").name("Environment").build());
    assertEquals(PartnerRating.of("a", "b", "coordination"),
        PartnerRating.builder().rater("a").partner("b").level("coordination").build());
    assertEquals(Activity.of("a", "Exchange information"),
        Activity.builder().id("a").description("Exchange information").build());
    assertEquals(Outcome.of("o", "Graduation"), Outcome.builder().id("o").name("Graduation").build());
    assertEquals(Bands.of(4.0, 3.0), Bands.builder().strengthFrom(4.0).borderlineFrom(3.0).build());
    assertEquals(Observation.ratio("s", "i", Period.schoolYear(2023), 1, 2),
        Observation.builder().partner("s").indicator("i").period(Period.schoolYear(2023))
            .numerator(1).denominator(2).build());
  }
}
