// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.collection.List;

/**
 * The initial assessment of the Community Collaborative Assessment: two five-step ladders, one
 * for how the organization involves its <em>constituents</em> in collaboration and one for how
 * the <em>organization</em> partners with others. Respondents check all statements that apply;
 * "there are no right or wrong answers".
 *
 * <p>Source: the Community Collaborative Assessment, "Initial Assessment", in Section Four,
 * "Coordination, Collaboration, Collective Impact" of the practitioner guide in seed 003. The
 * same section's reflection questions (readiness level, forces toward collaboration, supports and
 * barriers, staff commitments, coordinating mechanisms such as shared intake and data-sharing
 * systems) are in {@link #REFLECTION_QUESTIONS}.
 *
 * <pre>{@code
 * CommunityCollaborativeAssessment.CONSTITUENT.steps().last().statement();
 * // "We work with constituents and other organizations to identify common problems ..."
 * }</pre>
 */
public final class CommunityCollaborativeAssessment {

  /** The constituent ladder, A (refer elsewhere) to E (identify common problems together). */
  public static final Ladder CONSTITUENT =
      Ladder.of(
          "constituent",
          "Constituent",
          List.of(
              LadderStep.of("A", "We refer constituents to other organizations if they have needs we can't meet"),
              LadderStep.of("B", "We work with other organizations where we refer constituents and follow-up on referrals to advocate for constituents"),
              LadderStep.of("C", "We train constituents on how to advocate for getting their needs met from other groups and build partner relationships that are receptive to this process"),
              LadderStep.of("D", "We include constituents in case meetings with other organizations to discuss how they can be best supported"),
              LadderStep.of("E", "We work with constituents and other organizations to identify common problems and how to address them")));

  /** The organization ladder, A (acts independently) to E (constituent voice integral). */
  public static final Ladder ORGANIZATION =
      Ladder.of(
          "organization",
          "Organization",
          List.of(
              LadderStep.of("A", "Our organization acts independently"),
              LadderStep.of("B", "Our organization works with other organizations on the larger goals of helping constituents succeed"),
              LadderStep.of("C", "Our organization includes constituent voice in formal partnerships"),
              LadderStep.of("D", "We have joint policy goals with other organizations that involve integrating constituent voices"),
              LadderStep.of("E", "Constituent voice is an integral part of all our partnerships and collaborations")));

  /** The reflection questions that accompany the assessment, in the guide's order. */
  public static final List<String> REFLECTION_QUESTIONS =
      List.of(
          "What is the readiness level of the organization to collaborate with others?",
          "What forces are moving the organization towards collaboration?",
          "What exists within the organization that supports collaboration? What factors are barriers to collaboration?",
          "What staff commitments are necessary? Are organizational structures in place that support collaborative efforts?",
          "What coordinating mechanisms does the organization need to ensure that collaboration is effective "
              + "(shared intake, shared information, regular meeting technology, systems to share data)?");

  private CommunityCollaborativeAssessment() {}
}
