// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A requirement of a level the partners do not meet, and by how much.
 *
 * <pre>{@code
 * shortfall.requirement();  // "trust"
 * shortfall.needed();       // 4
 * shortfall.available();    // 2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Shortfall {

  Shortfall() {}

  /**
   * The level whose requirement is unmet.
   *
   * @return the level
   */
  @Value.Parameter
  public abstract Level level();

  /**
   * The requirement.
   *
   * @return the requirement id
   */
  @Value.Parameter
  public abstract String requirement();

  /**
   * What the level needs, on the ordinal scale of 1 to 5.
   *
   * @return the amount needed
   */
  @Value.Parameter
  public abstract int needed();

  /**
   * What the partners have.
   *
   * @return the amount available
   */
  @Value.Parameter
  public abstract int available();

  /** Returns {@code trust: needs 4, has 2}. */
  @Override
  public String toString() {
    return requirement() + ": needs " + needed() + ", has " + available();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("level", level())
        .notNull("requirement", requirement())
        .throwIfAny("Shortfall");
  }
}
