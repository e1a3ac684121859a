// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.alignment;

import io.vavr.collection.List;
import org.commonground.core.readiness.ResponseScale;

/**
 * The built-in alignment frameworks, each citing its source, and the usual rating scale.
 *
 * <pre>{@code
 * Frameworks.FIVE_ALIGNMENTS.dimensions().map(Dimension::name);
 * // List(Aligned leadership, Aligned outcomes, Aligned action, Aligned data systems, Aligned advocacy)
 * }</pre>
 */
public final class Frameworks {

  /**
   * The five-point "in place" scale: 1 not in place, 2 beginning, 3 partly in place, 4 mostly in
   * place, 5 fully in place.
   */
  public static final ResponseScale IN_PLACE =
      ResponseScale.of(1, 5, List.of("not in place", "beginning", "partly in place", "mostly in place", "fully in place"));

  /**
   * The five alignments of United Way Worldwide, as "Can We Agree to Work Together? 5 Ways to
   * Align" presents them (seed 001).
   */
  public static final Framework FIVE_ALIGNMENTS =
      Framework.of(
          "five-alignments",
          "Five alignments",
          "United Way Worldwide",
          "Can We Agree to Work Together? 5 Ways to Align (seed 001), after United Way Worldwide",
          List.of(
              Dimension.of("leadership", "Aligned leadership",
                  "Cross-sector leaders embrace shared accountability and differentiated responsibility to commit to a common vision",
                  List.of(
                      Criterion.of("shared-accountability", "Shared accountability and differentiated responsibility"),
                      Criterion.of("common-vision", "Commitment to a common vision"),
                      Criterion.of("data-standards", "Common standards for the use of data"),
                      Criterion.of("advocate-what-works", "Leaders advocate for what works"))),
              Dimension.of("outcomes", "Aligned outcomes",
                  "A common set of eight to ten outcomes that leaders at all levels agree must improve, with trends shared over time",
                  List.of(
                      Criterion.of("eight-to-ten", "A common set of eight to ten outcomes"),
                      Criterion.of("all-levels", "Agreed by leaders at all levels, executives to practitioners"),
                      Criterion.of("trends-shared", "Trends shared over time"))),
              Dimension.of("action", "Aligned action",
                  "Practitioners review data together, identify practices that get results, and existing services adopt them",
                  List.of(
                      Criterion.of("review-data", "Practitioners review related data together"),
                      Criterion.of("practices-identified", "Practices that get results identified"),
                      Criterion.of("adopted-by-services", "Practices adopted by existing services and systems"))),
              Dimension.of("data-systems", "Aligned data systems",
                  "A data system in place where academic and social service data can be combined to inform action",
                  List.of(
                      Criterion.of("data-combined", "Partners' data can be combined"),
                      Criterion.of("continuous-improvement", "A consistent mechanism for using data to improve"))),
              Dimension.of("advocacy", "Aligned advocacy",
                  "Leaders across the region commit to supporting what works and advocate for policies behind what gets results",
                  List.of(
                      Criterion.of("beyond-interests", "Support for what works regardless of individual interests"),
                      Criterion.of("policy-advocacy", "Joint advocacy for policies that get results")))));

  /**
   * Collective Impact's five conditions (Kania and Kramer, "Collective Impact", <i>Stanford Social
   * Innovation Review</i>, Winter 2011; seed 003).
   */
  public static final Framework COLLECTIVE_IMPACT =
      Framework.of(
          "collective-impact",
          "Collective Impact",
          "Kania & Kramer 2011",
          "Kania & Kramer (2011), Collective Impact, Stanford Social Innovation Review",
          List.of(
              Dimension.of("common-agenda", "Common agenda",
                  "A shared vision for change: a common understanding of the problem and a joint approach to solving it",
                  List.empty()),
              Dimension.of("shared-measurement", "Shared measurement",
                  "Results are collected and measured consistently across all participants", List.empty()),
              Dimension.of("mutually-reinforcing", "Mutually reinforcing activities",
                  "Participants' differentiated activities are coordinated through a mutually reinforcing plan of action",
                  List.empty()),
              Dimension.of("continuous-communication", "Continuous communication",
                  "Consistent and open communication builds trust, assures mutual objectives and creates common motivation",
                  List.empty()),
              Dimension.of("backbone-support", "Backbone support",
                  "A separate organization with dedicated staff coordinates the participating organizations",
                  List.empty())));

  /** The eight steps of working together, from "Shared Values in Working Together" (seed 000). */
  public static final Framework WORKING_TOGETHER =
      Framework.of(
          "working-together",
          "Eight steps of working together",
          "Shared Values in Working Together",
          "Shared Values in Working Together (seed 000)",
          List.of(
              Dimension.of("purpose", "Identify purpose",
                  "The purpose and issue are identified, and a collective approach is needed", List.empty()),
              Dimension.of("common-goal", "Agree on a common goal",
                  "Everyone shares an understanding of the problem and the common goal is written out", List.empty()),
              Dimension.of("strategy", "Develop a strategy",
                  "Actions required to achieve outcomes are worked out, with barriers and resources", List.empty()),
              Dimension.of("facilitation", "Facilitation and closure",
                  "Gatherings are well facilitated and productive, and the group stays small enough to work", List.empty()),
              Dimension.of("shared-measurement", "Commit to shared measurement",
                  "A clear, shared measurement: each partner tracks progress the same way", List.empty()),
              Dimension.of("reinforcing-activities", "Mutually reinforcing activities",
                  "Activities contribute to the common goal, roles redefined where needed", List.empty()),
              Dimension.of("communicate", "Communicate",
                  "Structured, continuous communication; new members are briefed on the goal and progress", List.empty()),
              Dimension.of("coordinate", "Coordinate",
                  "An agreed, well-structured coordination role synchronizes partners' contributions", List.empty())));

  private Frameworks() {}
}
