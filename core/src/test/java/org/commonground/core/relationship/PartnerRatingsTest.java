// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class PartnerRatingsTest {

  private static final Continuum LCS = Continua.LEVELS_OF_COLLABORATION;

  @Test
  void everyProblemIsNamedWithItsPath() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> PartnerRatings.of(LCS, List.of("a", "b", "a"), List.of(
            PartnerRating.of("a", "b", "coordination"),
            PartnerRating.of("a", "a", "networking"),
            PartnerRating.of("z", "b", "merger"),
            PartnerRating.of("a", "b", "coalition"))));

    assertEquals(
        List.of(
            "members[2]: duplicates members[0] (a)",
            "ratings[3]: duplicates ratings[0] (a → b)",
            "ratings[1].partner: must be another member than the rater, got \"a\"",
            "ratings[2].rater: must be a member (a, b, a), got \"z\"",
            "ratings[2].level: must be a level of Levels of Collaboration Scale "
                + "(no-interaction, networking, cooperation, coordination, coalition, collaboration), got \"merger\""),
        e.violations().map(Violation::toString));
  }

  @Test
  void aRatingNamesEveryBlankField() {
    ValidationException e = assertThrows(ValidationException.class, () -> PartnerRating.of(" ", "", "x"));
    assertEquals(List.of("rater: must not be blank, got \" \"", "partner: must not be blank, got \"\""),
        e.violations().map(Violation::toString));
  }

  @Test
  void aMemberMayLeaveAPartnerUnrated() {
    PartnerRatings ratings = PartnerRatings.of(LCS, List.of("a", "b"), List.of(PartnerRating.of("a", "b", "coalition")));

    assertEquals(Option.of("coalition"), ratings.level("a", "b").map(Level::id));
    assertEquals(Option.none(), ratings.level("b", "a"));
    assertEquals("a → b: coalition", ratings.ratings().head().toString());
    assertEquals(List.of("members: must have at least 2, got 1"),
        assertThrows(ValidationException.class, () -> PartnerRatings.of(LCS, List.of("a"), List.empty()))
            .violations().map(Violation::toString));
  }
}
