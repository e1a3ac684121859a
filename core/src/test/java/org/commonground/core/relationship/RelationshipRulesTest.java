// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.commonground.core.partner.Sector.Kind;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The classification and fit rules at their edges: each reason, each branch, each check. */
class RelationshipRulesTest {

  private static final Continuum CTB = Continua.COMMUNITY_TOOL_BOX;

  /** A user's continuum whose levels do not include one another: each is its own kind of work. */
  private static final Continuum SEPARATE =
      Continuum.builder()
          .id("separate").name("Separate kinds of work").source("a partnership's own").cumulative(false)
          .activities(List.of(Activity.of("meet", "Meet"), Activity.of("fund", "Fund jointly")))
          .requirements(List.of("trust"))
          .levels(List.of(
              Level.builder().continuum("separate").rank(0).id("meeting").name("Meeting").definition("They meet")
                  .activities(List.of("meet")).requirements(TreeMap.of("trust", 2)).build(),
              Level.builder().continuum("separate").rank(1).id("funding").name("Funding").definition("They fund together")
                  .activities(List.of("fund")).requirements(TreeMap.of("trust", 4)).build()))
          .build();

  private static TreeMap<String, Integer> resources(int amount) {
    return TreeMap.ofEntries(Continua.REQUIREMENTS.map(r -> Tuple.of(r, amount)));
  }

  @Test
  void aNonCumulativeContinuumReachesALevelWithoutTheOnesBelow() {
    Classification c = Relationships.classify(SEPARATE, List.of("fund"), TreeSet.empty());

    assertEquals(Option.of("funding"), c.level().map(Level::id));
    assertEquals(List.empty(), c.inconsistencies());
    assertEquals(TreeSet.of("fund"), SEPARATE.activitiesThrough(SEPARATE.level("funding").get()));
    assertEquals(List.of(ReasonCode.LEVEL_REACHED, ReasonCode.TOP_LEVEL), c.reasons().map(Reason::code));
  }

  @Test
  void aCompleteRelationshipHasNoInconsistencyAndSaysWhatTheNextLevelNeeds() {
    Classification c =
        Relationships.classify(CTB, List.of("exchange-information", "alter-activities"), TreeSet.of(Kind.PUBLIC));

    assertEquals(List.empty(), c.inconsistencies());
    assertEquals(
        "The relationship is at the level of Coordination on the Collaboration continuum (Community Tool Box): "
            + "organizations modify their activities so that together they provide better services. "
            + "Cooperation would also need: share resources: staff, volunteers, expertise, space, funds.",
        c.explanation());
  }

  @Test
  void nothingObservedIsNoLevelAndTheFirstLevelIsWhatIsMissing() {
    Classification c = Relationships.classify(CTB, List.empty(), TreeSet.empty());

    assertEquals(Option.none(), c.level());
    assertEquals(List.of("exchange-information"), c.missingForNext());
    assertEquals(List.of(ReasonCode.NO_LEVEL_REACHED, ReasonCode.MISSING_FOR_NEXT_LEVEL), c.reasons().map(Reason::code));
  }

