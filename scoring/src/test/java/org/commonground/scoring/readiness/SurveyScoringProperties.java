// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.commonground.core.readiness.Category;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of survey scoring over random instruments (1–4 factors of 1–4 items, some
 * reverse-coded, some weighted by whole numbers, scales from 0–2 to 1–9) and random surveys (0–30
 * respondents, about one answer in five skipped); the two scoring paths are also compared on
 * instruments whose factors' items are interleaved.
 */
class SurveyScoringProperties {

  private static final SurveyScoring SCORING = SurveyScoring.withDefaults();

  private static final Gen<Survey> SURVEYS = integers().all().map(seed -> survey(new Random(seed)));

  /**
   * Surveys of 2–6 factors of 1–5 items whose items are shuffled through the instrument, the first
   * factor's split by construction; some items reverse-coded, some weighted by fractions; answers
   * skipped at a random rate from none to all.
   */
  private static final Gen<Survey> INTERLEAVED =
      integers().all().map(seed -> interleavedSurvey(new Random(seed)));

  @Test
  void everyFactorScoreLiesWithinTheScale() {
    qt().forAll(SURVEYS)
        .check(
            survey -> {
              ResponseScale scale = survey.instrument().scale();
              return SCORING.score(survey).factors()
                  .forAll(f -> f.mean().forAll(m -> m >= scale.min() && m <= scale.max()));
            });
  }

  @Test
  void respondentOrderDoesNotMatter() {
    qt().forAll(SURVEYS, integers().all())
        .check(
            (survey, seed) -> {
              java.util.List<SurveyResponse> order = survey.responses().toJavaList();
              Collections.shuffle(order, new Random(seed));
              Survey shuffled = Survey.of(survey.instrument(), List.ofAll(order));
              return SCORING.score(shuffled).equals(SCORING.score(survey));
            });
  }

  @Test
  void aRespondentAnsweringTheMaximumNeverLowersAFactorScore() {
    qt().forAll(SURVEYS)
        .check(
            survey -> {
              Instrument instrument = survey.instrument();
              ResponseScale scale = instrument.scale();
              Map<String, Integer> best =
                  TreeMap.ofEntries(
                      instrument.items().map(i -> io.vavr.Tuple.of(i.id(), i.reverseCoded() ? scale.min() : scale.max())));
              Survey more = Survey.of(instrument, survey.responses().append(SurveyResponse.of("best", best)));
              SurveyScore before = SCORING.score(survey);
              SurveyScore after = SCORING.score(more);
              return before.factors().zip(after.factors())
                  .forAll(p -> p._1.mean().forAll(m -> p._2.mean().get() >= m));
            });
  }

  /**
   * The matrix path visits the cells row by row and files each under its factor, the object path
   * goes through each response's answers; both must give equal scores (doubles compared by their
   * bits), on instruments whose items come factor by factor and on instruments whose factors'
   * items are interleaved, where a column mapped to the wrong factor or position would show.
   */
  @Test
  void theMatrixPathGivesTheSameScoresAsTheObjectPath() {
    qt().forAll(SURVEYS)
        .check(survey -> SCORING.score(ResponseMatrix.from(survey)).equals(SCORING.score(survey)));
    qt().forAll(INTERLEAVED)
        .check(
            survey ->
                interleaved(survey.instrument())
                    && SCORING.score(ResponseMatrix.from(survey)).equals(SCORING.score(survey)));
  }

  /**
   * Both paths count through the same tally, so comparing them cannot catch a miscount they share:
   * here the tally of every factor is recounted naively from the responses, factor by factor.
   */
  @Test
  void theTallyHoldsWhatEachFactorsAnswersSay() {
    qt().forAll(INTERLEAVED)
        .check(
            survey -> {
              Instrument instrument = survey.instrument();
              ResponseScale scale = instrument.scale();
              SurveyTally tally = new SurveyTally(instrument);
              tally.add(ResponseMatrix.from(survey).cells(), survey.responses().size());
              return instrument.factors().zipWithIndex().forAll(factor -> {
                int f = factor._2;
                List<Item> items = instrument.itemsOf(factor._1.id());
                // Each respondent's reverse-coded answers to the factor's items, in its order.
                List<List<Option<Integer>>> rows =
                    survey.responses().map(r -> items.map(i -> r.answers().get(i.id())
                        .map(v -> i.reverseCoded() ? scale.reverse(v) : v)));
                List<List<Integer>> complete =
                    rows.filter(row -> row.forAll(Option::isDefined)).map(row -> row.map(Option::get));
                List<Long> totals = complete.map(row -> row.map(Integer::longValue).sum().longValue());
                boolean perItem =
                    List.range(0, items.size()).forAll(i ->
                        List.range(0, scale.points()).forAll(p ->
                            tally.count(f, i, p)
                                == rows.count(row -> row.get(i).contains(scale.min() + p)))
                        && tally.completeItemSum(f, i) == complete.map(row -> (long) row.get(i)).sum().longValue()
                        && tally.completeItemSquares(f, i)
                            == complete.map(row -> (long) row.get(i) * row.get(i)).sum().longValue());
                return perItem
                    && tally.items(f).equals(items)
                    && tally.respondents(f) == rows.count(row -> row.exists(Option::isDefined))
                    && tally.completeRespondents(f) == complete.size()
                    && tally.completeTotalSum(f) == totals.sum().longValue()
                    && tally.completeTotalSquares(f) == totals.map(t -> t * t).sum().longValue();
              });
            });
  }

