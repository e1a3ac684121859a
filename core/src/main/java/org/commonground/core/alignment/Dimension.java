// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.alignment;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One dimension of an alignment {@link Framework}, such as "Aligned leadership" or "Shared
 * measurement": what it means, and the criteria that show it is in place.
 *
 * <pre>{@code
 * Dimension.of("shared-measurement", "Shared measurement",
 *     "Partners collect data and measure results the same way",
 *     List.of(Criterion.of("same-way", "Each partner tracks progress the same way")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dimension {

  Dimension() {}

  /**
   * The dimension's id, unique within its framework.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String id();

  /**
   * The dimension's name as reports show it.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * What the dimension means.
   *
   * @return the description, never blank
   */
  public abstract String description();

  /**
   * The criteria that show the dimension is in place.
   *
   * @return the criteria, with distinct ids; possibly none
   */
  @Value.Default
  public List<Criterion> criteria() {
    return List.empty();
  }

  /**
   * Creates a dimension.
   *
   * @param id the id; not blank
   * @param name the name; not blank
   * @param description what it means; not blank
   * @param criteria its criteria, with distinct ids
   * @return the dimension
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Dimension of(String id, String name, String description, Iterable<? extends Criterion> criteria) {
    return ImmutableDimension.builder().id(id).name(name).description(description).criteria(JavaInputs.<Criterion>list(criteria)).build();
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code Dimension.builder().id(..).name(..).description(..).criteria(..).build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Dimension}: every setter of the generated {@link ImmutableDimension.Builder}, and
   * for {@code criteria} also the plain value or a {@code java.util} collection. {@code build()}
   * checks the value and reports every problem, a null included, with its path in one
   * {@code ValidationException}.
   */
  public static final class Builder extends ImmutableDimension.Builder {

    /** A new, empty builder; {@link Dimension#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the criteria from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param criteria the criteria; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder criteria(Iterable<? extends Criterion> criteria) {
      return criteria(JavaInputs.<Criterion>list(criteria));
    }
  }

  /**
   * The criterion with an id.
   *
   * @param criterionId a criterion id
   * @return the criterion, or none
   */
  public Option<Criterion> criterion(String criterionId) {
    return criteria().find(c -> c.id().equals(criterionId));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("name", name())
        .notNull("description", description())
        .noNullElements("criteria", criteria())
        .when(id() != null, v -> v.id("id", id()))
        .when(name() != null, v -> v.notBlank("name", name()))
        .when(description() != null, v -> v.notBlank("description", description()))
        .when(Violations.nullFree(criteria()), v -> v.distinct("criteria", criteria(), Criterion::id))
        .throwIfAny("Dimension");
  }

  /** Returns {@code vision "Shared vision" (3 criteria)}. */
  @Override
  public String toString() {
    return id() + " \"" + name() + "\" (" + criteria().size() + (criteria().size() == 1 ? " criterion)" : " criteria)");
  }
}
