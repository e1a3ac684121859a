// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.junit.jupiter.api.Test;

/** Partner networks worked by hand: a path with a branch, a star, a complete network, two parts. */
class NetworkScoringTest {

  private static PartnerAssessment assess(String rater, String partner, int trust, int value) {
    return PartnerAssessment.builder().rater(rater).partner(partner)
        .reliability(trust).missionSupport(trust).openness(trust)
        .powerInfluence(value).involvement(value).resourceContribution(value).build();
  }

  // ties a–b (both ways), a–c, c–d: b – a – c – d
  private final NetworkMeasures measures =
      NetworkScoring.score(PartnerNetwork.of(List.of("a", "b", "c", "d"), List.of(
          PartnerAssessment.builder().rater("a").partner("b")
              .reliability(4).missionSupport(3).openness(4).powerInfluence(2).involvement(3).resourceContribution(3).build(),
          assess("b", "a", 3, 1),
          assess("a", "c", 2, 4),
          PartnerAssessment.builder().rater("c").partner("d")
              .reliability(1).missionSupport(2).openness(3).powerInfluence(4).involvement(3).resourceContribution(2).build())));

  @Test
  void densityCountsATieOnceWhoeverAssessed() {
    assertEquals(3, measures.ties());
    assertEquals(6, measures.possibleTies());
    assertEquals(0.5, measures.density());
    assertEquals(1, measures.components());
  }

  @Test
  void degreeCentralizationIsFreemans() {
    // degrees 2, 1, 2, 1: Σ (2 − d) = 2, over (4 − 1)(4 − 2) = 6
    assertEquals(List.of(2, 1, 2, 1), measures.members().map(MemberMeasures::degree));
    assertEquals(Option.of(2 / 6.0), measures.degreeCentralization());
    assertEquals(List.of(2 / 3.0, 1 / 3.0, 2 / 3.0, 1 / 3.0), measures.members().map(MemberMeasures::degreeCentrality));
  }

  @Test
  void closenessIsOverShortestPathsOfTies() {
    // distances from a: 1, 1, 2 → 3 / 4; from b: 1, 2, 3 → 3 / 6
    assertEquals(List.of(0.75, 0.5, 0.75, 0.5), measures.members().map(MemberMeasures::closeness));
    assertEquals((1 + 1 + 0.5) / 3, measures.member("a").get().harmonicCloseness(), 1e-15);
  }

  @Test
  void trustAndValueAreTheMeansOfWhatAMemberReceives() {
    assertEquals(Option.of(11 / 3.0), measures.member("b").get().trust());
    assertEquals(Option.of(8 / 3.0), measures.member("b").get().value());
    assertEquals(Option.of(2.0), measures.member("d").get().trust());
    assertEquals(Option.of(3.0), measures.member("d").get().value());
    assertEquals(1, measures.member("a").get().assessmentsReceived());
    assertEquals(Option.none(), measures.member("z"));
  }

  @Test
  void aStarIsFullyCentralizedAndACompleteNetworkNotAtAll() {
    NetworkMeasures star = NetworkScoring.score(PartnerNetwork.of(List.of("hub", "x", "y", "z"),
        List.of(assess("hub", "x", 3, 3), assess("y", "hub", 3, 3), assess("hub", "z", 3, 3))));
    assertEquals(Option.of(1.0), star.degreeCentralization());
    assertEquals(List.of(1.0, 1 / 3.0, 1 / 3.0, 1 / 3.0), star.members().map(MemberMeasures::degreeCentrality));
    assertEquals(List.of(1, 1, 0, 1), star.members().map(MemberMeasures::assessmentsReceived));

    NetworkMeasures complete = NetworkScoring.score(PartnerNetwork.of(List.of("x", "y", "z"),
        List.of(assess("x", "y", 3, 3), assess("y", "z", 3, 3), assess("z", "x", 3, 3))));
    assertEquals(Option.of(0.0), complete.degreeCentralization());
    assertEquals(1.0, complete.density());
  }

  @Test
  void aNetworkInPartsHasNoClassicalClosenessAndSaysSo() {
    NetworkMeasures parts = NetworkScoring.score(PartnerNetwork.of(List.of("a", "b", "c", "d"),
        List.of(assess("a", "b", 4, 4), assess("c", "d", 2, 2))));

    assertEquals(2, parts.components());
    assertEquals(List.of(0.0, 0.0, 0.0, 0.0), parts.members().map(MemberMeasures::closeness));
    assertEquals(1 / 3.0, parts.member("a").get().harmonicCloseness(), 1e-15);
    assertEquals(Option.none(), parts.member("a").get().trust());
    assertTrue(parts.explanation().contains("the network falls into 2 parts, so classical closeness is 0 for everyone: read harmonic closeness"),
        parts.explanation());
  }

  @Test
  void theMeasuresExplainThemselves() {
    assertEquals(
        "4 members, 3 of 6 possible ties (density 0.50; two members are tied when either assessed the other); "
            + "degree centralization 0.33 (Freeman: Σ (max degree − degree) / ((n − 1)(n − 2))); the network is connected. "
            + "Trust and value are the means of the items of the assessments each member received, on 1 to 4. "
            + "Measures as the PARTNER Tool reports them (Varda); graph measures by JGraphT.",
        measures.explanation());
    NetworkMeasures two = NetworkScoring.score(PartnerNetwork.of(List.of("a", "b"), List.of(assess("a", "b", 4, 4))));
    assertEquals(Option.none(), two.degreeCentralization());
    assertTrue(two.explanation().contains("degree centralization undefined for two members"), two.explanation());
  }
}
