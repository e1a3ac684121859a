// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import org.commonground.core.relationship.Level;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * Two members who rate their relationship differently: A rates B at one level, B rates A at
 * another. Frey et al. (2006) report such pairs "for exploration": a conversation to have, not an
 * error in the data.
 *
 * <pre>{@code
 * pair.first();             // "lincoln-hs"
 * pair.firstRatesSecond();  // Coordination
 * pair.secondRatesFirst();  // Coalition
 * pair.difference();        // 1
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AsymmetricPair {

  AsymmetricPair() {}

  /**
   * The member listed first among the members.
   *
   * @return the member id
   */
  @Value.Parameter
  public abstract String first();

  /**
   * The other member.
   *
   * @return the member id
   */
  @Value.Parameter
  public abstract String second();

  /**
   * The level the first member gives the relationship.
   *
   * @return the level
   */
  @Value.Parameter
  public abstract Level firstRatesSecond();

  /**
   * The level the second member gives the relationship.
   *
   * @return the level
   */
  @Value.Parameter
  public abstract Level secondRatesFirst();

  /**
   * How many levels apart the two ratings are.
   *
   * @return the difference of the levels' ranks, at least 1
   */
  public int difference() {
    return Math.abs(firstRatesSecond().rank() - secondRatesFirst().rank());
  }

  /** Returns {@code first → second: level; second → first: level}. */
  @Override
  public String toString() {
    return first() + " → " + second() + ": " + firstRatesSecond() + "; " + second() + " → " + first() + ": " + secondRatesFirst();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("first", first())
        .notNull("second", second())
        .notNull("firstRatesSecond", firstRatesSecond())
        .notNull("secondRatesFirst", secondRatesFirst())
        .throwIfAny("AsymmetricPair");
  }
}
