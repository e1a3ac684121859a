// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.commonground.core.readiness.CommunityReadinessModel;
import org.commonground.core.readiness.DimensionRating;
import org.commonground.core.readiness.Interview;
import org.commonground.core.readiness.ReadinessAssessment;
import org.commonground.core.readiness.ReadinessDimension;
import org.commonground.core.readiness.ReadinessStage;
import org.junit.jupiter.api.Test;

class StageScoringTest {

  private static final CommunityReadinessModel ONE_DIMENSION =
      CommunityReadinessModel.of("test", "test", List.of(ReadinessDimension.of("leadership", "Leadership")));

  private static ReadinessAssessment leadership(double... consensus) {
    List<Interview> interviews =
        List.range(0, consensus.length)
            .map(i -> Interview.of("i" + i, List.of(DimensionRating.agreed("leadership", consensus[i]))));
    return ReadinessAssessment.of(ONE_DIMENSION, "issue", interviews);
  }

  @Test
  void threePointSevenFiveIsStageThreeNeverRoundedUp() {
    // (4 + 4 + 4 + 3) / 4 = 3.75 → stage 3, vague awareness
    CommunityReadinessScore result = StageScoring.score(leadership(4, 4, 4, 3));

    assertEquals(3.75, result.score());
    assertTrue(result.dimensions().head().explanation().contains("(4, 4, 4, 3)"), result.dimensions().head().explanation());
    assertEquals(ReadinessStage.VAGUE_AWARENESS, result.stage());
    assertEquals(ReadinessStage.VAGUE_AWARENESS, result.dimensions().head().stage());
  }

  @Test
  void anExactIntegerIsNeverPushedBelowItself() {
    // (4.1 + 4.3 + 3.6) / 3 = 12 / 3 = 4 exactly; in double arithmetic it is 3.9999999999999996.
    assertEquals(3.9999999999999996, (4.1 + 4.3 + 3.6) / 3);

    CommunityReadinessScore result = StageScoring.score(leadership(4.1, 4.3, 3.6));

    assertEquals(ReadinessStage.PREPLANNING, result.stage());
    assertEquals(4.0, result.score());
    assertTrue(result.dimensions().head().explanation().contains("(4.1, 4.3, 3.6)"), result.dimensions().head().explanation());
  }

  @Test
  void theOverallScoreIsTheMeanOfTheDimensionScores() {
    // 2014 edition, two interviews. Dimension means: efforts (3+4)/2 = 3.5, leadership (5+6)/2 = 5.5,
    // climate (2+3)/2 = 2.5, knowledge (4+4)/2 = 4, resources (3+3)/2 = 3.
    // Overall (3.5 + 5.5 + 2.5 + 4 + 3) / 5 = 18.5 / 5 = 3.7 → stage 3.
    CommunityReadinessModel model = CommunityReadinessModel.HANDBOOK_2014;
    Interview first =
        Interview.of("principal", List.of(
            DimensionRating.agreed("community-efforts", 3),
            DimensionRating.of("leadership", 4, 6, 5),
            DimensionRating.agreed("community-climate", 2),
            DimensionRating.agreed("knowledge-of-issue", 4),
            DimensionRating.agreed("resources", 3)));
    Interview second =
        Interview.of("pastor", List.of(
            DimensionRating.of("community-efforts", 3, 5, 4),
            DimensionRating.agreed("leadership", 6),
            DimensionRating.of("community-climate", 3, 4, 3),
            DimensionRating.agreed("knowledge-of-issue", 4),
            DimensionRating.agreed("resources", 3)));

    CommunityReadinessScore result =
        StageScoring.score(ReadinessAssessment.of(model, "youth substance use", List.of(first, second)));

    assertEquals(3.7, result.score());
    assertEquals(ReadinessStage.VAGUE_AWARENESS, result.stage());
    assertEquals(
        List.of("community-climate", "resources", "community-efforts", "knowledge-of-issue", "leadership"),
        result.lowestFirst().map(d -> d.dimension().id()));
    assertEquals(ReadinessStage.PREPARATION, result.dimension("leadership").get().stage());
    // 10 ratings: 7 equal before consensus, 9 within one point (4 vs 6 and 3 vs 5 are two apart).
    assertEquals(0.7, result.exactAgreement());
    assertEquals(0.8, result.agreementWithinOne());
    assertTrue(result.explanation().startsWith("Stage 3 vague awareness: overall score 3.70"), result.explanation());
    assertTrue(result.explanation().contains("Work first on Community climate (2.50, stage 2 denial / resistance)"), result.explanation());
    assertTrue(result.explanation().contains("agreed exactly on 70% of ratings and within one point on 80%"), result.explanation());
    assertEquals(
        "Leadership: 5.50, stage 5 preparation — the mean of 2 consensus scores (5, 6); scorers agreed "
            + "exactly on 50% and within one point on 50% of interviews.",
        result.dimension("leadership").get().explanation());
    assertEquals(
        "Community climate: 2.50, stage 2 denial / resistance — the mean of 2 consensus scores (2, 3); "
            + "scorers agreed exactly on 50% and within one point on 100% of interviews.",
        result.dimension("community-climate").get().explanation());
  }

  @Test
  void scoresAreTheExactMeanRoundedOnceToADouble() {
    // (8 + 8 + 9) / 3 = 25/3; the nearest double is 25.0 / 3 = 8.333333333333334. Rounding first to
    // 16 decimal digits (8.333333333333333) and then to a double gives 8.333333333333332.
    CommunityReadinessScore result = StageScoring.score(leadership(8, 8, 9));

    assertEquals(25.0 / 3, result.score());
    assertEquals(25.0 / 3, result.dimensions().head().score());
    assertEquals(ReadinessStage.CONFIRMATION_EXPANSION, result.stage());
  }
}
