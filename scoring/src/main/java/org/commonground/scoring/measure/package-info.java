// SPDX-License-Identifier: Apache-2.0
/**
 * Shared-measure aggregation: community values pooled from partners' observations ({@link
 * org.commonground.scoring.measure.RollUp}), Clear Impact scorecard figures and trends, and progress
 * status by the Statistics Canada method ({@link org.commonground.scoring.measure.Scorecards},
 * {@link org.commonground.scoring.measure.ProgressMethod}). Every figure explains itself: its
 * formula, its inputs and the partners it includes.
 *
 * <pre>{@code
 * ObservationSet data = ObservationSet.of(measures, observations);
 * List<CommunityValue> values = RollUp.communityValues(data, partners);
 * Scorecard scorecard = Scorecards.of(data, partners);
 * scorecard.row("grad-rate").get().progress().status();  // ON_TRACK
 * scorecard.meetsProofPoint();                           // 60 % of indicators improving?
 * }</pre>
 *
 * <p>Comparisons across periods are like for like ({@link
 * org.commonground.scoring.measure.Comparison}): by default on the partners that reported in both
 * periods, or as the caller chooses ({@link org.commonground.scoring.measure.ComparisonOptions});
 * every value carries its confidence interval and reliability flag ({@link
 * org.commonground.scoring.measure.Uncertainty}), and a change within its uncertainty is never
 * called improving or worsening.
 *
 * <pre>{@code
 * ScorecardRow row = Scorecards.of(data, partners).row("counseling-visits").get();
 * row.current().get().coverage();        // "1 of 2 expected partners reported (missing eastside-cc)"
 * row.changes().last().partners();       // List(county-health): matched on who reported both years
 * row.changes().last().judgement();      // Some(IMPROVING): beyond the exact Poisson test's noise
 * Scorecards.of(data, partners, ComparisonOptions.defaults().withBasis(ComparisonBasis.ALL_REPORTERS));
 * }</pre>
 *
 * <p>Record-level data at scale take the columnar path: a {@link
 * org.commonground.scoring.measure.MeasureTable} of narrow primitive columns, checked while it is
 * copied; a {@link org.commonground.scoring.measure.MeasureAccumulator} that aggregates it into
 * cells in one pass, on one thread or several, with exact sums; and a {@link
 * org.commonground.scoring.measure.MeasurePartial}, the plain value a distributed engine carries
 * and merges, from which community values and {@link
 * org.commonground.scoring.measure.Disaggregation disaggregations} are read.
 *
 * <pre>{@code
 * // table = MeasureTable.of(layout, partner, indicator, period, groups, numerator, denominator)
 * MeasurePartial partial = new MeasureAccumulator(layout).addAll(table, 4).snapshot();  // 4 threads
 * partial.communityValues(partners);     // the values RollUp gives for the same data as objects
 * Disaggregation.of(partial, "grad-rate", List.of("income"), TreeMap.of("income", "not low"));
 * }</pre>
 *
 * <p>Every explanation, coverage sentence and violation is a {@link
 * org.commonground.core.validation.Message}: a stable code ({@code scoring.measure.…}) with its
 * arguments, in English by default and in the caller's language on request.
 *
 * <pre>{@code
 * java.util.Locale es = java.util.Locale.forLanguageTag("es");
 * row.explanation();                     // "counseling-visits (…): current … in 2024 …"
 * row.explanation(es);                   // "counseling-visits (…): actual … en 2024 …"
 * row.progress().explanationMessage().key();  // "scoring.measure.progress.…": a stable code
 * row.current().get().coverage(es);      // "informaron 1 de 2 socios previstos (faltan eastside-cc)"
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.scoring.measure;

import org.commonground.core.CommonGroundStyle;
