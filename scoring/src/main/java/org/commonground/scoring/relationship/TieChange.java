// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One directed tie that changed from one round of a partner network to the next: gained, lost, or
 * rated at another level.
 *
 * <pre>{@code
 * TieChange t = change.tiesChangedLevel().head();
 * t.rater();    // "lincoln-hs"
 * t.partner();  // "county-health"
 * t.before();   // Some(Coordination)
 * t.after();    // Some(Coalition)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TieChange {

  TieChange() {}

  /**
   * The member whose rating makes the tie.
   *
   * @return the member id
   */
  @Value.Parameter
  public abstract String rater();

  /**
   * The member rated.
   *
   * @return the member id
   */
  @Value.Parameter
  public abstract String partner();

  /**
   * The level in the first round.
   *
   * @return the level, or none when the pair was not rated on a continuum (or not rated at all)
   */
  @Value.Parameter
  public abstract Option<org.commonground.core.relationship.Level> before();

  /**
   * The level in the second round.
   *
   * @return the level, or none when the pair is not rated on a continuum (or not rated at all)
   */
  @Value.Parameter
  public abstract Option<org.commonground.core.relationship.Level> after();

  @Value.Check
  void check() {
    Violations.none()
        .notNull("rater", rater())
        .notNull("partner", partner())
        .noNullElements("before", before())
        .noNullElements("after", after())
        .throwIfAny("TieChange");
  }

  /** Returns {@code rater → partner: before → after}, a missing level shown as {@code —}. */
  @Override
  public String toString() {
    return rater() + " → " + partner() + ": " + before().map(Object::toString).getOrElse("—") + " → "
        + after().map(Object::toString).getOrElse("—");
  }
}
