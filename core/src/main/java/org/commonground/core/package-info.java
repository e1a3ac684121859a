// SPDX-License-Identifier: Apache-2.0
/**
 * Common Ground's core: the immutable model of organizations working together, one package per part
 * of the domain.
 *
 * <ul>
 *   <li>{@link org.commonground.core.partner} — organizations, the sectors they belong to.
 *   <li>{@link org.commonground.core.validation} — how bad input is reported: every problem, with
 *       its path and the allowed range.
 * </ul>
 *
 * <p>Every value is immutable and thread-safe, and every factory validates. For example:
 *
 * <pre>{@code
 * Organization school = Organization.of("lincoln-hs", "Lincoln High School",
 *     List.of(Sector.of(Sector.Kind.PUBLIC, "education")));
 * school.name();     // "Lincoln High School"
 * school.sectors();  // List(public (education))
 * }</pre>
 */
package org.commonground.core;
