// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.junit.jupiter.api.Test;

/** Invariants of the network measures over random networks of 2–9 members. */
class NetworkProperties {

  private static PartnerAssessment random(Random random, String rater, String partner) {
    return PartnerAssessment.builder().rater(rater).partner(partner)
        .reliability(1 + random.nextInt(4)).missionSupport(1 + random.nextInt(4)).openness(1 + random.nextInt(4))
        .powerInfluence(1 + random.nextInt(4)).involvement(1 + random.nextInt(4)).resourceContribution(1 + random.nextInt(4))
        .build();
  }

  private static List<PartnerAssessment> assessments(long seed, int size, int percent) {
    Random random = new Random(seed);
    List<PartnerAssessment> assessments = List.empty();
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        if (a != b && random.nextInt(100) < percent) {
          assessments = assessments.append(random(random, "m" + a, "m" + b));
        }
      }
    }
    return assessments;
  }

  private static List<String> members(int size) {
    return List.range(0, size).map(i -> "m" + i);
  }

  @Test
  void theMeasuresDoNotDependOnTheOrderOfTheAssessments() {
    qt().forAll(integers().all(), integers().between(2, 9), integers().between(0, 100))
        .check((seed, size, percent) -> {
          List<PartnerAssessment> given = assessments(seed, size, percent);
          java.util.List<PartnerAssessment> shuffled = new ArrayList<>(given.toJavaList());
          Collections.shuffle(shuffled, new Random(seed));
          return NetworkScoring.score(PartnerNetwork.of(members(size), List.ofAll(shuffled)))
              .equals(NetworkScoring.score(PartnerNetwork.of(members(size), given)));
        });
  }

  @Test
  void everyMeasureStaysInItsRange() {
    qt().forAll(integers().all(), integers().between(2, 9), integers().between(0, 100))
        .check((seed, size, percent) -> {
          NetworkMeasures m = NetworkScoring.score(PartnerNetwork.of(members(size), assessments(seed, size, percent)));
          return m.density() >= 0 && m.density() <= 1
              && m.degreeCentralization().forAll(c -> c >= 0 && c <= 1)
              && m.components() >= 1 && m.components() <= size
              && m.members().forAll(x -> x.trust().forAll(t -> t >= 1 && t <= 4) && x.value().forAll(v -> v >= 1 && v <= 4)
                  && x.closeness() >= 0 && x.closeness() <= 1 && x.harmonicCloseness() >= 0 && x.harmonicCloseness() <= 1 + 1e-12
                  && (m.components() == 1 || x.closeness() == 0));
        });
  }

  @Test
  void anotherAssessmentNeverLowersTheDensity() {
    qt().forAll(integers().all(), integers().between(2, 9), integers().between(0, 100))
        .check((seed, size, percent) -> {
          List<PartnerAssessment> given = assessments(seed, size, percent);
          Random random = new Random(seed + 1);
          int a = random.nextInt(size);
          int b = (a + 1 + random.nextInt(size - 1)) % size;
          if (given.exists(x -> x.rater().equals("m" + a) && x.partner().equals("m" + b))) {
            return true;
          }
          double before = NetworkScoring.score(PartnerNetwork.of(members(size), given)).density();
          double after = NetworkScoring.score(PartnerNetwork.of(members(size), given.append(random(random, "m" + a, "m" + b)))).density();
          return after >= before;
        });
  }
}
