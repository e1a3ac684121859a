// SPDX-License-Identifier: Apache-2.0
/**
 * Relationship scoring: the members' ratings of their relationships with each other — the
 * partner × partner matrix of the Levels of Collaboration Scale — summarized as the mean level, the
 * share of ties at each level, and the asymmetric pairs. {@link
 * org.commonground.scoring.relationship.PartnerRatingScoring} is the entry point; classifying one
 * relationship and fitting one to a goal are rules of {@code org.commonground.core.relationship}.
 *
 * <pre>{@code
 * PartnerRatingSummary s = PartnerRatingScoring.score(PartnerRatings.of(
 *     Continua.LEVELS_OF_COLLABORATION, List.of("a", "b", "c"),
 *     List.of(PartnerRating.of("a", "b", "coordination"), PartnerRating.of("b", "a", "coalition"))));
 * s.meanLevel();        // Some(3.5)
 * s.asymmetricPairs();  // List(a → b: Coordination; b → a: Coalition)
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.scoring.relationship;

import org.commonground.core.CommonGroundStyle;
