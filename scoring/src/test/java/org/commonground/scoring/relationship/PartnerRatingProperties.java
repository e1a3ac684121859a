// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.Continuum;
import org.commonground.core.relationship.Level;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.PartnerRatings;
import org.junit.jupiter.api.Test;

/** Invariants of the partner-matrix summary over random matrices of 2–8 members. */
class PartnerRatingProperties {

  private static final Continuum LCS = Continua.LEVELS_OF_COLLABORATION;

  /** A random matrix: each directed tie rated at a random level, or left unrated. */
  private static PartnerRatings matrix(long seed, int size) {
    Random random = new Random(seed);
    List<String> members = List.range(0, size).map(i -> "m" + i);
    List<PartnerRating> ratings = List.empty();
    for (String a : members) {
      for (String b : members) {
        if (!a.equals(b) && random.nextInt(5) != 0) {
          ratings = ratings.append(PartnerRating.of(a, b, LCS.levels().get(random.nextInt(LCS.levels().size())).id()));
        }
      }
    }
    return PartnerRatings.of(LCS, members, ratings);
  }

  @Test
  void theSummaryDoesNotDependOnTheOrderOfTheRatings() {
    qt().forAll(integers().all(), integers().between(2, 8))
        .check((seed, size) -> {
          PartnerRatings ratings = matrix(seed, size);
          java.util.List<PartnerRating> shuffled = new ArrayList<>(ratings.ratings().toJavaList());
          Collections.shuffle(shuffled, new Random(seed));
          return PartnerRatingScoring.score(PartnerRatings.of(LCS, ratings.members(), List.ofAll(shuffled)))
              .equals(PartnerRatingScoring.score(ratings));
        });
  }

  @Test
  void everyTieIsRatedOrUnratedAndTheSharesAddUp() {
    qt().forAll(integers().all(), integers().between(2, 8))
        .check((seed, size) -> {
          PartnerRatingSummary s = PartnerRatingScoring.score(matrix(seed, size));
          return s.ratedTies() + s.unratedTies().size() == s.possibleTies()
              && s.levelShares().map(LevelShare::ties).sum().intValue() == s.ratedTies()
              && (s.ratedTies() == 0 || Math.abs(s.levelShares().map(LevelShare::share).sum().doubleValue() - 1) < 1e-12);
        });
  }

  @Test
  void theMeanLevelLiesBetweenTheLowestAndHighestRatedLevels() {
    qt().forAll(integers().all(), integers().between(2, 8))
        .check((seed, size) -> {
          PartnerRatings ratings = matrix(seed, size);
          PartnerRatingSummary s = PartnerRatingScoring.score(ratings);
          List<Integer> ranks = ratings.ratings().map(r -> LCS.level(r.level()).get().rank());
          return s.meanLevel().forAll(m -> m >= ranks.min().get() && m <= ranks.max().get());
        });
  }

  @Test
  void aPairIsAsymmetricExactlyWhenBothRateItAndTheirLevelsDiffer() {
    qt().forAll(integers().all(), integers().between(2, 8))
        .check((seed, size) -> {
          PartnerRatings ratings = matrix(seed, size);
          List<String> m = ratings.members();
          long expected = 0;
          for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) {
              io.vavr.control.Option<Level> ab = ratings.level(m.get(i), m.get(j));
              io.vavr.control.Option<Level> ba = ratings.level(m.get(j), m.get(i));
              if (ab.isDefined() && ba.isDefined() && !ab.equals(ba)) {
                expected++;
              }
            }
          }
          List<AsymmetricPair> pairs = PartnerRatingScoring.score(ratings).asymmetricPairs();
          return pairs.size() == expected && pairs.forAll(p -> p.difference() >= 1)
              && pairs.map(AsymmetricPair::difference).sliding(2).forAll(w -> w.size() < 2 || w.get(0) >= w.get(1));
        });
  }
}
