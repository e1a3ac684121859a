// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class AlignmentRatingsTest {

  @Test
  void theBuiltInFrameworksHaveTheirPublishedDimensions() {
    assertEquals(
        List.of("Aligned leadership", "Aligned outcomes", "Aligned action", "Aligned data systems", "Aligned advocacy"),
        Frameworks.FIVE_ALIGNMENTS.dimensions().map(Dimension::name));
    assertEquals(
        List.of("common-agenda", "shared-measurement", "mutually-reinforcing", "continuous-communication", "backbone-support"),
        Frameworks.COLLECTIVE_IMPACT.dimensions().map(Dimension::id));
    assertEquals(8, Frameworks.WORKING_TOGETHER.dimensions().size());
    assertEquals("Collective Impact (Kania & Kramer 2011)", Frameworks.COLLECTIVE_IMPACT.toString());
    assertEquals(Option.of("Commitment to a common vision"),
        Frameworks.FIVE_ALIGNMENTS.dimension("leadership").flatMap(d -> d.criterion("common-vision")).map(Criterion::text));
  }

  @Test
  void everyBadRatingIsReportedWithItsPath() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                AlignmentRatings.of(
                    Frameworks.FIVE_ALIGNMENTS,
                    Frameworks.IN_PLACE,
                    List.of(
                        Rating.of("lincoln-hs", "leadership", 6),
                        Rating.of("lincoln-hs", "leadership", 4),
                        Rating.of("eastside-cc", "governance", 3),
                        Rating.ofCriterion("eastside-cc", "outcomes", "nine-outcomes", 0))));

    assertEquals(
        List.of(
            "ratings[1]: duplicates ratings[0] (lincoln-hs on leadership)",
            "ratings[0].value: must be between 1 and 5, got 6",
            "ratings[2].dimension: must be a dimension of Five alignments (United Way Worldwide) "
                + "(leadership, outcomes, action, data-systems, advocacy), got \"governance\"",
            "ratings[3].value: must be between 1 and 5, got 0",
            "ratings[3].criterion: must be a criterion of outcomes (eight-to-ten, all-levels, trends-shared), got \"nine-outcomes\""),
        e.violations().map(Violation::toString));
  }

  @Test
  void aPartnerMayRateADimensionAndEachOfItsCriteria() {
    AlignmentRatings ratings =
        AlignmentRatings.of(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE, List.of(
            Rating.of("a", "leadership", 4),
            Rating.ofCriterion("a", "leadership", "common-vision", 5),
            Rating.ofCriterion("a", "leadership", "data-standards", 2)));

    assertEquals(3, ratings.ratings().size());
    assertEquals("leadership/common-vision", ratings.ratings().get(1).subject());
  }

  @Test
  void userFrameworksAreChecked() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Framework.of("f", "F", "1", "mine", List.of(
            Dimension.of("d", "D", "desc", List.empty()), Dimension.of("d", "D2", " ", List.empty()))));
    assertEquals(List.of("description: must not be blank, got \" \""), e.violations().map(Violation::toString));
    assertThrows(ValidationException.class, () -> Framework.of("f", "F", "1", "mine", List.empty()));
    assertThrows(ValidationException.class, () -> Rating.of("", "d", 1));
  }

  @Test
  void aRatedCriterionMustBeAnId() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Rating.ofCriterion("a", "goals", "shared\tvision", 3));
    assertEquals(List.of("criterion"), e.violations().map(Violation::path));
    assertThrows(ValidationException.class, () -> Rating.ofCriterion("a", "goals", " ", 3));
  }
}
