// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.ImmutableIndicator;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.junit.jupiter.api.Test;

class ScorecardEdgesTest {

  @Test
  void exactlySixtyPercentImprovingMeetsTheProofPoint() {
    // five indicators, three improving
    List<Indicator> indicators = List.range(0, 5).map(i -> Fixtures.indicator("i" + i, Unit.COUNT).build());
    List<Observation> observations =
        indicators.zipWithIndex().flatMap(i -> List.of(
            Observation.count("a", i._1.id(), Period.year(2022), 1000),
            Observation.count("a", i._1.id(), Period.year(2023), i._2 < 3 ? 1100 : 900)));
    Scorecard card = Scorecards.of(ObservationSet.of(Fixtures.set(indicators.toJavaArray(Indicator[]::new)), observations), List.of("a"));

    assertEquals(Option.of(0.6), card.shareImproving());
    assertTrue(card.meetsProofPoint());
    assertEquals("Test", card.name());
  }

  @Test
  void noIndicatorWithTwoValuesMeansNoShare() {
    Indicator lone = Fixtures.indicator("lone", Unit.COUNT).build();
    Scorecard card =
        Scorecards.of(ObservationSet.of(Fixtures.set(lone), List.of(Observation.count("a", "lone", Period.year(2023), 3))), List.of("a"));

    assertEquals(Option.none(), card.shareImproving());
    assertFalse(card.meetsProofPoint());
    assertEquals("No indicator has two comparable values yet, so none can be judged improving. Comparisons: matched: on "
        + "the partners reporting in both periods.", card.explanation());
  }

  @Test
  void subgroupsStayOutOfEveryCommunityValue() {
    Indicator a = Fixtures.indicator("a", Unit.COUNT).build();
    ObservationSet data =
        ObservationSet.of(Fixtures.set(a), List.of(
            Observation.count("p", "a", Period.year(2023), 10),
            Observation.count("p", "a", Period.year(2023), 4).withSubgroup(TreeMap.of("grade", "9"))));

    List<CommunityValue> values = RollUp.communityValues(data, List.of("p"));
    assertEquals(List.of(10.0), values.map(CommunityValue::value));
    assertTrue(values.head().complete());
  }

  @Test
  void aTargetBeforeTheFirstValueCannotBeAssessed() {
    Indicator early =
        ImmutableIndicator.copyOf(Fixtures.indicator("e", Unit.COUNT).build())
            .withTargets(List.of(Target.longTerm(Period.year(2020), 50)));
    ObservationSet data =
        ObservationSet.of(Fixtures.set(early), List.of(
            Observation.count("p", "e", Period.year(2022), 10), Observation.count("p", "e", Period.year(2023), 12)));

    ProgressAssessment p = Scorecards.of(data, List.of("p")).row("e").get().progress();
    assertEquals(ProgressStatus.UNABLE_TO_ASSESS, p.status());
    assertEquals("Unable to assess: the target period 2020 is not after the base period 2022.", p.explanation());
  }

  @Test
  void theBaseMeetingTheTargetThenSlippingIsDeterioration() {
    Indicator held =
        Fixtures.withBaselineAndTarget(Fixtures.indicator("h", Unit.COUNT).build(),
            Baseline.of(Period.year(2020), 50), Target.longTerm(Period.year(2025), 50));
    ObservationSet data = ObservationSet.of(Fixtures.set(held), List.of(Observation.count("p", "h", Period.year(2023), 45)));

    ProgressAssessment p = Scorecards.of(data, List.of("p")).row("h").get().progress();
    assertEquals(ProgressStatus.DETERIORATION, p.status());
    assertFalse(p.inDesiredDirection());
    assertTrue(ProgressMethod.STATISTICS_CANADA.toString().startsWith("ProgressMethod[on track ≥ 95 %"));
  }
}
