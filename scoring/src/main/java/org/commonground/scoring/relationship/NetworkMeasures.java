// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The measures of a partner network, as the PARTNER Tool reports them (Varda; health coalitions'
 * common practice): density, degree centralization (Freeman 1979), and each member's trust, value,
 * degree and closeness.
 *
 * <pre>{@code
 * NetworkMeasures m = NetworkScoring.score(network);
 * m.density();                // 0.6: 6 of the 10 possible ties
 * m.degreeCentralization();   // Some(0.33)
 * m.member("lincoln-hs").get().trust();
 * m.explanation();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NetworkMeasures {

  NetworkMeasures() {}

  /**
   * The ties: pairs of members of whom at least one assessed the other.
   *
   * @return the number of ties
   */
  public abstract int ties();

  /**
   * The ties possible between n members: n × (n − 1) / 2.
   *
   * @return the number of possible ties
   */
  public abstract int possibleTies();

  /**
   * The density: ties divided by possible ties.
   *
   * @return 0 to 1
   */
  public abstract double density();

  /**
   * Freeman's degree centralization: the sum over members of the largest degree minus theirs,
   * divided by its largest possible value, (n − 1)(n − 2); 1 for a star, 0 when every member has
   * the same degree.
   *
   * @return 0 to 1, or none for a network of two members, where it is undefined
   */
  public abstract Option<Double> degreeCentralization();

  /**
   * The connected components: groups of members linked by ties.
   *
   * @return the number of components, 1 when the network is connected
   */
  public abstract int components();

  /**
   * Every member's measures.
   *
   * @return the measures, in the members' order
   */
  public abstract List<MemberMeasures> members();

  /**
   * The measures in sentences: the figures, the rules and the source.
   *
   * @return the explanation
   */
  public abstract String explanation();

  /**
   * One member's measures.
   *
   * @param member the member id
   * @return the measures, or none if the id is not a member
   */
  public Option<MemberMeasures> member(String member) {
    return members().find(m -> m.member().equals(member));
  }

  @Value.Check
  void check() {
    Violations.none()
        .noNullElements("degreeCentralization", degreeCentralization())
        .noNullElements("members", members())
        .notNull("explanation", explanation())
        .throwIfAny("NetworkMeasures");
  }

  /** Returns {@code NetworkMeasures: 5 members, 7 of 10 ties (density 0.70), 1 component}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "NetworkMeasures: %d members, %d of %d ties (density %.2f), %d %s",
        members().size(), ties(), possibleTies(), density(), components(), components() == 1 ? "component" : "components");
  }
}
