// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import org.commonground.core.measure.IndicatorKind;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Outcome;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.PeriodType;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.RbaCategory;
import org.commonground.core.measure.SharedMeasureSet;
import org.commonground.core.measure.Unit;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.Disaggregation;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.scoring.measure.SubgroupDimension;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.SmallCellSuppression;
import org.commonground.scoring.suppression.SuppressedTable;
import org.commonground.scoring.suppression.SuppressionRule;
import org.junit.jupiter.api.Test;

/** Disaggregations and suppressed tables read back equal to what was written. */
class ScaleJsonTest {

  private final JsonMapper json = CommonGroundJson.mapper();

  @Test
  void aDisaggregationRoundTrips() throws JsonProcessingException {
    SharedMeasureSet measures =
        SharedMeasureSet.of("S", List.of(Outcome.of("o", "O")), List.of(Indicator.builder()
            .id("grad").name("Graduation").outcome("o").unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
            .periodType(PeriodType.CALENDAR_YEAR).kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR)
            .build()));
    MeasureLayout layout =
        MeasureLayout.of(measures, CodeList.of(List.of("a")), CodeList.of(List.of(Period.year(2023))),
            List.of(SubgroupDimension.of("income", List.of("low", "not low"))));
    MeasureTable table =
        MeasureTable.builder(layout).add(0, 0, 0, new int[] {0}, 1, 1).add(0, 0, 0, new int[] {1}, 0, 1).build();
    DisaggregatedIndicator d =
        Disaggregation.of(new MeasureAccumulator(layout).addAll(table).snapshot(), "grad", List.of("income"),
            TreeMap.of("income", "not low"));

    assertEquals(d, json.readValue(json.writeValueAsString(d), DisaggregatedIndicator.class));
  }

  @Test
  void aSuppressedTableRoundTrips() throws JsonProcessingException {
    SuppressedTable t =
        SmallCellSuppression.apply(
            CountTable.of(List.of("a", "b"), List.of("x", "y"), new double[][] {{3, 40}, {20, 30}},
                new long[][] {{3, 40}, {20, 30}}, true, true),
            SuppressionRule.DEFAULT);

    assertEquals(t, json.readValue(json.writeValueAsString(t), SuppressedTable.class));
  }
}
