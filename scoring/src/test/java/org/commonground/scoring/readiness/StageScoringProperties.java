// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import java.math.BigInteger;
import org.commonground.core.readiness.CommunityReadinessModel;
import org.commonground.core.readiness.DimensionRating;
import org.commonground.core.readiness.Interview;
import org.commonground.core.readiness.ReadinessAssessment;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StageScoringProperties {

  /**
   * Consensus scores in tenths (1.0 to 9.0) for 1–8 interviews on the 2014 edition's five
   * dimensions: the stage must be the floor of the exact rational mean Σ tenths / (10 · n · 5),
   * computed here in integers.
   */
  @Test
  void stageTruncationIsExactForEveryRationalScore() {
    CommunityReadinessModel model = CommunityReadinessModel.HANDBOOK_2014;
    int dimensions = model.dimensions().size();
    qt().forAll(consensusTenths(dimensions))
        .check(
            tenths -> {
              List<Interview> interviews = interviews(model, tenths);
              long sum = sum(tenths);
              long expected =
                  BigInteger.valueOf(sum)
                      .divide(BigInteger.valueOf(10L * tenths.size() * dimensions))
                      .longValueExact();
              CommunityReadinessScore result =
                  StageScoring.score(ReadinessAssessment.of(model, "issue", interviews));
              return result.stage().number() == expected;
            });
  }

  @Test
  void everyDimensionsStageIsTheIntegerPartOfItsExactMean() {
    CommunityReadinessModel model = CommunityReadinessModel.HANDBOOK_2006;
    qt().forAll(lists().of(integers().between(2, 18)).ofSizeBetween(1, 12))
        .check(
            halves -> {
              // Half points on the first dimension, 9 elsewhere.
              List<Interview> interviews =
                  List.ofAll(halves).zipWithIndex().map(h -> Interview.of("i" + h._2,
                      model.dimensions().map(d -> DimensionRating.agreed(d.id(),
                          d.id().equals("community-efforts") ? h._1 / 2.0 : 9))));
              long expected = List.ofAll(halves).sum().longValue() / (2L * halves.size());
              return StageScoring.score(ReadinessAssessment.of(model, "issue", interviews))
                      .dimension("community-efforts").get().stage().number()
                  == expected;
            });
  }

  /**
   * The overall score is the exact rational mean rounded once to the nearest double: with integer
   * numerator and denominator below 2^53, {@code (double) sum / (10 · n · 5)} is that double.
   */
  @Test
  void theOverallScoreIsTheExactMeanRoundedOnce() {
    CommunityReadinessModel model = CommunityReadinessModel.HANDBOOK_2014;
    int dimensions = model.dimensions().size();
    qt().forAll(consensusTenths(dimensions))
        .check(
            tenths -> {
              List<Interview> interviews = interviews(model, tenths);
              long sum = sum(tenths);
              double expected = (double) sum / (10L * tenths.size() * dimensions);
              return StageScoring.score(ReadinessAssessment.of(model, "issue", interviews)).score()
                  == expected;
            });
  }

  /** One interview per list of consensus scores in tenths, one score per dimension. */
  private static List<Interview> interviews(CommunityReadinessModel model, java.util.List<java.util.List<Integer>> tenths) {
    return List.ofAll(tenths).zipWithIndex().map(t -> Interview.of("i" + t._2,
        model.dimensions().zip(t._1).map(d -> DimensionRating.agreed(d._1.id(), d._2 / 10.0))));
  }

  /** 1–8 interviews, each a consensus score in tenths (1.0 to 9.0) per dimension. */
  private static Gen<java.util.List<java.util.List<Integer>>> consensusTenths(int dimensions) {
    return lists().of(lists().of(integers().between(10, 90)).ofSize(dimensions)).ofSizeBetween(1, 8);
  }

  private static long sum(java.util.List<java.util.List<Integer>> tenths) {
    return List.ofAll(tenths).flatMap(List::ofAll).sum().longValue();
  }
}
