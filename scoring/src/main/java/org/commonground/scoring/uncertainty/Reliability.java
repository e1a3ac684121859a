// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The verdict of a {@link ReliabilityRule} on one estimate: the figures it looked at and every
 * concern it found; an estimate with no concern is reliable.
 *
 * <pre>{@code
 * Reliability r = ReliabilityRule.nchs().assessCount(12);
 * r.isReliable();              // false
 * r.concerns();                // List(FEW_EVENTS): the RSE, 29 %, is within 30 %
 * r.relativeStandardError();   // Some(0.2887)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reliability {

  Reliability() {}

  /**
   * The number of events behind the estimate.
   *
   * @return the events, at least 0
   */
  public abstract long events();

  /**
   * The estimate's relative standard error, its standard error over the estimate.
   *
   * @return the relative standard error; none when it is undefined (no events)
   */
  public abstract Option<Double> relativeStandardError();

  /**
   * Every concern found, in the order of {@link ReliabilityConcern}.
   *
   * @return the concerns; empty when the estimate is reliable
   */
  public abstract List<ReliabilityConcern> concerns();

  /**
   * Whether the estimate meets the rule: no concern was found.
   *
   * @return true if reliable, false if it should be flagged or suppressed
   */
  public boolean isReliable() {
    return concerns().isEmpty();
  }

  @Value.Check
  void check() {
    Violations.none()
        .noNullElements("relativeStandardError", relativeStandardError())
        .noNullElements("concerns", concerns())
        .throwIfAny("Reliability");
  }

  /** Returns {@code Reliability: 12 events, relative standard error 29 %, unreliable (few events)}. */
  @Override
  public String toString() {
    return "Reliability: " + events() + " events"
        + relativeStandardError().map(r -> ", relative standard error " + Math.round(r * 100) + " %").getOrElse("")
        + (isReliable() ? ", reliable" : ", unreliable (" + concerns().map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).mkString(", ") + ")");
  }
}
