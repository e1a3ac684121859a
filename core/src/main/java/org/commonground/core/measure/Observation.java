// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One partner's report of one indicator for one period, optionally for one subgroup: a count, or a
 * numerator over a denominator (for proportions and rates; a sum over a count for means), and the
 * number of records behind it.
 *
 * <pre>{@code
 * Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2023), 212, 251);
 * Observation.count("youth-works", "job-placements", Period.quarter(2024, 2), 37)
 *     .withSubgroup(TreeMap.of("age", "16-18")).withRecords(Option.of(37L));
 * }</pre>
 *
 * <p>An observation rejects NaN and infinite numbers, and a count (no denominator) that is not a
 * whole number, when created; whether it fits its indicator
 * (unit, calendar, numerator within denominator, no duplicates) is checked for a whole batch by
 * {@link ObservationSet}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Observation {

  Observation() {}

  /**
   * The reporting partner's id.
   *
   * @return the partner id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String partner();

  /**
   * The id of the indicator reported.
   *
   * @return the indicator id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String indicator();

  /**
   * The period reported.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The subgroup the observation describes (dimension → group, such as {@code grade → 9}); empty
   * for the partner's whole population.
   *
   * @return the subgroup keys
   */
  @Value.Default
  public SortedMap<String, String> subgroup() {
    return TreeMap.empty();
  }

  /**
   * The count, or the numerator of a proportion or rate, or the sum of a mean.
   *
   * @return a finite number; a whole number when there is no denominator (a count)
   */
  public abstract double numerator();

  /**
   * The denominator of a proportion or rate, or the count of a mean; none for a count.
   *
   * @return the denominator, or none
   */
  @Value.Default
  public Option<Double> denominator() {
    return Option.none();
  }

  /**
   * The number of records (students, clients) behind the value, when the partner reports it.
   *
   * @return the record count, or none when unknown
   */
  @Value.Default
  public Option<Long> records() {
    return Option.none();
  }

  /**
   * A count.
   *
   * @param partner the partner id
   * @param indicator the indicator id
   * @param period the period
   * @param count the count: a finite whole number, such as 37 (not 1.5)
   * @return the observation
   * @throws org.commonground.core.validation.ValidationException naming every problem, including
   *     a count that is not a whole number
   */
  public static Observation count(String partner, String indicator, Period period, double count) {
    return ImmutableObservation.builder()
        .partner(partner).indicator(indicator).period(period).numerator(count).build();
  }

  /**
   * A numerator over a denominator: a proportion, a rate, or a mean's sum over its count.
   *
   * @param partner the partner id
   * @param indicator the indicator id
   * @param period the period
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the observation
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Observation ratio(
      String partner, String indicator, Period period, double numerator, double denominator) {
    return ImmutableObservation.builder()
        .partner(partner).indicator(indicator).period(period)
        .numerator(numerator).denominator(Option.of(denominator)).build();
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code Observation.builder().partner(..).indicator(..).period(..).numerator(..).denominator(..).build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Observation}: every setter of the generated {@link ImmutableObservation.Builder}, and
   * for {@code subgroup}, {@code denominator}, {@code records} also the plain value or a {@code java.util} collection. {@code build()}
   * checks the value and reports every problem, a null included, with its path in one
   * {@code ValidationException}.
   */
  public static final class Builder extends ImmutableObservation.Builder {

    /** A new, empty builder; {@link Observation#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the subgroup, dimension → group from a {@code java.util.Map}, sorted by key.
     *
     * @param subgroup the subgroup, dimension → group; a null, or a null key or value, is reported by {@code build()} with its
     *     path
     * @return this builder
     */
    public Builder subgroup(java.util.Map<String, String> subgroup) {
      return subgroup(JavaInputs.<String, String>sortedMap(subgroup));
    }

    /**
     * Sets the denominator to a present value: the same as {@code denominator(Option.of(denominator))}.
     *
     * @param denominator the denominator
     * @return this builder
     */
    public Builder denominator(double denominator) {
      return denominator(Option.some(denominator));
    }

    /**
     * Sets the number of records to a present value: the same as {@code records(Option.of(records))}.
     *
     * @param records the number of records
     * @return this builder
     */
    public Builder records(long records) {
      return records(Option.some(records));
    }
  }

  /**
   * This observation for a subgroup.
   *
   * @param subgroup dimension → group
   * @return the new observation; this one is unaffected
   */
  public Observation withSubgroup(SortedMap<String, String> subgroup) {
    return ImmutableObservation.copyOf(this).withSubgroup(subgroup);
  }

  /**
   * This observation for a subgroup given as a {@code java.util.Map}, sorted by dimension.
   *
   * @param subgroup dimension → group
   * @return the new observation; this one is unaffected
   */
  public Observation withSubgroup(java.util.Map<String, String> subgroup) {
    return withSubgroup(JavaInputs.<String, String>sortedMap(subgroup));
  }

  /**
   * This observation with the number of records behind it.
   *
   * @param records the record count, not negative
   * @return the new observation; this one is unaffected
   */
  public Observation withRecords(Option<Long> records) {
    return ImmutableObservation.copyOf(this).withRecords(records);
  }

  /**
   * What makes two observations duplicates: the same partner, indicator, period and subgroup.
   *
   * @return the key, as text
   */
  public String key() {
    String group = subgroup().isEmpty() ? "" : ", " + subgroup().mkString(", ");
    return partner() + ", " + indicator() + ", " + period() + group;
  }

  @Value.Check
  void check() {
    if (valid()) {
      // The common case, decided without building a message: a batch holds millions.
      return;
    }
    Violations.none()
        .notNull("partner", partner())
        .notNull("indicator", indicator())
        .notNull("period", period())
        .noNullEntries("subgroup", subgroup())
        .noNullElements("denominator", denominator())
        .noNullElements("records", records())
        .when(partner() != null, v -> v.id("partner", partner()))
        .when(indicator() != null, v -> v.id("indicator", indicator()))
        .require(Double.isFinite(numerator()), "numerator", () -> Message.of("core.validation.finite", numerator()))
        .when(Violations.nullFree(denominator()), v -> v
            .require(
                !Double.isFinite(numerator()) || denominator().isDefined() || numerator() == Math.rint(numerator()),
                "numerator",
                () -> Message.of("core.measure.wholeCount", numerator()))
            .require(
                denominator().forAll(Double::isFinite),
                "denominator",
                () -> Message.of("core.validation.finite", denominator().getOrElse(0.0))))
        .when(Violations.nullFree(records()), v -> v
            .require(records().forAll(r -> r >= 0), "records", () -> Message.of("core.validation.notNegative", records().getOrElse(0L))))
        .throwIfAny("Observation");
  }

  /** Whether every rule of {@link #check()} holds, tested without building any message. */
  private boolean valid() {
    return partner() != null && indicator() != null && period() != null
        && Violations.nullFree(subgroup()) && Violations.nullFree(denominator()) && Violations.nullFree(records())
        && Violations.isId(partner()) && Violations.isId(indicator())
        && Double.isFinite(numerator())
        && (denominator().isDefined() ? Double.isFinite(denominator().get()) : numerator() == Math.rint(numerator()))
        && records().forAll(r -> r >= 0);
  }

  /** Returns {@code Observation lincoln-hs grad-rate 2023: 212 of 250} with its subgroup, if any. */
  @Override
  public String toString() {
    java.util.function.DoubleFunction<String> n = v -> v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    return "Observation " + partner() + " " + indicator() + " " + period()
        + (subgroup().isEmpty() ? "" : " " + subgroup().map(t -> t._1 + "=" + t._2).mkString(", ")) + ": " + n.apply(numerator())
        + denominator().map(d -> " of " + n.apply(d)).getOrElse("");
  }
}
