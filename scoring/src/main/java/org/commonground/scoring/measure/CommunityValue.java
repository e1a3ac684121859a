package org.commonground.scoring.measure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.AggregationType;
import org.commonground.core.measure.Period;
import org.immutables.value.Value;

/**
 * The community's value of an indicator for a period, rolled up from the partners' observations,
 * with the partners it includes and those expected that did not report.
 *
 * <pre>{@code
 * CommunityValue v = RollUp.communityValue(data, "grad-rate", Period.schoolYear(2023), partners).get();
 * v.value();            // 82.3: pooled, Σ numerators / Σ denominators × 100
 * v.missingPartners();  // List(eastside-hs): expected, did not report
 * v.explanation();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommunityValue.class)
@JsonDeserialize(as = ImmutableCommunityValue.class)
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
  public abstract String explanation();

  /**
   * Whether every expected partner reported.
   *
   * @return true if no expected partner is missing
   */
  public boolean complete() {
    return missingPartners().isEmpty();
  }
}
