// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

/**
 * How partners' values combine into the community's, from the industry's list (DHIS2 aggregation
 * types). Only some fit each {@link UnitKind}: see {@link Unit#allows(AggregationType)}.
 */
public enum AggregationType {
  /** The sum over partners (counts). */
  SUM,
  /**
   * The pooled average: Σ numerators / Σ denominators for proportions and rates, Σ sums / Σ counts
   * for means — never the mean of partners' ratios.
   */
  AVERAGE,
  /**
   * The last value in time, summed over partners (DHIS2 "last value"): for stocks such as
   * enrollment on a count date. Across partners it behaves as {@link #SUM}.
   */
  LAST,
  /** The first value in time, summed over partners (DHIS2 "first value"). */
  FIRST,
  /** The lowest partner value (counts). */
  MIN,
  /** The highest partner value (counts). */
  MAX;

  /**
   * The AggregationType in words, for sentences, as a message: {@code core.measure.AggregationType.…}. Its {@link
   * #toString()} stays the constant's name, the code that documents and files use.
   *
   * @return the label
   */
  public org.commonground.core.validation.Message label() {
    return org.commonground.core.validation.Message.of("core.measure.AggregationType." + name());
  }
}
