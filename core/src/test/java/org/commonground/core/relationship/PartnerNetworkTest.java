// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class PartnerNetworkTest {

  private static PartnerAssessment assessment(String rater, String partner) {
    return PartnerAssessment.builder().rater(rater).partner(partner)
        .reliability(4).missionSupport(3).openness(4).powerInfluence(2).involvement(3).resourceContribution(1).build();
  }

  @Test
  void trustAndValueAreTheMeansOfTheirThreeItems() {
    PartnerAssessment a = assessment("a", "b");
    assertEquals(11 / 3.0, a.trust());
    assertEquals(2.0, a.value());
  }

  @Test
  void anAssessmentNamesEveryItemOutsideOneToFour() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> PartnerAssessment.builder().rater(" ").partner("b")
            .reliability(0).missionSupport(5).openness(4).powerInfluence(-1).involvement(1).resourceContribution(9).build());
    assertEquals(
        List.of("rater: must not be blank, got \" \"", "reliability: must be between 1 and 4, got 0",
            "missionSupport: must be between 1 and 4, got 5", "powerInfluence: must be between 1 and 4, got -1",
            "resourceContribution: must be between 1 and 4, got 9"),
        e.violations().map(Violation::toString));
  }

  @Test
  void aNetworkNamesEveryProblemWithItsPath() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> PartnerNetwork.of(List.of("a", "b", "b"),
            List.of(assessment("a", "b"), assessment("a", "a"), assessment("x", "b"), assessment("a", "b"))));
    assertEquals(
        List.of(
            "members[2]: duplicates members[1] (b)",
            "assessments[3]: duplicates assessments[0] (a → b)",
            "assessments[1].partner: must be another member than the rater, got \"a\"",
            "assessments[2].rater: must be a member (a, b, b), got \"x\""),
        e.violations().map(Violation::toString));
    assertEquals(List.of("members: must have at least 2, got 1"),
        assertThrows(ValidationException.class, () -> PartnerNetwork.of(List.of("a"), List.empty()))
            .violations().map(Violation::toString));
  }

  @Test
  void membersMustBeIds() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> PartnerNetwork.of(List.of("a", "b\nx", " c"), List.empty()));
    assertEquals(List.of("members[1]", "members[2]"), e.violations().map(Violation::path));
  }
}
