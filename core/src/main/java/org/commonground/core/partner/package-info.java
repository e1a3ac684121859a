// SPDX-License-Identifier: Apache-2.0
/**
 * Partners: the {@link org.commonground.core.partner.Organization organizations} that work
 * together, and the {@link org.commonground.core.partner.Sector sectors} they come from.
 *
 * <pre>{@code
 * Organization school = Organization.of("lincoln-hs", "Lincoln High School",
 *     List.of(Sector.of(Sector.Kind.PUBLIC, "education")));
 * Organization clinic = Organization.of("eastside-cc", "Eastside Counseling Center",
 *     List.of(Sector.of(Sector.Kind.NONPROFIT, "health")));
 * school.isIn(Sector.Kind.PUBLIC);  // true
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.core.partner;

import org.commonground.core.CommonGroundStyle;
