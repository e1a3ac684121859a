// SPDX-License-Identifier: Apache-2.0
/**
 * JSON for Common Ground's values. {@link org.commonground.serialization.CommonGroundJson#mapper()}
 * is the entry point; {@link org.commonground.serialization.CommonGroundModule} registers the same
 * support on a mapper of your own.
 *
 * <pre>{@code
 * var json = CommonGroundJson.mapper();   // a JsonMapper
 * Organization school = Organization.of("lincoln-hs", "Lincoln High School",
 *     List.of(Sector.of(Sector.Kind.PUBLIC, "education")));
 * String text = json.writeValueAsString(school);
 * // {"id":"lincoln-hs","name":"Lincoln High School","sectors":[{"kind":"PUBLIC","field":"education"}]}
 * json.readValue(text, Organization.class).equals(school);  // true
 * }</pre>
 */
package org.commonground.serialization;
