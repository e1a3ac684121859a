// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.Random;
import org.commonground.core.readiness.Bands;
import org.commonground.core.readiness.Category;
import org.commonground.core.readiness.CollaborationFactorsInventory;
import org.commonground.core.readiness.CommunityCollaborativeAssessment;
import org.commonground.core.readiness.CommunityReadinessModel;
import org.commonground.core.readiness.DimensionRating;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Interview;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.Ladder;
import org.commonground.core.readiness.LadderResponse;
import org.commonground.core.readiness.LadderStep;
import org.commonground.core.readiness.ReadinessAssessment;
import org.commonground.core.readiness.ReadinessDimension;
import org.commonground.core.readiness.ReadinessToShare;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.scoring.readiness.CommunityReadinessScore;
import org.commonground.scoring.readiness.DimensionStage;
import org.commonground.scoring.readiness.FactorScore;
import org.commonground.scoring.readiness.LadderProfile;
import org.commonground.scoring.readiness.LadderScoring;
import org.commonground.scoring.readiness.ResponseMatrix;
import org.commonground.scoring.readiness.StageScoring;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.readiness.SurveyScoring;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every readiness document kind reads back equal to what was written, through
 * {@code CommonGroundJson.write} and {@code read}. Each value is built from a generated seed, by
 * mapping, never filtering, so QuickTheories never gives up; the values include the built-ins,
 * which are written by reference, and custom definitions with ids that need escaping.
 */
class ReadinessJsonProperties {

  private static final Gen<Random> SEEDS = longs().all().map(Random::new);

  private static final String ID_CHARACTERS = "abcdefghij-_. 'é漢\"\\/";

  /** An id by the library's rule: no control characters, nothing blank at either end. */
  private static String id(Random r, String prefix) {
    StringBuilder s = new StringBuilder(prefix);
    for (int i = r.nextInt(6); i > 0; i--) {
      s.append(ID_CHARACTERS.charAt(r.nextInt(ID_CHARACTERS.length())));
    }
    return s.append((char) ('a' + r.nextInt(26))).toString();
  }

  private static String text(Random r) {
    return id(r, "T") + (r.nextBoolean() ? " \n\t x" : "");
  }

