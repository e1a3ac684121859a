// SPDX-License-Identifier: Apache-2.0
/**
 * SVG charts of Common Ground's results, returned as strings: {@link
 * org.commonground.serialization.rendering.Charts} is the entry point. Nothing here does I/O; the
 * caller writes the string. Every chart has a title, a description of its data in words and text
 * labels, escapes every label, and gives the same bytes for the same input.
 *
 * <pre>{@code
 * String trend = Charts.trend(scorecard.rows().head());
 * String factors = Charts.factors(survey);          // a SurveyScore
 * String levels = Charts.alignment(alignment);      // a FrameworkProfile
 * PartnerNetwork partners = SampleRelationships.network();
 * String picture = Charts.network(partners, NetworkScoring.score(partners));
 * trend.startsWith("<?xml");                        // true
 * }</pre>
 */
package org.commonground.serialization.rendering;
