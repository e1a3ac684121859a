/**
 * Runnable examples. {@link org.commonground.examples.PartnershipReport} prints a report about the
 * {@link org.commonground.examples.SamplePartnership sample partnership};
 * {@link org.commonground.examples.JsonRoundTrip} stores and reloads it as JSON.
 *
 * <pre>{@code
 * ./mvnw -q -Preport -DskipTests package
 * }</pre>
 */
package org.commonground.examples;
