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
 * The measures of a partner network, as the PARTNER Tool reports them (Varda; health coalitions'
 * common practice): density, degree centralization (Freeman 1979), and each member's trust, value,
 * degree and closeness; and what the Levels of Collaboration Scale adds (Frey et al. 2006): the
 * share of ties at each level, density, components, brokers and isolates at each level threshold,
 * reciprocity and the asymmetric pairs; with betweenness and its centralization. Every measure
 * says whether it treats ties as directed ({@link NetworkMeasure}); the {@link #tieRule()} says
 * which rating counts as a tie and how missing ratings are handled, and the missing ratings are
 * listed.
 *
 * <pre>{@code
 * NetworkMeasures m = NetworkScoring.score(network);
 * m.density();                // 0.6: 6 of the 10 possible ties
 * m.degreeCentralization();   // Some(0.33)
 * m.member("lincoln-hs").get().trust();
 * m.reciprocity();            // Some(0.67): two of three ties returned
 * m.brokers();                // List(county-health)
 * m.explanation();
 * m.notes();                  // each measure in a sentence: directed or not, its rule
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NetworkMeasures {

  NetworkMeasures() {}

  /**
   * The ties: pairs of members of whom at least one assessed the other.
   *
   * @return the number of ties
   */
  public abstract int ties();

  /**
   * The ties possible between n members: n × (n − 1) / 2.
   *
   * @return the number of possible ties
   */
  public abstract int possibleTies();

  /**
   * The density: ties divided by possible ties.
   *
   * @return 0 to 1
   */
  public abstract double density();

  /**
   * Freeman's degree centralization: the sum over members of the largest degree minus theirs,
   * divided by its largest possible value, (n − 1)(n − 2); 1 for a star, 0 when every member has
   * the same degree.
   *
   * @return 0 to 1, or none for a network of two members, where it is undefined
   */
  public abstract Option<Double> degreeCentralization();

  /**
   * The connected components: groups of members linked by ties.
   *
   * @return the number of components, 1 when the network is connected
   */
  public abstract int components();

  /**
   * Every member's measures.
   *
   * @return the measures, in the members' order
   */
  public abstract List<MemberMeasures> members();

  /**
   * The rule the measures were taken with, its threshold resolved: which rating counts as a tie,
   * and what a missing rating means.
   *
   * @return the rule; its threshold is none only for a network without a continuum
   */
  public abstract TieRule tieRule();

  /**
   * Freeman's centralization of betweenness: the sum over members of the largest normalized
   * betweenness minus theirs, divided by its largest possible value, n − 1; 1 for a star, 0 when
   * every member has the same betweenness. Undirected.
   *
   * @return 0 to 1, or none for a network of two members
   */
  public abstract Option<Double> betweennessCentralization();

  /**
   * The brokers: members whose removal disconnects others (articulation points of the undirected
   * ties, found by JGraphT's biconnectivity inspector).
   *
   * @return the brokers, in the members' order
   */
  public abstract List<String> brokers();

  /**
   * The isolates: members tied to nobody.
   *
   * @return the isolates, in the members' order
   */
  public abstract List<String> isolates();

  /**
   * The directed ties: ordered pairs (A, B) where A's rating of B makes a tie.
   *
   * @return the number of directed ties
   */
  public abstract int directedTies();

  /**
   * The ordered pairs with an answer: every n(n − 1) pair, less the missing ratings unless they
   * count as no tie.
   *
   * @return the number of ordered pairs judged
   */
  public abstract int answeredPairs();

  /**
   * The directed density: directed ties divided by the ordered pairs with an answer.
   *
   * @return 0 to 1, or none when no pair has an answer
   */
  public abstract Option<Double> directedDensity();

  /**
   * Reciprocity: of the directed ties whose reverse has an answer, the share that are returned
   * (the reverse is a tie too); {a → b, b → a, a → c} with c's rating of a below the threshold
   * gives 2/3. Directed.
   *
   * @return 0 to 1, or none when no tie can be judged
   */
  public abstract Option<Double> reciprocity();

  /**
   * The pairs whose members rate each other at different levels, by how much they differ.
   *
   * @return the pairs, the widest difference first, then in the members' order; empty without a
   *     continuum
   */
  public abstract List<AsymmetricPair> asymmetricPairs();

  /**
   * How many ratings are at each level of the continuum, and their share of the ratings given.
   *
   * @return one share per level, lowest first; empty without a continuum
   */
  public abstract List<LevelShare> levelShares();

  /**
   * Density, components, brokers and isolates with each level of the continuum as the threshold.
   *
   * @return one entry per level, lowest first; empty without a continuum
   */
  public abstract List<LevelMeasures> levels();

  /**
   * The ordered pairs with no answer, as {@code rater → partner}: reported whatever the rule.
   *
   * @return the missing ratings, in the members' order
   */
  public abstract List<String> missingRatings();

  /**
   * The members who gave no rating and no assessment.
   *
   * @return the non-respondents, in the members' order
   */
  public abstract List<String> nonRespondents();

  /**
   * Every measure in a sentence: its figure, whether it treats ties as directed, what it is, and
   * which rating counts as a tie and how missing ratings are handled.
   *
   * @return one note per measure, in the order of {@link NetworkMeasure}
   */
  public abstract List<Message> notes();

  /**
   * The density, degree centralization and connectedness in sentences, as a message: the figures,
   * the rules and the source.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The density, degree centralization and connectedness in sentences, in English: the figures,
   * the rules and the source.
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
   * One member's measures.
   *
   * @param member the member id
   * @return the measures, or none if the id is not a member
   */
  public Option<MemberMeasures> member(String member) {
    return members().find(m -> m.member().equals(member));
  }

  @Value.Check
  void check() {
    Violations.none()
        .noNullElements("degreeCentralization", degreeCentralization())
        .noNullElements("members", members())
        .notNull("tieRule", tieRule())
        .noNullElements("betweennessCentralization", betweennessCentralization())
        .noNullElements("brokers", brokers())
        .noNullElements("isolates", isolates())
        .noNullElements("directedDensity", directedDensity())
        .noNullElements("reciprocity", reciprocity())
        .noNullElements("asymmetricPairs", asymmetricPairs())
        .noNullElements("levelShares", levelShares())
        .noNullElements("levels", levels())
        .noNullElements("missingRatings", missingRatings())
        .noNullElements("nonRespondents", nonRespondents())
        .noNullElements("notes", notes())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("NetworkMeasures");
  }

  /** Returns {@code NetworkMeasures: 5 members, 7 of 10 ties (density 0.70), 1 component}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "NetworkMeasures: %d members, %d of %d ties (density %.2f), %d %s",
        members().size(), ties(), possibleTies(), density(), components(), components() == 1 ? "component" : "components");
  }
}
