// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.IndicatorKind;
import org.commonground.core.measure.Outcome;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.PeriodType;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.RbaCategory;
import org.commonground.core.measure.SharedMeasureSet;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.scoring.measure.SubgroupDimension;
import org.junit.jupiter.api.Test;

class MeasureCsvTest {

  static final MeasureLayout LAYOUT = MeasureLayout.of(
      SharedMeasureSet.of("Test", List.of(Outcome.of("o", "Outcome")), List.of(
          indicator("grad-rate", Unit.PERCENT), indicator("incidents", Unit.COUNT), indicator("score", Unit.MEAN))),
      CodeList.of(List.of("lincoln-hs", "eastside-hs", "north, \"the\" academy")),
      CodeList.of(List.of(Period.schoolYear(2022), Period.schoolYear(2023), Period.year(2024))),
      List.of(SubgroupDimension.of("income", List.of("low", "not low"))));

  static final String HEADER = "partner,indicator,period,income,numerator,denominator";

  static Indicator indicator(String id, Unit unit) {
    return Indicator.builder()
        .id(id).name(id).outcome("o")
        .unit(unit).polarity(Polarity.HIGHER_IS_BETTER)
        .periodType(PeriodType.SCHOOL_YEAR)
        .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR)
        .build();
  }

  /** One CSV row, each cell quoted when it must be. */
  static String row(Object... cells) {
    return List.of(cells).map(String::valueOf)
        .map(c -> c.contains(",") || c.contains("\"") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
        .mkString(",");
  }

  static String csv(String header, String... rows) {
    return header + "\n" + List.of(rows).mkString("\n") + "\n";
  }

  static MeasureTable read(String csv) {
    return CsvReaders.measures(LAYOUT, ColumnMapping.byName(), new StringReader(csv));
  }

  static MeasurePartial aggregate(MeasureTable table) {
    return new MeasureAccumulator(LAYOUT).addAll(table).snapshot();
  }

  static ValidationException refused(String csv) {
    return assertThrows(ValidationException.class, () -> read(csv));
  }

  static List<String> problems(String csv) {
    return refused(csv).violations().map(Violation::toString);
  }

  /** Records as arrays, written as CSV and read back, give the table the arrays give. */
  static void roundTrip(int[] partner, int[] indicator, int[] period, int[] income, double[] numerator, double[] denominator) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int r = 0; r < partner.length; r++) {
      text.append(row(LAYOUT.partners().value(partner[r]), LAYOUT.indicators().value(indicator[r]).id(),
          LAYOUT.periods().value(period[r]), LAYOUT.dimensions().get(0).groups().value(income[r]),
          plain(numerator[r]), plain(denominator[r]))).append('\n');
    }
    MeasureTable read = read(text.toString());
    MeasureTable expected = MeasureTable.of(LAYOUT, partner, indicator, period, new int[][] {income}, numerator, denominator);
    assertEquals(expected.size(), read.size());
    assertEquals(aggregate(expected), aggregate(read));
  }

  static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  @Test
  void roundTripOfEveryUnitAndQuotedPartner() {
    roundTrip(new int[] {0, 1, 2, 2}, new int[] {0, 1, 2, 0}, new int[] {0, 1, 1, 0}, new int[] {0, 1, 0, 1},
        new double[] {1, 7, 3.25, 0}, new double[] {1, 0, 1, 1});
  }

  @Test
  void roundTripProperty() {
    // Records of random codes with numbers that conform to each indicator's unit.
    qt().withExamples(100).forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 300))
        .checkAssert(seeds -> {
          int n = seeds.size();
          int[] partner = new int[n];
          int[] indicator = new int[n];
          int[] period = new int[n];
          int[] income = new int[n];
          double[] numerator = new double[n];
          double[] denominator = new double[n];
          for (int r = 0; r < n; r++) {
            int s = seeds.get(r);
            partner[r] = s % 3;
            indicator[r] = (s / 3) % 3;
            period[r] = (s / 9) % 2;
            income[r] = (s / 18) % 2;
            int a = (s / 36) % 50;
            int b = (s / 1800) % 50;
            switch (indicator[r]) {
              case 0: denominator[r] = Math.max(a, b) + 1; numerator[r] = Math.min(a, b); break;
              case 1: numerator[r] = a; denominator[r] = 0; break;
              default: numerator[r] = (a - 25) / 4.0; denominator[r] = b + 1; break;
            }
          }
          roundTrip(partner, indicator, period, income, numerator, denominator);
        });
  }

  @Test
  void renamedAndIgnoredColumnsInAnyOrder() {
    String text = csv("note,den,income,school,period,indicator,num",
        row("first", 1, "low", "lincoln-hs", "SY2022-23", "grad-rate", 1));
    MeasureTable table = CsvReaders.measures(LAYOUT,
        ColumnMapping.byName().with("partner", "school").with("numerator", "num").with("denominator", "den").ignoring("note"),
        new StringReader(text));
    assertEquals(1, table.size());
  }

  @Test
  void byteOrderMarkCrlfAndInputStream() {
    String text = "\uFEFF" + HEADER + "\r\n" + row("lincoln-hs", "grad-rate", "SY2022-23", "low", 1, 2) + "\r\n"
        + "\r\n" + row("eastside-hs", "incidents", "SY2023-24", "not low", 4, "") + "\r\n";
    MeasureTable table = CsvReaders.measures(LAYOUT, ColumnMapping.byName(),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, table.size());
  }

  @Test
  void quotedCommasQuotesAndLineBreaksInACell() {
    assertEquals(1, read(csv(HEADER, row("north, \"the\" academy", "grad-rate", "SY2022-23", "low", 1, 2))).size());
    // A line break inside a quoted cell: the next row's line counts it.
    List<String> found = problems(HEADER + "\n\"lincoln\nhs\",grad-rate,SY2022-23,low,1,2\nlincoln-hs,grad-rate,SY2022-23,low,x,2\n");
    assertEquals("line 2, column partner", found.get(0).substring(0, found.get(0).indexOf(':')));
    assertEquals("line 4, column numerator: must be a finite number, got \"x\"", found.get(1));
  }

  @Test
  void aNumeratorAboveItsDenominator() {
    assertEquals(List.of("line 3, column numerator: must be at most the denominator 20, got 31"),
        problems(csv(HEADER, row("lincoln-hs", "grad-rate", "SY2022-23", "low", 1, 2),
            row("lincoln-hs", "grad-rate", "SY2022-23", "low", 31, 20))));
  }

  @Test
  void missingColumn() {
    List<String> found = problems(csv("partner,indicator,period,income,numerator", row("lincoln-hs", "grad-rate", "SY2022-23", "low", 1)));
    assertEquals(List.of("line 1: must have a column \"denominator\", got columns partner, indicator, period, income, numerator"), found);
  }

  @Test
  void unknownAndRepeatedColumns() {
    List<String> found = problems(csv(HEADER + ",comment,income", row("lincoln-hs", "grad-rate", "SY2022-23", "low", 1, 2, "x", "low")));
    assertEquals(2, found.size());
    assertTrue(found.get(0).startsWith("line 1, column income: must appear once in the header, got it again as column 8"), found.get(0));
    assertTrue(found.get(1).startsWith("line 1, column comment: must be a mapped column (") && found.get(1).endsWith("got unknown column \"comment\""),
        found.get(1));
  }

  @Test
  void aRenamedFieldTheReaderDoesNotHave() {
    ValidationException e = assertThrows(ValidationException.class, () -> CsvReaders.measures(LAYOUT,
        ColumnMapping.byName().with("grade", "g"), new StringReader(csv(HEADER))));
    assertTrue(e.violations().head().toString().startsWith("mapping: must rename only fields of the file"), e.getMessage());
  }

  @Test
  void twoFieldsFromOneColumn() {
    ValidationException e = assertThrows(ValidationException.class, () -> CsvReaders.measures(LAYOUT,
        ColumnMapping.byName().with("denominator", "numerator"), new StringReader(csv(HEADER))));
    assertEquals("mapping: must read each field from its own column, got \"numerator\" for both numerator and denominator",
        e.violations().head().toString());
  }

  @Test
  void badNumbers() {
    List<String> found = problems(csv(HEADER,
        row("lincoln-hs", "grad-rate", "SY2022-23", "low", "one", 2),
        row("lincoln-hs", "grad-rate", "SY2022-23", "low", 1, "NaN"),
        row("lincoln-hs", "grad-rate", "SY2022-23", "low", "", "0x10"),
        row("lincoln-hs", "grad-rate", "SY2022-23", "low", "1e999", "2d")));
    assertEquals(List.of(
        "line 2, column numerator: must be a finite number, got \"one\"",
        "line 3, column denominator: must be a finite number, got \"NaN\"",
        "line 4, column numerator: must be a finite number, got \"\"",
        "line 4, column denominator: must be a finite number, got \"0x10\"",
        "line 5, column numerator: must be a finite number, got \"1e999\"",
        "line 5, column denominator: must be a finite number, got \"2d\""), found);
  }

  @Test
  void wrongPeriods() {
    List<String> found = problems(csv(HEADER,
        row("lincoln-hs", "grad-rate", "SY2030-31", "low", 1, 2),
        row("lincoln-hs", "grad-rate", "2024", "low", 1, 2),
        row("lincoln-hs", "grad-rate", "last year", "low", 1, 2)));
    assertEquals(3, found.size());
    assertEquals("line 2, column period: must be a period of the layout (SY2022-23, SY2023-24, 2024), got \"SY2030-31\" (SCHOOL_YEAR, not in the layout)", found.get(0));
    assertEquals("line 3, column period: must be on the calendar of grad-rate (SCHOOL_YEAR), got 2024 (CALENDAR_YEAR)", found.get(1));
    assertTrue(found.get(2).startsWith("line 4, column period: must be a period of the layout"), found.get(2));
    assertTrue(found.get(2).endsWith("got \"last year\", not a period (such as SY2023-24, 2024-Q1, 2024-03, 2024)"), found.get(2));
  }

  @Test
  void unknownCodes() {
    List<String> found = problems(csv(HEADER,
        row("westside-hs", "grad-rate", "SY2022-23", "low", 1, 2),
        row("lincoln-hs", "grad_rate", "SY2022-23", "middle", 1, 2)));
    assertEquals(List.of(
        "line 2, column partner: must be a partner of the layout (lincoln-hs, eastside-hs, north, \"the\" academy), got \"westside-hs\"",
        "line 3, column indicator: must be an indicator of the layout (grad-rate, incidents, score), got \"grad_rate\"",
        "line 3, column income: must be a group of income (low, not low), got \"middle\""), found);
  }

  @Test
  void unitRules() {
    List<String> found = problems(csv(HEADER,
        row("lincoln-hs", "incidents", "SY2022-23", "low", -1, 3),
        row("lincoln-hs", "grad-rate", "SY2022-23", "low", -1, 0),
        row("lincoln-hs", "score", "SY2022-23", "low", -1, 1)));
    assertEquals(List.of(
        "line 2, column numerator: must not be negative for a count, got -1",
        "line 2, column denominator: must be 0 (or empty) for a count, got 3",
        "line 3, column numerator: must not be negative for a " + Unit.PERCENT + ", got -1",
        "line 3, column denominator: must be greater than 0 for a " + Unit.PERCENT + ", got 0"), found);
  }

  @Test
  void shortAndLongRows() {
    List<String> found = problems(csv(HEADER,
        row("lincoln-hs", "grad-rate", "SY2022-23", "low", 1),
        row("lincoln-hs", "grad-rate", "SY2022-23", "low", 1, 2, 3)));
    assertEquals(List.of(
        "line 2: must have as many cells as the header (6), got 5",
        "line 3: must have as many cells as the header (6), got 7"), found);
  }

  @Test
  void emptyInputAndUnclosedQuote() {
    assertEquals(List.of("line 1: must have a header row, got an empty input"), problems(""));
    List<String> found = problems(HEADER + "\n\"lincoln-hs,grad-rate,SY2022-23,low,1,2\n");
    assertEquals(1, found.size());
    assertTrue(found.get(0).contains("must be well-formed CSV"), found.get(0));
  }

  @Test
  void everyRowBadIsCountedAndCapped() {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    int n = 200_000;
    for (int r = 0; r < n; r++) {
      text.append("lincoln-hs,grad-rate,SY2022-23,low,").append(3).append(",2\n");
    }
    ValidationException e = refused(text.toString());
    assertEquals(n, e.count());
    assertEquals(ValidationException.DEFAULT_DETAIL_CAP, e.violations().size());
    assertEquals("line 101, column numerator: must be at most the denominator 2, got 3", e.violations().last().toString());
    assertEquals(n, e.countsByKind().values().sum().longValue());
    long[] replayed = {0};
    e.forEachViolation(v -> replayed[0]++);
    assertEquals(n, replayed[0]);
  }

  /** The acceptance case: a million rows with one bad cell give exactly one violation, with its line and column. */
  @Test
  void aMillionRowsWithOneBadCell() {
    int n = 1_000_000;
    int bad = 765_432;
    Reader in = new GeneratedCsv(n, bad);
    ValidationException e = assertThrows(ValidationException.class, () -> CsvReaders.measures(LAYOUT, ColumnMapping.byName(), in));
    assertEquals(1, e.count());
    assertEquals("line " + (bad + 2) + ", column numerator: must be at most the denominator 20, got 31",
        e.violations().single().toString());
    // And without the bad cell, every record is read.
    assertEquals(n, CsvReaders.measures(LAYOUT, ColumnMapping.byName(), new GeneratedCsv(n, -1)).size());
  }

  /** A CSV of measure records made row by row as it is read, so the test holds no file in memory. */
  static final class GeneratedCsv extends Reader {
    private final int rows;
    private final int bad;
    private int row = -1;
    private String pending = HEADER + "\n";
    private int at;

    GeneratedCsv(int rows, int bad) {
      this.rows = rows;
      this.bad = bad;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      int written = 0;
      while (written < length) {
        if (at == pending.length()) {
          if (++row >= rows) {
            return written == 0 ? -1 : written;
          }
          String partner = row % 2 == 0 ? "lincoln-hs" : "eastside-hs";
          String income = row % 3 == 0 ? "low" : "not low";
          pending = partner + ",grad-rate,SY2023-24," + income + "," + (row == bad ? 31 : row % 21) + ",20\n";
          at = 0;
        }
        int n = Math.min(length - written, pending.length() - at);
        pending.getChars(at, at + n, buffer, offset + written);
        at += n;
        written += n;
      }
      return written;
    }

    @Override
    public void close() {}
  }
}
