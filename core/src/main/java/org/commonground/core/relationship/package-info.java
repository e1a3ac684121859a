// SPDX-License-Identifier: Apache-2.0
/**
 * Relationship types: the collaboration continuum as data ({@link
 * org.commonground.core.relationship.Continua}: the Community Tool Box / Himmelman continuum and
 * the Levels of Collaboration Scale), partnerships with their ground rules and challenges, and the
 * rules that classify a relationship and fit one to a partnership's goals, resources and trust
 * ({@link org.commonground.core.relationship.Relationships}).
 *
 * <pre>{@code
 * Continuum ctb = Continua.COMMUNITY_TOOL_BOX;
 * Classification c = Relationships.classify(ctb,
 *     List.of("exchange-information", "alter-activities", "share-resources"),
 *     TreeSet.of(Sector.Kind.PUBLIC, Sector.Kind.NONPROFIT));
 * c.level();  // Some(Cooperation): the school and the counseling center share space
 *
 * Fit fit = Relationships.fit(FitQuestion.builder()
 *     .continuum(ctb)
 *     .necessary(ctb.level("collaboration"))
 *     .current(ctb.level("coordination"))
 *     .available(TreeMap.ofEntries(Continua.REQUIREMENTS.map(r -> Tuple.of(r, 3))))
 *     .build());
 * fit.recommended();  // Some(Cooperation): collaboration needs more trust than there is
 * fit.nextStep();     // Some(Cooperation): one step at a time
 * fit.explanation(Locale.forLanguageTag("es"));  // the reasons in Spanish ("Próximo paso: …")
 * fit.reasons().map(r -> r.sentenceMessage().key());  // their language-free codes
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.core.relationship;

import org.commonground.core.CommonGroundStyle;
