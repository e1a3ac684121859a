// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The members' ratings of their relationships with each other on one continuum, checked on
 * creation: the directed partner × partner matrix of the Levels of Collaboration Scale (Frey,
 * Lohmeier, Lee and Tollefson 2006), or of any continuum. A member may leave a partner unrated;
 * scoring ({@code org.commonground.scoring.relationship.PartnerRatingScoring}) reports it.
 *
 * <pre>{@code
 * PartnerRatings ratings = PartnerRatings.of(Continua.LEVELS_OF_COLLABORATION,
 *     List.of("lincoln-hs", "eastside-cc", "county-health"),
 *     List.of(PartnerRating.of("lincoln-hs", "eastside-cc", "coordination"),
 *             PartnerRating.of("eastside-cc", "lincoln-hs", "coalition")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartnerRatings {

  PartnerRatings() {}

  /**
   * The continuum rated on.
   *
   * @return the continuum
   */
  @Value.Parameter
  public abstract Continuum continuum();

  /**
   * The members, each of whom rates every other.
   *
   * @return the member ids, in order
   */
  @Value.Parameter
  public abstract List<String> members();

  /**
   * The ratings.
   *
   * @return the ratings, in the order given
   */
  @Value.Parameter
  public abstract List<PartnerRating> ratings();

  /**
   * Checks and collects ratings.
   *
   * @param continuum the continuum rated on
   * @param members the members, at least two, distinct
   * @param ratings the ratings, at most one per ordered pair of members
   * @return the checked ratings
   * @throws org.commonground.core.validation.ValidationException naming every problem with its
   *     path: too few or repeated members, a rater or partner who is not a member, a member rating
   *     itself, a level the continuum does not have, a pair rated twice
   */
  public static PartnerRatings of(Continuum continuum, Iterable<String> members, Iterable<? extends PartnerRating> ratings) {
    return ImmutablePartnerRatings.of(continuum, JavaInputs.list(members), JavaInputs.<PartnerRating>list(ratings));
  }

  /**
   * The level a member gives another.
   *
   * @param rater the member who rates
   * @param partner the member rated
   * @return the level, or none if the rater left the partner unrated
   */
  public Option<Level> level(String rater, String partner) {
    return byTie().get(Tuple.of(rater, partner));
  }

  /** The levels by (rater, partner), built once: scoring looks up every pair of members. */
  @Value.Lazy
  Map<Tuple2<String, String>, Level> byTie() {
    return HashMap.ofEntries(ratings().map(r -> Tuple.of(Tuple.of(r.rater(), r.partner()), continuum().level(r.level()).get())));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("continuum", continuum())
        .noNullElements("members", members())
        .noNullElements("ratings", ratings())
        .throwIfAny("PartnerRatings");
    Violations found = Membership.check(members(), "ratings", ratings(), PartnerRating::rater, PartnerRating::partner);
    String levels = continuum().levels().map(Level::id).mkString("(", ", ", ")");
    int i = 0;
    for (PartnerRating rating : ratings()) {
      String level = rating.level();
      if (continuum().level(level).isEmpty()) {
        found = found.add(Violation.of("ratings[" + i + "].level",
            Message.of("core.relationship.level.unknownListed", continuum(), levels, "\"" + level + "\"")));
      }
      i++;
    }
    found.throwIfAny("PartnerRatings");
  }

  /** Returns {@code PartnerRatings on Himmelman's continuum: 4 members, 10 ratings}. */
  @Override
  public String toString() {
    return "PartnerRatings on " + continuum() + ": " + members().size() + " members, " + ratings().size() + " ratings";
  }
}
