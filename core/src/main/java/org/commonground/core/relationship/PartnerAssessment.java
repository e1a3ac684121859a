// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One member's assessment of a partner it works with, in the manner of the PARTNER Tool (Varda,
 * University of Colorado Denver): trust as reliability, support of the partnership's mission and
 * openness to discussion; value as power and influence, level of involvement and contribution of
 * resources; each on a scale of 1 (not at all) to 4 (a great deal). Assessing a partner makes a
 * tie between the two in the partner network.
 *
 * <pre>{@code
 * PartnerAssessment a = PartnerAssessment.builder()
 *     .rater("lincoln-hs").partner("eastside-cc")
 *     .reliability(4).missionSupport(3).openness(4)
 *     .powerInfluence(2).involvement(3).resourceContribution(3)
 *     .build();
 * a.trust();  // 3.666…: the mean of the three trust items
 * a.value();  // 2.666…: the mean of the three value items
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Whether it fits a membership is checked by {@link
 * PartnerNetwork}.
 */
@Value.Immutable
public abstract class PartnerAssessment {

  /** The lowest point of each item's scale: not at all. */
  public static final int MIN = 1;

  /** The highest point of each item's scale: a great deal. */
  public static final int MAX = 4;

  PartnerAssessment() {}

  /**
   * The member who assesses.
   *
   * @return the rater's id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String rater();

  /**
   * The partner assessed.
   *
   * @return the partner's id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String partner();

  /**
   * Trust: how reliable the partner is.
   *
   * @return 1 to 4
   */
  public abstract int reliability();

  /**
   * Trust: how far the partner supports the partnership's mission.
   *
   * @return 1 to 4
   */
  public abstract int missionSupport();

  /**
   * Trust: how open the partner is to discussion.
   *
   * @return 1 to 4
   */
  public abstract int openness();

  /**
   * Value: the partner's power and influence.
   *
   * @return 1 to 4
   */
  public abstract int powerInfluence();

  /**
   * Value: the partner's level of involvement.
   *
   * @return 1 to 4
   */
  public abstract int involvement();

  /**
   * Value: the resources the partner contributes.
   *
   * @return 1 to 4
   */
  public abstract int resourceContribution();

  /**
   * A builder for an assessment.
   *
   * @return a new builder
   */
  public static ImmutablePartnerAssessment.Builder builder() {
    return ImmutablePartnerAssessment.builder();
  }

  /**
   * The trust this rater places in the partner: the mean of reliability, mission support and
   * openness.
   *
   * @return 1 to 4
   */
  public double trust() {
    return (reliability() + missionSupport() + openness()) / 3.0;
  }

  /**
   * The value this rater sees in the partner: the mean of power and influence, involvement and
   * resource contribution.
   *
   * @return 1 to 4
   */
  public double value() {
    return (powerInfluence() + involvement() + resourceContribution()) / 3.0;
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("rater", rater())
        .notNull("partner", partner())
        .when(rater() != null, v -> v.id("rater", rater()))
        .when(partner() != null, v -> v.id("partner", partner()))
        .require(inScale(reliability()), "reliability", () -> range(reliability()))
        .require(inScale(missionSupport()), "missionSupport", () -> range(missionSupport()))
        .require(inScale(openness()), "openness", () -> range(openness()))
        .require(inScale(powerInfluence()), "powerInfluence", () -> range(powerInfluence()))
        .require(inScale(involvement()), "involvement", () -> range(involvement()))
        .require(inScale(resourceContribution()), "resourceContribution", () -> range(resourceContribution()))
        .throwIfAny("PartnerAssessment");
  }

  private static boolean inScale(int value) {
    return value >= MIN && value <= MAX;
  }

  private static Message range(int value) {
    return Message.of("core.validation.between", MIN, MAX, value);
  }

  /** Returns {@code PartnerAssessment lincoln-hs of youth-works: trust 4.33, value 3.67}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "PartnerAssessment %s of %s: trust %.2f, value %.2f", rater(), partner(), trust(), value());
  }
}
