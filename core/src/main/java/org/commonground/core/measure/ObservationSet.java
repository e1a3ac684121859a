// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import io.vavr.collection.List;
import io.vavr.control.Validation;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Check;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;
import org.commonground.core.validation.Violations;

/**
 * A batch of observations that all conform to their shared measure set: each partner tracks each
 * indicator the same way (seed 000, step 5). Roll-ups and scorecards take an observation set.
 *
 * <p>An observation conforms when its indicator is in the set; its period is of the indicator's
 * calendar (a fiscal year starting in the same month as the indicator's baseline and targets, or,
 * without them, as its first observation: a July-to-June and an October-to-September year are
 * never mixed); a count has no denominator and every other unit has one, greater than 0; no count,
 * numerator or rate is negative; a proportion's numerator is at most its denominator; and no other
 * observation has the same partner, indicator, period and subgroup. A batch is checked whole: every
 * reason of every non-conforming observation is reported, and nothing is accepted unless
 * everything is.
 *
 * <pre>{@code
 * Validation<List<Violation>, ObservationSet> checked = ObservationSet.validate(measures, batch);
 * ObservationSet accepted = ObservationSet.of(measures, batch);  // or throw with every reject
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObservationSet {

  private final SharedMeasureSet measures;
  private final List<Observation> observations;

  private ObservationSet(SharedMeasureSet measures, List<Observation> observations) {
    this.measures = measures;
    this.observations = observations;
  }

  /**
   * Checks a batch against a shared measure set.
   *
   * @param measures the shared measure set
   * @param observations the batch
   * @return the accepted set, or every reason of every reject, with its path
   *     ({@code observations[3].numerator: ...}); or, if an argument is or holds null, every null
   *     ({@code measures}, {@code observations[3]: must not be null})
   */
  public static Validation<List<Violation>, ObservationSet> validate(
      SharedMeasureSet measures, List<Observation> observations) {
    Violations nulls = nulls(measures, observations);
    if (!nulls.isEmpty()) {
      return Validation.invalid(nulls.toList());
    }
    java.util.ArrayList<Violation> found = new java.util.ArrayList<>();
    check(measures, observations).forEachViolation(found::add);
    return found.isEmpty()
        ? Validation.valid(new ObservationSet(measures, observations))
        : Validation.invalid(List.ofAll(found));
  }

  /**
   * Checks the observations, given in any {@link Iterable} such as a {@code java.util.List}, and
   * returns every problem instead of throwing; otherwise as {@link #validate(SharedMeasureSet, List)}.
   *
   * @param measures the shared measure set
   * @param observations the observations
   * @return the accepted set, or every violation
   */
  public static Validation<List<Violation>, ObservationSet> validate(
      SharedMeasureSet measures, Iterable<? extends Observation> observations) {
    return validate(measures, JavaInputs.<Observation>list(observations));
  }

  /**
   * Checks a batch and accepts it whole.
   *
   * @param measures the shared measure set
   * @param observations the batch
   * @return the accepted set
   * @throws org.commonground.core.validation.ValidationException naming every null argument or
   *     observation; else counting every reason of every reject, the first ones spelled out with
   *     their paths and the rest counted by kind
   */
  public static ObservationSet of(SharedMeasureSet measures, List<Observation> observations) {
    nulls(measures, observations).throwIfAny("Observations");
    check(measures, observations).throwIfAny("Observations for " + measures.name());
    return new ObservationSet(measures, observations);
  }

  /**
   * Checks the observations, given in any {@link Iterable} such as a {@code java.util.List},
   * against the measures; otherwise as {@link #of(SharedMeasureSet, List)}.
   *
   * @param measures the shared measure set
   * @param observations the observations
   * @return the checked set
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static ObservationSet of(SharedMeasureSet measures, Iterable<? extends Observation> observations) {
    return of(measures, JavaInputs.<Observation>list(observations));
  }

  /**
   * The arguments' nulls, each with its path: checked once per call, before the batch is read. A
   * null observation is reported by the batch's own pass ({@link #check}).
   */
  private static Violations nulls(SharedMeasureSet measures, List<Observation> observations) {
    return Violations.none().notNull("measures", measures).notNull("observations", observations);
  }

  /**
   * The check of a batch, linear in its size: one pass, a hash lookup per observation for
   * duplicates and one for its indicator, and messages built only for the problems spelled out.
   */
  private static Check check(SharedMeasureSet measures, List<Observation> observations) {
    java.util.Map<String, Indicator> indicators = new java.util.HashMap<>();
    measures.indicators().forEach(i -> indicators.put(i.id(), i));
    ViolationKind duplicate =
        ViolationKind.of(Violation.of("observations[*]", Message.of("core.measure.observations.duplicate")));
    ViolationKind unknown = ViolationKind.of(
        Violation.of("observations[*].indicator", Message.of("core.measure.observations.unknown", measures.name(), "")));
    ViolationKind otherFiscalYear =
        ViolationKind.of(Violation.of("observations[*].period", Message.of("core.measure.observations.fiscalYear.kind")));
    ViolationKind missing = ViolationKind.of(Violation.of("observations[*]", Message.of("core.validation.notNull")));
    return sink -> {
      // Sized for the batch: growing a map of a million keys step by step costs a fifth of the pass.
      java.util.Map<Object, Integer> seen = new java.util.HashMap<>(Math.max(16, (int) (observations.size() / 0.75f) + 1));
      // Each fiscal-year indicator's first month: that of its baseline or targets, else of its first observation.
      java.util.Map<String, Integer> firstMonths = new java.util.HashMap<>();
      int i = 0;
      for (Observation o : observations) {
        int index = i++;
        if (o == null) {
          sink.report(missing, () -> Violation.of("observations[" + index + "]", Message.of("core.validation.notNull")));
          continue;
        }
        Integer first = seen.putIfAbsent(new Key(o.partner(), o.indicator(), o.period(), o.subgroup()), index);
        if (first != null) {
          sink.report(duplicate, () ->
              Violation.of("observations[" + index + "]",
                  Message.of("core.validation.duplicates", "observations[" + first + "]", o.key())));
        }
        Indicator known = indicators.get(o.indicator());
        if (known == null) {
          sink.report(unknown, () -> Violation.of("observations[" + index + "].indicator",
              Message.of("core.measure.observations.unknown", measures.name(), "\"" + o.indicator() + "\"")));
        } else if (!conforms(known, o)) {
          sink.reportAll("observations[" + index + "]", conformance(known, o));
        } else if (o.period().type() == PeriodType.FISCAL_YEAR) {
          int month = firstMonths.computeIfAbsent(known.id(), id -> fiscalFirstMonth(known).getOrElse(o.period().firstMonth()));
          if (month != o.period().firstMonth()) {
            sink.report(otherFiscalYear, () -> Violation.of("observations[" + index + "].period",
                Message.of(fiscalFirstMonth(known).isDefined()
                    ? "core.measure.observations.fiscalYear.targets"
                    : "core.measure.observations.fiscalYear.first", month, o.period())));
          }
        }
      }
    };
  }

  /** What makes two observations duplicates: the same partner, indicator, period and subgroup. */
  private record Key(String partner, String indicator, Period period, Object subgroup) {}

  /** The first month of an indicator's fiscal years, from its baseline or targets. */
  private static io.vavr.control.Option<Integer> fiscalFirstMonth(Indicator indicator) {
    return indicator.baseline().map(Baseline::period).toList().appendAll(indicator.targets().map(Target::period))
        .find(p -> p.type() == PeriodType.FISCAL_YEAR)
        .map(Period::firstMonth);
  }

  /** The rules of {@link #conformance}, without building a message: most observations conform. */
  private static boolean conforms(Indicator indicator, Observation o) {
    Unit unit = indicator.unit();
    if (o.period().type() != indicator.periodType()) {
      return false;
    }
    if (!unit.hasDenominator()) {
      return o.denominator().isEmpty() && o.numerator() >= 0;
    }
    if (o.denominator().isEmpty()) {
      return false;
    }
    double denominator = o.denominator().get();
    return denominator > 0
        && (unit.kind() == UnitKind.MEAN || o.numerator() >= 0)
        && (unit.kind() != UnitKind.PROPORTION || o.numerator() <= denominator);
  }

  /**
   * Why one observation does not fit its indicator.
   *
   * @param indicator the indicator it reports
   * @param o the observation
   * @return the violations, with paths relative to the observation; empty if it conforms
   */
  public static List<Violation> conformance(Indicator indicator, Observation o) {
    if (indicator == null || o == null) {
      return Violations.none().notNull("indicator", indicator).notNull("observation", o).toList();
    }
    if (conforms(indicator, o)) {
      return List.empty();
    }
    Unit unit = indicator.unit();
    Violations found =
        Violations.none()
            .require(
                o.period().type() == indicator.periodType(),
                "period",
                () -> Message.of("core.measure.indicator.period", indicator.periodType(), o.period(), o.period().type()));
    if (!unit.hasDenominator()) {
      return found
          .require(o.denominator().isEmpty(), "denominator", () -> Message.of("core.measure.countDenominator", o.denominator().getOrElse(0.0)))
          .require(o.numerator() >= 0, "numerator", () -> Message.of("core.measure.countNotNegative", o.numerator()))
          .toList();
    }
    if (o.denominator().isEmpty()) {
      return found.add(Violation.of("denominator", Message.of("core.measure.denominatorGiven", unit.label()))).toList();
    }
    double denominator = o.denominator().get();
    found = found.require(denominator > 0, "denominator", () -> Message.of("core.validation.above", 0, denominator));
    if (unit.kind() != UnitKind.MEAN) {
      found = found.require(o.numerator() >= 0, "numerator", () -> Message.of("core.measure.notNegativeFor", unit.label(), o.numerator()));
    }
    if (unit.kind() == UnitKind.PROPORTION) {
      found =
          found.require(
              o.numerator() <= denominator,
              "numerator",
              () -> Message.of("core.measure.proportionNumerator", denominator, o.numerator()));
    }
    return found.toList();
  }

  /**
   * The shared measure set the observations conform to.
   *
   * @return the set
   */
  public SharedMeasureSet measures() {
    return measures;
  }

  /**
   * The observations, in the order given.
   *
   * @return the observations
   */
  public List<Observation> observations() {
    return observations;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObservationSet
        && ((ObservationSet) other).measures.equals(measures)
        && ((ObservationSet) other).observations.equals(observations);
  }

  @Override
  public int hashCode() {
    return 31 * measures.hashCode() + observations.hashCode();
  }

  /** Returns {@code ObservationSet[n observations for name]}. */
  @Override
  public String toString() {
    return "ObservationSet[" + observations.size() + " observations for " + measures.name() + "]";
  }
}
