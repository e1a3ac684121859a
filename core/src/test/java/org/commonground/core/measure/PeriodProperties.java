// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PeriodProperties {

  private static final Gen<Period> PERIODS = periods(1900, 2100);

  /** Mixed kinds over a few years only, so that equal and overlapping periods are frequent. */
  private static final Gen<Period> NEARBY = periods(2022, 2024);

  private static Gen<Period> periods(int fromYear, int toYear) {
    return arbitrary().enumValues(PeriodType.class).zip(integers().between(fromYear, toYear), integers().between(1, 12),
          (type, year, index) -> {
            switch (type) {
              case MONTH:
                return Period.month(year, index);
              case QUARTER:
                return Period.quarter(year, 1 + (index - 1) % 4);
              case SCHOOL_YEAR:
                return Period.schoolYear(year);
              case FISCAL_YEAR:
                return Period.fiscalYear(year, index);
              default:
                return Period.year(year);
            }
          });
  }

  @Test
  void parseReadsWhatToStringWrites() {
    qt().forAll(PERIODS).check(p -> Period.parse(p.toString()).equals(p));
  }

  @Test
  void steppingAndCountingAgree() {
    qt().forAll(PERIODS, integers().between(-500, 500))
        .check((p, n) -> p.periodsUntil(p.plus(n)) == n && p.plus(n).plus(-n).equals(p));
  }

  @Test
  void theOrderIsAntisymmetricAndConsistentWithEquals() {
    qt().forAll(NEARBY, NEARBY)
        .check((a, b) -> Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a))
            && (a.compareTo(b) == 0) == a.equals(b));
  }

  @Test
  void theOrderIsTransitive() {
    qt().forAll(NEARBY, NEARBY, NEARBY)
        .check((a, b, c) -> !(a.compareTo(b) <= 0 && b.compareTo(c) <= 0) || a.compareTo(c) <= 0);
  }

  @Test
  void theOrderFollowsStartThenEnd() {
    qt().forAll(NEARBY, NEARBY)
        .assuming((a, b) -> !a.start().equals(b.start()) || !a.end().equals(b.end()))
        .check((a, b) -> Integer.signum(a.compareTo(b))
            == Integer.signum(a.start().equals(b.start()) ? a.end().compareTo(b.end()) : a.start().compareTo(b.start())));
  }
}
