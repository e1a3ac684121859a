// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import java.util.Locale;
import org.commonground.core.validation.Message;
import io.vavr.collection.List;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * Where a group of respondents stands on one ladder: each respondent's highest step, those who
 * checked steps out of order, and how many stand on each step.
 *
 * <pre>{@code
 * LadderProfile profile = LadderScoring.score(CommunityCollaborativeAssessment.ORGANIZATION, responses);
 * profile.distribution();  // List(0, 1, 3, 2, 1): none, A, B, C, D ... as counts
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LadderProfile {

  LadderProfile() {}

  /**
   * The ladder's id.
   *
   * @return the ladder id
   */
  public abstract String ladder();

  /**
   * Each respondent's position, in the order given.
   *
   * @return the positions
   */
  public abstract List<LadderPosition> positions();

  /**
   * How many respondents stand on each step: element 0 counts those who checked nothing, element
   * {@code s + 1} those whose highest step is the ladder's step {@code s}.
   *
   * @return steps + 1 counts
   */
  public abstract List<Integer> distribution();

  /**
   * The respondents who checked a step without the steps below it.
   *
   * @return their positions
   */
  public List<LadderPosition> outOfOrder() {
    return positions().filter(LadderPosition::outOfOrder);
  }

  /**
   * The sentence as a message: its code and arguments, and its text in any language.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The profile in a sentence.
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
        .notNull("ladder", ladder())
        .noNullElements("positions", positions())
        .noNullElements("distribution", distribution())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("LadderProfile");
  }

  /** Returns {@code LadderProfile readiness-to-share: 12 respondents, 1 out of order}. */
  @Override
  public String toString() {
    return "LadderProfile " + ladder() + ": " + positions().size() + " respondents, " + outOfOrder().size() + " out of order";
  }
}
