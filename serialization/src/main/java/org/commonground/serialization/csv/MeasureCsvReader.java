// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.csv;

import io.vavr.collection.List;
import java.io.Reader;
import java.util.HashMap;
import java.util.Set;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.commonground.core.measure.UnitKind;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.scoring.measure.SubgroupDimension;

/**
 * Reads measure records from CSV into a {@link MeasureTable}, row by row: each row's codes are
 * looked up in the layout's code lists, its numbers parsed, and the record checked against the
 * rules {@code MeasureTable} enforces (the period on the indicator's calendar, a count's
 * denominator 0, a positive denominator otherwise, no negative count, proportion or rate, a
 * proportion's numerator within its denominator), each problem reported at its line and column.
 * Good records go straight into a {@link MeasureTable.Builder}, which keeps them narrow; no row
 * object is kept. Once a problem is found no more records are appended, but every row is still
 * checked, so the exception counts them all. Mutable, one per read.
 */
final class MeasureCsvReader {

  private static final int PARTNER = 0;
  private static final int INDICATOR = 1;
  private static final int PERIOD = 2;

  private final MeasureLayout layout;
  private final int dimensions;
  private final List<String> fields;
  private final HashMap<String, Integer> partners;
  private final HashMap<String, Integer> indicators;
  private final HashMap<String, Integer> periods;
  private final java.util.List<HashMap<String, Integer>> groups = new java.util.ArrayList<>();
  /** Per indicator: whether its unit is a count, a proportion, a mean. */
  private final boolean[] count;
  private final boolean[] proportion;
  private final boolean[] mean;
  /** The calendar of each indicator and of each period, as ordinals, so the rule is one compare. */
  private final int[] indicatorCalendar;
  private final int[] periodCalendar;
  private final ViolationKind[] unknown;
  private final String[] unknownRule;
  private final ViolationKind[] notANumber = new ViolationKind[2];
  private final ViolationKind[] calendar;
  private final ViolationKind[] negative;
  private final ViolationKind[] positiveDenominator;
  private ViolationKind countDenominator;
  private ViolationKind aboveDenominator;
  private String periodColumn;
  private String numeratorColumn;
  private String denominatorColumn;

  MeasureCsvReader(MeasureLayout layout) {
    this.layout = layout;
    this.dimensions = layout.dimensions().size();
    this.fields = List.of("partner", "indicator", "period")
        .appendAll(layout.dimensions().map(SubgroupDimension::name))
        .appendAll(List.of("numerator", "denominator"));
    this.partners = index(layout.partners(), p -> p);
    this.indicators = index(layout.indicators(), Indicator::id);
    this.periods = index(layout.periods(), Period::toString);
    for (SubgroupDimension d : layout.dimensions()) {
      groups.add(index(d.groups(), g -> g));
    }
    int n = layout.indicators().size();
    this.count = new boolean[n];
    this.proportion = new boolean[n];
    this.mean = new boolean[n];
    this.calendar = new ViolationKind[n];
    this.negative = new ViolationKind[n];
    this.positiveDenominator = new ViolationKind[n];
    this.unknown = new ViolationKind[3 + dimensions];
    this.unknownRule = new String[3 + dimensions];
    this.indicatorCalendar = new int[n];
    this.periodCalendar = new int[layout.periods().size()];
    for (int p = 0; p < periodCalendar.length; p++) {
      periodCalendar[p] = layout.periods().value(p).type().ordinal();
    }
    for (int i = 0; i < n; i++) {
      indicatorCalendar[i] = layout.indicators().value(i).periodType().ordinal();
      Unit unit = layout.indicators().value(i).unit();
      count[i] = !unit.hasDenominator();
      proportion[i] = unit.kind() == UnitKind.PROPORTION;
      mean[i] = unit.kind() == UnitKind.MEAN;
    }
  }

  private static <T> HashMap<String, Integer> index(CodeList<T> codes, java.util.function.Function<T, String> text) {
    HashMap<String, Integer> index = new HashMap<>();
    for (int c = 0; c < codes.size(); c++) {
      index.putIfAbsent(text.apply(codes.value(c)), c);
    }
    return index;
  }

  private static String list(List<String> values) {
    return values.size() <= 12 ? values.mkString("(", ", ", ")")
        : values.take(10).mkString("(", ", ", ", … " + (values.size() - 10) + " more)");
  }

  MeasureTable read(ColumnMapping mapping, Reader in) {
    CsvProblems problems = new CsvProblems();
    CsvRows rows = CsvRows.of(in, problems);
    CsvRows.Header header = rows.header(fields, Set.of(), mapping);
    String subject = "MeasureTable from CSV";
    if (header == null) {
      problems.throwIfAny(subject);
    }
    int[] at = header.columns;
    int width = header.names.length;
    String[] column = new String[at.length];
    for (int f = 0; f < at.length; f++) {
      column[f] = header.names[at[f]];
    }
    kinds(column);
    MeasureTable.Builder builder = MeasureTable.builder(layout);
    int[] groupCodes = new int[dimensions];
    int numeratorAt = at[3 + dimensions];
    int denominatorAt = at[4 + dimensions];
    while (rows.next()) {
      if (!rows.hasWidth(width)) {
        continue;
      }
      String[] cells = rows.cells();
      long line = rows.line();
      int partner = code(partners, cells[at[PARTNER]], PARTNER, line, column, problems);
      int indicator = code(indicators, cells[at[INDICATOR]], INDICATOR, line, column, problems);
      int period = period(cells[at[PERIOD]], line, column[PERIOD], problems);
      for (int d = 0; d < dimensions; d++) {
        groupCodes[d] = code(groups.get(d), cells[at[3 + d]], 3 + d, line, column, problems);
      }
      String numeratorText = cells[numeratorAt];
      String denominatorText = cells[denominatorAt];
      double numerator = Numbers.parse(numeratorText);
      // A count's denominator may be left empty.
      double denominator = denominatorText.isEmpty() && indicator >= 0 && count[indicator] ? 0 : Numbers.parse(denominatorText);
      if (Double.isNaN(numerator)) {
        notANumber(0, line, numeratorColumn, numeratorText, problems);
      }
      if (Double.isNaN(denominator)) {
        notANumber(1, line, denominatorColumn, denominatorText, problems);
      }
      if (indicator >= 0) {
        rules(indicator, period, numerator, denominator, numeratorText, denominatorText, line, problems);
      }
      if (problems.count() == 0) {
        builder.add(partner, indicator, period, groupCodes, numerator, denominator);
      }
    }
    problems.throwIfAny(subject);
    return builder.build();
  }

