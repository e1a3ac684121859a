// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

/**
 * The reporting frequency and calendar of an indicator: how often partners report, and which year
 * the periods belong to. Observations and targets of an indicator use its period type only (seed
 * 000: each partner tracks progress the same way).
 */
public enum PeriodType {
  /** Calendar months, {@code 2024-03}. */
  MONTH(12),
  /** Calendar quarters, {@code 2024-Q1}. */
  QUARTER(4),
  /** School years, named by the calendar year they start in: {@code SY2024-25}. */
  SCHOOL_YEAR(1),
  /**
   * Fiscal years with a configurable first month, named by the calendar year they end in:
   * {@code FY2024-M10} is the US federal fiscal year 2024, 1 October 2023 to 30 September 2024.
   */
  FISCAL_YEAR(1),
  /** Calendar years, {@code 2024}. */
  CALENDAR_YEAR(1);

  private final int perYear;

  PeriodType(int perYear) {
    this.perYear = perYear;
  }

  /**
   * How many periods make a year.
   *
   * @return 12, 4 or 1
   */
  public int perYear() {
    return perYear;
  }

  /**
   * The PeriodType in words, for sentences, as a message: {@code core.measure.PeriodType.…}. Its {@link
   * #toString()} stays the constant's name, the code that documents and files use.
   *
   * @return the label
   */
  public org.commonground.core.validation.Message label() {
    return org.commonground.core.validation.Message.of("core.measure.PeriodType." + name());
  }
}
