// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;

/**
 * A reporting period of a {@link PeriodType}: a month, a quarter, a school year, a fiscal year or
 * a calendar year. Its text form is the one {@link #parse} reads: {@code 2024-03}, {@code 2024-Q1},
 * {@code SY2024-25}, {@code FY2024-M10}, {@code 2024}. A fiscal year starts in a configurable first
 * month and is named by the calendar year it ends in; its text form carries that first month
 * ({@code M10}, October), so {@code FY2024-M10} is 1 October 2023 to 30 September 2024.
 *
 * <p>Every period covers the days from its {@link #start} to its {@link #end}; a school year runs
 * from 1 July to 30 June, the common US education and state fiscal calendar. Periods have a total
 * order, consistent with {@link #equals}: by first day, then by last day (the shorter first), then
 * by type in {@link PeriodType} order. So a mixed list sorts: {@code 2024-01}, {@code 2024-Q1},
 * {@code 2024}, {@code 2024-07}, {@code SY2024-25}. Periods can be counted between only within one
 * type (an {@link IllegalArgumentException} otherwise, not a silent conversion). For growth rates a
 * period is placed on a time line in years: a school year at the year it starts (as the Statistics
 * Canada progress method takes the first year of a multi-year reference period), a month or
 * quarter at its start.
 *
 * <pre>{@code
 * Period.parse("SY2024-25").equals(Period.schoolYear(2024));  // true
 * Period.fiscalYear(2024, 10).start();                      // 2023-10-01
 * Period.month(2024, 11).plus(3);                           // 2025-02
 * Period.year(2020).yearsUntil(Period.year(2024));          // 4.0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Period implements Comparable<Period> {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern SCHOOL_YEAR = Pattern.compile("SY(\\d{4})-(\\d{2})");
  private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})-M(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final int SCHOOL_YEAR_FIRST_MONTH = 7;

  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::start)
          .thenComparing(Period::end)
          .thenComparing(Period::type)
          .thenComparingInt(Period::year)
          .thenComparingInt(Period::index)
          .thenComparingInt(Period::firstMonth);

  private final PeriodType type;
  private final int year;
  private final int index;
  private final int firstMonth;

  private Period(PeriodType type, int year, int index, int firstMonth) {
    this.type = type;
    this.year = year;
    this.index = index;
    this.firstMonth = firstMonth;
  }

  /**
   * A calendar month.
   *
   * @param year the year, 1000 to 9999
   * @param month the month, 1 to 12
   * @return the period
   * @throws ValidationException naming the year or the month, with its range, if out of range
   */
  public static Period month(int year, int month) {
    return of(PeriodType.MONTH, year, month);
  }

  /**
   * A calendar quarter.
   *
   * @param year the year, 1000 to 9999
   * @param quarter the quarter, 1 to 4
   * @return the period
   * @throws ValidationException naming the year or the quarter, with its range, if out of range
   */
  public static Period quarter(int year, int quarter) {
    return of(PeriodType.QUARTER, year, quarter);
  }

  /**
   * A school year, named by the calendar year it starts in: {@code schoolYear(2024)} is
   * {@code SY2024-25}.
   *
   * @param startYear the calendar year the school year starts in, 1000 to 9998
   * @return the period
   * @throws ValidationException naming the year, with its range, if out of range
   */
  public static Period schoolYear(int startYear) {
    return of(PeriodType.SCHOOL_YEAR, startYear, 1);
  }

  /**
   * A fiscal year starting in the given month, named by the calendar year it ends in:
   * {@code fiscalYear(2024, 10)} is the US federal fiscal year 2024, 1 October 2023 to 30 September
   * 2024, written {@code FY2024-M10}. With first month 1 it is the calendar year's days.
   *
   * @param year the calendar year the fiscal year ends in, 1001 to 9999 (1000 to 9999 when it
   *     starts in January)
   * @param firstMonth the month it starts in, 1 to 12
   * @return the period
   * @throws org.commonground.core.validation.ValidationException naming the first month and the
   *     year, each with its range and the value given, if out of range
   */
  public static Period fiscalYear(int year, int firstMonth) {
    int firstYear = firstMonth == 1 ? 1000 : 1001;
    Violations.none()
        .require(firstMonth >= 1 && firstMonth <= 12, "firstMonth", () -> Message.of("core.validation.between", 1, 12, firstMonth))
        .require(year >= firstYear && year <= 9999, "year",
            () -> Message.of("core.validation.between", firstYear, 9999, year))
        .throwIfAny("Fiscal year");
    return new Period(PeriodType.FISCAL_YEAR, firstMonth == 1 ? year : year - 1, 1, firstMonth);
  }

  /**
   * A calendar year.
   *
   * @param year the year, 1000 to 9999
   * @return the period
   * @throws ValidationException naming the year, with its range, if out of range
   */
  public static Period year(int year) {
    return of(PeriodType.CALENDAR_YEAR, year, 1);
  }

  /**
   * Reads a period from its text form: {@code 2024-03}, {@code 2024-Q1}, {@code SY2024-25},
   * {@code FY2024-M10} (a fiscal year named by the year it ends in, with its first month) or
   * {@code 2024}.
   *
   * @param text the text
   * @return the period
   * @throws ValidationException naming the accepted forms ({@code period}) if the text is none of
   *     them, the year, month or quarter with its range if out of range, and {@code text} if it is
   *     null
   */
  public static Period parse(String text) {
    Violations.none().notNull("text", text).throwIfAny("Period");
    Matcher m;
    if ((m = MONTH.matcher(text)).matches()) {
      return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = QUARTER.matcher(text)).matches()) {
      return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = SCHOOL_YEAR.matcher(text)).matches()) {
      int start = Integer.parseInt(m.group(1));
      if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
        throw new ValidationException("Period", io.vavr.collection.List.of(Violation.of("period",
            Message.of("core.measure.period.schoolYear",
                "SY" + start + "-" + String.format(java.util.Locale.ROOT, "%02d", (start + 1) % 100),
                "\"" + text + "\""))));
      }
      return schoolYear(start);
    }
    if ((m = FISCAL_YEAR.matcher(text)).matches()) {
      return fiscalYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = YEAR.matcher(text)).matches()) {
      return year(Integer.parseInt(m.group(1)));
    }
    throw new ValidationException("Period", io.vavr.collection.List.of(Violation.of("period",
        Message.of("core.measure.period.form", "\"" + text + "\""))));
  }

  private static Period of(PeriodType type, int year, int index) {
    int lastYear = type == PeriodType.SCHOOL_YEAR ? 9998 : 9999;
    if (year < 1000 || year > lastYear) {
      throw new ValidationException("Period", io.vavr.collection.List.of(Violation.of("year",
          Message.of("core.validation.between", 1000, lastYear, year))));
    }
    if (index < 1 || index > type.perYear()) {
      String what = type == PeriodType.MONTH ? "month" : "quarter";
      throw new ValidationException("Period", io.vavr.collection.List.of(Violation.of(what,
          Message.of("core.validation.between", 1, type.perYear(), index))));
    }
    return new Period(type, year, index, 1);
  }

  /**
   * The period's type.
   *
   * @return the type
   */
  public PeriodType type() {
    return type;
  }

  /**
   * The calendar year the period starts in: 2023 for the fiscal year {@code FY2024-M10}.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The month a fiscal year starts in (10 for {@code FY2024-M10}); 1 for the other types.
   *
   * @return the first month, 1 to 12
   */
  public int firstMonth() {
    return firstMonth;
  }

  /**
   * The period within its year: the month (1–12), the quarter (1–4), or 1 for years.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * The period {@code n} periods later (earlier when negative).
   *
   * @param n the number of periods
   * @return the period
   * @throws ValidationException if the result leaves the supported years
   */
  public Period plus(int n) {
    if (type == PeriodType.FISCAL_YEAR) {
      return fiscalYear(end().getYear() + n, firstMonth);
    }
    long sequence = sequence() + n;
    int perYear = type.perYear();
    return of(type, (int) Math.floorDiv(sequence, perYear), Math.floorMod(sequence, perYear) + 1);
  }

  /**
   * The number of periods from this one to another of the same type (for fiscal years, with the
   * same first month).
   *
   * @param other a period of the same type
   * @return the count, negative if {@code other} is earlier
   * @throws IllegalArgumentException if the types or the fiscal years' first months differ
   */
  public long periodsUntil(Period other) {
    requireSameType(other);
    return other.sequence() - sequence();
  }

  /**
   * The time in years from this period to another of the same type.
   *
   * @param other a period of the same type
   * @return the years, negative if {@code other} is earlier
   * @throws IllegalArgumentException if the types differ
   */
  public double yearsUntil(Period other) {
    return (double) periodsUntil(other) / type.perYear();
  }

  /**
   * Whether this period comes before another in the total order of {@link #compareTo}.
   *
   * @param other a period of any type
   * @return true if this one is earlier
   */
  public boolean isBefore(Period other) {
    return compareTo(other) < 0;
  }

  /**
   * Orders periods of any types in time: by first day, then by last day (so a month comes before
   * the quarter and the year that start with it), then by type in {@link PeriodType} order. The
   * order is total and consistent with {@link #equals}: two periods compare as equal only if they
   * are equal. Within one type it is the order of the periods in time.
   *
   * @param other a period of any type
   * @return negative, zero or positive as this period is earlier, the same or later
   */
  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  /**
   * The first day of the period: the first of its month, quarter or year; 1 July for a school
   * year; the first of its first month for a fiscal year.
   *
   * @return the first day
   */
  public LocalDate start() {
    switch (type) {
      case MONTH:
        return LocalDate.of(year, index, 1);
      case QUARTER:
        return LocalDate.of(year, 3 * index - 2, 1);
      case SCHOOL_YEAR:
        return LocalDate.of(year, SCHOOL_YEAR_FIRST_MONTH, 1);
      case FISCAL_YEAR:
        return LocalDate.of(year, firstMonth, 1);
      default:
        return LocalDate.of(year, 1, 1);
    }
  }

  /**
   * The last day of the period: the day before the next period of its type starts (30 June for a
   * school year).
   *
   * @return the last day
   */
  public LocalDate end() {
    switch (type) {
      case MONTH:
        return start().plusMonths(1).minusDays(1);
      case QUARTER:
        return start().plusMonths(3).minusDays(1);
      default:
        return start().plusYears(1).minusDays(1);
    }
  }

  private long sequence() {
    return (long) year * type.perYear() + index - 1;
  }

  private void requireSameType(Period other) {
    if (other.type != type || other.firstMonth != firstMonth) {
      throw new IllegalArgumentException(
          "period: must be a " + name(type) + " like " + this + ", got " + name(other.type) + " " + other);
    }
  }

  private static String name(PeriodType type) {
    return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Period
        && ((Period) other).type == type
        && ((Period) other).year == year
        && ((Period) other).index == index
        && ((Period) other).firstMonth == firstMonth;
  }

  @Override
  public int hashCode() {
    // By hand, not Objects.hash: a batch hashes its periods once per observation.
    return ((type.ordinal() * 31 + year) * 31 + index) * 31 + firstMonth;
  }

  /**
   * Returns the text form {@link #parse} reads: {@code 2024-03}, {@code 2024-Q1},
   * {@code SY2024-25}, {@code FY2024-M10}, {@code 2024}.
   */
  @Override
  public String toString() {
    switch (type) {
      case MONTH:
        return String.format("%d-%02d", year, index);
      case QUARTER:
        return year + "-Q" + index;
      case SCHOOL_YEAR:
        return String.format("SY%d-%02d", year, (year + 1) % 100);
      case FISCAL_YEAR:
        return String.format("FY%d-M%02d", end().getYear(), firstMonth);
      default:
        return String.valueOf(year);
    }
  }
}
