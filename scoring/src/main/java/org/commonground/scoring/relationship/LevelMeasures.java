// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.relationship.Level;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A partner network read with one level of its continuum as the tie threshold: a rating at that
 * level or above is a tie. Reading every level in turn shows where the network thins out — dense
 * at networking, sparse at collaboration — and who holds it together at each level.
 *
 * <pre>{@code
 * LevelMeasures at = measures.levels().get(3);
 * at.level();      // Coordination
 * at.density();    // 0.4: 4 of the 10 pairs tied at coordination or above
 * at.brokers();    // List(county-health)
 * at.isolates();   // List(youth-works)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LevelMeasures {

  LevelMeasures() {}

  /**
   * The threshold: ratings at this level or above are ties.
   *
   * @return the level
   */
  public abstract Level level();

  /**
   * The undirected ties: pairs tied in either direction.
   *
   * @return the number of ties
   */
  public abstract int ties();

  /**
   * The density: undirected ties divided by the n(n − 1)/2 possible. Undirected.
   *
   * @return 0 to 1
   */
  public abstract double density();

  /**
   * The directed ties.
   *
   * @return the number of ordered pairs rated at the level or above
   */
  public abstract int directedTies();

  /**
   * The directed density: directed ties divided by the ordered pairs with an answer. Directed.
   *
   * @return 0 to 1, or none when no pair has an answer
   */
  public abstract Option<Double> directedDensity();

  /**
   * The connected components of the undirected ties.
   *
   * @return 1 to n
   */
  public abstract int components();

  /**
   * The brokers at this level: articulation points of the undirected ties.
   *
   * @return the brokers, in the members' order
   */
  public abstract List<String> brokers();

  /**
   * The isolates at this level: members tied to nobody.
   *
   * @return the isolates, in the members' order
   */
  public abstract List<String> isolates();

  @Value.Check
  void check() {
    Violations.none()
        .notNull("level", level())
        .noNullElements("directedDensity", directedDensity())
        .noNullElements("brokers", brokers())
        .noNullElements("isolates", isolates())
        .throwIfAny("LevelMeasures");
  }

  /** Returns {@code LevelMeasures Coordination or above: 4 ties (density 0.40), 1 component}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "LevelMeasures %s or above: %d ties (density %.2f), %d %s",
        level(), ties(), density(), components(), components() == 1 ? "component" : "components");
  }
}
