// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A group of an instrument's factors, such as "Environment" or "Resources" in the Collaboration
 * Factors Inventory.
 *
 * <pre>{@code
 * Category environment = Category.of("environment", "Environment");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Category {

  Category() {}

  /**
   * The category's id, unique within its instrument.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The category's name as reports show it.
   *
   * @return the name, never blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Creates a category.
   *
   * @param id the id, unique within the instrument; not blank
   * @param name the name; not blank
   * @return the category
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Category of(String id, String name) {
    return ImmutableCategory.of(id, name);
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code Category.builder().id(..).name(..).build()}.
   *
   * @return a new builder
   */
  public static ImmutableCategory.Builder builder() {
    return ImmutableCategory.builder();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("name", name())
        .when(id() != null, v -> v.id("id", id()))
        .when(name() != null, v -> v.notBlank("name", name()))
        .throwIfAny("Category");
  }

  /** Returns {@code membership: Membership characteristics}. */
  @Override
  public String toString() {
    return id() + ": " + name();
  }
}
