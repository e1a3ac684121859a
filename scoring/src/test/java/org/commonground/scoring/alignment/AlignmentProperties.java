// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.alignment;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import java.util.Collections;
import java.util.Random;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.alignment.Rating;
import org.commonground.core.readiness.ResponseScale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of r_wg and level over 0–30 ratings on scales of 2 to 9 points. */
class AlignmentProperties {

  /** A scale's number of points, and ratings on it. */
  private static final Gen<List<Integer>> POINTS_AND_RATINGS =
      integers().between(2, 9).flatMap(points ->
          lists().of(integers().between(1, points)).ofSizeBetween(0, 30).map(l -> List.ofAll(l).prepend(points)));

  @Test
  void agreementLiesBetweenZeroAndOne() {
    qt().forAll(POINTS_AND_RATINGS)
        .check(pr -> Agreement.rwg(pr.tail(), pr.head()).forAll(r -> r >= 0 && r <= 1));
  }

  @Test
  void partnerOrderDoesNotMatter() {
    qt().forAll(POINTS_AND_RATINGS, integers().all())
        .check((pr, seed) -> {
          java.util.List<Integer> shuffled = pr.tail().toJavaList();
          Collections.shuffle(shuffled, new Random(seed));
          return Agreement.rwg(List.ofAll(shuffled), pr.head()).equals(Agreement.rwg(pr.tail(), pr.head()));
        });
  }

  /**
   * Scale points A, a mean m that is a point of the scale, and ratings with mean exactly m: pairs
   * m + d and m − d (d within the scale), in random order.
   */
  private static final Gen<List<Integer>> POINTS_MEAN_AND_RATINGS =
      integers().between(2, 9).flatMap(points ->
          integers().between(1, points).flatMap(mean ->
              lists().of(integers().between(0, Math.min(mean - 1, points - mean))).ofSizeBetween(1, 15)
                  .zip(integers().all(), (deviations, seed) -> {
                    java.util.List<Integer> ratings = new java.util.ArrayList<>();
                    for (int d : deviations) {
                      ratings.add(mean + d);
                      ratings.add(mean - d);
                    }
                    Collections.shuffle(ratings, new Random(seed));
                    return List.ofAll(ratings).prepend(mean).prepend(points);
                  })));

  @Test
  void addingARatingEqualToTheMeanNeverLowersAgreement() {
    qt().forAll(POINTS_MEAN_AND_RATINGS)
        .check(pmr -> {
          int points = pmr.get(0);
          int mean = pmr.get(1);
          List<Integer> ratings = pmr.drop(2);
          return Agreement.rwg(ratings.append(mean), points).get() >= Agreement.rwg(ratings, points).get();
        });
  }

  @Test
  void theLevelLiesWithinTheScale() {
    qt().forAll(POINTS_AND_RATINGS)
        .check(pr -> {
          ResponseScale scale = ResponseScale.of(1, pr.head());
          AlignmentRatings ratings =
              AlignmentRatings.of(Frameworks.COLLECTIVE_IMPACT, scale,
                  pr.tail().zipWithIndex().map(r -> Rating.of("p" + r._2, "common-agenda", r._1)));
          DimensionAlignment d = AlignmentScoring.withDefaults().profile(ratings).dimension("common-agenda").get();
          return d.mean().forAll(m -> m >= scale.min() && m <= scale.max())
              && d.median().forAll(m -> m >= scale.min() && m <= scale.max());
        });
  }
}