  private void kinds(String[] column) {
    periodColumn = column[PERIOD];
    numeratorColumn = column[3 + dimensions];
    denominatorColumn = column[4 + dimensions];
    List<String> what = List.of("a partner of the layout " + list(layout.partners().values()),
        "an indicator of the layout " + list(layout.indicators().values().map(Indicator::id)),
        "a period of the layout " + list(layout.periods().values().map(Period::toString)));
    for (int d = 0; d < dimensions; d++) {
      SubgroupDimension dimension = layout.dimensions().get(d);
      what = what.append("a group of " + dimension.name() + " " + list(dimension.groups().values()));
    }
    for (int f = 0; f < 3 + dimensions; f++) {
      unknownRule[f] = "must be " + what.get(f);
      unknown[f] = CsvProblems.kind(column[f], unknownRule[f]);
    }
    countDenominator = CsvProblems.kind(denominatorColumn, "must be 0 (or empty) for a count");
    aboveDenominator = CsvProblems.kind(numeratorColumn, "must be at most the denominator");
    notANumber[0] = CsvProblems.kind(numeratorColumn, "must be a finite number");
    notANumber[1] = CsvProblems.kind(denominatorColumn, "must be a finite number");
    for (int i = 0; i < count.length; i++) {
      Indicator indicator = layout.indicators().value(i);
      Unit unit = indicator.unit();
      calendar[i] = CsvProblems.kind(column[PERIOD],
          "must be on the calendar of " + indicator.id() + " (" + indicator.periodType() + ")");
      negative[i] = CsvProblems.kind(numeratorColumn, "must not be negative for a " + (count[i] ? "count" : unit));
      positiveDenominator[i] = CsvProblems.kind(denominatorColumn, "must be greater than 0 for a " + unit);
    }
  }

  private int code(HashMap<String, Integer> codes, String text, int field, long line, String[] column, CsvProblems problems) {
    Integer code = codes.get(text);
    if (code != null) {
      return code;
    }
    String rule = unknownRule[field];
    String name = column[field];
    problems.report(unknown[field], () -> Violation.of(CsvProblems.at(line, name), rule + ", got \"" + text + "\""));
    return -1;
  }

  private int period(String text, long line, String name, CsvProblems problems) {
    Integer code = periods.get(text);
    if (code != null) {
      return code;
    }
    String why;
    try {
      why = "\"" + text + "\" (" + Period.parse(text).type() + ", not in the layout)";
    } catch (IllegalArgumentException e) {
      why = "\"" + text + "\", not a period (such as SY2023-24, 2024-Q1, 2024-03, 2024)";
    }
    String got = why;
    problems.report(unknown[PERIOD], () -> Violation.of(CsvProblems.at(line, name), unknownRule[PERIOD] + ", got " + got));
    return -1;
  }

  private void notANumber(int which, long line, String name, String text, CsvProblems problems) {
    problems.report(notANumber[which], () -> Violation.of(CsvProblems.at(line, name),
        "must be a finite number, got \"" + text + "\""));
  }

  private void rules(
      int i, int period, double numerator, double denominator, String numeratorText, String denominatorText, long line,
      CsvProblems problems) {
    if (period >= 0 && periodCalendar[period] != indicatorCalendar[i]) {
      Period p = layout.periods().value(period);
      ViolationKind kind = calendar[i];
      problems.report(kind, () -> Violation.of(CsvProblems.at(line, periodColumn),
          kind.rule() + ", got " + p + " (" + p.type() + ")"));
    }
    boolean numeratorOk = !Double.isNaN(numerator);
    boolean denominatorOk = !Double.isNaN(denominator);
    if (numeratorOk && numerator < 0 && !mean[i]) {
      ViolationKind kind = negative[i];
      problems.report(kind, () -> Violation.of(CsvProblems.at(line, numeratorColumn), kind.rule() + ", got " + numeratorText));
    }
    if (count[i]) {
      if (denominatorOk && denominator != 0) {
        problems.report(countDenominator, () -> Violation.of(CsvProblems.at(line, denominatorColumn),
            "must be 0 (or empty) for a count, got " + denominatorText));
      }
      return;
    }
    if (denominatorOk && !(denominator > 0)) {
      ViolationKind kind = positiveDenominator[i];
      problems.report(kind, () -> Violation.of(CsvProblems.at(line, denominatorColumn), kind.rule() + ", got " + denominatorText));
    }
    if (proportion[i] && numeratorOk && denominatorOk && numerator > denominator) {
      problems.report(aboveDenominator, () -> Violation.of(CsvProblems.at(line, numeratorColumn),
          "must be at most the denominator " + denominatorText + ", got " + numeratorText));
    }
  }

}