  @Test
  void aLevelOfAnotherContinuumIsRefusedWhereverItIsUsed() {
    Level lcs = Continua.LEVELS_OF_COLLABORATION.level("cooperation").get();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CTB.activitiesThrough(lcs));
    assertEquals("level: must be a level of Collaboration continuum (Community Tool Box) (community-tool-box), "
        + "got Cooperation of levels-of-collaboration", e.getMessage());
    ValidationException q =
        assertThrows(ValidationException.class, () -> FitQuestion.builder().continuum(CTB).necessary(Option.of(lcs))
            .available(resources(3)).build());
    assertEquals(List.of("necessary: must be a level of Collaboration continuum (Community Tool Box), "
        + "got Cooperation of levels-of-collaboration"), q.violations().map(Violation::toString));
  }

  @Test
  void whenNothingIsFeasibleNothingIsRecommendedButTheFirstStepStillIs() {
    Fit fit = Relationships.fit(FitQuestion.builder().continuum(SEPARATE).necessary(SEPARATE.level("funding"))
        .available(TreeMap.of("trust", 1)).build());

    assertEquals(ReasonCode.NOTHING_FEASIBLE, fit.outcome());
    assertEquals(Option.none(), fit.feasible());
    assertEquals(Option.none(), fit.recommended());
    assertEquals(Option.of("meeting"), fit.nextStep().map(Level::id));
    assertEquals(
        "Not even Meeting's requirements are met yet. Funding needs trust 4 of 5; the partners have 1. "
            + "Next step: Meeting, one level to start with — build one step at a time; success at one level builds the "
            + "trust for the next.",
        fit.explanation());
  }

  @Test
  void aMissingSectorMakesMultisectorCollaborationInfeasibleAndIsNamed() {
    Fit fit = Relationships.fit(FitQuestion.builder().continuum(CTB).necessary(CTB.level("multisector-collaboration"))
        .current(CTB.level("collaboration")).available(resources(5)).sectors(TreeSet.of(Kind.PUBLIC)).build());

    assertEquals(ReasonCode.NECESSARY_LEVEL_NOT_FEASIBLE, fit.outcome());
    assertEquals(Option.of("collaboration"), fit.feasible().map(Level::id));
    assertEquals(List.empty(), fit.shortfalls());
    assertEquals(TreeSet.of(Kind.PRIVATE, Kind.NONPROFIT), fit.missingSectors());
    assertEquals(
        "Multisector collaboration is necessary for the goal, but only Collaboration is feasible now: recommended, "
            + "building toward Multisector collaboration. Multisector collaboration needs members from the private, "
            + "nonprofit sectors. The current relationship, Collaboration, already reaches the recommendation. "
            + "Next step: Multisector collaboration, one level above Collaboration — build one step at a time; "
            + "success at one level builds the trust for the next.",
        fit.explanation());
  }

  @Test
  void oneMissingSectorIsNamedInTheSingular() {
    Fit fit = Relationships.fit(FitQuestion.builder().continuum(CTB).necessary(CTB.level("multisector-collaboration"))
        .available(resources(5)).sectors(TreeSet.of(Kind.PUBLIC, Kind.NONPROFIT)).build());

    assertTrue(fit.explanation().contains("needs members from the private sector."), fit.explanation());
  }

  @Test
  void atTheTopThereIsNoNextStep() {
    Level top = CTB.levels().last();
    Fit fit = Relationships.fit(FitQuestion.builder().continuum(CTB).necessary(Option.of(top)).current(Option.of(top))
        .available(resources(5)).sectors(TreeSet.of(Kind.PUBLIC, Kind.PRIVATE, Kind.NONPROFIT)).build());

    assertEquals(Option.none(), fit.nextStep());
    assertEquals(ReasonCode.TOP_LEVEL, fit.reasons().last().code());
    assertEquals("The relationship is at the top of the continuum.", fit.reasons().last().sentence());
  }

  @Test
  void levelsAndActivitiesNameEveryProblem() {
    ValidationException level =
        assertThrows(ValidationException.class, () -> Level.builder().continuum(" ").rank(-1).id("").name(" ").definition("")
            .requirements(TreeMap.of("money", 0, "trust", 6, "time", 5)).build());
    assertEquals(
        List.of("continuum: must not be blank, got \" \"", "id: must not be blank, got \"\"", "name: must not be blank, got \" \"",
            "definition: must not be blank, got \"\"", "rank: must not be negative, got -1",
            "requirements.money: must be between 1 and 5, got 0", "requirements.trust: must be between 1 and 5, got 6"),
        level.violations().map(Violation::toString));
    ValidationException activity = assertThrows(ValidationException.class, () -> Activity.of("", " "));
    assertEquals(List.of("id: must not be blank, got \"\"", "description: must not be blank, got \" \""),
        activity.violations().map(Violation::toString));
  }
}
