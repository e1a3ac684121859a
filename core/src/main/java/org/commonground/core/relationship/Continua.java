// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.partner.Sector;
import org.commonground.core.validation.Violations;

/**
 * The built-in continua, each citing its source.
 *
 * <pre>{@code
 * Continua.COMMUNITY_TOOL_BOX.levels();        // Networking … Multisector collaboration
 * Continua.LEVELS_OF_COLLABORATION.levels();   // No interaction … Collaboration
 * Continua.communityToolBox(TreeSet.of(Sector.Kind.PUBLIC, Sector.Kind.COMMUNITY));
 * }</pre>
 */
public final class Continua {

  /** The id of the Community Tool Box continuum. */
  public static final String COMMUNITY_TOOL_BOX_ID = "community-tool-box";

  /** The requirements of the Community Tool Box continuum, on an ordinal scale of 1 to 5. */
  public static final List<String> REQUIREMENTS =
      List.of("trust", "time", "commitment", "skills", "money", "community-support", "people", "turf-sharing", "risk-taking");

  /**
   * The collaboration continuum of the Community Tool Box (University of Kansas, ch. 24 §5,
   * "Promoting Coordination, Cooperative Agreements, and Collaborative Agreements Among Agencies";
   * seed 002), after Arthur Himmelman: networking, coordination, cooperation, collaboration and
   * multisector collaboration, each doing everything the one below does. A multisector
   * collaboration is a collaboration whose members span the public, private and nonprofit sectors.
   *
   * <p>The seed ranks the costs of each relationship — "more organizational involvement, time, and
   * trust", "more trust and a greater investment in time … let go of some turf", "a much higher
   * level of trust, risk taking, sharing of turf, and commitment", "a high level of trust, a
   * compelling need" — without numbers. The requirements here read that ranking on an ordinal scale
   * of 1 (minimal) to 5 (very high); the ordering is the seed's, the numbers are ours.
   */
  public static final Continuum COMMUNITY_TOOL_BOX =
      communityToolBox(TreeSet.of(Sector.Kind.PUBLIC, Sector.Kind.PRIVATE, Sector.Kind.NONPROFIT));

  /**
   * The Levels of Collaboration Scale (Frey, Lohmeier, Lee and Tollefson, "Measuring Collaboration
   * Among Grant Partners", <i>American Journal of Evaluation</i> 27(3), 2006, after Hogue 1993):
   * 0 no interaction, 1 networking, 2 cooperation, 3 coordination, 4 coalition, 5 collaboration,
   * with the published roles, communication and decision-making of each. Members rate their level
   * with every other member; its levels are not the Community Tool Box's, even where the names
   * match (here cooperation comes before coordination).
   */
  public static final Continuum LEVELS_OF_COLLABORATION =
      Continuum.builder()
          .id("levels-of-collaboration")
          .name("Levels of Collaboration Scale")
          .source("Frey, Lohmeier, Lee & Tollefson (2006), American Journal of Evaluation 27(3), after Hogue (1993)")
          .cumulative(true)
          .activities(List.of(
              Activity.of("aware", "Aware of the organization"),
              Activity.of("provide-information", "Provide information to each other"),
              Activity.of("share-resources", "Share information and resources"),
              Activity.of("share-ideas", "Share ideas"),
              Activity.of("one-system", "Members belong to one system")))
          .levels(List.of(
              lcs(0, "no-interaction", "No interaction", "No interaction at all", List.empty(), "-", "-", "-"),
              lcs(1, "networking", "Networking", "Aware of organization", List.of("aware"),
                  "Loosely defined roles", "Little communication", "All decisions are made independently"),
              lcs(2, "cooperation", "Cooperation", "Provide information to each other", List.of("provide-information"),
                  "Somewhat defined roles", "Formal communication", "All decisions are made independently"),
              lcs(3, "coordination", "Coordination", "Share information and resources", List.of("share-resources"),
                  "Defined roles", "Frequent communication", "Some shared decision making"),
              lcs(4, "coalition", "Coalition", "Share ideas; share resources", List.of("share-ideas"),
                  "Defined roles", "Frequent and prioritized communication", "All members have a vote in decision making"),
              lcs(5, "collaboration", "Collaboration", "Members belong to one system", List.of("one-system"),
                  "Defined roles", "Frequent communication is characterized by mutual trust", "Consensus is reached on all decisions")))
          .build();