  private static double anyDouble(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return r.nextInt(10);
      case 1:
        return -r.nextDouble();
      case 2:
        return Double.MIN_VALUE * r.nextInt(5);
      default:
        return r.nextDouble() * 1e6;
    }
  }

  static Instrument instrument(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return ReadinessToShare.INSTRUMENT;
      case 1:
        return ReadinessToShare.INSTRUMENT.withItems(ReadinessToShare.FACTORS.zipWithIndex().map(f -> item(r, id(r, "q" + f._2), f._1.id())));
      case 2:
        return CollaborationFactorsInventory.secondEdition(
            CollaborationFactorsInventory.FACTORS.zipWithIndex().map(f -> item(r, "q" + f._2, f._1.id())));
      default:
        return custom(r);
    }
  }

  private static Item item(Random r, String id, String factor) {
    return Item.builder().id(id).factor(factor)
        .text(r.nextBoolean() ? Option.some(text(r)) : Option.none())
        .reverseCoded(r.nextBoolean())
        .weight(r.nextBoolean() ? 1.0 : 0.5 + r.nextInt(4) * 0.25)
        .build();
  }

  private static Instrument custom(Random r) {
    List<Category> categories = List.range(0, 1 + r.nextInt(2)).map(c -> Category.of("c" + c + id(r, "-"), text(r)));
    List<Factor> factors = List.range(0, 1 + r.nextInt(3))
        .map(f -> Factor.of("f" + f + id(r, "-"), text(r), categories.get(r.nextInt(categories.size())).id()));
    List<Item> items = factors.zipWithIndex()
        .flatMap(f -> List.range(0, 1 + r.nextInt(3)).map(i -> item(r, "i" + f._2 + "." + i, f._1.id())));
    int min = r.nextInt(7) - 3;
    int max = min + 1 + r.nextInt(6);
    ResponseScale scale = r.nextBoolean()
        ? ResponseScale.of(min, max)
        : ResponseScale.of(min, max, List.range(min, max + 1).map(p -> text(r)));
    return Instrument.builder().id(id(r, "own ")).name(text(r)).edition(text(r))
        .source(r.nextBoolean() ? Option.some(text(r)) : Option.none())
        .scale(scale).categories(categories).factors(factors).items(shuffle(items, r))
        .build();
  }

  static Survey survey(Random r) {
    Instrument instrument = instrument(r);
    ResponseScale scale = instrument.scale();
    List<SurveyResponse> responses = List.range(0, r.nextInt(7)).map(n -> SurveyResponse.of("r" + n + id(r, ""),
        TreeMap.ofEntries(instrument.items().filter(i -> r.nextInt(4) > 0)
            .map(i -> io.vavr.Tuple.of(i.id(), scale.min() + r.nextInt(scale.points()))))));
    return Survey.of(instrument, responses);
  }

  static SurveyScoring rules(Random r) {
    return r.nextBoolean()
        ? SurveyScoring.withDefaults()
        : SurveyScoring.withDefaults().withBands(Bands.of(3 + r.nextDouble(), 1 + r.nextDouble()))
            .withMinimumRespondents(1 + r.nextInt(5));
  }

  static CommunityReadinessModel model(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return CommunityReadinessModel.HANDBOOK_2006;
      case 1:
        return CommunityReadinessModel.HANDBOOK_2014;
      default:
        CommunityReadinessModel own = CommunityReadinessModel.of(id(r, "own "), text(r),
            List.range(0, 1 + r.nextInt(4)).map(d -> ReadinessDimension.of("d" + d + id(r, "-"), text(r))));
        return r.nextBoolean() ? own : org.commonground.core.readiness.ImmutableCommunityReadinessModel.copyOf(own)
            .withSource(Option.none());
    }
  }

  static ReadinessAssessment assessment(Random r) {
    CommunityReadinessModel model = model(r);
    List<Interview> interviews = List.range(0, 1 + r.nextInt(5)).map(n -> Interview.of("i" + n + id(r, ""),
        shuffle(model.dimensions().map(d -> rating(r, d.id())), r)));
    return ReadinessAssessment.of(model, text(r), interviews);
  }

  private static DimensionRating rating(Random r, String dimension) {
    double first = 1 + r.nextInt(17) * 0.5;
    if (r.nextBoolean()) {
      return DimensionRating.agreed(dimension, first);
    }
    return DimensionRating.of(dimension, first, 1 + r.nextDouble() * 8, 1 + r.nextInt(81) * 0.1);
  }

  static Ladder ladder(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return CommunityCollaborativeAssessment.CONSTITUENT;
      case 1:
        return CommunityCollaborativeAssessment.ORGANIZATION;
      default:
        return Ladder.of(id(r, "own "), text(r),
            List.range(0, 2 + r.nextInt(4)).map(s -> LadderStep.of(String.valueOf((char) ('A' + s)), text(r))));
    }
  }

  static List<LadderResponse> ladderResponses(Random r, Ladder ladder) {
    return List.range(0, r.nextInt(6)).map(n -> LadderResponse.of("r" + n + id(r, ""),
        TreeSet.ofAll(ladder.steps().filter(s -> r.nextBoolean()).map(LadderStep::id))));
  }

  private static <T> List<T> shuffle(List<T> list, Random r) {
    java.util.List<T> shuffled = list.toJavaList();
    java.util.Collections.shuffle(shuffled, r);
    return List.ofAll(shuffled);
  }

  static LadderResponse ladderResponse(Random r) {
    Ladder ladder = ladder(r);
    return LadderResponse.of("r" + id(r, ""), TreeSet.ofAll(ladder.steps().filter(s -> r.nextBoolean()).map(LadderStep::id)));
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  // ---------------------------------------------------------------- generators, one per document kind

  static final Gen<Instrument> INSTRUMENTS = SEEDS.map(ReadinessJsonProperties::instrument);
  static final Gen<Survey> SURVEYS = SEEDS.map(ReadinessJsonProperties::survey);
  /** Response matrices have no {@code equals}: compare them with {@link #sameMatrix}. */
  static final Gen<ResponseMatrix> RESPONSE_MATRICES = SEEDS.map(r -> ResponseMatrix.from(survey(r)));
  static final Gen<CommunityReadinessModel> MODELS = SEEDS.map(ReadinessJsonProperties::model);
  static final Gen<ReadinessAssessment> ASSESSMENTS = SEEDS.map(ReadinessJsonProperties::assessment);
  static final Gen<Ladder> LADDERS = SEEDS.map(ReadinessJsonProperties::ladder);
  static final Gen<LadderResponse> LADDER_RESPONSES = SEEDS.map(ReadinessJsonProperties::ladderResponse);
  static final Gen<SurveyScore> SURVEY_SCORES = SEEDS.map(r -> rules(r).score(survey(r)));
  /** Every instrument has a factor, so a score always has one to pick. */
  static final Gen<FactorScore> FACTOR_SCORES = SEEDS.map(r -> pick(r, rules(r).score(survey(r)).factors()));
  static final Gen<CommunityReadinessScore> READINESS_SCORES = SEEDS.map(r -> StageScoring.score(assessment(r)));
  /** Every model has a dimension, so a score always has one to pick. */
  static final Gen<DimensionStage> DIMENSION_STAGES = SEEDS.map(r -> pick(r, StageScoring.score(assessment(r)).dimensions()));
  static final Gen<LadderProfile> LADDER_PROFILES = SEEDS.map(r -> {
    Ladder ladder = ladder(r);
    return LadderScoring.score(ladder, ladderResponses(r, ladder));
  });

  private static <T> boolean roundTrips(DocumentKind<T> kind, T value) {
    return value.equals(CommonGroundJson.read(kind, CommonGroundJson.write(kind, value)));
  }

  /** Response matrices compared by instrument, size and every cell. */
  static boolean sameMatrix(ResponseMatrix matrix, ResponseMatrix back) {
    int items = matrix.instrument().items().size();
    return back.instrument().equals(matrix.instrument()) && back.respondents() == matrix.respondents()
        && List.range(0, matrix.respondents() * items)
            .forAll(c -> back.answer(c / items, c % items) == matrix.answer(c / items, c % items));
  }

  @Test
  void instrumentsRoundTrip() {
    qt().forAll(INSTRUMENTS).check(x -> roundTrips(ReadinessJson.INSTRUMENT_DOCUMENT, x));
  }

  @Test
  void surveysRoundTrip() {
    qt().forAll(SURVEYS).check(x -> roundTrips(ReadinessJson.SURVEY, x));
  }

  @Test
  void responseMatricesRoundTripCellForCell() {
    // ResponseMatrix has no equals: it is compared by instrument, size and every cell.
    qt().forAll(RESPONSE_MATRICES).check(matrix -> sameMatrix(matrix, CommonGroundJson.read(ReadinessJson.RESPONSE_MATRIX,
        CommonGroundJson.write(ReadinessJson.RESPONSE_MATRIX, matrix))));
  }

  @Test
  void modelsAndAssessmentsRoundTrip() {
    qt().forAll(MODELS).check(x -> roundTrips(ReadinessJson.COMMUNITY_READINESS_MODEL_DOCUMENT, x));
    qt().forAll(ASSESSMENTS).check(x -> roundTrips(ReadinessJson.READINESS_ASSESSMENT, x));
  }

  @Test
  void laddersAndLadderResponsesRoundTrip() {
    qt().forAll(LADDERS).check(x -> roundTrips(ReadinessJson.LADDER, x));
    qt().forAll(LADDER_RESPONSES).check(x -> roundTrips(ReadinessJson.LADDER_RESPONSE, x));
  }

  @Test
  void surveyAndFactorScoresRoundTrip() {
    qt().forAll(SURVEY_SCORES).check(x -> roundTrips(ReadinessJson.SURVEY_SCORE, x));
    qt().forAll(FACTOR_SCORES).check(x -> roundTrips(ReadinessJson.FACTOR_SCORE, x));
  }

  @Test
  void readinessScoresAndDimensionStagesRoundTrip() {
    qt().forAll(READINESS_SCORES).check(x -> roundTrips(ReadinessJson.COMMUNITY_READINESS_SCORE, x));
    qt().forAll(DIMENSION_STAGES).check(x -> roundTrips(ReadinessJson.DIMENSION_STAGE, x));
  }

  @Test
  void ladderProfilesRoundTrip() {
    qt().forAll(LADDER_PROFILES).check(x -> roundTrips(ReadinessJson.LADDER_PROFILE, x));
  }

  @Test
  void everyKindOfTheDomainHasAProperty() {
    // A kind added without a property above fails here.
    org.junit.jupiter.api.Assertions.assertEquals(12, ReadinessJson.DOCUMENTS.size());
  }
}
