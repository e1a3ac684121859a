// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.partner;

import io.vavr.control.Option;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The part of society an organization belongs to — public, private, nonprofit, or the community and
 * its residents — optionally narrowed to a field such as education, health, housing or workforce.
 *
 * <p>A multisector collaboration (Community Tool Box, ch. 1 §4; Himmelman) is one whose members
 * span sectors; the {@link Kind} is what that rule compares, the field is descriptive.
 *
 * <pre>{@code
 * Sector.of(Sector.Kind.PUBLIC, "education");  // public (education)
 * Sector.of(Sector.Kind.COMMUNITY);            // community
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Sector {

  /** The four sectors a partnership can draw on. */
  public enum Kind {
    /** Government: schools and districts, health departments, public agencies. */
    PUBLIC,
    /** Businesses and employers. */
    PRIVATE,
    /** Nonprofit organizations, foundations and funders, faith-based organizations. */
    NONPROFIT,
    /** Community members and residents, and their informal groups. */
    COMMUNITY;

    /**
     * The kind as reports show it, as a message: {@code core.partner.Sector.Kind.PUBLIC}.
     *
     * @return the label
     */
    public Message label() {
      return Message.of("core.partner.Sector.Kind." + name());
    }

    /** Returns the lower-case name, as used in reports: {@code public}. */
    @Override
    public String toString() {
      return label().text();
    }
  }

  Sector() {}

  /**
   * Which of the four sectors.
   *
   * @return the kind, never null
   */
  public abstract Kind kind();

  /**
   * The field within the sector, such as {@code education} or {@code health}, if one is named.
   *
   * @return the field, or none; a present field is never blank
   */
  @Value.Default
  public Option<String> field() {
    return Option.none();
  }

  /**
   * A sector with no particular field.
   *
   * @param kind the sector; not null
   * @return the sector
   */
  public static Sector of(Kind kind) {
    return ImmutableSector.builder().kind(kind).build();
  }

  /**
   * A sector narrowed to a field.
   *
   * @param kind the sector; not null
   * @param field the field, such as {@code education}; not null or blank
   * @return the sector
   * @throws org.commonground.core.validation.ValidationException if the field is blank
   */
  public static Sector of(Kind kind, String field) {
    return ImmutableSector.builder().kind(kind).field(Option.of(field)).build();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("kind", kind())
        .noNullElements("field", field())
        .when(Violations.nullFree(field()), v -> v.require(field().forAll(f -> !f.isBlank()), "field", () -> Message.of("core.partner.field.blank", "\"" + field().getOrElse("") + "\"")))
        .throwIfAny("Sector");
  }

  /** Returns {@code kind (field)}, or the kind alone: {@code public (education)}. */
  @Override
  public String toString() {
    return field().map(f -> kind() + " (" + f + ")").getOrElse(kind()::toString);
  }
}
