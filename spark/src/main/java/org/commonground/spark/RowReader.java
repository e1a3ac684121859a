// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import io.vavr.collection.List;
import java.util.HashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.commonground.core.measure.UnitKind;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.SubgroupDimension;

/**
 * Reads one Spark row into codes and values, checking it against the rules {@code MeasureTable}
 * enforces (as the CSV reader does): codes of the layout, the period on the indicator's calendar,
 * finite numbers, no negative count, proportion or rate, a count's denominator 0 (or null), a
 * positive denominator otherwise, and a proportion's numerator within its denominator. Every
 * problem of a row is reported; a row with one is not read. Not thread-safe: one per task.
 */
final class RowReader {

  private static final int PARTNER = 0;
  private static final int INDICATOR = 1;
  private static final int PERIOD = 2;

  private final MeasureLayout layout;
  private final MeasureColumns columns;
  private final int dimensions;
  private final int numeratorField;
  private final int denominatorField;
  private final java.util.List<HashMap<String, Integer>> codes = new java.util.ArrayList<>();
  private final String[] codeRule;
  private final boolean[] count;
  private final boolean[] proportion;
  private final boolean[] mean;
  private final int[] indicatorCalendar;
  private final int[] periodCalendar;
  /** The message of a code not in the layout, for each code field, given what the row holds. */
  private final java.util.List<Function<Object, Message>> codeMessage;

  RowReader(MeasureLayout layout, MeasureColumns columns) {
    this.layout = layout;
    this.columns = columns;
    this.dimensions = layout.dimensions().size();
    this.numeratorField = 3 + dimensions;
    this.denominatorField = 4 + dimensions;
    codes.add(index(layout.partners(), p -> p));
    codes.add(index(layout.indicators(), Indicator::id));
    codes.add(index(layout.periods(), Period::toString));
    for (SubgroupDimension d : layout.dimensions()) {
      codes.add(index(d.groups(), g -> g));
    }
    this.codeRule = new String[3 + dimensions];
    this.codeMessage = new java.util.ArrayList<>();
    codeMessage.add(got -> Message.of("spark.rows.partner", list(layout.partners().values()), got));
    codeMessage.add(got -> Message.of("spark.rows.indicator", list(layout.indicators().values().map(Indicator::id)), got));
    codeMessage.add(got -> Message.of("spark.rows.period", list(layout.periods().values().map(Period::toString)), got));
    for (int d = 0; d < dimensions; d++) {
      SubgroupDimension dimension = layout.dimensions().get(d);
      codeMessage.add(got -> Message.of("spark.rows.group", dimension.name(), list(dimension.groups().values()), got));
    }
    for (int f = 0; f < 3 + dimensions; f++) {
      // The rule, by which problems are counted: the English text without the value given, cut as
      // every violation kind is.
      codeRule[f] = ViolationKind.of(Violation.of("", codeMessage.get(f).apply("-"))).rule();
    }
    int n = layout.indicators().size();
    this.count = new boolean[n];
    this.proportion = new boolean[n];
    this.mean = new boolean[n];
    this.indicatorCalendar = new int[n];
    for (int i = 0; i < n; i++) {
      Unit unit = layout.indicators().value(i).unit();
      count[i] = !unit.hasDenominator();
      proportion[i] = unit.kind() == UnitKind.PROPORTION;
      mean[i] = unit.kind() == UnitKind.MEAN;
      indicatorCalendar[i] = layout.indicators().value(i).periodType().ordinal();
    }
    this.periodCalendar = new int[layout.periods().size()];
    for (int p = 0; p < periodCalendar.length; p++) {
      periodCalendar[p] = layout.periods().value(p).type().ordinal();
    }
  }

  private static <T> HashMap<String, Integer> index(CodeList<T> codes, Function<T, String> text) {
    HashMap<String, Integer> index = new HashMap<>();
    for (int c = 0; c < codes.size(); c++) {
      index.putIfAbsent(text.apply(codes.value(c)), c);
    }
    return index;
  }

  private static Object list(List<String> values) {
    return values.size() <= 12 ? values.mkString("(", ", ", ")")
        : Message.of("spark.rows.list", values.take(10).mkString(", "), values.size() - 10);
  }

