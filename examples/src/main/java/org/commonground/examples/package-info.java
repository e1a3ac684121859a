// SPDX-License-Identifier: Apache-2.0
/**
 * Runnable examples. {@link org.commonground.examples.PartnershipReport} prints a report about the
 * {@link org.commonground.examples.SamplePartnership sample partnership} — its relationships,
 * alignment, readiness and shared measures, from the {@code Sample…} classes' data — and
 * {@link org.commonground.examples.HtmlReport} builds the same report as an HTML page with its charts;
 * {@link org.commonground.examples.JsonRoundTrip} stores and reloads it as JSON. The JShell entry,
 * {@code src/main/jshell/commonground.jsh}, imports every capability's entry point and loads the
 * same data into variables.
 *
 * <pre class="shell">{@code
 * ./mvnw -q -Preport -DskipTests package   # the report, and examples/target/report.html
 * ./mvnw -q -Pjshell -DskipTests package   # JShell, with the sample partnership loaded
 * }</pre>
 */
package org.commonground.examples;
