// SPDX-License-Identifier: Apache-2.0
/**
 * Readiness scoring: factor scores and bands of survey instruments ({@link
 * org.commonground.scoring.readiness.SurveyScoring}), the stage of a Community Readiness
 * assessment ({@link org.commonground.scoring.readiness.StageScoring}), and positions on
 * "check all that apply" ladders ({@link org.commonground.scoring.readiness.LadderScoring}).
 * Every result explains itself: the instrument and edition, the answers and items it rests on,
 * and the rule applied, in English ({@code explanation()}) or in the caller's language
 * ({@code explanation(Locale)}: Spanish is shipped), from message templates whose keys
 * ({@code explanationMessage().key()}) stay the same in every language.
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
 * ladder.explanation(Locale.forLanguageTag("es"));  // "Escalera Organization: 2 encuestados; …"
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.scoring.readiness;

import org.commonground.core.CommonGroundStyle;
