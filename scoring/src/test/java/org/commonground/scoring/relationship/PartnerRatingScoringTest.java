// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.Level;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.PartnerRatings;
import org.junit.jupiter.api.Test;

/** A three-member partner matrix on the Levels of Collaboration Scale, worked by hand. */
class PartnerRatingScoringTest {

  // a → b coordination (3), b → a coalition (4), a → c networking (1), c → a networking (1),
  // b → c cooperation (2); c left b unrated.
  private final PartnerRatingSummary summary =
      PartnerRatingScoring.score(PartnerRatings.of(Continua.LEVELS_OF_COLLABORATION, List.of("a", "b", "c"), List.of(
          PartnerRating.of("a", "b", "coordination"),
          PartnerRating.of("b", "a", "coalition"),
          PartnerRating.of("a", "c", "networking"),
          PartnerRating.of("c", "a", "networking"),
          PartnerRating.of("b", "c", "cooperation"))));

  @Test
  void theMeanLevelIsTheMeanOfTheRanksOfTheRatedTies() {
    assertEquals(6, summary.possibleTies());
    assertEquals(5, summary.ratedTies());
    assertEquals(Option.of(11 / 5.0), summary.meanLevel());
  }

  @Test
  void everyLevelHasItsShareOfTheRatedTies() {
    assertEquals(List.of(0, 2, 1, 1, 1, 0), summary.levelShares().map(LevelShare::ties));
    assertEquals(List.of(0.0, 0.4, 0.2, 0.2, 0.2, 0.0), summary.levelShares().map(LevelShare::share));
    assertEquals(Continua.LEVELS_OF_COLLABORATION.levels(), summary.levelShares().map(LevelShare::level));
  }

  @Test
  void asymmetricPairsAndUnratedTiesAreNamed() {
    assertEquals(List.of("a → b: Coordination; b → a: Coalition"), summary.asymmetricPairs().map(AsymmetricPair::toString));
    assertEquals(1, summary.asymmetricPairs().head().difference());
    assertEquals(List.of("c → b"), summary.unratedTies());
  }

  @Test
  void theSummaryExplainsItself() {
    assertEquals(
        "5 of 6 ties rated on the Levels of Collaboration Scale: mean level 2.20 (the mean of the levels' ranks, 0 to 5); "
            + "Networking 2 (40 %), Cooperation 1 (20 %), Coordination 1 (20 %), Coalition 1 (20 %). "
            + "1 asymmetric pair, where the two members rate their relationship differently, for exploration: "
            + "a → b: Coordination; b → a: Coalition. "
            + "Reported as the Levels of Collaboration Scale reports a partner matrix (Frey, Lohmeier, Lee & Tollefson 2006).",
        summary.explanation());
  }

  @Test
  void theWidestDisagreementsComeFirst() {
    PartnerRatingSummary s =
        PartnerRatingScoring.score(PartnerRatings.of(Continua.LEVELS_OF_COLLABORATION, List.of("a", "b", "c"), List.of(
            PartnerRating.of("a", "b", "networking"), PartnerRating.of("b", "a", "cooperation"),
            PartnerRating.of("b", "c", "no-interaction"), PartnerRating.of("c", "b", "collaboration"),
            PartnerRating.of("a", "c", "coalition"), PartnerRating.of("c", "a", "coalition"))));

    assertEquals(List.of(5, 1), s.asymmetricPairs().map(AsymmetricPair::difference));
    assertEquals(List.of("b", "a"), s.asymmetricPairs().map(AsymmetricPair::first));
    assertEquals(List.empty(), s.unratedTies());
    assertEquals(Option.of(16 / 6.0), s.meanLevel());  // 1 + 2 + 0 + 5 + 4 + 4
    assertEquals(Option.of(Continua.LEVELS_OF_COLLABORATION.level("collaboration").get()),
        Option.of(s.asymmetricPairs().head().secondRatesFirst()));
  }

  @Test
  void withNothingRatedThereIsNoMeanAndEveryTieIsUnrated() {
    PartnerRatingSummary s =
        PartnerRatingScoring.score(PartnerRatings.of(Continua.COMMUNITY_TOOL_BOX, List.of("a", "b"), List.empty()));

    assertEquals(Option.none(), s.meanLevel());
    assertEquals(List.of("a → b", "b → a"), s.unratedTies());
    assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0), s.levelShares().map(LevelShare::share));
    assertEquals("No tie of the 2 between 2 members is rated on the Collaboration continuum (Community Tool Box).", s.explanation());
    assertEquals(List.of("networking", "coordination", "cooperation", "collaboration", "multisector-collaboration"),
        s.levelShares().map(LevelShare::level).map(Level::id));
  }
}
