// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.readiness.Band;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The scores of every factor of a survey, in the instrument's order, with the instrument, edition
 * and rules they were computed with.
 *
 * <pre>{@code
 * SurveyScore score = SurveyScoring.withDefaults().score(survey);
 * score.inBand(Band.CONCERN).map(f -> f.factor().name());  // what to address first
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveyScore {

  SurveyScore() {}

  /**
   * The id of the instrument scored.
   *
   * @return the instrument id
   */
  public abstract String instrument();

  /**
   * The edition of the instrument scored.
   *
   * @return the edition
   */
  public abstract String edition();

  /**
   * The rules the scores were computed with.
   *
   * @return the rules
   */
  public abstract SurveyScoring rules();

  /**
   * The number of respondents in the survey.
   *
   * @return the number of respondents
   */
  public abstract long respondents();

  /**
   * The factor scores, in the instrument's order.
   *
   * @return one score per factor
   */
  public abstract List<FactorScore> factors();

  /**
   * The score of a factor.
   *
   * @param factorId a factor id
   * @return its score, or none for an unknown factor
   */
  public Option<FactorScore> factor(String factorId) {
    return factors().find(f -> f.factor().id().equals(factorId));
  }

  /**
   * The factors in a band, lowest score first.
   *
   * @param band the band
   * @return the factor scores in it
   */
  public List<FactorScore> inBand(Band band) {
    return factors().filter(f -> f.band().contains(band)).sortBy(f -> f.mean().get());
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("instrument", instrument())
        .notNull("edition", edition())
        .notNull("rules", rules())
        .noNullElements("factors", factors())
        .throwIfAny("SurveyScore");
  }

  /** Returns {@code SurveyScore Wilder Collaboration Factors Inventory 3rd ed.: 14 respondents, 20 factors (5 strengths, 3 concerns)}. */
  @Override
  public String toString() {
    return "SurveyScore " + instrument() + " " + edition() + ": " + respondents() + " respondents, " + factors().size() + " factors ("
        + inBand(org.commonground.core.readiness.Band.STRENGTH).size() + " strengths, "
        + inBand(org.commonground.core.readiness.Band.BORDERLINE).size() + " borderline, "
        + inBand(org.commonground.core.readiness.Band.CONCERN).size() + " concerns)";
  }
}
