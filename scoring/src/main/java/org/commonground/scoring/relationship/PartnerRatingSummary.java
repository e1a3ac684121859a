// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import java.util.Locale;
import org.commonground.core.validation.Message;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The partner × partner ratings of a continuum, summarized as the Levels of Collaboration Scale
 * reports them (Frey, Lohmeier, Lee and Tollefson 2006): the mean level of the rated ties, the
 * share of ties at each level, and the asymmetric pairs; plus the ties left unrated.
 *
 * <pre>{@code
 * PartnerRatingSummary s = PartnerRatingScoring.score(ratings);
 * s.meanLevel();        // Some(2.6)
 * s.levelShares();      // one per level, lowest first
 * s.asymmetricPairs();  // the widest disagreements first
 * s.explanation();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartnerRatingSummary {

  PartnerRatingSummary() {}

  /**
   * The continuum rated on.
   *
   * @return the continuum's id
   */
  public abstract String continuum();

  /**
   * The ties that could be rated: every member rates every other, n × (n − 1).
   *
   * @return the number of directed ties
   */
  public abstract int possibleTies();

  /**
   * The ties rated.
   *
   * @return the number of ratings
   */
  public abstract int ratedTies();

  /**
   * The mean level of the rated ties, each level counted by its rank (0 to 5 on the Levels of
   * Collaboration Scale, as published).
   *
   * @return the mean, or none when no tie is rated
   */
  public abstract Option<Double> meanLevel();

  /**
   * How many rated ties are at each level of the continuum, and their share.
   *
   * @return one share per level, lowest level first
   */
  public abstract List<LevelShare> levelShares();

  /**
   * The pairs whose two members rate their relationship at different levels.
   *
   * @return the pairs, the widest difference first, then in the members' order
   */
  public abstract List<AsymmetricPair> asymmetricPairs();

  /**
   * The ties nobody rated, as {@code rater → partner}.
   *
   * @return the unrated ties, in the members' order
   */
  public abstract List<String> unratedTies();

  /**
   * The sentence as a message: its code and arguments, and its text in any language.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The summary in sentences: the figures, the rule and the source.
   *
   * <p>In English; see {@link #explanation(Locale)} for another language.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The same, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(Locale locale) {
    return explanationMessage().text(locale);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("continuum", continuum())
        .noNullElements("meanLevel", meanLevel())
        .noNullElements("levelShares", levelShares())
        .noNullElements("asymmetricPairs", asymmetricPairs())
        .noNullElements("unratedTies", unratedTies())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("PartnerRatingSummary");
  }

  /** Returns {@code PartnerRatingSummary Himmelman: 10 of 12 ties rated, mean level 2.40, 2 asymmetric pairs}. */
  @Override
  public String toString() {
    return "PartnerRatingSummary " + continuum() + ": " + ratedTies() + " of " + possibleTies() + " ties rated"
        + meanLevel().map(m -> String.format(java.util.Locale.ROOT, ", mean level %.2f", m)).getOrElse("")
        + ", " + asymmetricPairs().size() + (asymmetricPairs().size() == 1 ? " asymmetric pair" : " asymmetric pairs");
  }
}
