// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.alignment;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The partners' ratings of one {@link Framework} on one scale, checked on creation: every rating
 * names a dimension (and criterion) of the framework and is a point of the scale, and no partner
 * rates the same dimension or criterion twice. Scoring ({@code
 * org.commonground.scoring.alignment.AlignmentScoring}) takes the ratings.
 *
 * <pre>{@code
 * AlignmentRatings ratings = AlignmentRatings.of(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE,
 *     List.of(Rating.of("lincoln-hs", "leadership", 4), Rating.of("eastside-cc", "leadership", 3)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AlignmentRatings {

  AlignmentRatings() {}

  /**
   * The framework rated.
   *
   * @return the framework
   */
  @Value.Parameter
  public abstract Framework framework();

  /**
   * The scale of the ratings.
   *
   * @return the scale
   */
  @Value.Parameter
  public abstract ResponseScale scale();

  /**
   * The ratings.
   *
   * @return the ratings, in the order given
   */
  @Value.Parameter
  public abstract List<Rating> ratings();

  /**
   * Checks and collects ratings.
   *
   * @param framework the framework rated
   * @param scale the scale rated on
   * @param ratings the ratings
   * @return the checked ratings
   * @throws org.commonground.core.validation.ValidationException naming every rating outside the
   *     scale, every unknown dimension or criterion and every repeated rating, with its path
   */
  public static AlignmentRatings of(Framework framework, ResponseScale scale, Iterable<? extends Rating> ratings) {
    return ImmutableAlignmentRatings.of(framework, scale, JavaInputs.<Rating>list(ratings));
  }

  @Value.Check
  void check() {
    Violations nulls =
        Violations.none()
            .notNull("framework", framework())
            .notNull("scale", scale())
            .noNullElements("ratings", ratings());
    if (!Violations.nullFree(framework(), scale(), ratings())) {
      nulls.throwIfAny("AlignmentRatings");
    }
    Violations found =
        Violations.none().distinct("ratings", ratings(), r -> r.partner() + " on " + r.subject());
    // One pass; a message is built only for a rating that breaks a rule.
    int i = -1;
    for (Rating r : ratings()) {
      i++;
      String path = "ratings[" + i + "]";
      Option<Dimension> dimension = framework().dimension(r.dimension());
      if (dimension.isEmpty()) {
        found = found.add(Violation.of(path + ".dimension",
            Message.of("core.alignment.ratings.dimension", framework(),
                framework().dimensions().map(Dimension::id).mkString("(", ", ", ")"), "\"" + r.dimension() + "\"")));
      }
      if (!scale().contains(r.value())) {
        found = found.add(Violation.of(path + ".value", scale().outOfRangeMessage(r.value())));
      }
      if (dimension.isDefined() && r.criterion().isDefined() && dimension.get().criterion(r.criterion().get()).isEmpty()) {
        found = found.add(Violation.of(path + ".criterion",
            Message.of("core.alignment.ratings.criterion", r.dimension(),
                dimension.get().criteria().map(Criterion::id).mkString("(", ", ", ")"), "\"" + r.criterion().get() + "\"")));
      }
    }
    found.throwIfAny("Ratings of " + framework());
  }

  /** Returns {@code AlignmentRatings for Five alignments: 40 ratings on 1–5}. */
  @Override
  public String toString() {
    return "AlignmentRatings for " + framework().name() + ": " + ratings().size() + " ratings on " + scale();
  }
}
