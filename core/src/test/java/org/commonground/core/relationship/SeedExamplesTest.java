// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.commonground.core.partner.Sector.Kind;
import org.junit.jupiter.api.Test;

/** The Community Tool Box's own examples (ch. 24 §5, seed 002) and seed 000's first rule. */
class SeedExamplesTest {

  private static final Continuum CTB = Continua.COMMUNITY_TOOL_BOX;

  /** A school (public) and a community counseling center (nonprofit). */
  private static final Set<Kind> SCHOOL_AND_CENTER = TreeSet.of(Kind.PUBLIC, Kind.NONPROFIT);

  private static Option<String> level(List<String> activities, Set<Kind> sectors) {
    return Relationships.classify(CTB, activities, sectors).level().map(Level::id);
  }

  @Test
  void theSchoolAndTheCounselingCenterAtEachLevel() {
    // "share information about their counseling services for youth": networking
    assertEquals(Option.of("networking"), level(List.of("exchange-information"), SCHOOL_AND_CENTER));
    // "modify their services so there are more counselors available to youth during the hours
    // services are needed": coordination
    assertEquals(Option.of("coordination"), level(List.of("exchange-information", "alter-activities"), SCHOOL_AND_CENTER));
    // "share physical space for evening services": cooperation
    assertEquals(Option.of("cooperation"),
        level(List.of("exchange-information", "alter-activities", "share-resources"), SCHOOL_AND_CENTER));
    // "jointly apply for a grant to train the staff of both organizations": collaboration
    Classification grant =
        Relationships.classify(CTB, List.of("exchange-information", "alter-activities", "share-resources", "enhance-capacity"),
            SCHOOL_AND_CENTER);
    assertEquals(Option.of("collaboration"), grant.level().map(Level::id));
    // a public school and a nonprofit center are not yet multisector: no private partner
    assertEquals(TreeSet.of(Kind.PRIVATE), grant.missingSectors());
    assertTrue(grant.explanation().contains("Multisector collaboration would also need members from the private sector."), grant.explanation());
  }

  @Test
  void theCalendarExampleAtEachLevel() {
    Set<Kind> grassroots = TreeSet.of(Kind.COMMUNITY, Kind.NONPROFIT);
    // "share their yearly calendars of public events": networking
    assertEquals(Option.of("networking"), level(List.of("exchange-information"), grassroots));
    // "changed the dates of some events, so there would not be major conflicts": coordination
    assertEquals(Option.of("coordination"), level(List.of("alter-activities", "exchange-information"), grassroots));
    // "shared staff time to put out a yearly calendar of major events": cooperation
    assertEquals(Option.of("cooperation"),
        level(List.of("share-resources", "alter-activities", "exchange-information"), grassroots));
    // "co-sponsor a large public event, in an effort to expand the memberships of all": collaboration
    assertEquals(Option.of("collaboration"),
        level(List.of("enhance-capacity", "share-resources", "alter-activities", "exchange-information"), grassroots));
  }

  @Test
  void communityOrganizationsGovernmentSchoolsAndBusinessesMakeAMultisectorCollaboration() {
    assertEquals(Option.of("multisector-collaboration"),
        level(List.of("exchange-information", "alter-activities", "share-resources", "enhance-capacity"),
            TreeSet.of(Kind.COMMUNITY, Kind.PUBLIC, Kind.PRIVATE, Kind.NONPROFIT)));
  }

  @Test
  void sharingResourcesWithoutExchangingInformationIsInconsistent() {
    Classification c = Relationships.classify(CTB, List.of("share-resources"), SCHOOL_AND_CENTER);

    assertEquals(Option.none(), c.level());
    assertEquals(List.of(ReasonCode.ACTIVITY_WITHOUT_PREREQUISITE), c.inconsistencies().map(Reason::code));
    assertEquals(
        "Observed \"share resources: staff, volunteers, expertise, space, funds\" (Cooperation) without "
            + "\"exchange information for mutual benefit\" (Networking), \"modify activities so that together they serve "
            + "people better\" (Coordination).",
        c.inconsistencies().head().sentence());
    assertEquals(List.of("exchange-information"), c.missingForNext());
  }

