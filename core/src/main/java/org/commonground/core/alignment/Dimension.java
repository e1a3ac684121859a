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
