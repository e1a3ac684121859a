// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.alignment;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A framework's dimensions side by side, with the weakest and the most contested first, and the
 * checks of seed 001 that apply to data the partnership already has.
 *
 * <pre>{@code
 * FrameworkProfile profile = AlignmentScoring.withDefaults().profile(ratings);
 * profile.weakestFirst().head().dimension().name();
 * profile.mostContestedFirst().head().agreement();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FrameworkProfile {

  FrameworkProfile() {}

  /**
   * The framework's id.
   *
   * @return the id
   */
  public abstract String framework();

  /**
   * The framework's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The framework's edition.
   *
   * @return the edition
   */
  public abstract String edition();

  /**
   * The dimensions' alignment, in the framework's order.
   *
   * @return one per dimension
   */
  public abstract List<DimensionAlignment> dimensions();

  /**
   * The criteria's alignment, for the criteria that were rated.
   *
   * @return one per rated criterion
   */
  public abstract List<DimensionAlignment> criteria();

  /**
   * Checks of seed 001 on data the partnership has, such as its number of common outcomes.
   *
   * @return the findings, each with its path; empty when nothing applies or all is well
   */
  public abstract List<Violation> checks();

  /**
   * The alignment of a dimension.
   *
   * @param dimensionId a dimension id
   * @return its alignment, or none
   */
  public Option<DimensionAlignment> dimension(String dimensionId) {
    return dimensions().find(d -> d.dimension().id().equals(dimensionId));
  }

  /**
   * The dimensions from the lowest level up; unrated ones last.
   *
   * @return the dimensions, weakest first
   */
  public List<DimensionAlignment> weakestFirst() {
    return dimensions().sortBy(d -> d.mean().getOrElse(Double.MAX_VALUE));
  }

  /**
   * The dimensions from the lowest agreement up; those with undefined agreement last.
   *
   * @return the dimensions, most contested first
   */
  public List<DimensionAlignment> mostContestedFirst() {
    return dimensions().sortBy(d -> d.agreement().getOrElse(Double.MAX_VALUE));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("framework", framework())
        .notNull("name", name())
        .notNull("edition", edition())
        .noNullElements("dimensions", dimensions())
        .noNullElements("criteria", criteria())
        .noNullElements("checks", checks())
        .throwIfAny("FrameworkProfile");
  }

  /** Returns {@code FrameworkProfile Five alignments (2021): 5 dimensions, 12 criteria, most contested Shared vision, 1 check}. */
  @Override
  public String toString() {
    return "FrameworkProfile " + name() + " (" + edition() + "): " + dimensions().size() + " dimensions, " + criteria().size() + " criteria"
        + (dimensions().isEmpty() ? "" : ", most contested " + mostContestedFirst().head().dimension().name())
        + ", " + checks().size() + (checks().size() == 1 ? " check" : " checks");
  }
}
