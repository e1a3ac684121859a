// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import java.util.Locale;
import org.commonground.core.validation.Message;
import org.commonground.core.readiness.ReadinessDimension;
import org.commonground.core.readiness.ReadinessStage;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One dimension's result in a Community Readiness assessment: the mean of its consensus scores
 * over the interviews, the stage that mean reaches, and how often the two scorers agreed before
 * discussing.
 *
 * <pre>{@code
 * DimensionStage leadership = result.dimension("leadership").get();
 * leadership.score();  // 3.75
 * leadership.stage();  // 3 vague awareness (never rounded up)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DimensionStage {

  DimensionStage() {}

  /**
   * The dimension.
   *
   * @return the dimension
   */
  public abstract ReadinessDimension dimension();

  /**
   * The dimension score: the mean of the consensus scores over the interviews.
   *
   * @return the score, from 1 to 9
   */
  public abstract double score();

  /**
   * The stage the score reaches: its integer part, computed exactly.
   *
   * @return the stage
   */
  public abstract ReadinessStage stage();

  /**
   * The number of interviews scored.
   *
   * @return the number of interviews
   */
  public abstract int interviews();

  /**
   * The share of interviews on which the two scorers gave the same rating before discussing.
   *
   * @return a share from 0 to 1
   */
  public abstract double exactAgreement();

  /**
   * The share of interviews on which the two scorers' ratings were at most one point apart.
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
   * The result in a sentence.
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
        .notNull("dimension", dimension())
        .notNull("stage", stage())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("DimensionStage");
  }

  /** Returns {@code DimensionStage Community climate: 3.25, stage 3 vague awareness, 6 interviews}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "DimensionStage %s: %.2f, stage %s, %d interviews", dimension().name(), score(), stage(), interviews());
  }
}
