// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.core.measure.AggregationType;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class RollUpTest {

  private static final Period Y2023 = Period.year(2023);

  @Test
  void ratesArePooledNotAveraged() {
    // Lincoln: 45 of 50 = 90 %. Eastside: 100 of 200 = 50 %.
    // The mean of the two rates is 70 %; the community rate is (45 + 100) / (50 + 200) = 145 / 250 = 58 %.
    Indicator rate = Fixtures.indicator("rate", Unit.PERCENT).build();
    ObservationSet data =
        ObservationSet.of(Fixtures.set(rate), List.of(
            Observation.ratio("lincoln", "rate", Y2023, 45, 50),
            Observation.ratio("eastside", "rate", Y2023, 100, 200)));

    CommunityValue value = RollUp.communityValue(data, "rate", Y2023, List.of("lincoln", "eastside")).get();

    assertEquals(58.0, value.value());
    assertEquals(145.0, value.numerator());
    assertEquals(Option.of(250.0), value.denominator());
    assertTrue(value.value() != (90.0 + 50.0) / 2);
    assertEquals(
        "rate, 2023: 58 %, pooled: Σ numerators / Σ denominators × 100 = 145 / 250 × 100 over 2 partners "
            + "(eastside, lincoln); all 2 expected partners reported.",
        value.explanation());
  }

  @Test
  void countsAreSummedMeansWeightedAndMissingPartnersNamed() {
    Indicator visits = Fixtures.indicator("visits", Unit.COUNT).build();
    Indicator score = Fixtures.indicator("score", Unit.MEAN).build();
    ObservationSet data =
        ObservationSet.of(Fixtures.set(visits, score), List.of(
            Observation.count("a", "visits", Y2023, 120).withRecords(Option.of(120L)),
            Observation.count("b", "visits", Y2023, 80).withRecords(Option.of(80L)),
            Observation.ratio("a", "score", Y2023, 300, 10),
            Observation.ratio("b", "score", Y2023, 1200, 30)));

    List<CommunityValue> values = RollUp.communityValues(data, List.of("a", "b", "c"));

    assertEquals(List.of(200.0, 37.5), values.map(CommunityValue::value)); // (300 + 1200) / (10 + 30)
    assertEquals(List.of("c"), values.head().missingPartners());
    assertEquals(Option.of(200L), values.head().records());
    assertEquals(Option.none(), values.get(1).records());
    assertTrue(values.head().explanation().endsWith("missing input from c."), values.head().explanation());
    assertTrue(!values.head().complete());
  }

  @Test
  void minAndMaxTakeTheExtremePartnerAndLastSumsAcrossPartners() {
    Indicator low = Fixtures.indicator("low", Unit.COUNT).aggregation(AggregationType.MIN).build();
    Indicator high = Fixtures.indicator("high", Unit.COUNT).aggregation(AggregationType.MAX).build();
    Indicator last = Fixtures.indicator("enrolled", Unit.COUNT).aggregation(AggregationType.LAST).build();
    ObservationSet data =
        ObservationSet.of(Fixtures.set(low, high, last), List.of(
            Observation.count("a", "low", Y2023, 7), Observation.count("b", "low", Y2023, 3),
            Observation.count("a", "high", Y2023, 7), Observation.count("b", "high", Y2023, 3),
            Observation.count("a", "enrolled", Y2023, 700), Observation.count("b", "enrolled", Y2023, 300)));

    assertEquals(List.of(3.0, 7.0, 1000.0), RollUp.communityValues(data, List.of("a", "b")).map(CommunityValue::value));
  }

  @Test
  void subgroupsDoNotCountTowardTheCommunityValue() {
    Indicator rate = Fixtures.indicator("rate", Unit.PERCENT).build();
    ObservationSet data =
        ObservationSet.of(Fixtures.set(rate), List.of(
            Observation.ratio("a", "rate", Y2023, 45, 50),
            Observation.ratio("a", "rate", Y2023, 5, 10).withSubgroup(TreeMap.of("grade", "9"))));

    assertEquals(90.0, RollUp.communityValue(data, "rate", Y2023, List.of("a")).get().value());
    assertEquals(Option.none(), RollUp.communityValue(data, "rate", Period.year(2024), List.of("a")));
    assertEquals(Option.none(), RollUp.communityValue(data, "nope", Y2023, List.of("a")));
  }

  @Test
  void expectedPartnersMustBeDistinctNonBlankIds() {
    Indicator visits = Fixtures.indicator("visits", Unit.COUNT).build();
    ObservationSet data =
        ObservationSet.of(Fixtures.set(visits), List.of(Observation.count("a", "visits", Y2023, 120)));

    ValidationException e =
        assertThrows(ValidationException.class, () -> RollUp.communityValues(data, List.of("a", "", "b", "a", " c")));
    assertEquals(
        List.of(
            Violation.of("expectedPartners[1]", "must not be blank, got \"\""),
            Violation.of("expectedPartners[3]", "must not repeat an expected partner, duplicates expectedPartners[0] (a)"),
            Violation.of("expectedPartners[4]", "must not begin or end with white space, got \" c\"")),
        e.violations());
    assertThrows(ValidationException.class, () -> RollUp.communityValue(data, "visits", Y2023, List.of("a", "a")));
    ValidationException perIndicator =
        assertThrows(ValidationException.class, () -> RollUp.communityValues(data, i -> List.of("a", "\n")));
    assertEquals("expectedPartners(visits)[1]", perIndicator.violations().head().path());
    assertThrows(ValidationException.class, () -> Scorecards.of(data, List.of("a", " ")));
  }
}
