// SPDX-License-Identifier: Apache-2.0
/**
 * Results as plain text tables, for JShell, logs and text reports. {@link
 * org.commonground.serialization.text.TextTable} aligns any columns; {@link
 * org.commonground.serialization.text.TextTables} gives the full table of each result, where the
 * result's own {@code toString()} is a one-line summary.
 *
 * <pre>{@code
 * NetworkMeasures measures = NetworkScoring.score(partnerNetwork);
 * System.out.println(measures);
 * // NetworkMeasures: 6 members, 6 of 15 ties (density 0.40), 1 component
 * System.out.print(TextTables.of(measures));
 * // member  assessed by  trust  value  degree  closeness  harmonic
 * // ------  -----------  -----  -----  ------  ---------  --------
 * // ...
 * String table = TextTable.of("id", "name").row("lincoln-hs", "Lincoln High School").render();
 * // id          name
 * // ----------  -------------------
 * // lincoln-hs  Lincoln High School
 * }</pre>
 */
package org.commonground.serialization.text;
