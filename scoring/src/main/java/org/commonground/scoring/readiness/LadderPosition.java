// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A respondent's place on a ladder: the highest step checked, and the lower steps left unchecked
 * (checked out of order — worth a conversation, not an error).
 *
 * <pre>{@code
 * position.highest();   // Some("D")
 * position.skipped();   // List("B"): D was checked without B
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LadderPosition {

  LadderPosition() {}

  /**
   * The respondent.
   *
   * @return the respondent's id
   */
  public abstract String respondent();

  /**
   * The id of the highest step checked.
   *
   * @return the step, or none if nothing was checked
   */
  @Value.Default
  public Option<String> highest() {
    return Option.none();
  }

  /**
   * The steps below the highest that were not checked, lowest first.
   *
   * @return the skipped steps; empty when the checks are in order
   */
  @Value.Default
  public List<String> skipped() {
    return List.empty();
  }

  /**
   * Whether a step below the highest was left unchecked.
   *
   * @return true if {@link #skipped()} is not empty
   */
  public boolean outOfOrder() {
    return !skipped().isEmpty();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("respondent", respondent())
        .noNullElements("highest", highest())
        .noNullElements("skipped", skipped())
        .throwIfAny("LadderPosition");
  }

  /** Returns {@code LadderPosition r07: highest step share-data, 1 skipped}. */
  @Override
  public String toString() {
    return "LadderPosition " + respondent() + ": " + highest().map(h -> "highest step " + h).getOrElse("no step")
        + (skipped().isEmpty() ? "" : ", " + skipped().size() + " skipped");
  }
}
