// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void eachTypeHasATextFormThatParsesBack() {
    assertEquals("2024-03", Period.month(2024, 3).toString());
    assertEquals("2024-Q1", Period.quarter(2024, 1).toString());
    assertEquals("SY2024-25", Period.schoolYear(2024).toString());
    assertEquals("SY1999-00", Period.schoolYear(1999).toString());
    assertEquals("2024", Period.year(2024).toString());
    assertEquals(Period.schoolYear(1999), Period.parse("SY1999-00"));
    assertEquals(Period.quarter(2024, 4), Period.parse("2024-Q4"));
    assertEquals(Period.month(2024, 12), Period.parse("2024-12"));
    assertEquals(Period.year(2024), Period.parse("2024"));
  }

  @Test
  void badTextNamesTheAcceptedForms() {
    ValidationException e = assertThrows(ValidationException.class, () -> Period.parse("Spring 2024"));
    assertEquals(
        "period: must be a month (2024-03), quarter (2024-Q1), school year (SY2024-25), fiscal year with its "
            + "first month (FY2024-M10) or year (2024), got \"Spring 2024\"",
        e.violations().head().toString());
    assertEquals("core.measure.period.form", e.violations().head().code());
    assertEquals(
        "period: a school year must span consecutive years, as SY2024-25, got \"SY2024-26\"",
        assertThrows(ValidationException.class, () -> Period.parse("SY2024-26")).violations().head().toString());
    assertEquals("month: must be between 1 and 12, got 13",
        assertThrows(ValidationException.class, () -> Period.parse("2024-13")).violations().head().toString());
    assertEquals("quarter: must be between 1 and 4, got 0",
        assertThrows(ValidationException.class, () -> Period.quarter(2024, 0)).violations().head().toString());
    assertEquals("year: must be between 1000 and 9999, got 999",
        assertThrows(ValidationException.class, () -> Period.year(999)).violations().head().toString());
    assertEquals("period: debe ser un mes (2024-03), un trimestre (2024-Q1), un año escolar (SY2024-25), un año "
            + "fiscal con su primer mes (FY2024-M10) o un año (2024), se recibió \"Spring 2024\"",
        e.violations().head().toString(java.util.Locale.forLanguageTag("es")));
  }

  @Test
  void periodsCountAndStepAcrossYears() {
    assertEquals(Period.month(2025, 2), Period.month(2024, 11).plus(3));
    assertEquals(Period.month(2023, 12), Period.month(2024, 1).plus(-1));
    assertEquals(Period.quarter(2025, 1), Period.quarter(2024, 4).plus(1));
    assertEquals(5, Period.quarter(2023, 3).periodsUntil(Period.quarter(2024, 4)));
    assertEquals(4.0, Period.year(2020).yearsUntil(Period.year(2024)));
    assertEquals(0.25, Period.month(2024, 1).yearsUntil(Period.month(2024, 4)));
    assertEquals(1.25, Period.quarter(2023, 1).yearsUntil(Period.quarter(2024, 2)));
    assertTrue(Period.schoolYear(2021).isBefore(Period.schoolYear(2022)));
    assertFalse(Period.schoolYear(2022).isBefore(Period.schoolYear(2022)));
  }

  @Test
  void periodsOfDifferentCalendarsCountOnlyWithinTheirType() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Period.schoolYear(2024).periodsUntil(Period.year(2024)));
    assertEquals("period: must be a school year like SY2024-25, got calendar year 2024", e.getMessage());
  }

  @Test
  void aMixedListSortsByStartThenEndThenType() {
    java.util.List<Period> periods =
        new java.util.ArrayList<>(java.util.List.of(
            Period.schoolYear(2024), Period.year(2024), Period.month(2024, 7), Period.quarter(2024, 3),
            Period.month(2024, 1), Period.quarter(2024, 1), Period.schoolYear(2023)));
    java.util.Collections.sort(periods);
    assertEquals(
        java.util.List.of(
            Period.schoolYear(2023), Period.month(2024, 1), Period.quarter(2024, 1), Period.year(2024),
            Period.month(2024, 7), Period.quarter(2024, 3), Period.schoolYear(2024)),
        periods);
    assertTrue(Period.schoolYear(2023).isBefore(Period.year(2024)));
    assertTrue(Period.year(2024).compareTo(Period.schoolYear(2024)) < 0);
  }

  @Test
  void eachPeriodHasFirstAndLastDays() {
    assertEquals(java.time.LocalDate.of(2024, 7, 1), Period.schoolYear(2024).start());
    assertEquals(java.time.LocalDate.of(2025, 6, 30), Period.schoolYear(2024).end());
    assertEquals(java.time.LocalDate.of(2024, 2, 29), Period.month(2024, 2).end());
    assertEquals(java.time.LocalDate.of(2024, 4, 1), Period.quarter(2024, 2).start());
    assertEquals(java.time.LocalDate.of(2024, 6, 30), Period.quarter(2024, 2).end());
    assertEquals(java.time.LocalDate.of(2024, 12, 31), Period.year(2024).end());
  }

  @Test
  void valueEquality() {
    assertEquals(Period.year(2024).hashCode(), Period.parse("2024").hashCode());
    assertFalse(Period.year(2024).equals(Period.schoolYear(2024)));
    assertFalse(Period.year(2024).equals("2024"));
  }

  @Test
  void aFiscalYearIsNamedByTheYearItEndsInAndStartsInItsFirstMonth() {
    Period federal = Period.fiscalYear(2024, 10);
    assertEquals(java.time.LocalDate.of(2023, 10, 1), federal.start());
    assertEquals(java.time.LocalDate.of(2024, 9, 30), federal.end());
    assertEquals(PeriodType.FISCAL_YEAR, federal.type());
    assertEquals(2023, federal.year());
    assertEquals(10, federal.firstMonth());
    assertEquals("FY2024-M10", federal.toString());
    assertEquals(federal, Period.parse("FY2024-M10"));
    assertEquals("FY2024-M01", Period.fiscalYear(2024, 1).toString());
    assertEquals(java.time.LocalDate.of(2024, 1, 1), Period.fiscalYear(2024, 1).start());
    assertEquals(Period.fiscalYear(2026, 10), federal.plus(2));
    assertEquals(2, federal.periodsUntil(Period.fiscalYear(2026, 10)));
    assertFalse(federal.equals(Period.fiscalYear(2024, 7)));
    // Same days as SY2023-24; the school year sorts first, by type.
    assertEquals(Period.schoolYear(2023).start(), Period.fiscalYear(2024, 7).start());
    assertTrue(Period.schoolYear(2023).isBefore(Period.fiscalYear(2024, 7)));
    assertTrue(Period.fiscalYear(2024, 7).isBefore(federal));
  }

  @Test
  void aFiscalYearsFirstMonthIsValidated() {
    org.commonground.core.validation.ValidationException e =
        assertThrows(org.commonground.core.validation.ValidationException.class, () -> Period.fiscalYear(2024, 13));
    assertTrue(e.getMessage().contains("firstMonth: must be between 1 and 12, got 13"), e.getMessage());
    e = assertThrows(org.commonground.core.validation.ValidationException.class, () -> Period.fiscalYear(10000, 0));
    assertEquals(2, e.count());
    assertTrue(e.getMessage().contains("firstMonth: must be between 1 and 12, got 0"), e.getMessage());
    assertTrue(e.getMessage().contains("year: must be between 1001 and 9999, got 10000"), e.getMessage());
    e = assertThrows(org.commonground.core.validation.ValidationException.class, () -> Period.fiscalYear(1000, 10));
    assertTrue(e.getMessage().contains("year: must be between 1001 and 9999, got 1000"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Period.parse("FY2024-M13"));
    IllegalArgumentException other =
        assertThrows(IllegalArgumentException.class, () -> Period.fiscalYear(2024, 10).periodsUntil(Period.fiscalYear(2025, 7)));
    assertEquals("period: must be a fiscal year like FY2024-M10, got fiscal year FY2025-M07", other.getMessage());
  }
}
