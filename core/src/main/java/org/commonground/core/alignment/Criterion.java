// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.alignment;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One criterion of an alignment {@link Dimension}: a concrete sign that the dimension is in place,
 * which partners may rate on its own.
 *
 * <pre>{@code
 * Criterion.of("shared-accountability", "Shared accountability and differentiated responsibility");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Criterion {

  Criterion() {}

  /**
   * The criterion's id, unique within its dimension.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String id();

  /**
   * What is in place when the criterion is met.
   *
   * @return the text, never blank
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Creates a criterion.
   *
   * @param id the id; not blank
   * @param text the text; not blank
   * @return the criterion
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Criterion of(String id, String text) {
    return ImmutableCriterion.of(id, text);
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code Criterion.builder().id(..).text(..).build()}.
   *
   * @return a new builder
   */
  public static ImmutableCriterion.Builder builder() {
    return ImmutableCriterion.builder();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("text", text())
        .when(id() != null, v -> v.id("id", id()))
        .when(text() != null, v -> v.notBlank("text", text()))
        .throwIfAny("Criterion");
  }

  /** Returns {@code vision-1: the criterion's text}. */
  @Override
  public String toString() {
    return id() + ": " + text();
  }
}
