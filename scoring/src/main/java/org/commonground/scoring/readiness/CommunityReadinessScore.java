// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import java.util.Locale;
import org.commonground.core.validation.Message;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.readiness.ReadinessStage;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The result of a Community Readiness assessment: each dimension's score and stage, the overall
 * score (the mean of the dimension scores) and its stage, and the scorers' agreement before
 * consensus.
 *
 * <pre>{@code
 * CommunityReadinessScore result = StageScoring.score(assessment);
 * result.stage();                        // 4 preplanning
 * result.lowestFirst().head().dimension().name();  // where to work first
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommunityReadinessScore {

  CommunityReadinessScore() {}

  /**
   * The model edition the assessment used ("2006", "2014").
   *
   * @return the edition
   */
  public abstract String edition();

  /**
   * The issue assessed.
   *
   * @return the issue
   */
  public abstract String issue();

  /**
   * The dimensions' results, in the model's order.
   *
   * @return one result per dimension
   */
  public abstract List<DimensionStage> dimensions();

  /**
   * The overall score: the mean of the dimension scores.
   *
   * @return the score, from 1 to 9
   */
  public abstract double score();

  /**
   * The community's stage: the integer part of the overall score, computed exactly, never rounded
   * up.
   *
   * @return the stage
   */
  public abstract ReadinessStage stage();

  /**
   * The share of all interview ratings on which the scorers agreed before discussing.
   *
   * @return a share from 0 to 1
   */
  public abstract double exactAgreement();

  /**
   * The share of all interview ratings on which the scorers were at most one point apart.
   *
   * @return a share from 0 to 1
   */
  public abstract double agreementWithinOne();

  /**
   * The sentence as a message: its code and arguments, and its text in any language.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The result in a sentence, with the rule and the edition.
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

  /**
   * The result of a dimension.
   *
   * @param id a dimension id
   * @return its result, or none for an unknown dimension
   */
  public Option<DimensionStage> dimension(String id) {
    return dimensions().find(d -> d.dimension().id().equals(id));
  }

  /**
   * The dimensions from the lowest score up: the model's advice is to work on the lowest first.
   * Ties keep the model's order.
   *
   * @return the dimensions, lowest first
   */
  public List<DimensionStage> lowestFirst() {
    return dimensions().sortBy(DimensionStage::score);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("edition", edition())
        .notNull("issue", issue())
        .noNullElements("dimensions", dimensions())
        .notNull("stage", stage())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("CommunityReadinessScore");
  }

  /** Returns {@code CommunityReadinessScore youth substance use: 3.85, stage 3 vague awareness, 6 dimensions}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "CommunityReadinessScore %s: %.2f, stage %s, %d dimensions", issue(), score(), stage(), dimensions().size());
  }
}
