// SPDX-License-Identifier: Apache-2.0
/**
 * Readiness scoring: factor scores and bands of survey instruments ({@link
 * org.commonground.scoring.readiness.SurveyScoring}), the stage of a Community Readiness
 * assessment ({@link org.commonground.scoring.readiness.StageScoring}), and positions on
 * "check all that apply" ladders ({@link org.commonground.scoring.readiness.LadderScoring}).
 * Every result explains itself: the instrument and edition, the answers and items it rests on,
 * and the rule applied.
 *
 * <pre>{@code
 * SurveyScore survey = SurveyScoring.withDefaults().score(Survey.of(instrument, responses));
 * survey.factor("mutual-respect").get().band();  // Some(strength)
 *
 * CommunityReadinessScore readiness = StageScoring.score(assessment);
 * readiness.stage();                             // 3 vague awareness
 *
 * List<LadderResponse> checks = List.of(
 *     LadderResponse.of("r1", TreeSet.of("A", "B")), LadderResponse.of("r2", TreeSet.of("A")));
 * LadderProfile ladder = LadderScoring.score(CommunityCollaborativeAssessment.ORGANIZATION, checks);
 * ladder.distribution();
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.scoring.readiness;

import org.commonground.core.CommonGroundStyle;
