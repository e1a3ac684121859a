// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.commonground.core.measure.UnitKind;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;
import org.commonground.core.validation.ViolationSink;

/**
 * The conformance rules of {@code ObservationSet}, for the records of a {@link MeasureTable}: codes
 * within their code lists, the period on the indicator's calendar, finite numbers, no negative
 * counts, numerators and rates, a positive denominator except for counts (whose denominator is 0),
 * and a proportion's numerator within its denominator.
 *
 * <p>The rules come twice. {@link #conform} (with the range checks of {@link CodeColumn#put})
 * answers only whether a block of records breaks none of them, with no message and no branch per
 * rule: it runs on every record of every table, while it is copied. {@link #report} names every rule a record breaks, with its {@link ViolationKind},
 * and builds a message only for the problems a sink spells out; it runs only on tables that are
 * refused. {@code RecordRulesTest} checks that the two agree.
 *
 * <p>Immutable once made.
 */
final class RecordRules {

  // Per-indicator rule flags for conform(): which of the unit's rules apply.
  private static final int ZERO_DENOMINATOR = 1;
  private static final int POSITIVE_DENOMINATOR = 2;
  private static final int NON_NEGATIVE_NUMERATOR = 4;
  private static final int NUMERATOR_AT_MOST_DENOMINATOR = 8;

  private final MeasureLayout layout;
  private final int partners;
  private final int indicators;
  private final int periods;
  private final int[] groups;
  private final int[] flags;
  /** The period type of each indicator and of each period, as ordinals, so a rule is one compare. */
  private final byte[] indicatorCalendar;
  private final byte[] periodCalendar;
  /**
   * The rule flags every indicator shares when every period is on every indicator's calendar, so
   * that no record's rules depend on its codes; -1 otherwise.
   */
  private final int uniform;

  private final ViolationKind partnerCode;
  private final ViolationKind indicatorCode;
  private final ViolationKind periodCode;
  private final ViolationKind[] groupCode;
  private final ViolationKind numeratorFinite;
  private final ViolationKind denominatorFinite;
  /** Per indicator: its calendar, and each of its unit's rules (null where the rule does not apply). */
  private final ViolationKind[] calendar;
  private final ViolationKind[] negativeNumerator;
  private final ViolationKind[] denominatorNotZero;
  private final ViolationKind[] denominatorNotPositive;
  private final ViolationKind[] numeratorAboveDenominator;
  private final String[] groupColumn;

