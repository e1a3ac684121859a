// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.partner.Sector.Kind;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class RelationshipModelTest {

  private static final Continuum CTB = Continua.COMMUNITY_TOOL_BOX;
  private static final Continuum LCS = Continua.LEVELS_OF_COLLABORATION;
  private static final Organization SCHOOL = Organization.of("school", "Lincoln High School", List.of(Sector.of(Kind.PUBLIC)));
  private static final Organization CENTER = Organization.of("center", "Eastside Counseling Center", List.of(Sector.of(Kind.NONPROFIT)));

  @Test
  void theTwoContinuaAreDifferentOrderings() {
    assertEquals(List.of("networking", "coordination", "cooperation", "collaboration", "multisector-collaboration"),
        CTB.levels().map(Level::id));
    assertEquals(List.of("no-interaction", "networking", "cooperation", "coordination", "coalition", "collaboration"),
        LCS.levels().map(Level::id));
    assertEquals("Consensus is reached on all decisions",
        LCS.level("collaboration").get().characteristics().get("decision-making").get());
  }

  @Test
  void levelsOfDifferentContinuaAreNeverCompared() {
    Level ctbCooperation = CTB.level("cooperation").get();
    Level lcsCooperation = LCS.level("cooperation").get();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ctbCooperation.compareTo(lcsCooperation));
    assertEquals("level: levels of different continua have no order; Cooperation is of community-tool-box, "
        + "Cooperation of levels-of-collaboration", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CTB.next(lcsCooperation));
    assertTrue(CTB.level("collaboration").get().isAbove(ctbCooperation));
  }

  @Test
  void aPartnershipNamesEveryProblem() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Partnership.builder()
            .name(" ")
            .members(List.of(SCHOOL))
            .commonGoal("")
            .continuum(CTB)
            .currentLevel(LCS.level("coalition"))
            .build());

    assertEquals(
        List.of(
            "name: must not be blank, got \" \"",
            "members: must have at least 2, got 1",
            "commonGoal: must not be blank, got \"\"",
            "currentLevel: must be a level of Collaboration continuum (Community Tool Box), got Coalition of levels-of-collaboration"),
        e.violations().map(Violation::toString));
    ValidationException twice =
        assertThrows(ValidationException.class, () -> Partnership.builder().name("P").members(List.of(SCHOOL, CENTER, SCHOOL))
            .commonGoal("Goal").continuum(CTB).build());
    assertEquals(List.of("members[2]: duplicates members[0] (school)"), twice.violations().map(Violation::toString));
  }

  @Test
  void aPartnershipKnowsItsSectors() {
    Partnership p =
        Partnership.builder().name("P").members(List.of(SCHOOL, CENTER)).commonGoal("Goal").continuum(CTB)
            .currentLevel(CTB.level("coordination")).challenges(TreeSet.of(Challenge.MISTRUST)).build();
    assertEquals(TreeSet.of(Kind.PUBLIC, Kind.NONPROFIT), p.sectors());
    assertEquals(GroundRules.NONE, p.groundRules());
  }

  @Test
  void aQuestionAboutAPartnershipStartsFromItsContinuumLevelAndSectors() {
    Partnership p =
        Partnership.builder().name("P").members(List.of(SCHOOL, CENTER)).commonGoal("Goal").continuum(CTB)
            .currentLevel(CTB.level("coordination")).build();
    FitQuestion q = FitQuestion.forPartnership(p).necessary(CTB.level("cooperation"))
        .available(TreeMap.ofEntries(Continua.REQUIREMENTS.map(r -> Tuple.of(r, 3)))).build();

    assertEquals(CTB, q.continuum());
    assertEquals(CTB.level("coordination"), q.current());
    assertEquals(TreeSet.of(Kind.PUBLIC, Kind.NONPROFIT), q.sectors());
    assertEquals(Option.of("cooperation"), Relationships.fit(q).nextStep().map(Level::id));
  }

  @Test
  void unknownActivitiesAreNamedByPosition() {
    ValidationException e =
        assertThrows(ValidationException.class,
            () -> Relationships.classify(CTB, List.of("exchange-information", "hold-retreat", "merge"), TreeSet.empty()));
    assertEquals(List.of("activities[1]", "activities[2]"), e.violations().map(Violation::path));
    assertTrue(e.getMessage().contains("got \"hold-retreat\""), e.getMessage());
  }

  @Test
  void aFitQuestionNamesEveryProblem() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> FitQuestion.builder()
            .continuum(CTB)
            .current(LCS.level("networking"))
            .available(TreeMap.of("trust", 6, "goodwill", 3))
            .build());

    assertEquals(
        List.of(
            "necessary: must be given unless one organization can reach the goal alone",
            "current: must be a level of Collaboration continuum (Community Tool Box), got Networking of levels-of-collaboration",
            "available: must give every requirement of the continuum, missing (time, commitment, skills, money, community-support, people, turf-sharing, risk-taking)",
            "available.goodwill: must be a requirement of the continuum (trust, time, commitment, skills, money, community-support, people, turf-sharing, risk-taking), got \"goodwill\"",
            "available.trust: must be between 1 and 5, got 6"),
        e.violations().map(Violation::toString));
  }

  @Test
  void aUserContinuumIsCheckedForOrderActivitiesAndRequirements() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Continuum.builder()
            .id("mine").name("Mine").source("us").cumulative(true)
            .activities(List.of(Activity.of("talk", "Talk")))
            .requirements(List.of("trust"))
            .levels(List.of(
                Level.builder().continuum("mine").rank(0).id("a").name("A").definition("a").activities(List.of("talk"))
                    .requirements(TreeMap.of("trust", 3)).build(),
                Level.builder().continuum("other").rank(2).id("b").name("B").definition("b").activities(List.of("sing"))
                    .requirements(TreeMap.of("trust", 2, "money", 1)).build()))
            .build());
    assertEquals(
        List.of(
            "levels[1].continuum: must be mine, got other",
            "levels[1].rank: must be 1 (levels are ranked in order), got 2",
            "levels[1].activities: must be activities of the continuum (talk), got \"sing\"",
            "levels[1].requirements: must be requirements of the continuum (trust), got \"money\"",
            "levels[1].requirements.trust: must be at least the level below's 3 in a cumulative continuum, got 2"),
        e.violations().map(Violation::toString));
  }

  @Test
  void aMultisectorCollaborationSpansAtLeastTwoSectors() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Continua.communityToolBox(TreeSet.of(Kind.PUBLIC)));
    assertEquals(List.of("multisector: must have at least 2, got 1"), e.violations().map(Violation::toString));
    assertEquals(TreeSet.of(Kind.PUBLIC, Kind.COMMUNITY),
        Continua.communityToolBox(TreeSet.of(Kind.PUBLIC, Kind.COMMUNITY)).levels().last().requiredSectors());
  }

  @Test
  void groundRulesNameWhatIsMissing() {
    GroundRules rules =
        GroundRules.of(TreeMap.of(GroundRule.DECISION_MAKING, "Consensus", GroundRule.MEDIA, "The coordinator"));

    assertFalse(rules.isComplete());
    assertEquals(List.of(GroundRule.CONFIDENTIALITY, GroundRule.INFORMATION_DISTRIBUTION, GroundRule.REPRESENTATIVES), rules.missing());
    assertEquals("2 of 5 ground rules settled; still to settle: what should be considered confidential, how information "
        + "will be distributed, the role of representatives (Community Tool Box: settle them early to prevent mistakes "
        + "and misunderstandings).", rules.explanation());
    GroundRules all = GroundRules.of(TreeMap.ofEntries(List.of(GroundRule.values()).map(r -> Tuple.of(r, "agreed"))));
    assertTrue(all.isComplete());
    assertThrows(ValidationException.class, () -> GroundRules.of(TreeMap.of(GroundRule.MEDIA, " ")));
  }

  @Test
  void theSevenChallengesCarryTheSeedsResponses() {
    assertEquals(7, Challenge.values().length);
    assertEquals("people are mistrustful", Challenge.MISTRUST.toString());
    assertTrue(Challenge.FUNDER_DRIVEN.response().contains("own terms and pace"));
  }

  @Test
  void theLevelsOfCollaborationScaleClassifiesToo() {
    Classification c = Relationships.classify(LCS, List.of("aware", "provide-information"), TreeSet.empty());
    assertEquals(Option.of("cooperation"), c.level().map(Level::id));
    assertEquals(List.of("share-resources"), c.missingForNext());
    Classification top = Relationships.classify(LCS, LCS.activities().map(Activity::id), TreeSet.empty());
    assertEquals(Option.of("collaboration"), top.level().map(Level::id));
    assertTrue(top.reasons().exists(r -> r.code() == ReasonCode.TOP_LEVEL));
  }
}
