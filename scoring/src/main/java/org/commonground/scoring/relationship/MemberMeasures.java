// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One member's place in a partner network: the trust and value its partners see in it (the means
 * of the assessments it receives, PARTNER Tool practice), its degree, closeness and betweenness
 * centrality, its in- and out-degree and the share of its ties returned, and whether it is a broker
 * or an isolate. Each measure says whether it treats ties as directed ({@link NetworkMeasure}).
 *
 * <pre>{@code
 * MemberMeasures m = measures.member("lincoln-hs").get();
 * m.trust();             // Some(3.56): the mean of the trust items its partners gave it
 * m.degreeCentrality();  // 0.8: tied to 4 of the 5 other members
 * m.betweenness();       // 0.5: on half the shortest paths between the others
 * m.broker();            // true: without it, some members would lose touch
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MemberMeasures {

  MemberMeasures() {}

  /**
   * The member.
   *
   * @return the member id
   */
  public abstract String member();

  /**
   * How many partners assessed this member.
   *
   * @return the number of assessments received
   */
  public abstract int assessmentsReceived();

  /**
   * The trust its partners place in it: the mean of reliability, mission support and openness
   * over every assessment it received.
   *
   * @return 1 to 4, or none if nobody assessed it
   */
  public abstract Option<Double> trust();

  /**
   * The value its partners see in it: the mean of power and influence, involvement and resource
   * contribution over every assessment it received.
   *
   * @return 1 to 4, or none if nobody assessed it
   */
  public abstract Option<Double> value();

  /**
   * Its degree: the number of members it is tied to.
   *
   * @return 0 to n − 1
   */
  public abstract int degree();

  /**
   * Its degree centrality: its degree divided by n − 1.
   *
   * @return 0 to 1
   */
  public abstract double degreeCentrality();

  /**
   * Its closeness centrality (Bavelas 1950, as JGraphT computes it): n − 1 divided by the sum of
   * its shortest-path distances to every other member; 0 for every member of a network that is
   * not connected, where {@link #harmonicCloseness()} is the measure to read.
   *
   * @return 0 to 1
   */
  public abstract double closeness();

  /**
   * Its harmonic closeness: the mean over the other members of the reciprocal of the distance to
   * each, 0 for those it cannot reach; defined in networks that are not connected.
   *
   * @return 0 to 1
   */
  public abstract double harmonicCloseness();

  /**
   * Its betweenness centrality, normalized: the share of shortest paths between pairs of other
   * members that pass through it (Freeman 1977; ties undirected), its count divided by the
   * (n − 1)(n − 2) / 2 pairs of other members, so that the centre of a star has 1. JGraphT counts
   * the paths; its own normalization divides by (n − 1)(n − 2) and would give a star's centre 0.5.
   *
   * @return 0 to 1; 0 in a network of two members
   */
  public abstract double betweenness();

  /**
   * Its in-degree: the members who rate it at the tie threshold or above (who assessed it, without
   * a continuum). Directed.
   *
   * @return 0 to n − 1
   */
  public abstract int inDegree();

  /**
   * Its out-degree: the members it rates at the tie threshold or above (it assessed, without a
   * continuum). Directed.
   *
   * @return 0 to n − 1
   */
  public abstract int outDegree();

  /**
   * The share of its ties that its partners return: of the members it rates at the threshold or
   * above whose rating of it is known, those who rate it at the threshold or above too. Directed.
   *
   * @return 0 to 1, or none when none of its ties can be judged
   */
  public abstract Option<Double> reciprocatedShare();

  /**
   * Whether it is a broker: an articulation point of the undirected ties, whose removal would
   * disconnect members who are now linked.
   *
   * @return true for a broker
   */
  public abstract boolean broker();

  /**
   * Whether it is an isolate: tied to nobody, in either direction.
   *
   * @return true for an isolate
   */
  public abstract boolean isolate();

  @Value.Check
  void check() {
    Violations.none()
        .notNull("member", member())
        .noNullElements("reciprocatedShare", reciprocatedShare())
        .noNullElements("trust", trust())
        .noNullElements("value", value())
        .throwIfAny("MemberMeasures");
  }

  /** Returns {@code MemberMeasures lincoln-hs: assessed by 3, trust 4.20, value 3.90, degree 4}. */
  @Override
  public String toString() {
    return "MemberMeasures " + member() + ": assessed by " + assessmentsReceived()
        + trust().map(t -> String.format(java.util.Locale.ROOT, ", trust %.2f", t)).getOrElse("")
        + value().map(v -> String.format(java.util.Locale.ROOT, ", value %.2f", v)).getOrElse("")
        + ", degree " + degree();
  }
}