  RecordRules(MeasureLayout layout) {
    this.layout = layout;
    this.partners = layout.partners().size();
    this.indicators = layout.indicators().size();
    this.periods = layout.periods().size();
    int dimensions = layout.dimensions().size();
    this.groups = new int[dimensions];
    this.groupCode = new ViolationKind[dimensions];
    this.groupColumn = new String[dimensions];
    for (int d = 0; d < dimensions; d++) {
      groups[d] = layout.dimensions().get(d).groups().size();
      groupColumn[d] = "groups." + layout.dimensions().get(d).name();
      groupCode[d] = codeKind(groupColumn[d], groups[d]);
    }
    this.partnerCode = codeKind("partner", partners);
    this.indicatorCode = codeKind("indicator", indicators);
    this.periodCode = codeKind("period", periods);
    this.numeratorFinite = kind("numerator[*]", "core.validation.finite");
    this.denominatorFinite = kind("denominator[*]", "core.validation.finite");

    this.flags = new int[indicators];
    this.indicatorCalendar = new byte[indicators];
    this.calendar = new ViolationKind[indicators];
    this.negativeNumerator = new ViolationKind[indicators];
    this.denominatorNotZero = new ViolationKind[indicators];
    this.denominatorNotPositive = new ViolationKind[indicators];
    this.numeratorAboveDenominator = new ViolationKind[indicators];
    for (int i = 0; i < indicators; i++) {
      Indicator indicator = layout.indicators().value(i);
      Unit unit = indicator.unit();
      indicatorCalendar[i] = (byte) indicator.periodType().ordinal();
      calendar[i] = kind("period[*]", "scoring.measure.record.calendar", indicator.id(), indicator.periodType());
      if (!unit.hasDenominator()) {
        flags[i] = ZERO_DENOMINATOR | NON_NEGATIVE_NUMERATOR;
        negativeNumerator[i] = kind("numerator[*]", "scoring.measure.record.countNegative");
        denominatorNotZero[i] = kind("denominator[*]", "scoring.measure.record.countDenominator");
        continue;
      }
      flags[i] = POSITIVE_DENOMINATOR;
      denominatorNotPositive[i] = kind("denominator[*]", "scoring.measure.record.denominatorPositive", unit.label());
      if (unit.kind() != UnitKind.MEAN) {
        flags[i] |= NON_NEGATIVE_NUMERATOR;
        negativeNumerator[i] = kind("numerator[*]", "scoring.measure.record.numeratorNegative", unit.label());
      }
      if (unit.kind() == UnitKind.PROPORTION) {
        flags[i] |= NUMERATOR_AT_MOST_DENOMINATOR;
        numeratorAboveDenominator[i] =
            kind("numerator[*]", "scoring.measure.record.atMostDenominatorRule");
      }
    }
    this.periodCalendar = new byte[periods];
    for (int p = 0; p < periods; p++) {
      periodCalendar[p] = (byte) layout.periods().value(p).type().ordinal();
    }
    boolean same = true;
    for (int i = 0; i < indicators; i++) {
      same &= flags[i] == flags[0] && indicatorCalendar[i] == indicatorCalendar[0];
    }
    for (int p = 0; p < periods; p++) {
      same &= periodCalendar[p] == indicatorCalendar[0];
    }
    this.uniform = same ? flags[0] : -1;
  }

  private static ViolationKind codeKind(String column, int size) {
    return kind(column + "[*]", "scoring.measure.record.code", size - 1);
  }

  /**
   * A kind of violation with its rule from a template, so that summaries by kind speak the
   * reader's language; the arguments come before the value given, which a kind leaves out. Made
   * once per layout, never per record.
   */
  static ViolationKind kind(String path, String key, Object... arguments) {
    Object[] withGot = java.util.Arrays.copyOf(arguments, arguments.length + 1);
    withGot[arguments.length] = "";
    return ViolationKind.of(Violation.of(path, Message.of(key, withGot)));
  }

  /**
   * Whether records {@code 0} to {@code count - 1} of a block break none of the rules that relate
   * columns: the calendar, finite numbers and the unit's rules. Their codes must be in range (the
   * code columns check that while they store them, {@link CodeColumn#put}). Measured hot path
   * ({@code MeasureAggregationBenchmark}, module {@code benchmarks}, times building tables too):
   * every record of every table passes here while it is copied, so the rules are folded with
   * {@code &} rather than tested one by one; and when every indicator has the same rules and every
   * period is on their calendar, nothing depends on the indicator and the loop reads only the two
   * number columns.
   */
  boolean conform(int[] indicator, int[] period, double[] numerator, double[] denominator, int count) {
    if (uniform >= 0) {
      return conform(uniform, numerator, denominator, count);
    }
    boolean ok = true;
    for (int r = 0; r < count; r++) {
      int i = indicator[r];
      ok &= indicatorCalendar[i] == periodCalendar[period[r]] & conforms(flags[i], numerator[r], denominator[r]);
    }
    return ok;
  }

  private static boolean conform(int flags, double[] numerator, double[] denominator, int count) {
    boolean ok = true;
    for (int r = 0; r < count; r++) {
      ok &= conforms(flags, numerator[r], denominator[r]);
    }
    return ok;
  }

