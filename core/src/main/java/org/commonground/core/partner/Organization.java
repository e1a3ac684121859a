// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.partner;

import io.vavr.collection.List;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * An organization that takes part in partnerships: a school, counseling center, health department,
 * business, nonprofit, funder, or a group of residents.
 *
 * <p>An organization has a stable id (unique within a partnership), a display name, and one or more
 * {@link Sector sectors}; an organization may belong to several (a public–private workforce board).
 *
 * <pre>{@code
 * Organization school = Organization.of("lincoln-hs", "Lincoln High School",
 *     List.of(Sector.of(Sector.Kind.PUBLIC, "education")));
 * school.isIn(Sector.Kind.PUBLIC);  // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organization {

  Organization() {}

  /**
   * The organization's id, unique among the members of a partnership.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String id();

  /**
   * The organization's name as shown in reports.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The sectors the organization belongs to, in the order given.
   *
   * @return one or more distinct sectors
   */
  @Value.Default
  public List<Sector> sectors() {
    return List.empty();
  }

  /**
   * Creates an organization. {@link #identified(String)} names the id and the name, both strings,
   * as they are given, and reads more safely.
   *
   * @param id the id, unique within a partnership; not blank
   * @param name the display name; not blank
   * @param sectors one or more distinct sectors
   * @return the organization
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Organization of(String id, String name, Iterable<? extends Sector> sectors) {
    return builder().id(id).name(name).sectors(sectors).build();
  }

  /**
   * Starts an organization by its id, naming each part as it is given, so that the id and the name,
   * both strings, cannot be swapped unnoticed:
   *
   * <pre>{@code
   * Organization school = Organization.identified("lincoln-hs")
   *     .named("Lincoln High School")
   *     .in(Sector.of(Sector.Kind.PUBLIC, "education"));
   * }</pre>
   *
   * @param id the id, unique within a partnership; not blank
   * @return the next step, which takes the name
   * @throws org.commonground.core.validation.ValidationException if the id is null; the other
   *     rules are checked, all at once, by the last step
   */
  public static Named identified(String id) {
    Violations.none().notNull("id", id).throwIfAny("Organization");
    return new Named(id);
  }

  /** The step of {@link #identified(String)} that takes the organization's name. */
  public static final class Named {

    private final String id;

    private Named(String id) {
      this.id = id;
    }

    /**
     * Names the organization.
     *
     * @param name the display name; not blank
     * @return the last step, which takes the sectors
     */
    public InSectors named(String name) {
      return new InSectors(id, name);
    }
  }

  /** The last step of {@link #identified(String)}: the sectors, which complete the organization. */
  public static final class InSectors {

    private final String id;
    private final String name;

    private InSectors(String id, String name) {
      this.id = id;
      this.name = name;
    }

    /**
     * Completes the organization with its sectors.
     *
     * @param sectors one or more distinct sectors
     * @return the organization
     * @throws org.commonground.core.validation.ValidationException naming every problem
     */
    public Organization in(Sector... sectors) {
      return in(sectors == null ? null : java.util.Arrays.asList(sectors));
    }

    /**
     * Completes the organization with its sectors, from any {@link Iterable} ({@code java.util} or
     * Vavr).
     *
     * @param sectors one or more distinct sectors
     * @return the organization
     * @throws org.commonground.core.validation.ValidationException naming every problem
     */
    public Organization in(Iterable<? extends Sector> sectors) {
      return builder().id(id).name(name).sectors(sectors).build();
    }
  }

  /**
   * A builder for an organization, for when {@link #of} reads less clearly.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Organization}: every setter of the generated {@link ImmutableOrganization.Builder} (which
   * take Vavr's {@code Option} and collections), and for {@code sectors} also the plain value or a
   * {@code java.util} collection. {@code build()} checks the value and reports every problem, a
   * null included, with its path in one {@code ValidationException}.
   */
  public static final class Builder extends ImmutableOrganization.Builder {

    /** A new, empty builder; {@link Organization#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the sectors from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param sectors the sectors; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder sectors(Iterable<? extends Sector> sectors) {
      return sectors(JavaInputs.<Sector>list(sectors));
    }
  }

  /**
   * Whether the organization belongs to a sector, whatever its field.
   *
   * @param kind the sector; not null
   * @return true if one of its sectors is of that kind
   */
  public boolean isIn(Sector.Kind kind) {
    return sectors().exists(s -> s.kind() == kind);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("name", name())
        .noNullElements("sectors", sectors())
        .when(id() != null, v -> v.id("id", id()))
        .when(name() != null, v -> v.notBlank("name", name()))
        .when(Violations.nullFree(sectors()), v -> v
            .atLeast("sectors", sectors().size(), 1)
            .distinct("sectors", sectors(), s -> s))
        .throwIfAny("Organization");
  }

  /** Returns {@code lincoln-hs "Lincoln High School": public (education)}. */
  @Override
  public String toString() {
    return id() + " \"" + name() + "\"" + (sectors().isEmpty() ? "" : ": " + sectors().mkString(", "));
  }
}
