// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * An indicator's unit: its {@link UnitKind kind} and, for proportions and rates, the multiplier it
 * is shown with (100 for percent, 1,000 or 100,000 for rates per population).
 *
 * <pre>{@code
 * Unit.PERCENT.display(45, 60);       // 75.0: 45 of 60, in percent
 * Unit.ratePer(1_000).display(3, 600); // 5.0 per 1,000
 * Unit.COUNT.allows(AggregationType.SUM);      // true
 * Unit.PERCENT.allows(AggregationType.SUM);    // false: percentages are pooled, never summed
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Unit {

  /** A count. */
  public static final Unit COUNT = ImmutableUnit.of(UnitKind.COUNT, 1);

  /** A proportion shown in percent. */
  public static final Unit PERCENT = ImmutableUnit.of(UnitKind.PROPORTION, 100);

  /** A mean (sum over count). */
  public static final Unit MEAN = ImmutableUnit.of(UnitKind.MEAN, 1);

  private static final Set<AggregationType> FOR_COUNTS =
      HashSet.of(AggregationType.SUM, AggregationType.LAST, AggregationType.FIRST, AggregationType.MIN, AggregationType.MAX);

  Unit() {}

  /**
   * The kind of unit.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract UnitKind kind();

  /**
   * What a ratio is multiplied by for display: 100 for percent, 1,000 for "per 1,000"; 1 for
   * counts and means.
   *
   * @return the multiplier, positive
   */
  @Value.Parameter
  public abstract double multiplier();

  /**
   * A rate per a population base.
   *
   * @param base 1,000 or 100,000, say; positive
   * @return the unit
   * @throws org.commonground.core.validation.ValidationException if the base is not positive
   */
  public static Unit ratePer(double base) {
    return ImmutableUnit.of(UnitKind.RATE, base);
  }

  /**
   * A proportion shown per a base other than 100 (per 1,000, say).
   *
   * @param base the multiplier; positive
   * @return the unit
   * @throws org.commonground.core.validation.ValidationException if the base is not positive
   */
  public static Unit proportionPer(double base) {
    return ImmutableUnit.of(UnitKind.PROPORTION, base);
  }

  /**
   * Whether the unit is reported as a numerator over a denominator (proportion, rate, mean).
   *
   * @return true unless the unit is a count
   */
  public boolean hasDenominator() {
    return kind() != UnitKind.COUNT;
  }

  /**
   * Whether an aggregation type makes sense for this unit: counts take sum, last, first, min and
   * max; proportions, rates and means only the pooled average.
   *
   * @param type the aggregation type
   * @return true if it fits
   */
  public boolean allows(AggregationType type) {
    return kind() == UnitKind.COUNT ? FOR_COUNTS.contains(type) : type == AggregationType.AVERAGE;
  }

  /**
   * The displayed value of a numerator over a denominator: {@code numerator × multiplier /
   * denominator} (multiplying first keeps whole-number data exact: 145 of 250 is 58 %, not
   * 57.99999999999999), or the numerator itself for a count.
   *
   * @param numerator the numerator (the count, for a count)
   * @param denominator the denominator, positive; ignored for a count
   * @return the displayed value
   */
  public double display(double numerator, double denominator) {
    return hasDenominator() ? numerator * multiplier() / denominator : numerator;
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("kind", kind())
        .require(
            Double.isFinite(multiplier()) && multiplier() > 0,
            "multiplier",
            () -> Message.of("core.measure.multiplier", multiplier()))
        .require(
            kind() == null || hasDenominator() || multiplier() == 1,
            "multiplier",
            () -> Message.of("core.measure.countMultiplier", multiplier()))
        .throwIfAny("Unit");
  }

  /**
   * The unit as reports show it, as a message: {@code count}, {@code percent}, {@code rate per
   * 1000}, {@code mean} in English.
   *
   * @return the label
   */
  public Message label() {
    switch (kind()) {
      case COUNT:
        return Message.of("core.measure.Unit.count");
      case MEAN:
        return Message.of("core.measure.Unit.mean");
      case PROPORTION:
        return multiplier() == 100
            ? Message.of("core.measure.Unit.percent")
            : Message.of("core.measure.Unit.proportion", trim(multiplier()));
      default:
        return Message.of("core.measure.Unit.rate", trim(multiplier()));
    }
  }

  /** Returns {@code count}, {@code percent}, {@code rate per 1000}, {@code mean}. */
  @Override
  public String toString() {
    return label().text();
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
