// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One partner's part of a community value: its numerator, denominator and records, from which a
 * value on any subset of partners is recomputed for a like-for-like comparison.
 *
 * <pre>{@code
 * CommunityValue v = RollUp.communityValue(data, "grad-rate", Period.schoolYear(2023), partners).get();
 * v.contributions().head();   // Contribution{partner=eastside-hs, numerator=183.0, denominator=Some(220.0), …}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contribution {

  Contribution() {}

  /**
   * The partner.
   *
   * @return the partner id
   */
  public abstract String partner();

  /**
   * The partner's numerator (its count, numerator or sum), summed over its observations.
   *
   * @return the numerator
   */
  public abstract double numerator();

  /**
   * The partner's denominator.
   *
   * @return the denominator; none for counts
   */
  public abstract Option<Double> denominator();

  /**
   * The records behind the partner's observations, when it reports them.
   *
   * @return the record count, or none
   */
  public abstract Option<Long> records();

  @Value.Check
  void check() {
    Violations.none()
        .notNull("partner", partner())
        .noNullElements("denominator", denominator())
        .noNullElements("records", records())
        .throwIfAny("Contribution");
  }

  /** Returns {@code Contribution lincoln-hs: 212 of 250 (250 records)}. */
  @Override
  public String toString() {
    java.util.function.DoubleFunction<String> n = v -> v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    return "Contribution " + partner() + ": " + n.apply(numerator()) + denominator().map(d -> " of " + n.apply(d)).getOrElse("")
        + records().map(r -> " (" + r + " records)").getOrElse("");
  }
}
