// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import org.commonground.core.validation.Message;

/**
 * The measures of a partner network, each saying whether it treats ties as directed (a rating
 * from A to B is not one from B to A) or undirected (A and B are tied when either's rating makes a
 * tie), and what it means. Which rating counts as a tie and how missing ratings are handled is the
 * {@link org.commonground.core.relationship.TieRule} the measures were taken with.
 *
 * <pre>{@code
 * NetworkMeasure.RECIPROCITY.directed();           // true
 * NetworkMeasure.BETWEENNESS.definition().text();  // "the share of shortest paths …"
 * }</pre>
 */
public enum NetworkMeasure {

  /** The undirected ties: pairs tied in either direction. */
  TIES(false, true),
  /** Undirected ties divided by the n(n − 1)/2 possible. */
  DENSITY(false, true),
  /** Freeman's degree centralization. */
  DEGREE_CENTRALIZATION(false, true),
  /** Freeman's centralization of normalized betweenness. */
  BETWEENNESS_CENTRALIZATION(false, true),
  /** The connected components. */
  COMPONENTS(false, true),
  /** The members whose removal disconnects others (articulation points). */
  BROKERS(false, true),
  /** The members with no tie. */
  ISOLATES(false, true),
  /** The directed ties. */
  DIRECTED_TIES(true, true),
  /** Directed ties divided by the ordered pairs with an answer. */
  DIRECTED_DENSITY(true, true),
  /** The share of directed ties returned. */
  RECIPROCITY(true, true),
  /** The pairs whose members rate each other at different levels. */
  ASYMMETRIC_PAIRS(true, true),
  /** The ordered pairs with no answer. */
  MISSING_RATINGS(true, true),
  /** The assessments a member received. */
  ASSESSMENTS_RECEIVED(true, false),
  /** The mean trust a member's partners place in it. */
  TRUST(true, false),
  /** The mean value a member's partners see in it. */
  VALUE(true, false),
  /** A member's undirected ties. */
  DEGREE(false, false),
  /** Degree divided by n − 1. */
  DEGREE_CENTRALITY(false, false),
  /** Bavelas closeness. */
  CLOSENESS(false, false),
  /** Harmonic closeness. */
  HARMONIC_CLOSENESS(false, false),
  /** Normalized betweenness. */
  BETWEENNESS(false, false),
  /** The directed ties a member receives. */
  IN_DEGREE(true, false),
  /** The directed ties a member gives. */
  OUT_DEGREE(true, false),
  /** The share of a member's ties that its partners return. */
  RECIPROCATED_SHARE(true, false);

  private final boolean directed;
  private final boolean ofNetwork;

  NetworkMeasure(boolean directed, boolean ofNetwork) {
    this.directed = directed;
    this.ofNetwork = ofNetwork;
  }

  /**
   * Whether the measure treats ties as directed.
   *
   * @return true if a rating from A to B and one from B to A count apart; false if A and B are
   *     tied when either's rating makes a tie
   */
  public boolean directed() {
    return directed;
  }

  /**
   * Whether the measure is of the whole network rather than of one member.
   *
   * @return true for a network measure, false for a member measure
   */
  public boolean ofNetwork() {
    return ofNetwork;
  }

  /**
   * Whether the measure counts (ties, members, pairs) rather than measures a share or a mean.
   *
   * @return true for a count, whose values are whole numbers
   */
  public boolean count() {
    return switch (this) {
      case TIES, COMPONENTS, BROKERS, ISOLATES, DIRECTED_TIES, ASYMMETRIC_PAIRS, MISSING_RATINGS, ASSESSMENTS_RECEIVED,
          DEGREE, IN_DEGREE, OUT_DEGREE -> true;
      default -> false;
    };
  }

  /**
   * The measure's name, as reports show it.
   *
   * @return the message {@code scoring.relationship.network.NetworkMeasure.<name>}
   */
  public Message label() {
    return Message.of("scoring.relationship.network.NetworkMeasure." + name());
  }

  /**
   * What the measure is and how it is computed.
   *
   * @return the message {@code scoring.relationship.network.NetworkMeasure.<name>.definition}
   */
  public Message definition() {
    return Message.of("scoring.relationship.network.NetworkMeasure." + name() + ".definition");
  }

  /**
   * Whether the measure is directed, in words.
   *
   * @return "directed" or "undirected", as a message
   */
  public Message direction() {
    return Message.of("scoring.relationship.network." + (directed ? "directed" : "undirected"));
  }

  /** Returns the name in English. */
  @Override
  public String toString() {
    return label().text();
  }
}
