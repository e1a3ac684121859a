// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A community-level result the partnership commits to improve, measured by one or more
 * {@link Indicator indicators}: "every child ready for kindergarten", "every student graduates".
 * StriveTogether's chain runs community-level outcome → core indicator → contributing indicator.
 *
 * <pre>{@code
 * Outcome.of("graduation", "Students graduate from high school");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Outcome {

  Outcome() {}

  /**
   * The outcome's id, unique within its shared measure set.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The outcome as the partnership states it.
   *
   * @return the name, never blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Creates an outcome.
   *
   * @param id the id; not blank
   * @param name the statement of the outcome; not blank
   * @return the outcome
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Outcome of(String id, String name) {
    return ImmutableOutcome.of(id, name);
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code Outcome.builder().id(..).name(..).build()}.
   *
   * @return a new builder
   */
  public static ImmutableOutcome.Builder builder() {
    return ImmutableOutcome.builder();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("name", name())
        .when(id() != null, v -> v.id("id", id()))
        .when(name() != null, v -> v.notBlank("name", name()))
        .throwIfAny("Outcome");
  }

  /** Returns {@code graduation: All youth graduate}. */
  @Override
  public String toString() {
    return id() + ": " + name();
  }
}
