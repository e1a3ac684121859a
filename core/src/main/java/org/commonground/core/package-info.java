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
 *
 * <p><b>Vavr and {@code java.util}.</b> Every entry point that takes a collection takes
 * {@code java.util} collections (or any {@link java.lang.Iterable}, and a {@code java.util.Map}
 * where it takes a map) as well as Vavr's, and every builder takes the plain value of an optional
 * attribute as well as an {@code Option}. Results are always Vavr's immutable collections and
 * {@code Option}; convert them at the edge of your code with {@code toJavaList()},
 * {@code toJavaSet()}, {@code toJavaMap()} and {@code toJavaOptional()}:
 *
 * <pre>{@code
 * Organization clinic = Organization.identified("eastside-clinic")
 *     .named("Eastside Clinic")
 *     .in(java.util.List.of(Sector.of(Sector.Kind.NONPROFIT, "health")));
 * java.util.List<Sector> sectors = clinic.sectors().toJavaList();  // [nonprofit (health)]
 * }</pre>
 */
package org.commonground.core;