  /** Whether two numbers are finite and meet the given rules. */
  private static boolean conforms(int flags, double n, double d) {
    // n - n is 0 exactly when n is finite (NaN and ±∞ give NaN); comparisons with NaN are false.
    return n - n == 0 & d - d == 0
        & ((flags & ZERO_DENOMINATOR) == 0 | d == 0)
        & ((flags & POSITIVE_DENOMINATOR) == 0 | d > 0)
        & ((flags & NON_NEGATIVE_NUMERATOR) == 0 | n >= 0)
        & ((flags & NUMERATOR_AT_MOST_DENOMINATOR) == 0 | n <= d);
  }

  /**
   * Reports every rule one record breaks, in the order of the columns: its codes, then finite
   * numbers, then the calendar (when the indicator and period are known), then the unit's rules
   * (when the indicator is known and the numbers finite).
   *
   * @param row the record's row, for the paths
   * @param group the record's group codes, one per dimension
   */
  void report(
      int row, int partner, int indicator, int period, int[] group, double numerator, double denominator,
      ViolationSink sink) {
    code(sink, partnerCode, "partner", row, partner, partners);
    boolean indicatorKnown = code(sink, indicatorCode, "indicator", row, indicator, indicators);
    boolean periodKnown = code(sink, periodCode, "period", row, period, periods);
    for (int d = 0; d < groups.length; d++) {
      code(sink, groupCode[d], groupColumn[d], row, group[d], groups[d]);
    }
    boolean finite = Double.isFinite(numerator);
    if (!finite) {
      sink.report(numeratorFinite, () -> Violation.of("numerator[" + row + "]", Message.of("core.validation.finite", numerator)));
    }
    if (!Double.isFinite(denominator)) {
      finite = false;
      sink.report(denominatorFinite, () -> Violation.of("denominator[" + row + "]", Message.of("core.validation.finite", denominator)));
    }
    if (!indicatorKnown) {
      return;
    }
    if (periodKnown && indicatorCalendar[indicator] != periodCalendar[period]) {
      Indicator i = layout.indicators().value(indicator);
      Period p = layout.periods().value(period);
      sink.report(calendar[indicator], () -> Violation.of("period[" + row + "]",
          Message.of("scoring.measure.record.calendar", i.id(), i.periodType(), p)));
    }
    if (!finite) {
      return;
    }
    int f = flags[indicator];
    if ((f & ZERO_DENOMINATOR) != 0) {
      if (numerator < 0) {
        sink.report(negativeNumerator[indicator], () -> Violation.of("numerator[" + row + "]",
            Message.of("scoring.measure.record.countNegative", numerator)));
      }
      if (denominator != 0) {
        sink.report(denominatorNotZero[indicator], () -> Violation.of("denominator[" + row + "]",
            Message.of("scoring.measure.record.countDenominator", denominator)));
      }
      return;
    }
    Unit unit = layout.indicators().value(indicator).unit();
    if (!(denominator > 0)) {
      sink.report(denominatorNotPositive[indicator], () -> Violation.of("denominator[" + row + "]",
          Message.of("scoring.measure.record.denominatorPositive", unit.label(), denominator)));
    }
    if ((f & NON_NEGATIVE_NUMERATOR) != 0 && numerator < 0) {
      sink.report(negativeNumerator[indicator], () -> Violation.of("numerator[" + row + "]",
          Message.of("scoring.measure.record.numeratorNegative", unit.label(), numerator)));
    }
    if ((f & NUMERATOR_AT_MOST_DENOMINATOR) != 0 && numerator > denominator) {
      sink.report(numeratorAboveDenominator[indicator], () -> Violation.of("numerator[" + row + "]",
          Message.of("scoring.measure.record.atMostDenominator", denominator, numerator)));
    }
  }

  private static boolean code(ViolationSink sink, ViolationKind kind, String column, int row, int code, int size) {
    if (code >= 0 && code < size) {
      return true;
    }
    sink.report(kind, () -> Violation.of(column + "[" + row + "]",
        Message.of("scoring.measure.record.code", size - 1, code)));
    return false;
  }
}
