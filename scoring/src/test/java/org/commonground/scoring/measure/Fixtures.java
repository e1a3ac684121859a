// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.ImmutableIndicator;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.IndicatorKind;
import org.commonground.core.measure.Outcome;
import org.commonground.core.measure.PeriodType;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.RbaCategory;
import org.commonground.core.measure.SharedMeasureSet;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;

/** Indicators and sets shared by the measure tests. */
final class Fixtures {

  private Fixtures() {}

  static ImmutableIndicator.Builder indicator(String id, Unit unit) {
    return Indicator.builder()
        .id(id).name(id).outcome("o")
        .unit(unit).polarity(Polarity.HIGHER_IS_BETTER)
        .periodType(PeriodType.CALENDAR_YEAR)
        .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR);
  }

  static SharedMeasureSet set(Indicator... indicators) {
    return SharedMeasureSet.of("Test", List.of(Outcome.of("o", "Outcome")), List.of(indicators));
  }

  static Indicator withBaselineAndTarget(Indicator indicator, Baseline baseline, Target target) {
    return ImmutableIndicator.copyOf(indicator).withBaseline(Option.of(baseline)).withTargets(List.of(target));
  }
}
