// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Locale;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A shared measure set's scorecard: one {@link ScorecardRow} per indicator, and the share of
 * indicators improving since their baseline — StriveTogether's proof point is 60 % of a
 * partnership's indicators improving.
 *
 * <pre>{@code
 * Scorecard scorecard = Scorecards.of(data, partners);
 * scorecard.shareImproving();        // Some(0.67)
 * scorecard.meetsProofPoint();       // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scorecard {

  /** StriveTogether's proof point: 60 % of indicators improving. */
  public static final double PROOF_POINT = 0.60;

  Scorecard() {}

  /**
   * The name of the shared measure set.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * One row per indicator, in the set's order.
   *
   * @return the rows
   */
  public abstract List<ScorecardRow> rows();

  /**
   * The number of indicators with at least two values, whose improvement can be judged.
   *
   * @return the count
   */
  public abstract int assessable();

  /**
   * The number of those improved since their baseline.
   *
   * @return the count
   */
  public abstract int improving();

  /**
   * The share of assessable indicators improving.
   *
   * @return the share, or none when no indicator is assessable
   */
  public abstract Option<Double> shareImproving();

  /**
   * The summary in a sentence.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The summary in a sentence.
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
   * The row of an indicator.
   *
   * @param indicatorId an indicator id
   * @return its row, or none
   */
  public Option<ScorecardRow> row(String indicatorId) {
    return rows().find(r -> r.indicator().id().equals(indicatorId));
  }

  /**
   * Whether at least 60 % of assessable indicators are improving.
   *
   * @return true if the proof point is met
   */
  public boolean meetsProofPoint() {
    return shareImproving().exists(s -> s >= PROOF_POINT);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("name", name())
        .noNullElements("rows", rows())
        .noNullElements("shareImproving", shareImproving())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("Scorecard");
  }

  /** Returns {@code Scorecard "Eastside shared measures": 4 indicators, 4 of 4 comparable improving (100 %), proof point met}. */
  @Override
  public String toString() {
    return "Scorecard \"" + name() + "\": " + rows().size() + (rows().size() == 1 ? " indicator, " : " indicators, ")
        + improving() + " of " + assessable() + " comparable improving"
        + shareImproving().map(s -> " (" + Math.round(s * 100) + " %)").getOrElse("")
        + (meetsProofPoint() ? ", proof point met" : ", proof point not met");
  }
}
