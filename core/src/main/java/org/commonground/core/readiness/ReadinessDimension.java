// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One dimension of community readiness that key-informant interviews are scored on, such as
 * "Leadership" or "Community climate" in the Community Readiness Model.
 *
 * <pre>{@code
 * ReadinessDimension.of("leadership", "Leadership");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadinessDimension {

  ReadinessDimension() {}

  /**
   * The dimension's id, unique within its model edition.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The dimension's name as reports show it.
   *
   * @return the name, never blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Creates a dimension.
   *
   * @param id the id; not blank
   * @param name the name; not blank
   * @return the dimension
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static ReadinessDimension of(String id, String name) {
    return ImmutableReadinessDimension.of(id, name);
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code ReadinessDimension.builder().id(..).name(..).build()}.
   *
   * @return a new builder
   */
  public static ImmutableReadinessDimension.Builder builder() {
    return ImmutableReadinessDimension.builder();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("name", name())
        .when(id() != null, v -> v.id("id", id()))
        .when(name() != null, v -> v.notBlank("name", name()))
        .throwIfAny("ReadinessDimension");
  }

  /** Returns {@code climate: Community climate}. */
  @Override
  public String toString() {
    return id() + ": " + name();
  }
}
