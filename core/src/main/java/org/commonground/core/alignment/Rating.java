// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.alignment;

import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One partner's rating of how far a dimension — or one of its criteria — is in place.
 *
 * <pre>{@code
 * Rating.of("lincoln-hs", "leadership", 4);
 * Rating.ofCriterion("lincoln-hs", "leadership", "common-vision", 5);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Whether it fits a framework and scale is checked by
 * {@link AlignmentRatings}.
 */
@Value.Immutable
public abstract class Rating {

  Rating() {}

  /**
   * The rating partner.
   *
   * @return the partner id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String partner();

  /**
   * The dimension rated.
   *
   * @return the dimension id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String dimension();

  /**
   * The criterion rated, when the rating is of one criterion rather than the whole dimension.
   *
   * @return the criterion id (never blank, without control characters, line breaks or surrounding
   *     white space), or none
   */
  @Value.Default
  public Option<String> criterion() {
    return Option.none();
  }

  /**
   * The point of the scale given.
   *
   * @return the rating
   */
  public abstract int value();

  /**
   * A rating of a whole dimension.
   *
   * @param partner the partner id
   * @param dimension the dimension id
   * @param value the point of the scale
   * @return the rating
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Rating of(String partner, String dimension, int value) {
    return ImmutableRating.builder().partner(partner).dimension(dimension).value(value).build();
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code Rating.builder().partner(..).dimension(..).value(..).build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Rating}: every setter of the generated {@link ImmutableRating.Builder}, and
   * for {@code criterion} also the plain value or a {@code java.util} collection. {@code build()}
   * checks the value and reports every problem, a null included, with its path in one
   * {@code ValidationException}.
   */
  public static final class Builder extends ImmutableRating.Builder {

    /** A new, empty builder; {@link Rating#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the criterion rated to a present value: the same as {@code criterion(Option.of(criterion))}.
     *
     * @param criterion the criterion rated; null is reported by {@code build()} as a {@code ValidationException}
     *     naming {@code criterion}
     * @return this builder
     */
    public Builder criterion(String criterion) {
      return criterion(criterion == null ? null : Option.some(criterion));
    }
  }

  /**
   * A rating of one criterion of a dimension.
   *
   * @param partner the partner id
   * @param dimension the dimension id
   * @param criterion the criterion id
   * @param value the point of the scale
   * @return the rating
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Rating ofCriterion(String partner, String dimension, String criterion, int value) {
    return ImmutableRating.builder()
        .partner(partner).dimension(dimension).criterion(Option.of(criterion)).value(value).build();
  }

  /**
   * What the rating is of: the dimension, or the dimension and criterion.
   *
   * @return {@code dimension} or {@code dimension/criterion}
   */
  public String subject() {
    return criterion().map(c -> dimension() + "/" + c).getOrElse(dimension());
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("partner", partner())
        .notNull("dimension", dimension())
        .noNullElements("criterion", criterion())
        .when(partner() != null, v -> v.id("partner", partner()))
        .when(dimension() != null, v -> v.id("dimension", dimension()))
        .when(Violations.nullFree(criterion()), v -> v.addAll("",
            criterion().map(c -> Violations.none().id("criterion", c).toList()).getOrElse(io.vavr.collection.List.empty())))
        .throwIfAny("Rating");
  }

  /** Returns {@code lincoln-hs rates vision: 4}. */
  @Override
  public String toString() {
    return partner() + " rates " + subject() + ": " + value();
  }
}
