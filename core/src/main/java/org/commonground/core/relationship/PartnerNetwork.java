// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A partner network, one round of it: the members, their PARTNER assessments of the partners they
 * work with (trust and value), and optionally their ratings of each relationship on a continuum
 * (the directed partner × partner matrix of the Levels of Collaboration Scale), checked on
 * creation. Without ratings, an assessment is a tie; with ratings, a rating at a chosen level or
 * above is (see {@link TieRule}). Its measures — density, centralization, betweenness,
 * reciprocity, brokers, each member's trust, value, degree and closeness, and the change from one
 * round to the next — are computed by {@code org.commonground.scoring.relationship.NetworkScoring}.
 *
 * <pre>{@code
 * PartnerNetwork network = PartnerNetwork.of(
 *     List.of("lincoln-hs", "eastside-cc", "county-health"), assessments);
 * PartnerNetwork rated = PartnerNetwork.rated(Continua.LEVELS_OF_COLLABORATION,
 *     List.of("lincoln-hs", "eastside-cc", "county-health"), ratings, assessments);
 * rated.missingRatings();  // the ordered pairs nobody rated, as "rater → partner"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartnerNetwork {

  PartnerNetwork() {}

  /**
   * The members.
   *
   * @return the member ids, in order
   */
  @Value.Parameter
  public abstract List<String> members();

  /**
   * The assessments.
   *
   * @return the assessments, in the order given
   */
  @Value.Parameter
  public abstract List<PartnerAssessment> assessments();

  /**
   * The continuum the members rated their relationships on.
   *
   * @return the continuum, or none for a network of PARTNER assessments only
   */
  @Value.Default
  public Option<Continuum> continuum() {
    return Option.none();
  }

  /**
   * The members' ratings of their relationships on the continuum.
   *
   * @return the ratings, in the order given; empty without a continuum
   */
  @Value.Default
  public List<PartnerRating> ratings() {
    return List.empty();
  }

  /**
   * Checks and collects a network.
   *
   * @param members the members, at least two, distinct
   * @param assessments the assessments, at most one per ordered pair of members
   * @return the network
   * @throws org.commonground.core.validation.ValidationException naming every problem with its
   *     path: too few or repeated members, a rater or partner who is not a member, a member
   *     assessing itself, a pair assessed twice
   */
  public static PartnerNetwork of(List<String> members, List<PartnerAssessment> assessments) {
    return ImmutablePartnerNetwork.of(members, assessments);
  }

  /**
   * Checks and collects a network from any collections, such as {@code java.util.List}.
   *
   * @param members the members, at least two, distinct
   * @param assessments the assessments, at most one per ordered pair of members
   * @return the network
   * @throws org.commonground.core.validation.ValidationException naming every problem with its path
   */
  public static PartnerNetwork of(Iterable<String> members, Iterable<PartnerAssessment> assessments) {
    Violations.none().notNull("members", members).notNull("assessments", assessments).throwIfAny("PartnerNetwork");
    return of(List.ofAll(members), List.ofAll(assessments));
  }

  /**
   * Checks and collects a network whose members also rated each relationship on a continuum.
   *
   * @param continuum the continuum rated on
   * @param members the members, at least two, distinct
   * @param ratings the ratings, at most one per ordered pair of members, each a level of the
   *     continuum; a pair left unrated is a missing rating, not "no tie"
   * @param assessments the PARTNER assessments (trust and value), possibly none
   * @return the network
   * @throws org.commonground.core.validation.ValidationException naming every problem with its
   *     path: too few or repeated members, a rater or partner who is not a member, a member rating
   *     or assessing itself, a pair rated or assessed twice, a level the continuum does not have
   */
  public static PartnerNetwork rated(Continuum continuum, Iterable<String> members, Iterable<PartnerRating> ratings,
      Iterable<PartnerAssessment> assessments) {
    Violations.none()
        .notNull("continuum", continuum)
        .notNull("members", members)
        .notNull("ratings", ratings)
        .notNull("assessments", assessments)
        .throwIfAny("PartnerNetwork");
    return ImmutablePartnerNetwork.builder()
        .continuum(Option.of(continuum))
        .members(List.ofAll(members))
        .ratings(List.ofAll(ratings))
        .assessments(List.ofAll(assessments))
        .build();
  }

  /**
   * The level a member gives its relationship with another.
   *
   * @param rater the member who rates
   * @param partner the member rated
   * @return the level, or none if the rater left the partner unrated or the network has no continuum
   */
  public Option<Level> level(String rater, String partner) {
    return levels().get(Tuple.of(rater, partner));
  }

  /**
   * Whether a member assessed another.
   *
   * @param rater the member who assesses
   * @param partner the member assessed
   * @return true if there is an assessment of the partner by the rater
   */
  public boolean assessed(String rater, String partner) {
    return assessed().contains(Tuple.of(rater, partner));
  }

  /**
   * The members who answered: who gave at least one rating or assessment.
   *
   * @return the respondents, in the members' order
   */
  public List<String> respondents() {
    Set<String> answered = ratings().map(PartnerRating::rater).appendAll(assessments().map(PartnerAssessment::rater)).toSet();
    return members().filter(answered::contains);
  }

  /**
   * The members who did not answer: who gave no rating and no assessment. Their ties are
   * unknown, not absent.
   *
   * @return the non-respondents, in the members' order
   */
  public List<String> nonRespondents() {
    List<String> answered = respondents();
    return members().filter(m -> !answered.contains(m));
  }

  /**
   * The ordered pairs with no answer, as {@code rater → partner}: on a rated network, every pair
   * left unrated; on a network of assessments only, every pair from a member who did not answer
   * (a member who answered and did not assess a partner says it does not work with it).
   *
   * @return the missing ratings, in the members' order
   */
  public List<String> missingRatings() {
    List<String> silent = nonRespondents();
    return members().flatMap(a -> members().filter(b -> !a.equals(b) && isMissing(a, b, silent)).map(b -> a + " → " + b));
  }

  private boolean isMissing(String rater, String partner, List<String> silent) {
    return continuum().isDefined() ? level(rater, partner).isEmpty() : silent.contains(rater);
  }

  /** The levels by (rater, partner), built once: scoring looks up every pair of members. */
  @Value.Lazy
  Map<Tuple2<String, String>, Level> levels() {
    return continuum().isEmpty() ? HashMap.empty()
        : HashMap.ofEntries(ratings().map(r -> Tuple.of(Tuple.of(r.rater(), r.partner()), continuum().get().level(r.level()).get())));
  }

  /** The assessed pairs, built once. */
  @Value.Lazy
  Set<Tuple2<String, String>> assessed() {
    return assessments().map(a -> Tuple.of(a.rater(), a.partner())).toSet();
  }

  @Value.Check
  void check() {
    Violations.none()
        .noNullElements("members", members())
        .noNullElements("assessments", assessments())
        .noNullElements("continuum", continuum())
        .noNullElements("ratings", ratings())
        .throwIfAny("PartnerNetwork");
    Violations found =
        Membership.check(members(), "assessments", assessments(), PartnerAssessment::rater, PartnerAssessment::partner);
    if (continuum().isEmpty()) {
      found = found.require(ratings().isEmpty(), "ratings", () -> Message.of("core.network.ratingsWithoutContinuum", ratings().size()));
    } else {
      Continuum on = continuum().get();
      found = found.addAll("", Membership.check(members(), "ratings", ratings(), PartnerRating::rater, PartnerRating::partner)
          .toList().filter(v -> !v.path().startsWith("members")));
      String levels = on.levels().map(Level::id).mkString("(", ", ", ")");
      int i = 0;
      for (PartnerRating rating : ratings()) {
        if (on.level(rating.level()).isEmpty()) {
          found = found.add(Violation.of("ratings[" + i + "].level",
              Message.of("core.network.level", on.name(), levels, rating.level())));
        }
        i++;
      }
    }
    found.throwIfAny("PartnerNetwork");
  }

  /** Returns {@code PartnerNetwork: 5 members, 12 assessments}. */
  @Override
  public String toString() {
    return "PartnerNetwork: " + members().size() + " members, " + assessments().size() + " assessments"
        + continuum().map(c -> ", " + ratings().size() + " ratings on " + c).getOrElse("");
  }
}
