// SPDX-License-Identifier: Apache-2.0
/**
 * Readiness: the instruments partnerships use to judge whether they are ready to work together,
 * as versioned data — survey instruments with factors, items and a response scale, the
 * Community Readiness Model's dimensions and nine stages, readiness to share responsibility, risk,
 * resources and rewards, and the Community Collaborative Assessment's ladders.
 *
 * <p>The built-in structures cite their sources: {@link
 * org.commonground.core.readiness.CollaborationFactorsInventory} (Wilder, 2nd ed.; the user
 * supplies the copyrighted items), {@link org.commonground.core.readiness.CommunityReadinessModel}
 * (2006 and 2014 handbooks), {@link org.commonground.core.readiness.ReadinessToShare} and {@link
 * org.commonground.core.readiness.CommunityCollaborativeAssessment}. Scores are computed in {@code
 * org.commonground.scoring.readiness}.
 *
 * <pre>{@code
 * Instrument share = ReadinessToShare.INSTRUMENT;
 * Survey survey = Survey.of(share, List.of(
 *     SurveyResponse.of("school", TreeMap.of("rs-risk-int", 4, "rs-risk-ext", 2)),
 *     SurveyResponse.of("clinic", TreeMap.of("rs-risk-int", 5, "rs-risk-ext", 3))));
 *
 * ReadinessAssessment assessment = ReadinessAssessment.of(
 *     CommunityReadinessModel.HANDBOOK_2014, "youth mental health", interviews);
 *
 * Bands.WILDER.classify(3.0);  // BORDERLINE
 * ReadinessStage.of(3);        // 3 vague awareness
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.core.readiness;

import org.commonground.core.CommonGroundStyle;
