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
 */
@CommonGroundStyle
package org.commonground.scoring.measure;

import org.commonground.core.CommonGroundStyle;
