// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One member's rating of its relationship with another member, as a level of a continuum: a cell
 * of the directed partner × partner matrix of the Levels of Collaboration Scale (Frey, Lohmeier,
 * Lee and Tollefson 2006), where each member rates its level with every other member.
 *
 * <pre>{@code
 * PartnerRating.of("lincoln-hs", "eastside-cc", "coordination");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Whether it fits a continuum and a membership is
 * checked by {@link PartnerRatings}.
 */
@Value.Immutable
public abstract class PartnerRating {

  PartnerRating() {}

  /**
   * The member who rates.
   *
   * @return the rater's id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String rater();

  /**
   * The member rated.
   *
   * @return the partner's id: never blank, without control characters, line breaks or surrounding white space
   */
  @Value.Parameter
  public abstract String partner();

  /**
   * The level the rater gives the relationship.
   *
   * @return the level id
   */
  @Value.Parameter
  public abstract String level();

  /**
   * A rating.
   *
   * @param rater the member who rates
   * @param partner the member rated
   * @param level the level's id in the continuum rated on
   * @return the rating
   * @throws org.commonground.core.validation.ValidationException naming every blank field
   */
  public static PartnerRating of(String rater, String partner, String level) {
    return ImmutablePartnerRating.of(rater, partner, level);
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code PartnerRating.builder().rater(..).partner(..).level(..).build()}.
   *
   * @return a new builder
   */
  public static ImmutablePartnerRating.Builder builder() {
    return ImmutablePartnerRating.builder();
  }

  /** Returns {@code rater → partner: level}. */
  @Override
  public String toString() {
    return rater() + " → " + partner() + ": " + level();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("rater", rater())
        .notNull("partner", partner())
        .notNull("level", level())
        .when(rater() != null, v -> v.id("rater", rater()))
        .when(partner() != null, v -> v.id("partner", partner()))
        .when(level() != null, v -> v.id("level", level()))
        .throwIfAny("PartnerRating");
  }
}
