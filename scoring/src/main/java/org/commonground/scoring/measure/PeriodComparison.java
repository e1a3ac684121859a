// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Locale;
import org.commonground.core.validation.Message;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.Period;
import org.commonground.scoring.uncertainty.ChangeTest;

/**
 * What every like-for-like comparison of two periods states: the periods, the {@link
 * ComparisonBasis} it was made on, whether it was made, the partners it rests on and who reported
 * in only one of the periods, the test of whether the change exceeds its uncertainty, and the
 * explanation. A scorecard's {@link Comparison} and a group's {@link GapChange} are the two kinds.
 *
 * <pre>{@code
 * PeriodComparison c = scorecard.row("counseling-visits").get().changes().last();
 * c.partners();           // List(county-health): reported in both 2022 and 2023
 * c.onlyInFrom();         // List(eastside-cc): left out of the matched comparison
 * c.reportersChanged();   // true
 * }</pre>
 */
public interface PeriodComparison {

  /**
   * The earlier period.
   *
   * @return the period compared from
   */
  Period fromPeriod();

  /**
   * The later period.
   *
   * @return the period compared to
   */
  Period toPeriod();

  /**
   * Which partners the comparison rests on.
   *
   * @return the basis
   */
  ComparisonBasis basis();

  /**
   * Whether a comparison was made; false when the basis refuses it (no partner reported in both
   * periods, or the reporters differ under {@link ComparisonBasis#SAME_PARTNERS_ONLY}).
   *
   * @return true if the values were compared
   */
  boolean comparable();

  /**
   * The partners whose data the compared values use, sorted.
   *
   * @return the partner ids; empty when the earlier value is a stated baseline of unknown partners
   */
  List<String> partners();

  /**
   * The partners that reported in the earlier period only, sorted.
   *
   * @return the partner ids: left out of a matched comparison, included in an all-reporters one
   */
  List<String> onlyInFrom();

  /**
   * The partners that reported in the later period only, sorted.
   *
   * @return the partner ids: left out of a matched comparison, included in an all-reporters one
   */
  List<String> onlyInTo();

  /**
   * The test of whether the change exceeds the uncertainty of the numbers compared.
   *
   * @return the test, or none where no sampling model applies (the explanation says why)
   */
  Option<ChangeTest> test();

  /**
   * The comparison in a sentence: the periods, the partners and who was left out, the values,
   * the test and the verdict.
   *
   * @return the explanation
   */
  Message explanationMessage();

  /**
   * The comparison in a sentence, in English.
   *
   * @return the explanation
   */
  default String explanation() {
    return explanationMessage().text();
  }

  /**
   * The comparison in a sentence, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  default String explanation(Locale locale) {
    return explanationMessage().text(locale);
  }

  /**
   * Whether the partners reporting differ between the two periods.
   *
   * @return true if someone reported in only one of them
   */
  default boolean reportersChanged() {
    return !onlyInFrom().isEmpty() || !onlyInTo().isEmpty();
  }
}
