// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.util.Arrays;
import java.util.Random;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.ViolationKind;
import org.junit.jupiter.api.Test;

/**
 * A table's records are checked while they are copied: the fast check that runs on every block
 * ({@link RecordRules#conform} and the code columns' range checks) refuses exactly the tables in
 * which the full check ({@link RecordRules#report}) finds a problem, and the exception counts
 * them all.
 */
class RecordChecksTest {

  /** Mixed units, one calendar: each record's rules depend on its indicator. */
  private static final MeasureLayout MIXED = ColumnarFixtures.LAYOUT;

  /** Percents only, on their calendar: the rules are the same for every record. */
  private static final MeasureLayout UNIFORM =
      MeasureLayout.of(
          Fixtures.set(Fixtures.indicator("grad", Unit.PERCENT).build(), Fixtures.indicator("ready", Unit.PERCENT).build()),
          CodeList.of(List.of("a", "b", "c")),
          CodeList.of(List.of(Period.year(2022), Period.year(2023))),
          List.of(SubgroupDimension.of("income", List.of("low", "not low"))));

  /** One period off every indicator's calendar. */
  private static final MeasureLayout CALENDARS =
      MeasureLayout.of(
          Fixtures.set(Fixtures.indicator("grad", Unit.PERCENT).build(), Fixtures.indicator("visits", Unit.COUNT).build()),
          CodeList.of(List.of("a", "b")),
          CodeList.of(List.of(Period.year(2023), Period.quarter(2023, 1))),
          List.of(SubgroupDimension.of("income", List.of("low", "not low"))));

  private static final double[] NUMBERS = {0, 1, 1, 1, 2, 0.5, 7, -1, Double.NaN, Double.POSITIVE_INFINITY};

  @Test
  void theBlockCheckRefusesExactlyWhatTheFullCheckFinds() {
    for (MeasureLayout layout : List.of(MIXED, UNIFORM, CALENDARS)) {
      qt().withExamples(150)
          .forAll(integers().all(), integers().between(1, 5_000), integers().between(0, 200))
          .check((seed, records, badPerThousand) -> agree(layout, new Random(seed), records, badPerThousand));
    }
  }

  /**
   * A table of mostly good records, a few made bad at random (a code one past its list or -1, a
   * number from a list of troublesome ones), made with {@code of} and with the builder.
   */
  private static boolean agree(MeasureLayout layout, Random random, int n, int badPerThousand) {
    int dimensions = layout.dimensions().size();
    int[] sizes = new int[3 + dimensions];
    sizes[0] = layout.partners().size();
    sizes[1] = layout.indicators().size();
    sizes[2] = layout.periods().size();
    for (int d = 0; d < dimensions; d++) {
      sizes[3 + d] = layout.dimensions().get(d).groups().size();
    }
    int[][] codes = new int[3 + dimensions][n];
    double[] numerator = new double[n];
    double[] denominator = new double[n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < codes.length; c++) {
        codes[c][r] = random.nextInt(sizes[c]);
      }
      // a good record for its indicator
      boolean count = !layout.indicators().value(codes[1][r]).unit().hasDenominator();
      numerator[r] = random.nextInt(2);
      denominator[r] = count ? 0 : 1;
      if (layout == CALENDARS) {
        codes[2][r] = 0;
      }
      if (random.nextInt(1000) < badPerThousand) {
        switch (random.nextInt(4)) {
          case 0:
            int c = random.nextInt(codes.length);
            codes[c][r] = random.nextBoolean() ? -1 : sizes[c];
            break;
          case 1:
            numerator[r] = NUMBERS[random.nextInt(NUMBERS.length)];
            break;
          case 2:
            denominator[r] = NUMBERS[random.nextInt(NUMBERS.length)];
            break;
          default:
            codes[2][r] = random.nextInt(sizes[2]);
            break;
        }
      }
    }
    long[] problems = new long[1];
    int[] group = new int[dimensions];
    RecordRules rules = new RecordRules(layout);
    for (int r = 0; r < n; r++) {
      for (int d = 0; d < dimensions; d++) {
        group[d] = codes[3 + d][r];
      }
      rules.report(r, codes[0][r], codes[1][r], codes[2][r], group, numerator[r], denominator[r], (kind, detail) -> problems[0]++);
    }
    int[][] groups = Arrays.copyOfRange(codes, 3, codes.length);
    long refusedOf = refused(() -> MeasureTable.of(layout, codes[0], codes[1], codes[2], groups, numerator, denominator));
    MeasureTable.Builder builder = MeasureTable.builder(layout);
    for (int r = 0; r < n; r++) {
      for (int d = 0; d < dimensions; d++) {
        group[d] = codes[3 + d][r];
      }
      builder.add(codes[0][r], codes[1][r], codes[2][r], group, numerator[r], denominator[r]);
    }
    return refusedOf == problems[0] && refused(builder::build) == problems[0];
  }

  /** How many problems the exception counts; 0 if the table is made. */
  private static long refused(Runnable making) {
    try {
      making.run();
      return 0;
    } catch (ValidationException e) {
      return e.count();
    }
  }

  /**
   * A million records, every one bad twice over: refused in one linear pass with every problem
   * counted, a hundred spelled out, and a message of bounded length that names both kinds.
   */
  @Test
  void aMillionBadRecordsAreCountedAndTheMessageStaysShort() {
    int n = 1_000_000;
    int[] partner = new int[n];
    Arrays.fill(partner, 3);
    int[] visits = new int[n];
    Arrays.fill(visits, 1);
    double[] numerator = new double[n];
    Arrays.fill(numerator, -1);
    ValidationException e =
        assertThrows(ValidationException.class, () -> MeasureTable.of(MIXED, partner, visits, new int[n],
            new int[][] {new int[n], new int[n]}, numerator, new double[n]));

    assertEquals(2L * n, e.count());
    assertEquals(100, e.violations().size());
    assertEquals("partner[0]: must be a code of its list (0 to 2), got 3", e.violations().head().toString());
    ViolationKind partnerCode = ViolationKind.of("partner[*]", "must be a code of its list (0 to 2)");
    ViolationKind negative = ViolationKind.of("numerator[*]", "must not be negative for a count");
    assertEquals(LinkedHashMap.of(partnerCode, (long) n, negative, (long) n), e.countsByKind());
    assertTrue(e.getMessage().length() < 10_000, "message of " + e.getMessage().length() + " characters");
    assertTrue(e.getMessage().endsWith(
        "… and 1,999,900 more: partner[*]: must be a code of its list (0 to 2) (999,950); "
            + "numerator[*]: must not be negative for a count (999,950)"), e.getMessage());
    assertEquals("numerator[999999]: must not be negative for a count, got -1.0", e.page(2L * n - 1, 1).head().toString());
  }
}
