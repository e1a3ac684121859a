// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.core.readiness.Band;
import org.commonground.core.readiness.Category;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SurveyScoringTest {

  private static final SurveyScoring SCORING = SurveyScoring.withDefaults();

  /** One factor "f" with the given items on a 1–5 scale. */
  private static Instrument oneFactor(List<Item> items) {
    return Instrument.builder()
        .id("test").name("Test").edition("1")
        .scale(ResponseScale.AGREEMENT_1_TO_5)
        .categories(List.of(Category.of("c", "C")))
        .factors(List.of(Factor.of("f", "F", "c")))
        .items(items)
        .build();
  }

  private static FactorScore scoreOf(Instrument instrument, List<Map<String, Integer>> answers) {
    Survey survey =
        Survey.of(instrument, answers.zipWithIndex().map(a -> SurveyResponse.of("r" + a._2, a._1)));
    FactorScore byObjects = SCORING.score(survey).factors().head();
    assertEquals(byObjects, SCORING.score(ResponseMatrix.from(survey)).factors().head(), "paths differ");
    return byObjects;
  }

  @Test
  void aMeanOfExactlyFourIsAStrength() {
    // (4 + 4 + 5 + 3) / 4 = 16 / 4 = 4.0
    FactorScore score =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"))),
            List.of(TreeMap.of("q1", 4), TreeMap.of("q1", 4), TreeMap.of("q1", 5), TreeMap.of("q1", 3)));

    assertEquals(Option.of(4.0), score.mean());
    assertEquals(Option.of(Band.STRENGTH), score.band());
  }

  @Test
  void aMeanJustBelowFourIsBorderline() {
    // (4 + 4 + 4 + 3) / 4 = 15 / 4 = 3.75
    FactorScore score =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"))),
            List.of(TreeMap.of("q1", 4), TreeMap.of("q1", 4), TreeMap.of("q1", 4), TreeMap.of("q1", 3)));

    assertEquals(Option.of(3.75), score.mean());
    assertEquals(Option.of(Band.BORDERLINE), score.band());
  }

  @Test
  void aMeanOfExactlyThreeIsBorderline() {
    // two items, three respondents: (3 + 2 + 4 + 3 + 3 + 3) / 6 = 18 / 6 = 3.0
    FactorScore score =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"), Item.of("q2", "f"))),
            List.of(TreeMap.of("q1", 3, "q2", 2), TreeMap.of("q1", 4, "q2", 3), TreeMap.of("q1", 3, "q2", 3)));

    assertEquals(Option.of(3.0), score.mean());
    assertEquals(Option.of(Band.BORDERLINE), score.band());
  }

  @Test
  void aMeanJustBelowThreeIsAConcern() {
    // (3 + 3 + 2) / 3 = 8 / 3 = 2.666…
    FactorScore score =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"))),
            List.of(TreeMap.of("q1", 3), TreeMap.of("q1", 3), TreeMap.of("q1", 2)));

    assertEquals(Option.of(8.0 / 3), score.mean());
    assertEquals(Option.of(Band.CONCERN), score.band());
  }

  @Test
  void reverseCodedAnswersCountReversed() {
    // q2 is reverse-coded: answers 1, 2, 2 count as 5, 4, 4. Mean (5+4+4 + 5+4+4) / 6 = 26/6.
    Instrument instrument =
        oneFactor(List.of(Item.of("q1", "f"), Item.builder().id("q2").factor("f").reverseCoded(true).build()));
    FactorScore score =
        scoreOf(instrument,
            List.of(TreeMap.of("q1", 5, "q2", 1), TreeMap.of("q1", 4, "q2", 2), TreeMap.of("q1", 4, "q2", 2)));

    assertEquals(Option.of(26.0 / 6), score.mean());
    assertEquals(List.of(0L, 0L, 0L, 4L, 2L), score.distribution());
    assertTrue(score.explanation().contains("q2 (reverse-coded) (reverse-coded answers counted as min + max − answer)"), score.explanation());
  }

  @Test
  void theStandardDeviationIsOfTheAnswers() {
    // answers 2, 4, 4, 4, 5, 5, 7 → not on a 1–5 scale; use 1, 3, 5: mean 3, s² = (4 + 0 + 4) / 2 = 4
    FactorScore score =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"))),
            List.of(TreeMap.of("q1", 1), TreeMap.of("q1", 3), TreeMap.of("q1", 5)));

    assertEquals(Option.of(2.0), score.standardDeviation());
    assertEquals(3, score.respondents());
    assertEquals(3, score.answers());
  }

  @Test
  void weightedItemsCountByTheirWeight() {
    // q1 weight 3 answered 5 by both, q2 weight 1 answered 1 by both: (3·5·2 + 1·1·2) / (3·2 + 1·2) = 32/8 = 4
    Instrument instrument =
        oneFactor(List.of(Item.builder().id("q1").factor("f").weight(3).build(), Item.of("q2", "f")));
    FactorScore score =
        scoreOf(instrument,
            List.of(TreeMap.of("q1", 5, "q2", 1), TreeMap.of("q1", 5, "q2", 1), TreeMap.of("q1", 5, "q2", 1)));

    assertEquals(Option.of(4.0), score.mean());
  }

  @Test
  void cronbachsAlphaMatchesTheTextbook() {
    // Denis, Applied Univariate, Bivariate, and Multivariate Statistics (Wiley, 2016), §2: ten
    // respondents, five items; SPSS reports alpha = .633 (item SDs 2.71006, 5.05085, 4.74810,
    // 2.71621, 3.80058). Exactly: 5/4 · (1 − 77.2222… / 156.4888…) = 0.633165293950582…
    int[][] data = {
      {10, 12, 15, 11, 12}, {12, 18, 12, 12, 1}, {8, 16, 14, 14, 4}, {6, 8, 16, 8, 6}, {4, 7, 8, 7, 5},
      {6, 6, 3, 7, 3}, {3, 4, 6, 5, 8}, {7, 3, 7, 9, 9}, {8, 9, 4, 10, 10}, {9, 5, 6, 11, 12}
    };
    List<Item> items = List.range(1, 6).map(i -> Item.of("item" + i, "f"));
    Instrument instrument =
        Instrument.builder().id("denis").name("Denis example").edition("2016")
            .scale(ResponseScale.of(1, 20))
            .categories(List.of(Category.of("c", "C")))
            .factors(List.of(Factor.of("f", "F", "c")))
            .items(items)
            .build();
    List<Map<String, Integer>> answers =
        List.of(data).map(row -> HashMap.ofEntries(List.range(0, 5).map(i -> io.vavr.Tuple.of("item" + (i + 1), row[i]))));

    FactorScore score = scoreOf(instrument, answers);

    assertEquals(0.633165293950582, score.alpha().get(), 1e-12);
    assertEquals("10 respondents answered all 5 items", score.alphaBasis());
  }

  @Test
  void alphaIsUndefinedWithOneItemOrTooFewCompleteRespondents() {
    FactorScore oneItem =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"))), List.of(TreeMap.of("q1", 4), TreeMap.of("q1", 2), TreeMap.of("q1", 3)));
    FactorScore oneComplete =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"), Item.of("q2", "f"))),
            List.of(TreeMap.of("q1", 4, "q2", 4), TreeMap.of("q1", 2), TreeMap.of("q2", 3)));
    FactorScore noVariance =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"), Item.of("q2", "f"))),
            List.of(TreeMap.of("q1", 4, "q2", 2), TreeMap.of("q1", 3, "q2", 3), TreeMap.of("q1", 2, "q2", 4)));

    assertEquals(Option.none(), oneItem.alpha());
    assertEquals("undefined: the factor has fewer than two items", oneItem.alphaBasis());
    assertEquals(Option.none(), oneComplete.alpha());
    assertEquals("undefined: fewer than two respondents answered all 2 items (1)", oneComplete.alphaBasis());
    assertEquals(Option.none(), noVariance.alpha());
    assertEquals("undefined: the 3 complete respondents' totals do not vary", noVariance.alphaBasis());
  }

  @Test
  void aFactorWithTooFewRespondentsIsFlaggedAndGetsNoBand() {
    FactorScore score =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"))), List.of(TreeMap.of("q1", 5), TreeMap.of("q1", 5)));

    assertEquals(FactorStatus.TOO_FEW_RESPONDENTS, score.status());
    assertEquals(Option.of(5.0), score.mean());
    assertEquals(Option.none(), score.band());
    assertTrue(score.explanation().contains("no band: only 2 respondents, fewer than the minimum of 3"), score.explanation());
  }

  @Test
  void anItemNobodyAnsweredIsNamed() {
    FactorScore score =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"), Item.of("q2", "f"))),
            List.of(TreeMap.of("q1", 4), TreeMap.of("q1", 4), TreeMap.of("q1", 4)));

    assertEquals(FactorStatus.INCOMPLETE, score.status());
    assertEquals(List.of("q1"), score.itemsUsed());
    assertEquals(List.of("q2"), score.itemsMissing());
    assertTrue(score.explanation().contains("incomplete: nobody answered q2"), score.explanation());
  }

  @Test
  void aFactorNobodyAnsweredHasNoScore() {
    FactorScore score =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"))), List.of(TreeMap.empty(), TreeMap.empty()));

    assertEquals(FactorStatus.NO_ANSWERS, score.status());
    assertEquals(Option.none(), score.mean());
    assertEquals(0, score.respondents());
  }

  @Test
  void everyScoreExplainsItsInstrumentEditionItemsAndRule() {
    FactorScore score =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"))), List.of(TreeMap.of("q1", 4), TreeMap.of("q1", 4), TreeMap.of("q1", 4)));

    assertEquals(
        "F: 4.00, strength — probably needs no special attention. Mean of 3 answers from 3 respondents "
            + "to q1; bands strength ≥ 4.0, borderline ≥ 3.0, concern below; Test, 1.",
        score.explanation());
  }

  @Test
  void theDefaultsAreWildersBandsAndThreeRespondents() {
    SurveyScoring defaults = SurveyScoring.withDefaults();

    assertEquals(org.commonground.core.readiness.Bands.WILDER, defaults.bands());
    assertEquals(3, defaults.minimumRespondents());
  }

  @Test
  void exactlyTheMinimumNumberOfRespondentsIsEnough() {
    FactorScore score =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"))), List.of(TreeMap.of("q1", 5), TreeMap.of("q1", 5), TreeMap.of("q1", 5)));

    assertEquals(FactorStatus.SCORED, score.status());
    assertEquals(Option.of(Band.STRENGTH), score.band());
  }

  @Test
  void twoAnswersHaveAStandardDeviationAndTwoCompleteRespondentsAnAlpha() {
    // answers 2 and 4: s² = (1 + 1) / 1 = 2. Alpha over two respondents (2, 3) and (4, 5):
    // item variances 2 and 2, totals 5 and 9 with variance 8: 2/1 · (1 − 4/8) = 1.
    FactorScore score =
        scoreOf(oneFactor(List.of(Item.of("q1", "f"), Item.of("q2", "f"))),
            List.of(TreeMap.of("q1", 2, "q2", 3), TreeMap.of("q1", 4, "q2", 5)));

    assertEquals(Option.of(1.0), score.alpha());
    assertEquals("2 respondents answered all 2 items", score.alphaBasis());
    FactorScore one = scoreOf(oneFactor(List.of(Item.of("q1", "f"))), List.of(TreeMap.of("q1", 2)));
    assertEquals(Option.none(), one.standardDeviation());
    FactorScore two = scoreOf(oneFactor(List.of(Item.of("q1", "f"))), List.of(TreeMap.of("q1", 2), TreeMap.of("q1", 4)));
    assertEquals(Option.of(Math.sqrt(2)), two.standardDeviation());
  }

  @Test
  void otherBandsChangeTheReading() {
    Survey survey =
        Survey.of(oneFactor(List.of(Item.of("q1", "f"))),
            List.of(SurveyResponse.of("a", TreeMap.of("q1", 4)), SurveyResponse.of("b", TreeMap.of("q1", 4)),
                SurveyResponse.of("c", TreeMap.of("q1", 4))));

    SurveyScore strict = SCORING.withBands(org.commonground.core.readiness.Bands.of(4.5, 3.5)).score(survey);

    assertEquals(Option.of(Band.BORDERLINE), strict.factor("f").get().band());
    assertEquals(List.of(), strict.inBand(Band.STRENGTH));
    assertEquals(List.of("f"), strict.inBand(Band.BORDERLINE).map(s -> s.factor().id()));
    assertEquals(Option.none(), strict.factor("g"));
    assertEquals("test", strict.instrument());
    assertEquals("1", strict.edition());
    assertEquals(3, strict.respondents());
    assertEquals(1, SCORING.withMinimumRespondents(2).score(
        Survey.of(survey.instrument(), survey.responses().take(2))).inBand(Band.STRENGTH).size());
  }

  @Test
  void theMinimumNumberOfRespondentsIsConfigurable() {
    assertEquals(10, SCORING.withMinimumRespondents(10).minimumRespondents());
    assertThrows(ValidationException.class, () -> SCORING.withMinimumRespondents(0));
  }

  @Test
  void aMatrixReportsEveryBadCellByRespondentAndItem() {
    Instrument instrument = oneFactor(List.of(Item.of("q1", "f"), Item.of("q2", "f")));

    ValidationException length =
        assertThrows(ValidationException.class, () -> ResponseMatrix.of(instrument, 2, new int[3]));
    ValidationException range =
        assertThrows(
            ValidationException.class,
            () -> ResponseMatrix.of(instrument, 2, new int[] {1, 6, ResponseMatrix.MISSING, 0}));

    assertEquals(
        List.of("cells: must have respondents × items = 2 × 2 = 4 values, got 3"),
        length.violations().map(Violation::toString));
    assertEquals(
        List.of(
            "cells[0][1] (respondent 0, item q2): must be between 1 and 5, got 6",
            "cells[1][1] (respondent 1, item q2): must be between 1 and 5, got 0"),
        range.violations().map(Violation::toString));
  }

  @Test
  void aMatrixCopiesItsCells() {
    Instrument instrument = oneFactor(List.of(Item.of("q1", "f")));
    int[] cells = {4, 5};
    ResponseMatrix matrix = ResponseMatrix.of(instrument, 2, cells);
    cells[0] = 1;

    assertEquals(4, matrix.answer(0, 0));
    assertEquals(5, matrix.answer(1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> matrix.answer(2, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> matrix.answer(-1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> matrix.answer(0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> matrix.answer(0, -1));
    assertEquals("ResponseMatrix[2 respondents × 1 items of Test, 1]", matrix.toString());
  }

  @Test
  void aMatrixMayBeEmptyButNotNegative() {
    Instrument instrument = oneFactor(List.of(Item.of("q1", "f"), Item.of("q2", "f")));

    assertEquals(0, ResponseMatrix.of(instrument, 0, new int[0]).respondents());
    assertEquals(
        List.of("respondents: must be at least 0, got -1"),
        assertThrows(ValidationException.class, () -> ResponseMatrix.of(instrument, -1, new int[0]))
            .violations().map(Violation::toString));
    int[] cells = {2, 3, 4, 5};
    assertEquals(5, ResponseMatrix.of(instrument, 2, cells).answer(1, 1));
  }
}