  /**
   * Reads a row into {@code codes} (partner, indicator, period, then one group per dimension) and
   * {@code values} (numerator, denominator), or reports its problems.
   *
   * @return whether the row is good; if not, every problem went to {@code problems}
   */
  boolean read(Row row, int[] codesOut, double[] values, Consumer<RowProblem> problems) {
    boolean good = true;
    for (int f = 0; f < 3 + dimensions; f++) {
      Object cell = row.get(columns.positionAt(f));
      Integer code = cell == null ? null : codes.get(f).get((String) cell);
      if (code == null) {
        good = false;
        problems.accept(problem(row, f, codeRule[f], codeMessage.get(f).apply(got(f, cell))));
        codesOut[f] = -1;
      } else {
        codesOut[f] = code;
      }
    }
    int indicator = codesOut[INDICATOR];
    Object numeratorCell = row.get(columns.positionAt(numeratorField));
    Object denominatorCell = row.get(columns.positionAt(denominatorField));
    double numerator = numeratorCell == null ? Double.NaN : ((Number) numeratorCell).doubleValue();
    // A count's denominator may be left null.
    double denominator = denominatorCell == null
        ? (indicator >= 0 && count[indicator] ? 0 : Double.NaN) : ((Number) denominatorCell).doubleValue();
    if (!Double.isFinite(numerator)) {
      good = false;
      problems.accept(problem(row, numeratorField, "must be a finite number",
          Message.of("core.validation.finiteNumber", String.valueOf(numeratorCell))));
    }
    if (!Double.isFinite(denominator)) {
      good = false;
      problems.accept(problem(row, denominatorField, "must be a finite number",
          Message.of("core.validation.finiteNumber", String.valueOf(denominatorCell))));
    }
    if (indicator >= 0) {
      good &= rules(row, indicator, codesOut[PERIOD], numerator, denominator, problems);
    }
    values[0] = numerator;
    values[1] = denominator;
    return good;
  }

  private Object got(int field, Object cell) {
    if (cell == null) {
      return "null";
    }
    String text = (String) cell;
    if (field != PERIOD) {
      return "\"" + text + "\"";
    }
    try {
      return Message.of("spark.rows.periodNotInLayout", text, Period.parse(text).type());
    } catch (IllegalArgumentException e) {
      return Message.of("spark.rows.notAPeriod", text);
    }
  }

  private boolean rules(Row row, int i, int period, double numerator, double denominator, Consumer<RowProblem> problems) {
    boolean good = true;
    Indicator indicator = layout.indicators().value(i);
    if (period >= 0 && periodCalendar[period] != indicatorCalendar[i]) {
      Period p = layout.periods().value(period);
      String rule = "must be on the calendar of " + indicator.id() + " (" + indicator.periodType() + ")";
      problems.accept(problem(row, PERIOD, rule,
          Message.of("spark.rows.calendar", indicator.id(), indicator.periodType(), p, p.type())));
      good = false;
    }
    boolean numeratorOk = Double.isFinite(numerator);
    boolean denominatorOk = Double.isFinite(denominator);
    if (numeratorOk && numerator < 0 && !mean[i]) {
      String rule = "must not be negative for a " + (count[i] ? "count" : indicator.unit());
      problems.accept(problem(row, numeratorField, rule, Message.of("scoring.measure.record.numeratorNegative",
          count[i] ? Message.of("core.measure.Unit.count") : indicator.unit().label(), numerator)));
      good = false;
    }
    if (count[i]) {
      if (denominatorOk && denominator != 0) {
        String rule = "must be 0 (or null) for a count";
        problems.accept(problem(row, denominatorField, rule, Message.of("spark.rows.countDenominator", denominator)));
        good = false;
      }
      return good;
    }
    if (denominatorOk && !(denominator > 0)) {
      String rule = "must be greater than 0 for a " + indicator.unit();
      problems.accept(problem(row, denominatorField, rule,
          Message.of("scoring.measure.record.denominatorPositive", indicator.unit().label(), denominator)));
      good = false;
    }
    if (proportion[i] && numeratorOk && denominatorOk && numerator > denominator) {
      problems.accept(problem(row, numeratorField, "must be at most the denominator",
          Message.of("spark.rows.atMostDenominator", denominator, numerator)));
      good = false;
    }
    return good;
  }

  private RowProblem problem(Row row, int field, String rule, Message message) {
    return RowProblem.of(row.mkString("[", ",", "]"), columns.nameAt(field), rule, message);
  }
}
