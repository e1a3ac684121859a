// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One member's measures in two rounds of a partner network, side by side. A member who joined has
 * no values before; one who left has none after.
 *
 * <pre>{@code
 * MemberChange m = change.member("county-health").get();
 * m.measure(NetworkMeasure.BETWEENNESS).get().difference();  // Some(-0.25)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MemberChange {

  MemberChange() {}

  /**
   * The member.
   *
   * @return the member id
   */
  @Value.Parameter
  public abstract String member();

  /**
   * Its measures, side by side.
   *
   * @return one change per member measure, in the order of {@link NetworkMeasure}
   */
  @Value.Parameter
  public abstract List<MeasureChange> measures();

  /**
   * One of its measures.
   *
   * @param measure the measure
   * @return the change, or none if it is not a member measure
   */
  public Option<MeasureChange> measure(NetworkMeasure measure) {
    return measures().find(c -> c.measure() == measure);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("member", member())
        .noNullElements("measures", measures())
        .throwIfAny("MemberChange");
  }

  /** Returns {@code MemberChange lincoln-hs: 3 of 11 measures changed}. */
  @Override
  public String toString() {
    return "MemberChange " + member() + ": " + measures().count(c -> !c.unchanged()) + " of " + measures().size()
        + " measures changed";
  }
}
