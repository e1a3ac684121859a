// SPDX-License-Identifier: Apache-2.0
/**
 * Shared measures: the {@link org.commonground.core.measure.Outcome outcomes} a partnership
 * commits to, the {@link org.commonground.core.measure.Indicator indicators} that measure them
 * (unit, polarity, calendar, baseline and targets), the partners'
 * {@link org.commonground.core.measure.Observation observations}, and the conformance check that
 * makes every partner track progress the same way ({@link
 * org.commonground.core.measure.ObservationSet}). Roll-ups, scorecards and progress status are
 * computed in {@code org.commonground.scoring.measure}.
 *
 * <pre>{@code
 * SharedMeasureSet measures = SharedMeasureSet.of("Eastside cradle to career",
 *     List.of(Outcome.of("graduation", "Students graduate")),
 *     List.of(Indicator.builder()
 *         .id("grad-rate").name("Graduation rate").outcome("graduation")
 *         .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
 *         .periodType(PeriodType.SCHOOL_YEAR)
 *         .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR)
 *         .build()));
 * ObservationSet data = ObservationSet.of(measures, List.of(
 *     Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2023), 212, 251),
 *     Observation.ratio("eastside-hs", "grad-rate", Period.schoolYear(2023), 95, 120)));
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.core.measure;

import org.commonground.core.CommonGroundStyle;
