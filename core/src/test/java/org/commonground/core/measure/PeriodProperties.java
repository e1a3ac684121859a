package org.commonground.core.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PeriodProperties {

  private static final Gen<Period> PERIODS =
      arbitrary().enumValues(PeriodType.class).zip(integers().between(1900, 2100), integers().between(1, 12),
          (type, year, index) -> {
            switch (type) {
              case MONTH:
                return Period.month(year, index);
              case QUARTER:
                return Period.quarter(year, 1 + (index - 1) % 4);
              case SCHOOL_YEAR:
                return Period.schoolYear(year);
              default:
                return Period.year(year);
            }
          });

  @Test
  void parseReadsWhatToStringWrites() {
    qt().forAll(PERIODS).check(p -> Period.parse(p.toString()).equals(p));
  }

  @Test
  void steppingAndCountingAgree() {
    qt().forAll(PERIODS, integers().between(-500, 500))
        .check((p, n) -> p.periodsUntil(p.plus(n)) == n && p.plus(n).plus(-n).equals(p));
  }
}
