// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Locale;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.AggregationType;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The community's value of an indicator for a period, rolled up from the partners' observations,
 * with the partners it includes and those expected that did not report.
 *
 * <pre>{@code
 * CommunityValue v = RollUp.communityValue(data, "grad-rate", Period.schoolYear(2023), partners).get();
 * v.value();            // 82.3: pooled, Σ numerators / Σ denominators × 100
 * v.missingPartners();  // List(eastside-hs): expected, did not report
 * v.coverage();         // "1 of 2 expected partners reported (missing eastside-hs)"
 * v.uncertainty();      // 95 % Wilson score interval, and the NCHS reliability verdict
 * v.explanation();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommunityValue {

  CommunityValue() {}

  /**
   * The indicator's id.
   *
   * @return the indicator id
   */
  public abstract String indicator();

  /**
   * The period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The community value, in the indicator's displayed unit.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * The indicator's unit, which decides the value's sampling model.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * How the partners' values were combined.
   *
   * @return the aggregation type
   */
  public abstract AggregationType aggregation();

  /**
   * The exact sum of the partners' numerators (counts, numerators, sums).
   *
   * @return the sum
   */
  public abstract double numerator();

  /**
   * The exact sum of the partners' denominators.
   *
   * @return the sum; none for counts
   */
  public abstract Option<Double> denominator();

  /**
   * The partners whose observations are included, sorted.
   *
   * @return the partner ids
   */
  public abstract List<String> partners();

  /**
   * The expected partners that did not report (Clear Impact's missing-input flag), sorted.
   *
   * @return the missing partner ids; empty when coverage is complete
   */
  public abstract List<String> missingPartners();

  /**
   * Each included partner's part of the value, sorted by partner: what a like-for-like comparison
   * recomputes the value from on the partners present in both periods.
   *
   * @return the contributions; empty when the value was built without them, and then it cannot be
   *     matched
   */
  public abstract List<Contribution> contributions();

  /**
   * The records behind the value, when every included observation reports its records.
   *
   * @return the record count, or none
   */
  public abstract Option<Long> records();

  /**
   * The value in a sentence: the formula, its inputs and the partners.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The value in a sentence: the formula, its inputs and the partners.
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
   * The value's confidence interval and reliability by the default options: 95 %, Wilson score for
   * a proportion, exact Poisson for a count or rate, NCHS reliability.
   *
   * @return the uncertainty
   */
  @Value.Lazy
  public Uncertainty uncertainty() {
    return uncertainty(ComparisonOptions.defaults());
  }

  /**
   * The value's confidence interval and reliability by the chosen options.
   *
   * @param options the confidence level, interval method and reliability rule
   * @return the uncertainty
   */
  public Uncertainty uncertainty(ComparisonOptions options) {
    return Estimates.uncertainty(unit(), aggregation(), numerator(), denominator(), options);
  }

  /**
   * Who reported, in words: {@code "all 2 expected partners reported"} or {@code "1 of 2 expected
   * partners reported (missing eastside-cc)"}; partners that reported without being expected
   * count among those reporting.
   *
   * @return the coverage
   */
  public String coverage() {
    return coverageMessage().text();
  }

  /**
   * Who reported, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the coverage in that language
   */
  public String coverage(Locale locale) {
    return coverageMessage().text(locale);
  }

  /**
   * Who reported, as a message (see {@link #coverage()}).
   *
   * @return the coverage
   */
  public Message coverageMessage() {
    int reported = partners().size();
    int expected = reported + missingPartners().size();
    return missingPartners().isEmpty()
        ? (reported == 1 ? Message.of("scoring.measure.coverage.one") : Message.of("scoring.measure.coverage.all", reported))
        : Message.of("scoring.measure.coverage.some", reported, expected, missingPartners().mkString(", "));
  }

  /**
   * Whether every expected partner reported.
   *
   * @return true if no expected partner is missing
   */
  public boolean complete() {
    return missingPartners().isEmpty();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("indicator", indicator())
        .notNull("period", period())
        .notNull("unit", unit())
        .notNull("aggregation", aggregation())
        .noNullElements("denominator", denominator())
        .noNullElements("partners", partners())
        .noNullElements("missingPartners", missingPartners())
        .noNullElements("contributions", contributions())
        .noNullElements("records", records())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("CommunityValue");
  }

  /** Returns {@code CommunityValue grad-rate 2023: 85.2; all 3 expected partners reported}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "CommunityValue %s %s: %.4g; %s", indicator(), period(), value(), coverage());
  }
}
