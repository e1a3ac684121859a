// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.IndicatorKind;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Outcome;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.PeriodType;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.RbaCategory;
import org.commonground.core.measure.SharedMeasureSet;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.commonground.scoring.measure.Scorecard;
import org.commonground.scoring.measure.Scorecards;
import org.junit.jupiter.api.Test;

/** Shared-measure values read back equal to what was written; periods use their text form. */
class MeasureJsonTest {

  private final JsonMapper json = CommonGroundJson.mapper();

  private static final SharedMeasureSet MEASURES =
      SharedMeasureSet.of(
          "Eastside",
          List.of(Outcome.of("graduation", "Graduate")),
          List.of(
              Indicator.builder()
                  .id("grad-rate").name("Graduation rate").outcome("graduation")
                  .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
                  .periodType(PeriodType.SCHOOL_YEAR)
                  .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR)
                  .baseline(Option.of(Baseline.of(Period.schoolYear(2020), 78)))
                  .targets(List.of(Target.longTerm(Period.schoolYear(2027), 90)))
                  .build()));

  private static final List<Observation> OBSERVATIONS =
      List.of(
          Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2022), 421, 510).withRecords(Option.of(510L)),
          Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2023), 433, 512)
              .withSubgroup(TreeMap.of("grade", "12")));

  @Test
  void aPeriodIsWrittenAsItsTextForm() throws JsonProcessingException {
    assertEquals("\"SY2024-25\"", json.writeValueAsString(Period.schoolYear(2024)));
    assertEquals(Period.quarter(2024, 2), json.readValue("\"2024-Q2\"", Period.class));
  }

  @Test
  void aFiscalYearRoundTripsWithItsFirstMonth() throws JsonProcessingException {
    Period federal = Period.fiscalYear(2024, 10);
    assertEquals("\"FY2024-M10\"", json.writeValueAsString(federal));
    assertEquals(federal, json.readValue(json.writeValueAsString(federal), Period.class));
    Baseline baseline = Baseline.of(federal, 12);
    assertEquals(baseline, json.readValue(json.writeValueAsString(baseline), Baseline.class));
  }

  @Test
  void aSharedMeasureSetRoundTrips() throws JsonProcessingException {
    assertEquals(MEASURES, json.readValue(json.writeValueAsString(MEASURES), SharedMeasureSet.class));
  }

  @Test
  void observationsRoundTrip() throws JsonProcessingException {
    for (Observation o : OBSERVATIONS) {
      assertEquals(o, json.readValue(json.writeValueAsString(o), Observation.class));
    }
  }

  @Test
  void aScorecardRoundTrips() throws JsonProcessingException {
    Scorecard card = Scorecards.of(ObservationSet.of(MEASURES, OBSERVATIONS), List.of("lincoln-hs"));

    assertEquals(card, json.readValue(json.writeValueAsString(card), Scorecard.class));
  }
}
