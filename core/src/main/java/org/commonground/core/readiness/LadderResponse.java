// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One respondent's checks on one ladder: the ids of every step they said applies.
 *
 * <pre>{@code
 * LadderResponse.of("r01", TreeSet.of("A", "B", "D"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LadderResponse {

  LadderResponse() {}

  /**
   * The respondent's id, unique among the responses to a ladder.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String respondent();

  /**
   * The ids of the steps checked.
   *
   * @return the checked steps; empty if none applies
   */
  @Value.Parameter
  @Value.Default
  public SortedSet<String> checked() {
    return TreeSet.empty();
  }

  /**
   * Creates a response.
   *
   * @param respondent the respondent's id; not blank
   * @param checked the ids of the steps checked
   * @return the response
   * @throws org.commonground.core.validation.ValidationException if the id is blank
   */
  public static LadderResponse of(String respondent, Iterable<String> checked) {
    return ImmutableLadderResponse.of(respondent, JavaInputs.sortedSet(checked));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("respondent", respondent())
        .noNullElements("checked", checked())
        .when(respondent() != null, v -> v.id("respondent", respondent()))
        .throwIfAny("LadderResponse");
  }

  /** Returns {@code LadderResponse r01: talk, plan}. */
  @Override
  public String toString() {
    return "LadderResponse " + respondent() + ": " + (checked().isEmpty() ? "none checked" : checked().mkString(", "));
  }
}
