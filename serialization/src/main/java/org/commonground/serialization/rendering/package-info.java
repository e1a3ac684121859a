/**
 * SVG charts of Common Ground's results, returned as strings: {@link
 * org.commonground.serialization.rendering.Charts} is the entry point. Nothing here does I/O; the
 * caller writes the string. Every chart has a title, a description of its data in words and text
 * labels, escapes every label, and gives the same bytes for the same input.
 *
 * <pre>{@code
 * ScorecardRow grad = Scorecards.of(data, List.of("lincoln-hs", "eastside-cc")).row("grad").get();
 * String svg = Charts.trend(grad);
 * svg.startsWith("<?xml");  // true
 * svg.contains("<title");   // true
 * }</pre>
 */
package org.commonground.serialization.rendering;
