// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import java.io.UncheckedIOException;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.partner.Sector.Kind;
import org.commonground.core.relationship.Challenge;
import org.commonground.core.relationship.Classification;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.Continuum;
import org.commonground.core.relationship.Fit;
import org.commonground.core.relationship.FitQuestion;
import org.commonground.core.relationship.GroundRule;
import org.commonground.core.relationship.GroundRules;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.PartnerRatings;
import org.commonground.core.relationship.Partnership;
import org.commonground.core.relationship.Relationships;
import org.commonground.scoring.relationship.NetworkMeasures;
import org.commonground.scoring.relationship.NetworkScoring;
import org.commonground.scoring.relationship.PartnerRatingScoring;
import org.commonground.scoring.relationship.PartnerRatingSummary;
import org.junit.jupiter.api.Test;

/** Continua, partnerships, classifications and fits read back equal to what was written. */
class RelationshipJsonTest {

  private final JsonMapper json = CommonGroundJson.mapper();

  private static final Continuum CTB = Continua.COMMUNITY_TOOL_BOX;

  private static final Partnership PARTNERSHIP =
      Partnership.builder()
          .name("School and center")
          .members(List.of(
              Organization.of("school", "Lincoln High School", List.of(Sector.of(Kind.PUBLIC, "education"))),
              Organization.of("center", "Counseling Center", List.of(Sector.of(Kind.NONPROFIT, "health")))))
          .commonGoal("More counselors for youth when they need them")
          .continuum(CTB)
          .currentLevel(CTB.level("coordination"))
          .groundRules(GroundRules.of(TreeMap.of(GroundRule.MEDIA, "The principal")))
          .challenges(TreeSet.of(Challenge.MISTRUST))
          .build();

  @Test
  void theBuiltInContinuaRoundTrip() throws JsonProcessingException {
    for (Continuum continuum : List.of(Continua.COMMUNITY_TOOL_BOX, Continua.LEVELS_OF_COLLABORATION)) {
      assertEquals(continuum, json.readValue(json.writeValueAsString(continuum), Continuum.class));
    }
  }

  @Test
  void aPartnershipRoundTripsWithItsGroundRulesByName() throws JsonProcessingException {
    String written = json.writeValueAsString(PARTNERSHIP);

    assertTrue(written.contains("\"agreed\":{\"MEDIA\":\"The principal\"}"), written);
    assertEquals(PARTNERSHIP, json.readValue(written, Partnership.class));
  }

  @Test
  void aPartnershipReadFromJsonIsChecked() throws JsonProcessingException {
    String oneMember = json.writeValueAsString(PARTNERSHIP)
        .replaceFirst(",\\{\"id\":\"center\".*?\\]\\}\\]", "]");

    Exception e = assertThrows(Exception.class, () -> json.readValue(oneMember, Partnership.class));
    assertTrue(String.valueOf(e.getMessage()).contains("members: must have at least 2"), e.getMessage());
  }

  @Test
  void aClassificationRoundTrips() throws JsonProcessingException {
    Classification c =
        Relationships.classify(CTB, List.of("share-resources", "exchange-information"), PARTNERSHIP.sectors());
    assertEquals(c, json.readValue(json.writeValueAsString(c), Classification.class));
  }

  @Test
  void partnerRatingsAndTheirSummaryRoundTrip() throws JsonProcessingException {
    PartnerRatings ratings = PartnerRatings.of(Continua.LEVELS_OF_COLLABORATION, List.of("a", "b", "c"), List.of(
        PartnerRating.of("a", "b", "coordination"), PartnerRating.of("b", "a", "coalition"), PartnerRating.of("c", "a", "networking")));
    PartnerRatingSummary summary = PartnerRatingScoring.score(ratings);

    assertEquals(ratings, json.readValue(json.writeValueAsString(ratings), PartnerRatings.class));
    assertEquals(summary, json.readValue(json.writeValueAsString(summary), PartnerRatingSummary.class));
  }

  @Test
  void aPartnerNetworkAndItsMeasuresRoundTrip() throws JsonProcessingException {
    PartnerNetwork network = PartnerNetwork.of(List.of("a", "b", "c"), List.of(
        PartnerAssessment.builder().rater("a").partner("b").reliability(4).missionSupport(3).openness(4)
            .powerInfluence(2).involvement(3).resourceContribution(1).build()));
    NetworkMeasures measures = NetworkScoring.score(network);

    assertEquals(network, json.readValue(json.writeValueAsString(network), PartnerNetwork.class));
    assertEquals(measures, json.readValue(json.writeValueAsString(measures), NetworkMeasures.class));
  }

  @Test
  void everyFitRoundTrips() {
    qt().forAll(lists().of(integers().between(1, 5)).ofSize(CTB.requirements().size()), integers().between(0, 4))
        .check((amounts, necessary) -> {
          Fit fit = Relationships.fit(FitQuestion.forPartnership(PARTNERSHIP)
              .necessary(io.vavr.control.Option.of(CTB.levels().get(necessary)))
              .available(TreeMap.ofEntries(CTB.requirements().zip(amounts).map(t -> Tuple.of(t._1, t._2))))
              .build());
          return fit.equals(roundTrip(fit, Fit.class));
        });
  }

  private <T> T roundTrip(T value, Class<T> type) {
    try {
      return json.readValue(json.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
