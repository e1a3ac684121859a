// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.measure.AggregationType;
import org.commonground.core.measure.Unit;
import org.commonground.core.measure.UnitKind;
import org.commonground.core.validation.Message;
import org.commonground.scoring.uncertainty.ChangeTest;
import org.commonground.scoring.uncertainty.ChangeTests;
import org.commonground.scoring.uncertainty.ConfidenceInterval;
import org.commonground.scoring.uncertainty.ConfidenceIntervals;
import org.commonground.scoring.uncertainty.ImmutableConfidenceInterval;
import org.commonground.scoring.uncertainty.Reliability;

/**
 * The sampling model of a pooled value (numerator, denominator) under its unit and aggregation:
 * its interval, its reliability, the test of a change between two such values and the variance
 * for a Wald test. Pure functions.
 */
final class Estimates {

  /** 2⁵³: every whole number below it is exact in a double. */
  private static final double EXACT_WHOLE = 9007199254740992.0;

  private Estimates() {}

  /** Which model applies, or why none does. */
  private enum Model {
    PROPORTION, RATE, COUNT
  }

  private static Either<Message, Model> model(Unit unit, AggregationType aggregation, double numerator,
      Option<Double> denominator) {
    if (aggregation == AggregationType.MIN || aggregation == AggregationType.MAX) {
      return Either.left(Message.of(aggregation == AggregationType.MIN
          ? "scoring.measure.model.lowest" : "scoring.measure.model.highest"));
    }
    if (unit.kind() == UnitKind.MEAN) {
      return Either.left(Message.of("scoring.measure.model.mean"));
    }
    if (!whole(numerator)) {
      return Either.left(Message.of("scoring.measure.model.numerator", RollUp.number(numerator)));
    }
    if (unit.kind() == UnitKind.COUNT) {
      return Either.right(Model.COUNT);
    }
    double n = denominator.getOrElse(0.0);
    if (!(n > 0)) {
      return Either.left(Message.of("scoring.measure.model.denominator"));
    }
    if (unit.kind() == UnitKind.RATE) {
      return Either.right(Model.RATE);
    }
    if (!whole(n) || numerator > n) {
      return Either.left(Message.of("scoring.measure.model.proportion", RollUp.number(numerator), RollUp.number(n)));
    }
    return Either.right(Model.PROPORTION);
  }

  static boolean whole(double v) {
    return v >= 0 && v < EXACT_WHOLE && v == Math.rint(v);
  }

  /** The interval and reliability of a pooled value. */
  static Uncertainty uncertainty(Unit unit, AggregationType aggregation, double numerator,
      Option<Double> denominator, ComparisonOptions options) {
    Either<Message, Model> model = model(unit, aggregation, numerator, denominator);
    if (model.isLeft()) {
      return ImmutableUncertainty.builder()
          .interval(Option.none()).reliability(Option.none())
          .explanationMessage(Message.of("scoring.measure.uncertainty.none", model.getLeft())).build();
    }
    long x = (long) numerator;
    ConfidenceInterval interval;
    Reliability reliability;
    switch (model.get()) {
      case PROPORTION: {
        long n = (long) (double) denominator.get();
        ConfidenceInterval p = ConfidenceIntervals.proportion(x, n, options.level(), options.proportionMethod());
        interval = ImmutableConfidenceInterval.of(
            p.lower() * unit.multiplier(), p.upper() * unit.multiplier(), p.level(), p.method());
        reliability = options.reliability().assessProportion(x, n);
        break;
      }
      case RATE:
        interval = ConfidenceIntervals.rate(x, denominator.get(), unit.multiplier(), options.level());
        reliability = options.reliability().assessCount(x);
        break;
      default:
        interval = ConfidenceIntervals.count(x, options.level());
        reliability = options.reliability().assessCount(x);
        break;
    }
    Message text = Message.of("scoring.measure.uncertainty",
        percent(interval.level()), interval.method().labelMessage(), round(interval.lower()), round(interval.upper()),
        reliability.isReliable()
            ? Message.of("scoring.measure.uncertainty.reliable")
            : Message.of("scoring.measure.uncertainty.unreliable",
                Message.join("core.text.comma", reliability.concerns().map(c -> c.label()))),
        rule(options));
    return ImmutableUncertainty.builder()
        .interval(Option.of(interval))
        .reliability(Option.of(reliability))
        .explanationMessage(text)
        .build();
  }

  /** The test of a change between two pooled values, or why there is none. */
  static Either<Message, ChangeTest> changeTest(Unit unit, AggregationType aggregation, double fromNumerator,
      Option<Double> fromDenominator, double toNumerator, Option<Double> toDenominator, ComparisonOptions options) {
    Either<Message, Model> from = model(unit, aggregation, fromNumerator, fromDenominator);
    Either<Message, Model> to = model(unit, aggregation, toNumerator, toDenominator);
    if (from.isLeft()) {
      return Either.left(from.getLeft());
    }
    if (to.isLeft()) {
      return Either.left(to.getLeft());
    }
    long x1 = (long) fromNumerator;
    long x2 = (long) toNumerator;
    switch (from.get()) {
      case PROPORTION:
        return Either.right(ChangeTests.proportions(x1, (long) (double) fromDenominator.get(), x2,
            (long) (double) toDenominator.get(), options.level(), options.proportionMethod()));
      case RATE:
        return Either.right(ChangeTests.poissonRates(x1, fromDenominator.get(), x2, toDenominator.get(), options.level()));
      default:
        return Either.right(ChangeTests.poissonRates(x1, 1, x2, 1, options.level()));
    }
  }

  /** The sampling variance of a pooled value in its displayed unit, or why there is none. */
  static Either<Message, Double> variance(Unit unit, AggregationType aggregation, double numerator,
      Option<Double> denominator) {
    Either<Message, Model> model = model(unit, aggregation, numerator, denominator);
    if (model.isLeft()) {
      return Either.left(model.getLeft());
    }
    double m = unit.multiplier();
    switch (model.get()) {
      case PROPORTION:
        return Either.right(ChangeTests.proportionVariance((long) numerator, (long) (double) denominator.get()) * m * m);
      case RATE:
        return Either.right(ChangeTests.poissonRateVariance((long) numerator, denominator.get()) * m * m);
      default:
        return Either.right(numerator);
    }
  }

  /** The reliability rule in words. */
  static Message rule(ComparisonOptions options) {
    return Message.of("scoring.measure.reliabilityRule", options.reliability().minimumEvents(),
        RollUp.number(options.reliability().maximumRelativeStandardError() * 100),
        options.reliability().minimumSampleSize());
  }

  private static String percent(double level) {
    double p = level * 100;
    return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
  }

  private static String round(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
