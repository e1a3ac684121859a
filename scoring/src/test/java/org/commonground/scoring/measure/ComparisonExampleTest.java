// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.commonground.scoring.uncertainty.IntervalMethod;
import org.junit.jupiter.api.Test;

/**
 * The comparison examples of the package documentation, the README and {@link Comparison}, on
 * the sample partnership's counseling visits: Eastside Counseling Center did not report in 2023.
 */
class ComparisonExampleTest {

  private static final Indicator VISITS = Fixtures.indicator("counseling-visits", Unit.COUNT).build();
  private static final List<String> PARTNERS = List.of("eastside-cc", "county-health");
  private static final ObservationSet DATA = ObservationSet.of(Fixtures.set(VISITS), List.of(
      Observation.count("eastside-cc", "counseling-visits", Period.year(2021), 1840),
      Observation.count("county-health", "counseling-visits", Period.year(2021), 960),
      Observation.count("eastside-cc", "counseling-visits", Period.year(2022), 2115),
      Observation.count("county-health", "counseling-visits", Period.year(2022), 1010),
      Observation.count("county-health", "counseling-visits", Period.year(2023), 1122)));

  @Test
  void theExamplesRunAsWritten() {
    ScorecardRow row = Scorecards.of(DATA, PARTNERS).row("counseling-visits").get();
    assertEquals("1 of 2 expected partners reported (missing eastside-cc)", row.current().get().coverage());
    Comparison last = row.changes().last();
    assertEquals(ComparisonBasis.MATCHED, last.basis());
    assertEquals(List.of("county-health"), last.partners());
    assertEquals(List.of("eastside-cc"), last.onlyInFrom());
    assertEquals(Option.of(112.0), last.change());
    assertEquals(0.016, Math.round(last.test().get().pValue().get() * 1000) / 1000.0);
    assertEquals(Option.of(Trend.Judgement.IMPROVING), last.judgement());
    assertEquals("improving (up) for 2 periods", row.trend().get().toString());
    Uncertainty u = row.uncertainty().get();
    assertEquals(1057.3, Math.round(u.interval().get().lower() * 10) / 10.0);
    assertEquals(1189.6, Math.round(u.interval().get().upper() * 10) / 10.0);
    assertTrue(u.explanation().startsWith("95 % Garwood exact Poisson interval [1057, 1190]; reliable"), u.explanation());

    Scorecard all = Scorecards.of(DATA, PARTNERS, ComparisonOptions.defaults()
        .withBasis(ComparisonBasis.ALL_REPORTERS)
        .withProportionMethod(IntervalMethod.CLOPPER_PEARSON));
    assertEquals(Option.of(Trend.Judgement.WORSENING), all.row("counseling-visits").get().trend().map(Trend::judgement));
  }
}
