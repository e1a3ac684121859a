// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.partner;

import io.vavr.collection.List;
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
   * Creates an organization.
   *
   * @param id the id, unique within a partnership; not blank
   * @param name the display name; not blank
   * @param sectors one or more distinct sectors
   * @return the organization
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Organization of(String id, String name, List<Sector> sectors) {
    return builder().id(id).name(name).sectors(sectors).build();
  }

  /**
   * A builder for an organization, for when {@link #of} reads less clearly.
   *
   * @return a new builder
   */
  public static ImmutableOrganization.Builder builder() {
    return ImmutableOrganization.builder();
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