  private Continua() {}

  /**
   * The Community Tool Box continuum with a multisector collaboration that must span the given
   * sectors (by default public, private and nonprofit; some partnerships count residents too).
   *
   * @param multisector the sectors a multisector collaboration's members must span; at least two
   * @return the continuum
   * @throws org.commonground.core.validation.ValidationException if fewer than two sectors are
   *     given
   */
  public static Continuum communityToolBox(Set<Sector.Kind> multisector) {
    Violations.none()
        .noNullElements("multisector", multisector)
        .when(Violations.nullFree(multisector), v -> v.atLeast("multisector", multisector.size(), 2))
        .throwIfAny("Continuum " + COMMUNITY_TOOL_BOX_ID);
    return Continuum.builder()
        .id(COMMUNITY_TOOL_BOX_ID)
        .name("Collaboration continuum (Community Tool Box)")
        .source("Community Tool Box, ch. 24 §5, University of Kansas (seed 002), after Himmelman")
        .cumulative(true)
        .activities(List.of(
            Activity.of("exchange-information", "Exchange information for mutual benefit"),
            Activity.of("alter-activities", "Modify activities so that together they serve people better"),
            Activity.of("share-resources", "Share resources: staff, volunteers, expertise, space, funds"),
            Activity.of("enhance-capacity", "Enhance each other's capacity; share risks, responsibilities and rewards")))
        .requirements(REQUIREMENTS)
        .levels(List.of(
            ctb(0, "networking", "Networking",
                "Organizations exchange information in order to help each organization do a better job",
                "exchange-information", 1, 1, 1, 1, 1, 1, 1, 1, 1),
            ctb(1, "coordination", "Coordination",
                "Organizations modify their activities so that together they provide better services",
                "alter-activities", 2, 2, 2, 2, 1, 1, 2, 1, 1),
            ctb(2, "cooperation", "Cooperation",
                "Organizations share resources to help each other do a better job",
                "share-resources", 3, 3, 3, 2, 2, 2, 3, 3, 2),
            ctb(3, "collaboration", "Collaboration",
                "Organizations help each other expand or enhance their capacities, sharing risks, responsibilities and rewards",
                "enhance-capacity", 4, 4, 4, 3, 3, 3, 3, 4, 4),
            ctb(4, "multisector-collaboration", "Multisector collaboration",
                "A collaboration of private, public and nonprofit organizations, sometimes with residents, on a systemic problem",
                null, 5, 5, 5, 4, 4, 5, 4, 5, 4)
                .withRequiredSectors(multisector)))
        .build();
  }

  /**
   * The Community Tool Box continuum, with the multisector sectors given in any {@link Iterable}
   * such as a {@code java.util.Set}; otherwise as {@link #communityToolBox(Set)}.
   *
   * @param multisector the sectors multisector collaboration requires, two or more
   * @return the continuum
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Continuum communityToolBox(Iterable<Sector.Kind> multisector) {
    return communityToolBox(JavaInputs.sortedSet(multisector));
  }

  private static ImmutableLevel ctb(
      int rank, String id, String name, String definition, String activity, int trust, int time, int commitment,
      int skills, int money, int communitySupport, int people, int turfSharing, int riskTaking) {
    return Level.builder()
        .continuum(COMMUNITY_TOOL_BOX_ID)
        .rank(rank)
        .id(id)
        .name(name)
        .definition(definition)
        .activities(activity == null ? List.empty() : List.of(activity))
        .requirements(TreeMap.ofEntries(REQUIREMENTS.zip(List.of(trust, time, commitment, skills, money, communitySupport, people, turfSharing, riskTaking))))
        .build();
  }

  private static Level lcs(
      int rank, String id, String name, String definition, List<String> activities, String roles, String communication,
      String decisions) {
    return Level.builder()
        .continuum("levels-of-collaboration")
        .rank(rank)
        .id(id)
        .name(name)
        .definition(definition)
        .activities(activities)
        .characteristics(TreeMap.of("roles", roles, "communication", communication, "decision-making", decisions))
        .build();
  }
}
