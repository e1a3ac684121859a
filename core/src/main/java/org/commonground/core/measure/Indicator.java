// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A shared measure of an {@link Outcome}: what is counted ({@link Unit}), which way is better
 * ({@link Polarity}), how often and on which calendar partners report ({@link PeriodType}), its role
 * ({@link IndicatorKind}, {@link RbaCategory}), how partners' values combine
 * ({@link AggregationType}), its baseline and its interim and long-term targets.
 *
 * <p>Checked on creation: the aggregation fits the unit; the baseline and every target are periods
 * of the indicator's type (fiscal years all with the first month of the first one given), the
 * baseline comes before every target, no two targets share a period; a proportion's values lie
 * between 0 and its multiplier (0 and 100 %), and a count's or rate's are not negative.
 *
 * <pre>{@code
 * Indicator graduation = Indicator.builder()
 *     .id("grad-rate").name("Four-year graduation rate").outcome("graduation")
 *     .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
 *     .periodType(PeriodType.SCHOOL_YEAR)
 *     .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR)
 *     .baseline(Option.of(Baseline.of(Period.schoolYear(2021), 78.0)))
 *     .targets(List.of(Target.interim(Period.schoolYear(2024), 84.0),
 *                      Target.longTerm(Period.schoolYear(2029), 90.0)))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

  Indicator() {}

  /**
   * The indicator's id, unique within its shared measure set.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String id();

  /**
   * The indicator's name as reports show it.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The id of the outcome the indicator measures.
   *
   * @return an outcome id of the set
   */
  public abstract String outcome();

  /**
   * What is counted.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Which way is better.
   *
   * @return the polarity
   */
  public abstract Polarity polarity();

  /**
   * The reporting frequency and calendar.
   *
   * @return the period type
   */
  public abstract PeriodType periodType();

  /**
   * Core (on-track) or contributing.
   *
   * @return the kind
   */
  public abstract IndicatorKind kind();

  /**
   * Population indicator or which performance measure.
   *
   * @return the RBA category
   */
  public abstract RbaCategory rbaCategory();

  /**
   * How partners' values combine: by default the sum for counts and the pooled average for
   * proportions, rates and means.
   *
   * @return the aggregation type, one the unit {@link Unit#allows allows}
   */
  @Value.Default
  public AggregationType aggregation() {
    // A missing unit is reported by the check; the default must not fail before it.
    return unit() != null && unit().hasDenominator() ? AggregationType.AVERAGE : AggregationType.SUM;
  }

  /**
   * Where the indicator started.
   *
   * @return the baseline, or none
   */
  @Value.Default
  public Option<Baseline> baseline() {
    return Option.none();
  }

  /**
   * The interim and long-term targets, in any order.
   *
   * @return the targets, at most one per period
   */
  @Value.Default
  public List<Target> targets() {
    return List.empty();
  }

  /**
   * A builder for an indicator.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Indicator}: every setter of the generated {@link ImmutableIndicator.Builder} (which
   * take Vavr's {@code Option} and collections), and for {@code baseline}, {@code targets} also the plain value or a
   * {@code java.util} collection. {@code build()} checks the value and reports every problem, a
   * null included, with its path in one {@code ValidationException}.
   */
  public static final class Builder extends ImmutableIndicator.Builder {

    /** A new, empty builder; {@link Indicator#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the baseline to a present value: the same as {@code baseline(Option.of(baseline))}.
     *
     * @param baseline the baseline; null is reported by {@code build()} as a {@code ValidationException}
     *     naming {@code baseline}
     * @return this builder
     */
    public Builder baseline(Baseline baseline) {
      return baseline(baseline == null ? null : Option.some(baseline));
    }

    /**
     * Sets the targets from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param targets the targets; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder targets(Iterable<? extends Target> targets) {
      return targets(JavaInputs.<Target>list(targets));
    }
  }

  /**
   * The target for a period.
   *
   * @param period a period
   * @return its target, or none
   */
  public Option<Target> targetFor(Period period) {
    return targets().find(t -> t.period().equals(period));
  }

  /**
   * The first target in a period after the given one.
   *
   * @param period a period of the indicator's type
   * @return the next target, or none
   */
  public Option<Target> nextTargetAfter(Period period) {
    return targets().filter(t -> period.isBefore(t.period())).minBy(Target::period);
  }

  /**
   * The target progress is judged against: the latest long-term target, or the latest target of
   * any horizon when there is no long-term one.
   *
   * @return the target, or none when the indicator has no targets
   */
  public Option<Target> finalTarget() {
    List<Target> longTerm = targets().filter(t -> t.horizon() == Target.Horizon.LONG_TERM);
    return (longTerm.isEmpty() ? targets() : longTerm).maxBy(Target::period);
  }

  @Value.Check
  void check() {
    Violations nulls =
        Violations.none()
            .notNull("id", id())
            .notNull("name", name())
            .notNull("outcome", outcome())
            .notNull("unit", unit())
            .notNull("polarity", polarity())
            .notNull("periodType", periodType())
            .notNull("kind", kind())
            .notNull("rbaCategory", rbaCategory())
            .notNull("aggregation", aggregation())
            .noNullElements("baseline", baseline())
            .noNullElements("targets", targets());
    if (!nulls.isEmpty()) {
      nulls
          .when(id() != null, v -> v.id("id", id()))
          .when(name() != null, v -> v.notBlank("name", name()))
          .when(outcome() != null, v -> v.id("outcome", outcome()))
          .throwIfAny("Indicator " + id());
    }
    Violations found =
        Violations.none()
            .id("id", id())
            .notBlank("name", name())
            .id("outcome", outcome())
            .require(
                unit().allows(aggregation()),
                "aggregation",
                () -> Message.of("core.measure.indicator.aggregation", unit().label(),
                    List.of(AggregationType.values()).filter(unit()::allows).mkString(", "), aggregation()))
            .distinct("targets", targets(), Target::period);
    // Fiscal years of one indicator share the first month of the first one given.
    Option<Period> calendar =
        baseline().map(Baseline::period).toList().appendAll(targets().map(Target::period))
            .find(p -> p.type() == PeriodType.FISCAL_YEAR);
    if (baseline().isDefined()) {
      Baseline base = baseline().get();
      found = checkPeriod(found, "baseline.period", base.period(), calendar);
      found = checkValue(found, "baseline.value", base.value());
    }
    for (int i = 0; i < targets().size(); i++) {
      Target target = targets().get(i);
      String path = "targets[" + i + "]";
      found = checkPeriod(found, path + ".period", target.period(), calendar);
      found = checkValue(found, path + ".value", target.value());
      if (baseline().isDefined()
          && target.period().type() == periodType()
          && baseline().get().period().type() == periodType()) {
        found =
            found.require(
                baseline().get().period().isBefore(target.period()),
                path + ".period",
                () -> Message.of("core.measure.indicator.afterBaseline", baseline().get().period(), target.period()));
      }
    }
    found.throwIfAny("Indicator " + id());
  }

  private Violations checkPeriod(Violations found, String path, Period period, Option<Period> calendar) {
    if (period.type() == PeriodType.FISCAL_YEAR && calendar.isDefined()
        && calendar.get().firstMonth() != period.firstMonth()) {
      found =
          found.require(false, path,
              Message.of("core.measure.indicator.fiscalYear", calendar.get().firstMonth(), calendar.get(), period));
    }
    return found.require(
        period.type() == periodType(),
        path,
        () -> Message.of("core.measure.indicator.period", periodType(), period, period.type()));
  }

  private Violations checkValue(Violations found, String path, double value) {
    Violations result = found.require(Double.isFinite(value), path, () -> Message.of("core.validation.finite", value));
    if (!Double.isFinite(value)) {
      return result;
    }
    switch (unit().kind()) {
      case PROPORTION:
        return result.require(
            value >= 0 && value <= unit().multiplier(),
            path,
            () -> Message.of("core.measure.indicator.proportion", (long) unit().multiplier(),
                unit().multiplier() == 100
                    ? Message.of("core.measure.percentSign")
                    : Message.of("core.measure.perMultiplier", (long) unit().multiplier()),
                value));
      case COUNT:
      case RATE:
        return result.require(value >= 0, path, () -> Message.of("core.measure.notNegativeFor", unit().label(), value));
      default:
        return result;
    }
  }

  /** Returns {@code Indicator grad-rate "Graduation rate" (percent, higher is better), 2 targets}. */
  @Override
  public String toString() {
    return "Indicator " + id() + " \"" + name() + "\" (" + unit() + ", " + polarity().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + "), " + targets().size() + (targets().size() == 1 ? " target" : " targets");
  }
}
