// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.alignment.Rating;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.IndicatorKind;
import org.commonground.core.measure.Outcome;
import org.commonground.core.measure.PeriodType;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.RbaCategory;
import org.commonground.core.measure.SharedMeasureSet;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class AlignmentScoringTest {

  private static final List<String> PARTNERS = List.of("a", "b", "c", "d");

  /** Ratings of the five alignments: leadership 5,5,4,5; outcomes 2,2,2,3; action 1,5,2,4; data 3 by one partner. */
  private static AlignmentRatings ratings() {
    List<Rating> ratings =
        List.of(5, 5, 4, 5).zip(PARTNERS).map(p -> Rating.of(p._2, "leadership", p._1))
            .appendAll(List.of(2, 2, 2, 3).zip(PARTNERS).map(p -> Rating.of(p._2, "outcomes", p._1)))
            .appendAll(List.of(1, 5, 2, 4).zip(PARTNERS).map(p -> Rating.of(p._2, "action", p._1)))
            .append(Rating.of("a", "data-systems", 3))
            .append(Rating.ofCriterion("a", "leadership", "common-vision", 5))
            .append(Rating.ofCriterion("b", "leadership", "common-vision", 4));
    return AlignmentRatings.of(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE, ratings);
  }

  // per test, not static: mutation testing sees only what runs inside a test
  private final FrameworkProfile profile = AlignmentScoring.withDefaults().profile(ratings());

  @Test
  void levelAndAgreementAreReadTogether() {
    // leadership: mean 4.75, s² = 0.25, r_wg = 1 − 0.25/2 = 0.875 → aligned
    DimensionAlignment leadership = profile.dimension("leadership").get();
    assertEquals(Option.of(4.75), leadership.mean());
    assertEquals(Option.of(5.0), leadership.median());
    assertEquals(Option.of(0.875), leadership.agreement());
    assertEquals(AlignmentClass.ALIGNED, leadership.alignmentClass());
    // outcomes: mean 2.25, s² = 0.25 → r_wg 0.875, but the level is low → agreed but weak
    assertEquals(AlignmentClass.AGREED_BUT_WEAK, profile.dimension("outcomes").get().alignmentClass());
    // action: 1, 5, 2, 4: s² = 10/3 > 2 → r_wg 0 → contested
    assertEquals(Option.of(0.0), profile.dimension("action").get().agreement());
    assertEquals(AlignmentClass.CONTESTED, profile.dimension("action").get().alignmentClass());
  }

  @Test
  void withOneRaterAgreementIsUndefinedAndSaysSo() {
    DimensionAlignment data = profile.dimension("data-systems").get();
    assertEquals(Option.none(), data.agreement());
    assertEquals(AlignmentClass.UNDETERMINED, data.alignmentClass());
    assertTrue(data.explanation().contains("agreement undefined: fewer than two partners rated it"), data.explanation());
    DimensionAlignment advocacy = profile.dimension("advocacy").get();
    assertEquals(0, advocacy.raters());
    assertEquals("Aligned advocacy: not rated.", advocacy.explanation());
  }

  @Test
  void thePartnersFurthestFromTheGroupAreNamed() {
    // action mean 3: distances 2, 2, 1, 1
    assertEquals(List.of("a", "b"), profile.dimension("action").get().furthest());
    assertEquals(List.of("c"), profile.dimension("leadership").get().furthest());
    assertEquals(List.empty(), profile.dimension("data-systems").get().furthest());
  }

  @Test
  void theProfileListsTheWeakestAndTheMostContestedFirst() {
    assertEquals("outcomes", profile.weakestFirst().head().dimension().id());
    assertEquals("action", profile.mostContestedFirst().head().dimension().id());
    assertEquals("advocacy", profile.weakestFirst().last().dimension().id());
    assertEquals(List.of("leadership"), profile.criteria().map(c -> c.dimension().id()));
    assertEquals(Option.of("common-vision"), profile.criteria().head().criterion());
    assertEquals("five-alignments", profile.framework());
  }

  @Test
  void everyResultExplainsItself() {
    assertEquals(
        "Aligned leadership: aligned — level 4.75 (mean), median 5, from 4 partners; agreement r_wg = 0.88 "
            + "(1 − s² / σ²_EU, σ²_EU = (A² − 1)/12 = 2.00 for 5 points); thresholds r_wg ≥ 0.70 and mean ≥ 4.00; "
            + "furthest from the group: c; Five alignments (United Way Worldwide).",
        profile.dimension("leadership").get().explanation());
  }

  @Test
  void seed001sOutcomeCheckAppliesOnceSharedMeasuresExist() {
    SharedMeasureSet three =
        SharedMeasureSet.of("S", List.range(0, 3).map(i -> Outcome.of("o" + i, "O" + i)),
            List.range(0, 3).map(i -> Indicator.builder().id("i" + i).name("I").outcome("o" + i).unit(Unit.COUNT)
                .polarity(Polarity.HIGHER_IS_BETTER).periodType(PeriodType.CALENDAR_YEAR).kind(IndicatorKind.CORE)
                .rbaCategory(RbaCategory.HOW_MUCH).build()));

    assertEquals(
        List.of("measures.outcomes: aligned outcomes: seed 001 advises a common set of eight to ten outcomes, got 3"),
        AlignmentScoring.withDefaults().profile(ratings(), Option.of(three)).checks().map(Violation::toString));
    assertEquals(List.empty(), profile.checks());
  }

  @Test
  void thresholdsAreConfigurableWithinTheirRanges() {
    FrameworkProfile strict = AlignmentScoring.withDefaults().withAgreementThreshold(0.9).profile(ratings());
    assertEquals(AlignmentClass.CONTESTED, strict.dimension("leadership").get().alignmentClass());
    FrameworkProfile lax = AlignmentScoring.withDefaults().withLevelThreshold(0.25).profile(ratings());
    assertEquals(AlignmentClass.ALIGNED, lax.dimension("outcomes").get().alignmentClass());
    assertThrows(ValidationException.class, () -> AlignmentScoring.withDefaults().withAgreementThreshold(0));
    assertThrows(ValidationException.class, () -> AlignmentScoring.withDefaults().withLevelThreshold(1.5));
  }

  @Test
  void bothThresholdsAreInclusive() {
    // leadership: r_wg 0.875 and mean 4.75 = 1 + 0.9375 × (5 − 1), both exactly representable
    FrameworkProfile atBoth =
        AlignmentScoring.withDefaults().withAgreementThreshold(0.875).withLevelThreshold(0.9375).profile(ratings());
    assertEquals(AlignmentClass.ALIGNED, atBoth.dimension("leadership").get().alignmentClass());
    // the ends of both ranges are allowed
    assertEquals(1.0, AlignmentScoring.withDefaults().withAgreementThreshold(1.0).agreementThreshold());
    assertEquals(0.0, AlignmentScoring.withDefaults().withLevelThreshold(0.0).levelThreshold());
    assertEquals(1.0, AlignmentScoring.withDefaults().withLevelThreshold(1.0).levelThreshold());
    assertThrows(ValidationException.class, () -> AlignmentScoring.withDefaults().withLevelThreshold(-0.5));
    assertThrows(ValidationException.class, () -> AlignmentScoring.withDefaults().withAgreementThreshold(1.5));
  }
}
