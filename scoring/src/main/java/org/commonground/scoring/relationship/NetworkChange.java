// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.relationship.TieRule;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The change between two rounds of a partner network — the before-and-after that evaluations
 * report: ties gained, lost and rated at another level, members who joined or left, and every
 * network and member measure side by side with its difference. Both rounds are measured with the
 * same {@link #tieRule()}.
 *
 * <pre>{@code
 * NetworkChange c = NetworkScoring.compare(firstYear, secondYear);
 * c.tiesGained();                                     // List(a → c: — → Cooperation, …)
 * c.joined();                                         // List(youth-works)
 * c.measure(NetworkMeasure.DENSITY).get().difference();  // Some(0.2)
 * c.explanation();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NetworkChange {

  NetworkChange() {}

  /**
   * The rule both rounds were measured with, its threshold resolved.
   *
   * @return the rule
   */
  public abstract TieRule tieRule();

  /**
   * The directed ties in the second round that were not ties in the first: rated below the
   * threshold then, or between members of whom one had not yet joined (or, when missing ratings
   * count as no tie, unrated).
   *
   * @return the ties, in the members' order
   */
  public abstract List<TieChange> tiesGained();

  /**
   * The directed ties of the first round that are no longer ties in the second.
   *
   * @return the ties, in the members' order
   */
  public abstract List<TieChange> tiesLost();

  /**
   * The directed ties in both rounds whose level changed.
   *
   * @return the ties, in the members' order
   */
  public abstract List<TieChange> tiesChangedLevel();

  /**
   * The ordered pairs of members of both rounds that cannot be compared because a rating is missing
   * in one round (when missing ratings are reported, not counted as no tie).
   *
   * @return the pairs, as {@code rater → partner}, in the members' order
   */
  public abstract List<String> notCompared();

  /**
   * The members of the second round who were not in the first.
   *
   * @return the member ids, in the second round's order
   */
  public abstract List<String> joined();

  /**
   * The members of the first round who are not in the second.
   *
   * @return the member ids, in the first round's order
   */
  public abstract List<String> left();

  /**
   * Every network measure in both rounds, side by side.
   *
   * @return one change per network measure, in the order of {@link NetworkMeasure}
   */
  public abstract List<MeasureChange> network();

  /**
   * Every member's measures in both rounds, side by side.
   *
   * @return one entry per member of either round: the first round's members in order, then those
   *     who joined
   */
  public abstract List<MemberChange> members();

  /**
   * The change in sentences, as a message.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The change in sentences, in English: the ties and members that changed, the main measures
   * before and after, and the rule.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The explanation in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(Locale locale) {
    return explanationMessage().text(locale);
  }

  /**
   * One network measure, side by side.
   *
   * @param measure the measure
   * @return the change, or none if it is a member measure
   */
  public Option<MeasureChange> measure(NetworkMeasure measure) {
    return network().find(c -> c.measure() == measure);
  }

  /**
   * One member's measures, side by side.
   *
   * @param member the member id
   * @return the change, or none if the id was a member of neither round
   */
  public Option<MemberChange> member(String member) {
    return members().find(m -> m.member().equals(member));
  }

  /**
   * Whether nothing changed: no tie gained, lost or rated otherwise, nobody joined or left, and
   * every measure the same.
   *
   * @return true if the two rounds measure the same
   */
  public boolean unchanged() {
    return tiesGained().isEmpty() && tiesLost().isEmpty() && tiesChangedLevel().isEmpty() && joined().isEmpty()
        && left().isEmpty() && network().forAll(MeasureChange::unchanged)
        && members().forAll(m -> m.measures().forAll(MeasureChange::unchanged));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("tieRule", tieRule())
        .noNullElements("tiesGained", tiesGained())
        .noNullElements("tiesLost", tiesLost())
        .noNullElements("tiesChangedLevel", tiesChangedLevel())
        .noNullElements("notCompared", notCompared())
        .noNullElements("joined", joined())
        .noNullElements("left", left())
        .noNullElements("network", network())
        .noNullElements("members", members())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("NetworkChange");
  }

  /** Returns {@code NetworkChange: 3 ties gained, 1 lost, 2 changed level; 1 joined, 0 left}. */
  @Override
  public String toString() {
    return "NetworkChange: " + tiesGained().size() + " ties gained, " + tiesLost().size() + " lost, "
        + tiesChangedLevel().size() + " changed level; " + joined().size() + " joined, " + left().size() + " left";
  }
}
