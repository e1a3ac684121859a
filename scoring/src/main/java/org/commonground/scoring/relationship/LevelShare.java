// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import org.commonground.core.relationship.Level;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * How many of the rated ties are at one level, and their share of all rated ties.
 *
 * <pre>{@code
 * share.level();  // Coordination
 * share.ties();   // 4
 * share.share();  // 0.4
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LevelShare {

  LevelShare() {}

  /**
   * The level.
   *
   * @return the level
   */
  @Value.Parameter
  public abstract Level level();

  /**
   * The rated ties at this level.
   *
   * @return the count, at least 0
   */
  @Value.Parameter
  public abstract int ties();

  /**
   * The share of all rated ties at this level.
   *
   * @return the share in [0, 1]; 0 when no tie is rated
   */
  @Value.Parameter
  public abstract double share();

  @Value.Check
  void check() {
    Violations.none()
        .notNull("level", level())
        .throwIfAny("LevelShare");
  }

  /** Returns {@code LevelShare Coordination: 4 ties (40 %)}. */
  @Override
  public String toString() {
    return "LevelShare " + level() + ": " + ties() + (ties() == 1 ? " tie (" : " ties (") + Math.round(share() * 100) + " %)";
  }
}
