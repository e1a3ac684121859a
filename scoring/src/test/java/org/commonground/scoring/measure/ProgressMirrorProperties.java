// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.ImmutableIndicator;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.junit.jupiter.api.Test;

/**
 * The mirror image of a series: every value (base, reported values, target) negated and the
 * polarity flipped. By the Statistics Canada / Open SDG method an all-negative series flips d, and
 * the flipped polarity flips it back, while the growth factors |yᵢ / y₀| and |y_T / y₀| and whether
 * the target is met are unchanged — so the progress status must be identical.
 */
class ProgressMirrorProperties {

  private static CommunityValue at(int year, double value) {
    return ImmutableCommunityValue.builder().indicator("i").period(Period.year(year)).value(value)
        .aggregation(Fixtures.indicator("i", Unit.MEAN).build().aggregation()).numerator(value)
        .denominator(Option.none()).unit(Unit.MEAN).partners(List.of("a")).missingPartners(List.empty()).contributions(List.empty())
        .records(Option.none()).explanationMessage(org.commonground.core.validation.Message.literal("")).build();
  }

  private static Indicator indicator(Polarity polarity, double base, Option<Double> target) {
    Indicator plain = Fixtures.indicator("i", Unit.MEAN).polarity(polarity).build();
    return target.isEmpty()
        ? ImmutableIndicator.copyOf(plain).withBaseline(Option.of(Baseline.of(Period.year(2015), base)))
        : Fixtures.withBaselineAndTarget(plain, Baseline.of(Period.year(2015), base),
            Target.longTerm(Period.year(2030), target.get()));
  }

  private static ProgressStatus status(Polarity polarity, int base, java.util.List<Integer> values,
      Option<Double> target, int sign) {
    List<CommunityValue> series = List.ofAll(values).zipWithIndex()
        .map(t -> at(2016 + t._2, sign * t._1 / 4.0));
    return ProgressMethod.STATISTICS_CANADA
        .assess(indicator(polarity, sign * base / 4.0, target.map(v -> sign * v)), series).status();
  }

  @Test
  void aSeriesAndItsMirrorImageHaveTheSameStatus() {
    qt().forAll(integers().between(-20, 400), lists().of(integers().between(-20, 400)).ofSizeBetween(1, 6),
            integers().between(-20, 400), integers().between(0, 3))
        .checkAssert((base, values, target, flags) -> {
          boolean higher = (flags & 1) != 0;
          boolean hasTarget = (flags & 2) != 0;
          Polarity polarity = higher ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
          Option<Double> t = hasTarget ? Option.of(target / 4.0) : Option.none();
          assertEquals(status(polarity, base, values, t, 1), status(polarity.flip(), base, values, t, -1),
              "base " + base + ", values " + values + ", target " + t + ", " + polarity);
        });
  }
}
