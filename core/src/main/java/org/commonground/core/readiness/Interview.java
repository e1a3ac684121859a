// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One key-informant interview of a Community Readiness assessment, with its ratings on each
 * dimension.
 *
 * <pre>{@code
 * Interview.of("principal", List.of(
 *     DimensionRating.agreed("community-efforts", 4),
 *     DimensionRating.of("leadership", 3, 4, 3.5), ...));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Whether it covers every dimension of an edition is
 * checked by {@link ReadinessAssessment}.
 */
@Value.Immutable
public abstract class Interview {

  Interview() {}

  /**
   * The interview's id (the informant's role, or a code), unique within an assessment.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The ratings, one per dimension.
   *
   * @return the ratings
   */
  @Value.Parameter
  @Value.Default
  public List<DimensionRating> ratings() {
    return List.empty();
  }

  /**
   * Creates an interview.
   *
   * @param id the interview's id; not blank
   * @param ratings one rating per dimension
   * @return the interview
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Interview of(String id, Iterable<? extends DimensionRating> ratings) {
    return ImmutableInterview.of(id, JavaInputs.<DimensionRating>list(ratings));
  }

  /**
   * The rating of a dimension.
   *
   * @param dimension a dimension id
   * @return the rating, or none if the interview has none for it
   */
  public Option<DimensionRating> rating(String dimension) {
    return ratings().find(r -> r.dimension().equals(dimension));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .noNullElements("ratings", ratings())
        .when(id() != null, v -> v.id("id", id()))
        .when(Violations.nullFree(ratings()), v -> v.distinct("ratings", ratings(), DimensionRating::dimension))
        .throwIfAny("Interview");
  }

  /** Returns {@code Interview i1: 6 dimensions rated}. */
  @Override
  public String toString() {
    return "Interview " + id() + ": " + ratings().size() + " dimensions rated";
  }
}
