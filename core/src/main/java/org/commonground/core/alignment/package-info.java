// SPDX-License-Identifier: Apache-2.0
/**
 * Alignment: frameworks of dimensions partners must be aligned on — the five alignments, Collective
 * Impact's five conditions, the eight steps of working together, or a partnership's own — and the
 * partners' ratings of how far each is in place. How far a dimension is in place (its level) and
 * how much partners agree are scored, separately, in {@code org.commonground.scoring.alignment}.
 *
 * <pre>{@code
 * AlignmentRatings ratings = AlignmentRatings.of(Frameworks.COLLECTIVE_IMPACT, Frameworks.IN_PLACE,
 *     List.of(Rating.of("lincoln-hs", "backbone-support", 2),
 *             Rating.of("eastside-cc", "backbone-support", 4)));
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.core.alignment;

import org.commonground.core.CommonGroundStyle;
