// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One factor an instrument measures, in one category: for example "Mutual respect, understanding,
 * and trust" in the category "Membership characteristics" of the Collaboration Factors Inventory.
 * A factor is scored from its {@link Item items}.
 *
 * <pre>{@code
 * Factor trust = Factor.of("mutual-respect", "Mutual respect, understanding, and trust", "membership");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Factor {

  Factor() {}

  /**
   * The factor's id, unique within its instrument.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The factor's name as reports show it.
   *
   * @return the name, never blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The id of the category the factor belongs to.
   *
   * @return a category id of the instrument
   */
  @Value.Parameter
  public abstract String category();

  /**
   * Creates a factor.
   *
   * @param id the id, unique within the instrument; not blank
   * @param name the name; not blank
   * @param category the id of its category in the instrument; not blank
   * @return the factor
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Factor of(String id, String name, String category) {
    return ImmutableFactor.of(id, name, category);
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code Factor.builder().id(..).name(..).category(..).build()}.
   *
   * @return a new builder
   */
  public static ImmutableFactor.Builder builder() {
    return ImmutableFactor.builder();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("name", name())
        .notNull("category", category())
        .when(id() != null, v -> v.id("id", id()))
        .when(name() != null, v -> v.notBlank("name", name()))
        .when(category() != null, v -> v.id("category", category()))
        .throwIfAny("Factor");
  }

  /** Returns {@code respect "Mutual respect" (membership)}. */
  @Override
  public String toString() {
    return id() + " \"" + name() + "\" (" + category() + ")";
  }
}
