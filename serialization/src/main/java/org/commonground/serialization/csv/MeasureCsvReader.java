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
import org.commonground.core.validation.Message;
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
  private final Message[] unknownWhat;
  private final ViolationKind[] notANumber = new ViolationKind[2];
  private final ViolationKind[] calendar;
  private final Indicator[] calendarOf;
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
    this.calendarOf = new Indicator[n];
    this.negative = new ViolationKind[n];
    this.positiveDenominator = new ViolationKind[n];
    this.unknown = new ViolationKind[3 + dimensions];
    this.unknownWhat = new Message[3 + dimensions];
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

  private static Message list(List<String> values) {
    return values.size() <= 12 ? Message.literal(values.mkString("(", ", ", ")"))
        : Message.of("serialization.csv.list", values.take(10).mkString(", "), values.size() - 10);
  }

  /** A unit in a rule: count, mean, percent, proportion per 1000. */
  private static Message unit(Unit unit) {
    String text = unit.toString();
    switch (unit.kind()) {
      case COUNT:
        return Message.of("serialization.csv.unit.count");
      case MEAN:
        return Message.of("serialization.csv.unit.mean");
      default:
        return text.equals("percent") ? Message.of("serialization.csv.unit.percent")
            : Message.of("serialization.csv.unit.proportion", text.replaceFirst("^proportion per ", ""));
    }
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
    List<Message> what = List.of(
        Message.of("serialization.csv.what.partner", list(layout.partners().values())),
        Message.of("serialization.csv.what.indicator", list(layout.indicators().values().map(Indicator::id))),
        Message.of("serialization.csv.what.period", list(layout.periods().values().map(Period::toString))));
    for (int d = 0; d < dimensions; d++) {
      SubgroupDimension dimension = layout.dimensions().get(d);
      what = what.append(Message.of("serialization.csv.what.group", dimension.name(), list(dimension.groups().values())));
    }
    // The kinds are made from examples of their messages (the value given left empty), once per
    // reader; a cell's message is made only when the cell is bad.
    for (int f = 0; f < 3 + dimensions; f++) {
      unknownWhat[f] = what.get(f);
      unknown[f] = CsvProblems.kind(column[f], Message.of("serialization.csv.unknown", what.get(f), ""));
    }
    countDenominator = CsvProblems.kind(denominatorColumn, Message.of("serialization.csv.countDenominator", ""));
    aboveDenominator = CsvProblems.kind(numeratorColumn, Message.of("serialization.csv.rule.aboveDenominator"));
    notANumber[0] = CsvProblems.kind(numeratorColumn, Message.of("core.validation.finiteNumber", ""));
    notANumber[1] = CsvProblems.kind(denominatorColumn, Message.of("core.validation.finiteNumber", ""));
    for (int i = 0; i < count.length; i++) {
      Indicator indicator = layout.indicators().value(i);
      Unit unit = indicator.unit();
      calendar[i] = CsvProblems.kind(column[PERIOD],
          Message.of("serialization.csv.calendar", indicator.id(), indicator.periodType(), "", ""));
      calendarOf[i] = indicator;
      negative[i] = CsvProblems.kind(numeratorColumn,
          Message.of("serialization.csv.negative", count[i] ? Message.of("serialization.csv.unit.count") : unit(unit), ""));
      positiveDenominator[i] = CsvProblems.kind(denominatorColumn,
          Message.of("serialization.csv.positiveDenominator", unit(unit), ""));
    }
  }

  private int code(HashMap<String, Integer> codes, String text, int field, long line, String[] column, CsvProblems problems) {
    Integer code = codes.get(text);
    if (code != null) {
      return code;
    }
    Message what = unknownWhat[field];
    String name = column[field];
    problems.report(unknown[field], () -> Violation.of(CsvProblems.at(line, name),
        Message.of("serialization.csv.unknown", what, "\"" + text + "\"")));
    return -1;
  }

  private int period(String text, long line, String name, CsvProblems problems) {
    Integer code = periods.get(text);
    if (code != null) {
      return code;
    }
    Message why;
    try {
      why = Message.of("serialization.csv.period.notInLayout", "\"" + text + "\"", Period.parse(text).type());
    } catch (IllegalArgumentException e) {
      why = Message.of("serialization.csv.period.notAPeriod", "\"" + text + "\"");
    }
    Message got = why;
    problems.report(unknown[PERIOD], () -> Violation.of(CsvProblems.at(line, name),
        Message.of("serialization.csv.unknown", unknownWhat[PERIOD], got)));
    return -1;
  }

  private void notANumber(int which, long line, String name, String text, CsvProblems problems) {
    problems.report(notANumber[which], () -> Violation.of(CsvProblems.at(line, name),
        Message.of("core.validation.finiteNumber", "\"" + text + "\"")));
  }

  private void rules(
      int i, int period, double numerator, double denominator, String numeratorText, String denominatorText, long line,
      CsvProblems problems) {
    if (period >= 0 && periodCalendar[period] != indicatorCalendar[i]) {
      Period p = layout.periods().value(period);
      ViolationKind kind = calendar[i];
      Indicator indicator = calendarOf[i];
      problems.report(kind, () -> Violation.of(CsvProblems.at(line, periodColumn),
          Message.of("serialization.csv.calendar", indicator.id(), indicator.periodType(), p, p.type())));
    }
    boolean numeratorOk = !Double.isNaN(numerator);
    boolean denominatorOk = !Double.isNaN(denominator);
    if (numeratorOk && numerator < 0 && !mean[i]) {
      ViolationKind kind = negative[i];
      Message what = count[i] ? Message.of("serialization.csv.unit.count") : unit(layout.indicators().value(i).unit());
      problems.report(kind, () -> Violation.of(CsvProblems.at(line, numeratorColumn),
          Message.of("serialization.csv.negative", what, numeratorText)));
    }
    if (count[i]) {
      if (denominatorOk && denominator != 0) {
        problems.report(countDenominator, () -> Violation.of(CsvProblems.at(line, denominatorColumn),
            Message.of("serialization.csv.countDenominator", denominatorText)));
      }
      return;
    }
    if (denominatorOk && !(denominator > 0)) {
      ViolationKind kind = positiveDenominator[i];
      Unit unit = layout.indicators().value(i).unit();
      problems.report(kind, () -> Violation.of(CsvProblems.at(line, denominatorColumn),
          Message.of("serialization.csv.positiveDenominator", unit(unit), denominatorText)));
    }
    if (proportion[i] && numeratorOk && denominatorOk && numerator > denominator) {
      problems.report(aboveDenominator, () -> Violation.of(CsvProblems.at(line, numeratorColumn),
          Message.of("serialization.csv.aboveDenominator", denominatorText, numeratorText)));
    }
  }

}
