// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.Period;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;
import org.junit.jupiter.api.Test;

class MeasureTableTest {

  private static final MeasureLayout LAYOUT = ColumnarFixtures.LAYOUT;

  @Test
  void columnsOfDifferentLengthsAreNamed() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> MeasureTable.of(LAYOUT,
            new int[3], new int[3], new int[2], new int[][] {new int[3], new int[4]}, new double[3], new double[1]));

    assertEquals(
        List.of(
            "period: must have as many rows as partner (3), got 2",
            "denominator: must have as many rows as partner (3), got 1",
            "groups[1]: must have as many rows as partner (3), got 4"),
        e.violations().map(Violation::toString));
  }

  @Test
  void everyBadValueIsNamedByColumnAndRowAndNothingIsAccepted() {
    MeasureTable.Builder rows = MeasureTable.builder(LAYOUT);
    rows.add(0, 0, 0, new int[] {0, 0}, 1, 1);          // fine
    rows.add(3, 0, 0, new int[] {0, 0}, 1, 1);          // partner code 3 of 0..2
    rows.add(0, 1, 0, new int[] {2, 0}, -2, 0);         // income code 2 of 0..1; negative count
    rows.add(0, 0, 1, new int[] {0, 3}, Double.NaN, 1); // language code 3 of 0..2; NaN
    rows.add(0, 0, 1, new int[] {1, 1}, 2, 1);          // proportion above its denominator
    rows.add(0, 1, 1, new int[] {1, 1}, 2, 1);          // a count with a denominator
    rows.add(0, 2, 5, new int[] {1, 1}, 70, 0);         // period code 5 of 0..1; a mean with denominator 0

    ValidationException e = assertThrows(ValidationException.class, rows::build);

    assertEquals(
        List.of(
            "partner[1]: must be a code of its list (0 to 2), got 3",
            "groups.income[2]: must be a code of its list (0 to 1), got 2",
            "numerator[2]: must not be negative for a count, got -2.0",
            "groups.language[3]: must be a code of its list (0 to 2), got 3",
            "numerator[3]: must be finite, got NaN",
            "numerator[4]: must be at most the denominator (1.0) for a proportion, got 2.0",
            "denominator[5]: must be 0 for a count, got 1.0",
            "period[6]: must be a code of its list (0 to 1), got 5",
            "denominator[6]: must be greater than 0 for a mean, got 0.0"),
        e.violations().map(Violation::toString));
  }

  @Test
  void aPeriodOffTheIndicatorsCalendarIsRejected() {
    MeasureLayout quarters =
        MeasureLayout.of(Fixtures.set(ColumnarFixtures.VISITS), CodeList.of(List.of("a")),
            CodeList.of(List.of(Period.quarter(2023, 1))), List.empty());
    ValidationException e =
        assertThrows(ValidationException.class, () -> MeasureTable.builder(quarters).add(0, 0, 0, new int[0], 1, 0).build());
    assertEquals(List.of("period[0]: must be on the calendar of visits (CALENDAR_YEAR), got 2023-Q1"), e.violations().map(Violation::toString));
  }

  @Test
  void aHundredProblemsAreSpelledOutAndTheRestCountedByKind() {
    MeasureTable.Builder rows = MeasureTable.builder(LAYOUT);
    for (int r = 0; r < 250; r++) {
      rows.add(0, 1, 0, new int[] {0, 0}, -1, 0);
    }
    ValidationException e = assertThrows(ValidationException.class, rows::build);

    assertEquals(250, e.count());
    assertEquals(100, e.violations().size());
    assertEquals("numerator[99]: must not be negative for a count, got -1.0", e.violations().last().toString());
    ViolationKind negative = ViolationKind.of("numerator[*]", "must not be negative for a count");
    assertEquals(io.vavr.collection.LinkedHashMap.of(negative, 250L), e.countsByKind());
    assertTrue(e.getMessage().endsWith("; … and 150 more: numerator[*]: must not be negative for a count (150)"), e.getMessage());
    // the problems not kept are found again on request
    assertEquals(List.of("numerator[248]: must not be negative for a count, got -1.0", "numerator[249]: must not be negative for a count, got -1.0"),
        e.page(248, 10).map(Violation::toString));
  }

  @Test
  void theAccumulatorCountsRecordsAndSumsExactly() {
    MeasureTable table =
        MeasureTable.builder(LAYOUT)
            .add(0, 0, 0, new int[] {0, 0}, 1, 1)
            .add(0, 0, 0, new int[] {0, 0}, 0, 1)
            .add(1, 0, 0, new int[] {1, 2}, 1, 1)
            .build();
    MeasurePartial partial = new MeasureAccumulator(LAYOUT).addAll(table).snapshot();

    assertEquals(2, partial.cells());
    assertEquals(3, partial.totalRecords());
    assertEquals(List.of(2L, 1L), List.range(0, 2).map(partial::records));
    CommunityValue grad = partial.communityValues(List.of("lincoln", "eastside")).head();
    assertEquals(2.0 * 100 / 3, grad.value());
    assertEquals(Option.of(3L), grad.records());
    assertEquals("MeasurePartial[2 cells, 3 records]", partial.toString());
  }

  @Test
  void aPartialRoundTripsThroughItsPlainParts() {
    MeasurePartial partial = new MeasureAccumulator(LAYOUT).addAll(ColumnarFixtures.table(new java.util.Random(7), 500)).snapshot();
    long[] keys = new long[partial.cells()];
    long[] records = new long[partial.cells()];
    double[][] numerators = new double[partial.cells()][];
    double[][] denominators = new double[partial.cells()][];
    for (int c = 0; c < partial.cells(); c++) {
      keys[c] = partial.key(c);
      records[c] = partial.records(c);
      numerators[c] = partial.numeratorTerms(c);
      denominators[c] = partial.denominatorTerms(c);
    }

    assertEquals(partial, MeasurePartial.of(LAYOUT, keys, records, numerators, denominators));
    keys[1] = keys[0];
    records[2] = -1;
    ValidationException e =
        assertThrows(ValidationException.class, () -> MeasurePartial.of(LAYOUT, keys, records, numerators, denominators));
    assertTrue(e.getMessage().contains("keys[1]: must be greater than keys[0]"), e.getMessage());
    assertTrue(e.getMessage().contains("records[2]: must not be negative, got -1"), e.getMessage());
  }

  @Test
  void accumulatorsRefuseAnotherLayout() {
    MeasureLayout other =
        MeasureLayout.of(Fixtures.set(ColumnarFixtures.VISITS), CodeList.of(List.of("a")),
            CodeList.of(List.of(Period.year(2023))), List.empty());
    MeasureTable table = MeasureTable.builder(other).add(0, 0, 0, new int[0], 1, 0).build();
    assertThrows(IllegalArgumentException.class, () -> new MeasureAccumulator(LAYOUT).addAll(table));
    assertThrows(IllegalArgumentException.class, () -> new MeasureAccumulator(LAYOUT).addAll(table, 2));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MeasureAccumulator(other).addAll(table, 0));
    assertEquals("parallelism: must be at least 1, got 0", e.getMessage());
  }

  @Test
  void aBuilderWantsOneGroupCodePerDimension() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MeasureTable.builder(LAYOUT).add(0, 0, 0, new int[] {0}, 1, 1));
    assertEquals("groups: must have one code per dimension (2), got 1", e.getMessage());
  }
}
