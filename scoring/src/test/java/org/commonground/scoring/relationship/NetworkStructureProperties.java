// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.Level;
import org.commonground.core.relationship.MissingRatings;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.TieRule;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the network structure over random networks of 2–8 members rated on the Levels of
 * Collaboration Scale, some ratings missing, at a random threshold and either missing-rating rule.
 */
class NetworkStructureProperties {

  private static final List<Level> LEVELS = Continua.LEVELS_OF_COLLABORATION.levels();

  private static List<String> members(int size) {
    return List.range(0, size).map(i -> "m" + i);
  }

  private static List<PartnerRating> ratings(long seed, int size, int percent) {
    Random random = new Random(seed);
    java.util.List<PartnerRating> ratings = new ArrayList<>();
    for (int a = 0; a < size; a++) {
      for (int b = 0; b < size; b++) {
        if (a != b && random.nextInt(100) < percent) {
          ratings.add(PartnerRating.of("m" + a, "m" + b, LEVELS.get(random.nextInt(LEVELS.size())).id()));
        }
      }
    }
    return List.ofAll(ratings);
  }

  private static PartnerNetwork network(List<String> members, List<PartnerRating> ratings) {
    return PartnerNetwork.rated(Continua.LEVELS_OF_COLLABORATION, members, ratings, List.empty());
  }

  private static TieRule rule(long seed) {
    Random random = new Random(seed ^ 0x5DEECE66DL);
    TieRule rule = TieRule.atLeast(LEVELS.get(random.nextInt(LEVELS.size())));
    return random.nextBoolean() ? rule : rule.withMissing(MissingRatings.NO_TIE);
  }

  private static boolean unit(double x) {
    return x >= 0 && x <= 1;
  }

  private static boolean unit(Option<Double> x) {
    return x.forAll(NetworkStructureProperties::unit);
  }

  private static boolean close(Option<Double> a, Option<Double> b) {
    return a.isDefined() == b.isDefined() && (a.isEmpty() || Math.abs(a.get() - b.get()) < 1e-12);
  }

  @Test
  void theOrderOfTheMembersDoesNotMatter() {
    qt().forAll(integers().all(), integers().between(2, 8), integers().between(0, 100))
        .check((seed, size, percent) -> {
          List<PartnerRating> ratings = ratings(seed, size, percent);
          java.util.List<String> shuffled = new ArrayList<>(members(size).toJavaList());
          Collections.shuffle(shuffled, new Random(seed));
          NetworkMeasures given = NetworkScoring.score(network(members(size), ratings), rule(seed));
          NetworkMeasures other = NetworkScoring.score(network(List.ofAll(shuffled), ratings.reverse()), rule(seed));
          return given.ties() == other.ties() && given.components() == other.components()
              && given.directedTies() == other.directedTies() && given.answeredPairs() == other.answeredPairs()
              && close(given.degreeCentralization(), other.degreeCentralization())
              && close(given.betweennessCentralization(), other.betweennessCentralization())
              && close(given.reciprocity(), other.reciprocity())
              && given.brokers().toSet().equals(other.brokers().toSet())
              && given.isolates().toSet().equals(other.isolates().toSet())
              && given.missingRatings().toSet().equals(other.missingRatings().toSet())
              && given.asymmetricPairs().size() == other.asymmetricPairs().size()
              && given.levelShares().equals(other.levelShares())
              && given.levels().map(LevelMeasures::ties).equals(other.levels().map(LevelMeasures::ties))
              && given.members().forAll(m -> {
                MemberMeasures o = other.member(m.member()).get();
                return m.degree() == o.degree() && m.inDegree() == o.inDegree() && m.outDegree() == o.outDegree()
                    && m.broker() == o.broker() && m.isolate() == o.isolate()
                    && close(Option.of(m.betweenness()), Option.of(o.betweenness()))
                    && close(Option.of(m.closeness()), Option.of(o.closeness()))
                    && close(Option.of(m.harmonicCloseness()), Option.of(o.harmonicCloseness()))
                    && close(m.reciprocatedShare(), o.reciprocatedShare());
              });
        });
  }

  @Test
  void densityReciprocityAndCentralizationLieBetweenZeroAndOne() {
    qt().forAll(integers().all(), integers().between(2, 8), integers().between(0, 100))
        .check((seed, size, percent) -> {
          NetworkMeasures m = NetworkScoring.score(network(members(size), ratings(seed, size, percent)), rule(seed));
          return unit(m.density()) && unit(m.directedDensity()) && unit(m.reciprocity())
              && unit(m.degreeCentralization()) && unit(m.betweennessCentralization())
              && m.levels().forAll(l -> unit(l.density()) && unit(l.directedDensity()))
              && m.members().forAll(x -> unit(x.betweenness()) && unit(x.reciprocatedShare()))
              && m.levelShares().forAll(s -> unit(s.share()));
        });
  }

  @Test
  void addingATieNeverLowersDensity() {
    qt().forAll(integers().all(), integers().between(2, 8), integers().between(0, 100))
        .check((seed, size, percent) -> {
          List<PartnerRating> ratings = ratings(seed, size, percent);
          Random random = new Random(seed + 1);
          int a = random.nextInt(size);
          int b = (a + 1 + random.nextInt(size - 1)) % size;
          TieRule rule = rule(seed);
          // a's rating of b raised to the top level: a tie at every threshold
          List<PartnerRating> more = ratings.filter(r -> !(r.rater().equals("m" + a) && r.partner().equals("m" + b)))
              .append(PartnerRating.of("m" + a, "m" + b, LEVELS.last().id()));
          NetworkMeasures before = NetworkScoring.score(network(members(size), ratings), rule);
          NetworkMeasures after = NetworkScoring.score(network(members(size), more), rule);
          return after.density() >= before.density()
              && after.levels().zip(before.levels()).forAll(p -> p._1.density() >= p._2.density());
        });
  }

  @Test
  void aRoundComparedWithItselfShowsNoChange() {
    qt().forAll(integers().all(), integers().between(2, 8), integers().between(0, 100))
        .check((seed, size, percent) -> {
          PartnerNetwork round = network(members(size), ratings(seed, size, percent));
          NetworkChange change = NetworkScoring.compare(round, round, rule(seed));
          return change.unchanged() && change.tiesGained().isEmpty() && change.tiesLost().isEmpty()
              && change.network().forAll(c -> c.difference().forAll(d -> d == 0.0));
        });
  }
}
