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
 *
 * <p>A partner network — PARTNER assessments, optionally with ratings on a continuum — is measured
 * by {@link org.commonground.scoring.relationship.NetworkScoring}: density, centralization,
 * betweenness, reciprocity, brokers and isolates at each level, and the change between two rounds.
 * Each {@link org.commonground.scoring.relationship.NetworkMeasure} says whether it treats ties as
 * directed; the {@link org.commonground.core.relationship.TieRule} says which rating is a tie and
 * how missing ratings are handled.
 *
 * <pre>{@code
 * PartnerNetwork round = PartnerNetwork.rated(Continua.LEVELS_OF_COLLABORATION, List.of("a", "b", "c"),
 *     List.of(PartnerRating.of("a", "b", "coordination"), PartnerRating.of("b", "a", "coalition"),
 *             PartnerRating.of("a", "c", "networking"), PartnerRating.of("c", "a", "no-interaction")),
 *     List.empty());
 * NetworkMeasures m = NetworkScoring.score(round);  // a rating at networking or above is a tie
 * m.reciprocity();      // Some(0.6666666666666666): a → b and b → a returned, a → c not
 * m.brokers();          // List(a)
 * m.missingRatings();   // List(b → c, c → b): reported, not taken for "no tie"
 * NetworkScoring.compare(round, round).unchanged();  // true
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.scoring.relationship;

import org.commonground.core.CommonGroundStyle;
