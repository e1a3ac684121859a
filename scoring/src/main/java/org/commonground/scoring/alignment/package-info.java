// SPDX-License-Identifier: Apache-2.0
/**
 * Alignment scoring: for every dimension of a framework, its level (mean and median of the
 * partners' ratings) and the partners' agreement (r_wg, James, Demaree and Wolf 1984), read
 * together into aligned, agreed but weak, or contested. {@link
 * org.commonground.scoring.alignment.AlignmentScoring} is the entry point.
 *
 * <pre>{@code
 * FrameworkProfile profile = AlignmentScoring.withDefaults().profile(
 *     AlignmentRatings.of(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE, memberRatings));
 * profile.mostContestedFirst().head().explanation();
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.scoring.alignment;

import org.commonground.core.CommonGroundStyle;
