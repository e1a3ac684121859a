// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.Random;
import org.commonground.core.partner.Sector.Kind;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of classification and fit on the Community Tool Box continuum. */
class RelationshipProperties {

  private static final Continuum CTB = Continua.COMMUNITY_TOOL_BOX;
  private static final List<String> ACTIVITIES = CTB.activities().map(Activity::id);

  private static final Gen<List<String>> OBSERVED =
      lists().of(integers().between(0, ACTIVITIES.size() - 1)).ofSizeBetween(0, 6).map(l -> List.ofAll(l).map(ACTIVITIES::get));

  private static final Gen<Set<Kind>> SECTORS =
      lists().of(arbitrary().enumValues(Kind.class)).ofSizeBetween(0, 4).map(l -> TreeSet.ofAll(l));

  private static final Gen<List<Integer>> AMOUNTS =
      lists().of(integers().between(1, 5)).ofSize(Continua.REQUIREMENTS.size()).map(l -> List.ofAll(l));

  private static final Gen<Option<Level>> LEVELS =
      integers().between(-1, CTB.levels().size() - 1).map(i -> i < 0 ? Option.<Level>none() : Option.of(CTB.levels().get(i)));

  private static int rank(Option<Level> level) {
    return level.map(Level::rank).getOrElse(-1);
  }

  private static FitQuestion question(List<Integer> amounts, Set<Kind> sectors, Level necessary, Option<Level> current) {
    return FitQuestion.builder()
        .continuum(CTB)
        .necessary(Option.of(necessary))
        .current(current)
        .available(TreeMap.ofEntries(Continua.REQUIREMENTS.zip(amounts).map(p -> Tuple.of(p._1, p._2))))
        .sectors(sectors)
        .build();
  }

  @Test
  void addingAnObservedActivityNeverLowersTheLevel() {
    qt().forAll(OBSERVED, integers().between(0, ACTIVITIES.size() - 1), SECTORS)
        .check((observed, extra, sectors) ->
            rank(Relationships.classify(CTB, observed.append(ACTIVITIES.get(extra)), sectors).level())
                >= rank(Relationships.classify(CTB, observed, sectors).level()));
  }

  @Test
  void classificationDoesNotDependOnTheOrderOfActivities() {
    qt().forAll(OBSERVED, SECTORS, integers().all())
        .check((observed, sectors, seed) -> {
          java.util.List<String> shuffled = observed.toJavaList();
          Collections.shuffle(shuffled, new Random(seed));
          return Relationships.classify(CTB, List.ofAll(shuffled), sectors).equals(Relationships.classify(CTB, observed, sectors));
        });
  }

  @Test
  void raisingTrustOrAnyResourceNeverLowersTheFeasibleLevel() {
    qt().forAll(AMOUNTS, integers().between(0, Continua.REQUIREMENTS.size() - 1), SECTORS, LEVELS)
        .check((amounts, which, sectors, necessary) -> {
          Level n = necessary.getOrElse(CTB.levels().head());
          List<Integer> raised = amounts.update(which, Math.min(5, amounts.get(which) + 1));
          return rank(Relationships.fit(question(raised, sectors, n, Option.none())).feasible())
              >= rank(Relationships.fit(question(amounts, sectors, n, Option.none())).feasible());
        });
  }

  @Test
  void theRecommendationIsNeverAboveTheFeasibleLevel() {
    qt().forAll(AMOUNTS, SECTORS, LEVELS, LEVELS)
        .check((amounts, sectors, necessary, current) -> {
          Fit fit = Relationships.fit(question(amounts, sectors, necessary.getOrElse(CTB.levels().last()), current));
          return fit.recommended().forAll(r -> fit.feasible().isDefined() && !r.isAbove(fit.feasible().get()))
              && fit.recommended().forAll(r -> !r.isAbove(fit.question().necessary().get()));
        });
  }

  @Test
  void theNextStepIsAlwaysExactlyOneLevelUpOrNoneAtTheTop() {
    qt().forAll(AMOUNTS, SECTORS, LEVELS, LEVELS)
        .check((amounts, sectors, necessary, current) -> {
          Fit fit = Relationships.fit(question(amounts, sectors, necessary.getOrElse(CTB.levels().last()), current));
          int expected = rank(current) + 1;
          return expected < CTB.levels().size()
              ? fit.nextStep().map(Level::rank).contains(expected)
              : fit.nextStep().isEmpty();
        });
  }
}
