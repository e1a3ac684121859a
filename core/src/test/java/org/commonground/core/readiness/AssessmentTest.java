// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class AssessmentTest {

  @Test
  void theEditionsDifferByTheMergedFirstDimension() {
    assertEquals(6, CommunityReadinessModel.HANDBOOK_2006.dimensions().size());
    assertEquals(5, CommunityReadinessModel.HANDBOOK_2014.dimensions().size());
    assertEquals("3 vague awareness", ReadinessStage.of(3).toString());
    assertEquals(ReadinessStage.HIGH_LEVEL_OF_COMMUNITY_OWNERSHIP, ReadinessStage.of(9));
    assertThrows(IllegalArgumentException.class, () -> ReadinessStage.of(10));
  }

  @Test
  void scorersWhoDifferMustAgreeAConsensusNotAverage() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> org.commonground.core.readiness.ImmutableDimensionRating.builder()
                .dimension("leadership").firstScorer(3).secondScorer(5).build());

    assertEquals(
        List.of("consensus: must be given when the scorers differ (3.0 and 5.0): scorers agree a consensus, they do not average"),
        e.violations().map(Violation::toString));
  }

  @Test
  void ratingsMustLieOnTheAnchoredScale() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> DimensionRating.of("leadership", 0, 10, 9.5));

    assertEquals(
        List.of(
            "firstScorer: must be between 1 and 9, got 0.0",
            "secondScorer: must be between 1 and 9, got 10.0",
            "consensus: must be between 1 and 9, got 9.5"),
        e.violations().map(Violation::toString));
  }

  @Test
  void everyInterviewMustRateEveryDimensionAndNothingElse() {
    CommunityReadinessModel model = CommunityReadinessModel.HANDBOOK_2014;
    List<DimensionRating> complete = model.dimensions().map(d -> DimensionRating.agreed(d.id(), 4));

    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ReadinessAssessment.of(
                    model,
                    "youth substance use",
                    List.of(
                        Interview.of("principal", complete),
                        Interview.of("pastor", complete.drop(1).append(DimensionRating.agreed("knowledge-of-efforts", 3))),
                        Interview.of("principal", complete))));

    assertEquals(
        List.of(
            "interviews[2]: duplicates interviews[0] (principal)",
            "interviews[1].ratings: must rate every dimension of Community Readiness Model (2014), missing \"community-efforts\"",
            "interviews[1].ratings[4].dimension: must be a dimension of Community Readiness Model (2014), got \"knowledge-of-efforts\""),
        e.violations().map(Violation::toString));
  }

  @Test
  void theCommunityCollaborativeAssessmentHasTwoFiveStepLadders() {
    assertEquals(List.of("A", "B", "C", "D", "E"), CommunityCollaborativeAssessment.CONSTITUENT.steps().map(LadderStep::id));
    assertEquals(5, CommunityCollaborativeAssessment.ORGANIZATION.steps().size());
    assertEquals("Our organization acts independently", CommunityCollaborativeAssessment.ORGANIZATION.steps().head().statement());
    assertEquals(5, CommunityCollaborativeAssessment.REFLECTION_QUESTIONS.size());
  }
}
