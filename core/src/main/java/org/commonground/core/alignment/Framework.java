// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.alignment;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * An alignment framework as versioned data: a named list of dimensions partners rate, with its
 * edition and source. Built in: {@link Frameworks#FIVE_ALIGNMENTS}, {@link
 * Frameworks#COLLECTIVE_IMPACT} and {@link Frameworks#WORKING_TOGETHER}; users define their own.
 *
 * <pre>{@code
 * Framework mine = Framework.of("our-compact", "Our compact", "2026", "Partnership charter",
 *     List.of(Dimension.of("data", "Data sharing", "Partners share data monthly", List.empty()),
 *             Dimension.of("voice", "Youth voice", "Young people co-design programs", List.empty())));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Framework {

  Framework() {}

  /**
   * The framework's id.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String id();

  /**
   * The framework's name.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The edition or version of the framework.
   *
   * @return the edition, never blank
   */
  public abstract String edition();

  /**
   * Where the framework comes from.
   *
   * @return the citation, never blank
   */
  public abstract String source();

  /**
   * The dimensions, in the framework's order.
   *
   * @return one or more dimensions with distinct ids
   */
  @Value.Default
  public List<Dimension> dimensions() {
    return List.empty();
  }

  /**
   * Creates a framework.
   *
   * @param id the id; not blank
   * @param name the name; not blank
   * @param edition the edition; not blank
   * @param source the citation; not blank
   * @param dimensions one or more dimensions with distinct ids
   * @return the framework
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Framework of(String id, String name, String edition, String source, Iterable<? extends Dimension> dimensions) {
    return ImmutableFramework.builder()
        .id(id).name(name).edition(edition).source(source).dimensions(JavaInputs.<Dimension>list(dimensions)).build();
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code Framework.builder().id(..).name(..).edition(..).source(..).dimensions(..).build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Framework}: every setter of the generated {@link ImmutableFramework.Builder}, and
   * for {@code dimensions} also the plain value or a {@code java.util} collection. {@code build()}
   * checks the value and reports every problem, a null included, with its path in one
   * {@code ValidationException}.
   */
  public static final class Builder extends ImmutableFramework.Builder {

    /** A new, empty builder; {@link Framework#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the dimensions from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param dimensions the dimensions; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder dimensions(Iterable<? extends Dimension> dimensions) {
      return dimensions(JavaInputs.<Dimension>list(dimensions));
    }
  }

  /**
   * The dimension with an id.
   *
   * @param dimensionId a dimension id
   * @return the dimension, or none
   */
  public Option<Dimension> dimension(String dimensionId) {
    return dimensions().find(d -> d.id().equals(dimensionId));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("name", name())
        .notNull("edition", edition())
        .notNull("source", source())
        .noNullElements("dimensions", dimensions())
        .when(id() != null, v -> v.id("id", id()))
        .when(name() != null, v -> v.notBlank("name", name()))
        .when(edition() != null, v -> v.notBlank("edition", edition()))
        .when(source() != null, v -> v.notBlank("source", source()))
        .when(Violations.nullFree(dimensions()), v -> v
            .atLeast("dimensions", dimensions().size(), 1)
            .distinct("dimensions", dimensions(), Dimension::id))
        .throwIfAny("Framework");
  }

  /** Returns {@code name (edition)}. */
  @Override
  public String toString() {
    return name() + " (" + edition() + ")";
  }
}
