// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import org.commonground.core.partner.Organization;
import org.commonground.core.relationship.Challenge;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.Continuum;
import org.commonground.core.relationship.FitQuestion;
import org.commonground.core.relationship.GroundRule;
import org.commonground.core.relationship.GroundRules;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.PartnerRatings;
import org.commonground.core.relationship.Partnership;

/**
 * The sample partnership as a {@link Partnership}: its common goal, its current relationship on the
 * Community Tool Box continuum, the ground rules it has settled so far and the challenges it has
 * flagged; what its members do with each other, pair by pair; how four of them rate each other on
 * the Levels of Collaboration Scale; its partner network; and the question of fit for its goal.
 *
 * <pre>{@code
 * Relationships.fit(SampleRelationships.question());
 * }</pre>
 */
public final class SampleRelationships {

  private static final Continuum CTB = Continua.COMMUNITY_TOOL_BOX;

  private SampleRelationships() {}

  /**
   * The partnership: six members, coordinating today, with three of the five ground rules settled
   * and mistrust and a funder's requirement flagged.
   *
   * @return the checked partnership
   */
  public static Partnership partnership() {
    return Partnership.builder()
        .name(SamplePartnership.NAME)
        .members(SamplePartnership.members())
        .commonGoal("Every Eastside student graduates healthy and ready for what comes next")
        .continuum(CTB)
        .currentLevel(CTB.level("coordination"))
        .groundRules(GroundRules.of(TreeMap.of(
            GroundRule.DECISION_MAKING, "Consensus; a two-thirds vote after two meetings without it",
            GroundRule.MEDIA, "The chair, after telling every member",
            GroundRule.INFORMATION_DISTRIBUTION, "Minutes to every member within a week")))
        .challenges(TreeSet.of(Challenge.MISTRUST, Challenge.FUNDER_DRIVEN))
        .build();
  }

  /**
   * What pairs of members do with each other, as activities of the Community Tool Box continuum.
   * The school and the counseling center are the seed's own example: they share space for evening
   * services.
   *
   * @return (first member id, second member id) → observed activity ids, in the members' order
   */
  public static SortedMap<Tuple2<String, String>, List<String>> pairs() {
    return TreeMap.of(
        Tuple.of("lincoln-hs", "eastside-cc"), List.of("exchange-information", "alter-activities", "share-resources"),
        Tuple.of("lincoln-hs", "riverside-cu"), List.of("exchange-information"),
        Tuple.of("county-health", "eastside-cc"), List.of("exchange-information", "alter-activities"),
        Tuple.of("youth-works", "riverside-cu"), List.of("exchange-information", "share-resources"),
        Tuple.of("eastside-parents", "lincoln-hs"),
        List.of("exchange-information", "alter-activities", "share-resources", "enhance-capacity"));
  }

  /**
   * The organizations of a pair.
   *
   * @param pair member ids
   * @return the two organizations
   */
  public static Tuple2<Organization, Organization> members(Tuple2<String, String> pair) {
    List<Organization> members = SamplePartnership.members();
    return Tuple.of(
        members.find(m -> m.id().equals(pair._1)).get(), members.find(m -> m.id().equals(pair._2)).get());
  }

  /**
   * Four members' ratings of each other on the Levels of Collaboration Scale, the partner ×
   * partner matrix of Frey et al. (2006): the school and the counseling center see their
   * relationship differently, and the parents' council has not rated the health department.
   *
   * @return the checked ratings
   */
  public static PartnerRatings partnerRatings() {
    List<String> members = List.of("lincoln-hs", "eastside-cc", "county-health", "eastside-parents");
    return PartnerRatings.of(Continua.LEVELS_OF_COLLABORATION, members, List.of(
        PartnerRating.of("lincoln-hs", "eastside-cc", "coordination"),
        PartnerRating.of("lincoln-hs", "county-health", "cooperation"),
        PartnerRating.of("lincoln-hs", "eastside-parents", "coalition"),
        PartnerRating.of("eastside-cc", "lincoln-hs", "coalition"),
        PartnerRating.of("eastside-cc", "county-health", "coordination"),
        PartnerRating.of("eastside-cc", "eastside-parents", "networking"),
        PartnerRating.of("county-health", "lincoln-hs", "cooperation"),
        PartnerRating.of("county-health", "eastside-cc", "coordination"),
        PartnerRating.of("county-health", "eastside-parents", "no-interaction"),
        PartnerRating.of("eastside-parents", "lincoln-hs", "collaboration"),
        PartnerRating.of("eastside-parents", "eastside-cc", "networking")));
  }

  /**
   * The partner network: each member's assessments of the partners it works with, trust and value
   * items on 1 to 4, PARTNER Tool style. The credit union works only with Youth Works, and the
   * school is the hub.
   *
   * @return the checked network
   */
  public static PartnerNetwork network() {
    return PartnerNetwork.of(SamplePartnership.members().map(Organization::id), List.of(
        assessment("lincoln-hs", "eastside-cc", 4, 4, 4, 3, 4, 3),
        assessment("eastside-cc", "lincoln-hs", 4, 3, 3, 4, 4, 3),
        assessment("lincoln-hs", "county-health", 3, 4, 3, 4, 2, 3),
        assessment("county-health", "eastside-cc", 3, 3, 4, 2, 3, 2),
        assessment("eastside-parents", "lincoln-hs", 2, 3, 2, 4, 3, 2),
        assessment("lincoln-hs", "eastside-parents", 3, 4, 4, 2, 3, 1),
        assessment("lincoln-hs", "youth-works", 3, 3, 3, 2, 2, 2),
        assessment("riverside-cu", "youth-works", 4, 4, 3, 2, 3, 4)));
  }

  private static PartnerAssessment assessment(
      String rater, String partner, int reliability, int missionSupport, int openness, int powerInfluence,
      int involvement, int resourceContribution) {
    return PartnerAssessment.builder().rater(rater).partner(partner)
        .reliability(reliability).missionSupport(missionSupport).openness(openness)
        .powerInfluence(powerInfluence).involvement(involvement).resourceContribution(resourceContribution)
        .build();
  }

  /**
   * The question of fit: the goal needs collaboration — the partners want to apply jointly for a
   * grant that builds every member's capacity — but trust and turf-sharing are not yet there.
   *
   * @return the checked question
   */
  public static FitQuestion question() {
    Partnership partnership = partnership();
    return FitQuestion.forPartnership(partnership)
        .necessary(CTB.level("collaboration"))
        .available(TreeMap.ofEntries(
            Tuple.of("trust", 3),
            Tuple.of("time", 4),
            Tuple.of("commitment", 4),
            Tuple.of("skills", 3),
            Tuple.of("money", 3),
            Tuple.of("community-support", 4),
            Tuple.of("people", 3),
            Tuple.of("turf-sharing", 3),
            Tuple.of("risk-taking", 4)))
        .build();
  }
}
