// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One member's place in a partner network: the trust and value its partners see in it (the means
 * of the assessments it receives, PARTNER Tool practice), and its degree and closeness centrality.
 *
 * <pre>{@code
 * MemberMeasures m = measures.member("lincoln-hs").get();
 * m.trust();             // Some(3.56): the mean of the trust items its partners gave it
 * m.degreeCentrality();  // 0.8: tied to 4 of the 5 other members
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

  @Value.Check
  void check() {
    Violations.none()
        .notNull("member", member())
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
