// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * Something organizations observably do together, which a level of a {@link Continuum} is defined
 * by: "exchange information", "alter activities", "share resources", "enhance each other's
 * capacity".
 *
 * <pre>{@code
 * Activity.of("exchange-information", "Exchange information for mutual benefit");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Activity {

  Activity() {}

  /**
   * The activity's id, unique within its continuum.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String id();

  /**
   * What the organizations do.
   *
   * @return the description, never blank
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Creates an activity.
   *
   * @param id the id; not blank
   * @param description what the organizations do; not blank
   * @return the activity
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Activity of(String id, String description) {
    return ImmutableActivity.of(id, description);
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code Activity.builder().id(..).description(..).build()}.
   *
   * @return a new builder
   */
  public static ImmutableActivity.Builder builder() {
    return ImmutableActivity.builder();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("description", description())
        .when(id() != null, v -> v.id("id", id()))
        .when(description() != null, v -> v.notBlank("description", description()))
        .throwIfAny("Activity");
  }

  /** Returns {@code share-info: exchange information}. */
  @Override
  public String toString() {
    return id() + ": " + description();
  }
}
