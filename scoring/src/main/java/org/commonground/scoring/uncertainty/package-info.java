// SPDX-License-Identifier: Apache-2.0
/**
 * The uncertainty of small numbers: confidence intervals of proportions, counts and rates ({@link
 * org.commonground.scoring.uncertainty.ConfidenceIntervals}), and the public-health rules that flag
 * an estimate resting on too few events as unreliable ({@link
 * org.commonground.scoring.uncertainty.ReliabilityRule}), and tests of whether a change exceeds
 * the uncertainty of its numbers ({@link org.commonground.scoring.uncertainty.ChangeTests}).
 *
 * <pre>{@code
 * ConfidenceInterval wilson = ConfidenceIntervals.proportion(81, 263);   // [0.2553, 0.3662]
 * ConfidenceInterval exact =
 *     ConfidenceIntervals.proportion(0, 10, 0.95, IntervalMethod.CLOPPER_PEARSON);  // [0, 0.3085]
 * ConfidenceInterval deaths = ConfidenceIntervals.rate(12, 25_000, 100_000);  // [24.8, 83.8] per 100,000
 *
 * Reliability r = ReliabilityRule.nchs().assessCount(12);
 * r.isReliable();   // false: fewer than 20 events (its RSE, 29 %, is within 30 %)
 * r.concerns();     // List(FEW_EVENTS)
 *
 * ChangeTests.proportions(4, 7, 6, 7, 0.95, IntervalMethod.WILSON).exceedsUncertainty();  // false
 * ChangeTests.poissonRates(1010, 1, 1122, 1, 0.95).pValue();                              // Some(0.0162)
 * ChangeTests.proportions(45, 60, 52, 58, 0.95, IntervalMethod.WILSON)
 *     .explanation(java.util.Locale.forLanguageTag("es"));  // "intervalo híbrido de puntuación de Newcombe …"
 * }</pre>
 *
 * <p>Explanations and violations come from message templates ({@code scoring.uncertainty.…}), in
 * English by default and in the caller's language through {@code explanation(Locale)}.
 *
 * <p>Every value is immutable and thread-safe, every method a pure function; bad input throws a
 * {@link org.commonground.core.validation.ValidationException} naming every problem.
 */
@CommonGroundStyle
package org.commonground.scoring.uncertainty;

import org.commonground.core.CommonGroundStyle;
