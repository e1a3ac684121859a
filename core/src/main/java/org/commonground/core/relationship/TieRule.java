// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.control.Option;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * Which rating counts as a tie in a partner network, and what a missing rating means. On a
 * network rated on a continuum, a rating at the threshold level or above is a tie; without a
 * threshold, the lowest level above the continuum's first (on the Levels of Collaboration Scale,
 * networking: rank 0 is "no interaction"). On a network of PARTNER assessments only, an
 * assessment is a tie and no threshold applies.
 *
 * <pre>{@code
 * Level cooperation = Continua.LEVELS_OF_COLLABORATION.level("cooperation").get();
 * TieRule rule = TieRule.atLeast(cooperation);                      // missing ratings reported
 * TieRule strict = rule.withMissing(MissingRatings.NO_TIE);        // missing means no tie
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Whether the threshold is a level of the network's
 * continuum is checked where the rule meets a network ({@code NetworkScoring}).
 */
@Value.Immutable
public abstract class TieRule {

  TieRule() {}

  /**
   * The least level that counts as a tie.
   *
   * @return the level, or none for the default: the lowest level above the first, or any
   *     assessment on a network without a continuum
   */
  @Value.Default
  public Option<Level> threshold() {
    return Option.none();
  }

  /**
   * What a missing rating means.
   *
   * @return the policy; {@link MissingRatings#REPORT} unless the caller chooses
   */
  @Value.Default
  public MissingRatings missing() {
    return MissingRatings.REPORT;
  }

  /**
   * The default rule: the lowest level above the continuum's first counts as a tie (any
   * assessment, without a continuum), missing ratings reported.
   *
   * @return the rule
   */
  public static TieRule standard() {
    return ImmutableTieRule.builder().build();
  }

  /**
   * Ratings at a level or above count as ties; missing ratings are reported.
   *
   * @param threshold the least level that counts as a tie
   * @return the rule
   * @throws org.commonground.core.validation.ValidationException if the level is null
   */
  public static TieRule atLeast(Level threshold) {
    Violations.none().notNull("threshold", threshold).throwIfAny("TieRule");
    return ImmutableTieRule.builder().threshold(Option.of(threshold)).build();
  }

  /**
   * This rule with another treatment of missing ratings.
   *
   * @param missing the policy
   * @return the rule
   * @throws org.commonground.core.validation.ValidationException if the policy is null
   */
  public TieRule withMissing(MissingRatings missing) {
    Violations.none().notNull("missing", missing).throwIfAny("TieRule");
    return ImmutableTieRule.builder().from(this).missing(missing).build();
  }

  /**
   * The rule in words: which rating counts as a tie, and what a missing rating means.
   *
   * @return the description, a message in any language
   */
  public Message description() {
    return Message.of("core.network.rule",
        threshold().map(l -> Message.of("core.network.rule.atLeast", l.name()))
            .getOrElse(() -> Message.of("core.network.rule.default")),
        missing().label());
  }

  @Value.Check
  void check() {
    Violations.none()
        .noNullElements("threshold", threshold())
        .notNull("missing", missing())
        .throwIfAny("TieRule");
  }

  /** Returns {@code TieRule: Cooperation or above; missing ratings reported, not counted as no tie}. */
  @Override
  public String toString() {
    return "TieRule: " + description().text();
  }
}