  private static TreeMap<String, Integer> resources(int trust, int others) {
    return TreeMap.ofEntries(Continua.REQUIREMENTS.map(r -> Tuple.of(r, r.equals("trust") ? trust : others)));
  }

  @Test
  void cooperateOnACelebrationButNotYetCollaborateOnJobs() {
    // "in a good position to cooperate to sponsor a neighborhood youth celebration together, but
    // may not have the commitment and resources to collaborate on a youth job development program"
    Fit fit =
        Relationships.fit(FitQuestion.builder()
            .continuum(CTB)
            .necessary(CTB.level("collaboration"))
            .current(CTB.level("networking"))
            .available(resources(3, 3))
            .sectors(SCHOOL_AND_CENTER)
            .build());

    assertEquals(ReasonCode.NECESSARY_LEVEL_NOT_FEASIBLE, fit.outcome());
    assertEquals(Option.of("cooperation"), fit.feasible().map(Level::id));
    assertEquals(Option.of("cooperation"), fit.recommended().map(Level::id));
    assertEquals(
        List.of("commitment: needs 4, has 3", "risk-taking: needs 4, has 3", "time: needs 4, has 3",
            "trust: needs 4, has 3", "turf-sharing: needs 4, has 3"),
        fit.shortfalls().map(Shortfall::toString));
    // one step at a time: from networking the next step is coordination, not cooperation
    assertEquals(Option.of("coordination"), fit.nextStep().map(Level::id));
    assertFalse(fit.reasons().exists(r -> r.code() == ReasonCode.CURRENT_MEETS_RECOMMENDATION), fit.explanation());
    assertTrue(fit.explanation().startsWith("Collaboration is necessary for the goal, but only Cooperation is feasible now"),
        fit.explanation());
  }

  @Test
  void whenTheNecessaryLevelIsFeasibleItIsRecommended() {
    Fit fit =
        Relationships.fit(FitQuestion.builder().continuum(CTB).necessary(CTB.level("coordination"))
            .current(CTB.level("coordination")).available(resources(4, 4)).build());

    assertEquals(ReasonCode.NECESSARY_LEVEL_FEASIBLE, fit.outcome());
    assertEquals(Option.of("coordination"), fit.recommended().map(Level::id));
    assertEquals(Option.of("collaboration"), fit.feasible().map(Level::id));
    assertEquals(List.empty(), fit.shortfalls());
    assertTrue(fit.reasons().exists(r -> r.code() == ReasonCode.CURRENT_MEETS_RECOMMENDATION));
  }

  @Test
  void notEveryIssueRequiresACollectiveApproach() {
    Fit fit = Relationships.fit(FitQuestion.builder().continuum(CTB).oneCanReachGoalAlone(true).available(resources(5, 5)).build());

    assertEquals(ReasonCode.NO_COLLECTIVE_APPROACH_NEEDED, fit.outcome());
    assertEquals(Option.none(), fit.recommended());
    assertEquals(Option.none(), fit.nextStep());
  }

  @Test
  void withoutARelationshipYetTheFirstStepIsNetworking() {
    Continuum custom = Continua.communityToolBox(TreeSet.of(Kind.PUBLIC, Kind.COMMUNITY));
    Fit fit =
        Relationships.fit(FitQuestion.builder().continuum(custom).necessary(custom.level("networking"))
            .available(resources(1, 1).put("time", 1)).build());
    assertEquals(ReasonCode.NECESSARY_LEVEL_FEASIBLE, fit.outcome());
    assertEquals(Option.of("networking"), fit.nextStep().map(Level::id));
    assertTrue(fit.explanation().endsWith("Next step: Networking, one level to start with — build one step at a time; "
        + "success at one level builds the trust for the next."), fit.explanation());
  }
}