  /**
   * A factor's items keep their order but are gathered together, factor by factor: no factor
   * score may change, whichever columns its items had.
   */
  @Test
  void whereAFactorsItemsLieAmongTheOthersDoesNotChangeItsScore() {
    qt().forAll(INTERLEAVED)
        .check(
            survey -> {
              Instrument instrument = survey.instrument();
              List<Item> grouped = instrument.factors().flatMap(f -> instrument.itemsOf(f.id()));
              Survey regrouped = Survey.of(instrument.withItems(grouped), survey.responses());
              return !grouped.equals(instrument.items())
                  && SCORING.score(ResponseMatrix.from(regrouped)).factors()
                      .equals(SCORING.score(ResponseMatrix.from(survey)).factors());
            });
  }

  /** Whether some factor's items are not next to each other in the instrument's order. */
  private static boolean interleaved(Instrument instrument) {
    List<String> order = instrument.items().map(Item::factor);
    return instrument.factors()
        .exists(f -> order.indexOf(f.id()) + instrument.itemsOf(f.id()).size() - 1 != order.lastIndexOf(f.id()));
  }

  private static Survey interleavedSurvey(Random random) {
    int min = random.nextInt(3) - 1;
    ResponseScale scale = ResponseScale.of(min, min + 1 + random.nextInt(9));
    List<Factor> factorList =
        List.range(0, 2 + random.nextInt(5)).map(f -> Factor.of("f" + f, "Factor " + f, "c"));
    List<Item> byFactor =
        factorList.zipWithIndex().flatMap(
            f ->
                List.range(0, (f._2 == 0 ? 2 : 1) + random.nextInt(4))
                    .map(
                        i ->
                            Item.builder()
                                .id(f._1.id() + "i" + i)
                                .factor(f._1.id())
                                .reverseCoded(random.nextInt(3) == 0)
                                .weight(random.nextBoolean() ? 1 : 0.25 + random.nextInt(12) * 0.3)
                                .build()));
    // The first factor's first item, then the second factor's, then the rest in random order: the
    // first factor has a second item, so it ends up split whatever the shuffle does.
    Item first = byFactor.head();
    Item second = byFactor.find(i -> i.factor().equals("f1")).get();
    java.util.List<Item> rest = byFactor.remove(first).remove(second).toJavaList();
    Collections.shuffle(rest, random);
    List<Item> items = List.of(first, second).appendAll(rest);
    Instrument instrument =
        Instrument.builder()
            .id("interleaved").name("Interleaved").edition("1").scale(scale)
            .categories(List.of(Category.of("c", "C")))
            .factors(factorList)
            .items(items)
            .build();
    int skipped = random.nextInt(11);
    return responses(random, instrument, random.nextInt(41), () -> random.nextInt(10) >= skipped);
  }

  /** Random answers on the instrument's scale, each item answered when {@code answered} says so. */
  private static Survey responses(Random random, Instrument instrument, int respondents, BooleanSupplier answered) {
    ResponseScale scale = instrument.scale();
    return Survey.of(instrument, List.range(0, respondents).map(r -> SurveyResponse.of("r" + r,
        TreeMap.ofEntries(instrument.items()
            .filter(i -> answered.getAsBoolean())
            .map(i -> io.vavr.Tuple.of(i.id(), scale.min() + random.nextInt(scale.points())))))));
  }

  private static Survey survey(Random random) {
    int min = random.nextInt(2);
    ResponseScale scale = ResponseScale.of(min, min + 2 + random.nextInt(7));
    int factors = 1 + random.nextInt(4);
    List<Factor> factorList = List.range(0, factors).map(f -> Factor.of("f" + f, "Factor " + f, "c"));
    List<Item> items =
        factorList.flatMap(
            f ->
                List.range(0, 1 + random.nextInt(4))
                    .map(
                        i ->
                            Item.builder()
                                .id(f.id() + "i" + i)
                                .factor(f.id())
                                .reverseCoded(random.nextInt(4) == 0)
                                .weight(1 + random.nextInt(3))
                                .build()));
    Instrument instrument =
        Instrument.builder()
            .id("random").name("Random").edition("1").scale(scale)
            .categories(List.of(Category.of("c", "C")))
            .factors(factorList)
            .items(items)
            .build();
    return responses(random, instrument, random.nextInt(31), () -> random.nextInt(5) != 0);
  }
}
