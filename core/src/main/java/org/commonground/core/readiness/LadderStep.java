// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One step of a {@link Ladder}: a letter and the statement a respondent checks if it applies.
 *
 * <pre>{@code
 * LadderStep.of("A", "Our organization acts independently");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LadderStep {

  LadderStep() {}

  /**
   * The step's id, its letter on the published form ("A" … "E").
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The statement checked if it applies.
   *
   * @return the statement, never blank
   */
  @Value.Parameter
  public abstract String statement();

  /**
   * Creates a step.
   *
   * @param id the step's letter; not blank
   * @param statement the statement; not blank
   * @return the step
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static LadderStep of(String id, String statement) {
    return ImmutableLadderStep.of(id, statement);
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code LadderStep.builder().id(..).statement(..).build()}.
   *
   * @return a new builder
   */
  public static ImmutableLadderStep.Builder builder() {
    return ImmutableLadderStep.builder();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("statement", statement())
        .when(id() != null, v -> v.id("id", id()))
        .when(statement() != null, v -> v.notBlank("statement", statement()))
        .throwIfAny("LadderStep");
  }

  /** Returns {@code talk: the step's statement}. */
  @Override
  public String toString() {
    return id() + ": " + statement();
  }
}
