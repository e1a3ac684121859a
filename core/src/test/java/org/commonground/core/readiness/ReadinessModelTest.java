// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Look-ups, defaults and the checks of the smaller readiness values. */
class ReadinessModelTest {

  private static final Instrument SHARE = ReadinessToShare.INSTRUMENT;

  @Test
  void anInstrumentFindsItsPartsById() {
    assertEquals(Option.of("Share risk"), SHARE.factor("risk").map(Factor::name));
    assertEquals(Option.none(), SHARE.factor("trust"));
    assertEquals(Option.of("risk"), SHARE.item("rs-risk-ext").map(Item::factor));
    assertEquals(Option.none(), SHARE.item("nope"));
    assertEquals(List.empty(), SHARE.itemsOf("nope"));
    assertEquals(2, SHARE.categories().size());
    assertEquals(Option.of(ReadinessToShare.SOURCE), SHARE.source());
  }

  @Test
  void withItemsReplacesTheItemsAndChecksThemAgain() {
    List<Item> one = SHARE.factors().map(f -> Item.of(f.id() + "-only", f.id()));

    Instrument replaced = SHARE.withItems(one);

    assertEquals(8, replaced.items().size());
    assertEquals(16, SHARE.items().size(), "the original is unaffected");
    assertThrows(ValidationException.class, () -> SHARE.withItems(one.tail()));
  }

  @Test
  void anItemIsUnweightedAndNotReversedUnlessSaid() {
    Item item = Item.of("q1", "f");

    assertFalse(item.reverseCoded());
    assertEquals(1.0, item.weight());
    assertEquals(Option.none(), item.text());
    assertEquals(
        List.of("text: must not be blank when present"),
        assertThrows(ValidationException.class, () -> Item.builder().id("q").factor("f").text(Option.of(" ")).build())
            .violations().map(Violation::toString));
  }

  @Test
  void aScaleWithoutLabelsIsFine() {
    ResponseScale scale = ResponseScale.of(0, 10);

    assertEquals(11, scale.points());
    assertTrue(scale.contains(0));
    assertTrue(scale.contains(10));
    assertFalse(scale.contains(11));
    assertFalse(scale.contains(-1));
    assertEquals("0–10", scale.toString());
    assertThrows(IllegalArgumentException.class, () -> scale.reverse(11));
  }

  @Test
  void aValidSurveyKeepsItsResponses() {
    Survey survey =
        Survey.of(SHARE, List.of(SurveyResponse.of("school", TreeMap.of("rs-risk-int", 1, "rs-risk-ext", 5))));

    assertEquals(1, survey.responses().size());
    assertEquals(Option.of(5), survey.responses().head().answers().get("rs-risk-ext"));
  }

  @Test
  void ratingsMayUseTheEndsOfTheScale() {
    DimensionRating low = DimensionRating.agreed("leadership", 1);
    DimensionRating high = DimensionRating.of("leadership", 8, 9, 9);

    assertEquals(1.0, low.consensusScore());
    assertEquals(9.0, high.consensusScore());
    assertTrue(low.scorersAgreed());
    assertFalse(high.scorersAgreed());
    assertTrue(high.scorersWithinOne());
    assertFalse(DimensionRating.of("leadership", 3, 5, 4).scorersWithinOne());
    assertThrows(ValidationException.class, () -> DimensionRating.agreed("leadership", Math.nextUp(9.0)));
    assertThrows(ValidationException.class, () -> DimensionRating.agreed("leadership", Math.nextDown(1.0)));
  }

  @Test
  void anInterviewFindsItsRatingAndRejectsTwoForOneDimension() {
    Interview interview =
        Interview.of("nurse", List.of(DimensionRating.agreed("leadership", 4), DimensionRating.agreed("resources", 2)));

    assertEquals(Option.of(2.0), interview.rating("resources").map(DimensionRating::consensusScore));
    assertEquals(Option.none(), interview.rating("climate"));
    assertEquals(
        List.of("ratings[1]: duplicates ratings[0] (leadership)"),
        assertThrows(ValidationException.class,
                () -> Interview.of("nurse", List.of(DimensionRating.agreed("leadership", 4), DimensionRating.agreed("leadership", 5))))
            .violations().map(Violation::toString));
  }

  @Test
  void aModelEditionFindsItsDimensions() {
    CommunityReadinessModel model = CommunityReadinessModel.HANDBOOK_2006;

    assertEquals(Option.of("Leadership"), model.dimension("leadership").map(ReadinessDimension::name));
    assertEquals(Option.none(), model.dimension("climate"));
    assertTrue(model.source().get().contains("2006"));
    assertEquals("Community Readiness Model (2006)", model.toString());
    assertThrows(ValidationException.class, () -> CommunityReadinessModel.of(" ", "s", List.empty()));
  }

  @Test
  void aValidAssessmentKeepsItsInterviews() {
    CommunityReadinessModel model = CommunityReadinessModel.HANDBOOK_2014;
    Interview interview = Interview.of("nurse", model.dimensions().map(d -> DimensionRating.agreed(d.id(), 5)));

    ReadinessAssessment assessment = ReadinessAssessment.of(model, "issue", List.of(interview));

    assertEquals(List.of(interview), assessment.interviews());
    assertEquals(
        List.of("issue: must not be blank, got \"\"", "interviews: must have at least 1, got 0"),
        assertThrows(ValidationException.class, () -> ReadinessAssessment.of(model, "", List.empty()))
            .violations().map(Violation::toString));
  }

  @Test
  void aLadderKnowsThePositionOfEachStep() {
    Ladder ladder = CommunityCollaborativeAssessment.CONSTITUENT;

    assertEquals(Option.of(0), ladder.position("A"));
    assertEquals(Option.of(4), ladder.position("E"));
    assertEquals(Option.none(), ladder.position("F"));
    assertEquals(
        List.of("steps: must have at least 2, got 1"),
        assertThrows(ValidationException.class, () -> Ladder.of("l", "L", List.of(LadderStep.of("A", "a"))))
            .violations().map(Violation::toString));
  }

  @Test
  void aLadderResponseKeepsItsChecks() {
    LadderResponse response = LadderResponse.of("school", TreeSet.of("B", "A"));

    assertEquals(TreeSet.of("A", "B"), response.checked());
    assertEquals("school", response.respondent());
  }

  @Test
  void blankIdsAndNamesAreRejectedEverywhere() {
    assertThrows(ValidationException.class, () -> Category.of("", "C"));
    assertThrows(ValidationException.class, () -> Factor.of("f", "F", " "));
    assertThrows(ValidationException.class, () -> LadderStep.of("A", ""));
    assertThrows(ValidationException.class, () -> ReadinessDimension.of("", "D"));
    assertThrows(ValidationException.class, () -> SurveyResponse.of(" ", TreeMap.empty()));
    assertThrows(ValidationException.class, () -> LadderResponse.of("", TreeSet.empty()));
    assertThrows(ValidationException.class, () -> Interview.of("", List.empty()));
  }

  @Test
  void stagesAreNumberedOneToNine() {
    assertEquals(1, ReadinessStage.of(1).number());
    assertEquals(ReadinessStage.NO_AWARENESS, ReadinessStage.of(1));
    assertThrows(IllegalArgumentException.class, () -> ReadinessStage.of(0));
    assertEquals("strength", Band.STRENGTH.toString());
  }
}
