// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.measure.AggregationType;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.validation.Message;
import org.commonground.scoring.numeric.ExactSum;
import org.commonground.scoring.uncertainty.ChangeTest;

/**
 * Like-for-like comparisons of community values between two periods, under a {@link
 * ComparisonBasis}. Pure functions.
 */
final class Comparisons {

  private Comparisons() {}

  /**
   * A community value recomputed on a subset of its partners, from their contributions, by the
   * indicator's aggregation: the same exact sums as {@link RollUp}.
   */
  static CommunityValue restrict(Indicator indicator, CommunityValue value, java.util.Set<String> partners) {
    List<Contribution> kept = value.contributions().filter(c -> partners.contains(c.partner()));
    ExactSum numerator = new ExactSum();
    ExactSum denominator = new ExactSum();
    kept.forEach(c -> {
      numerator.add(c.numerator());
      c.denominator().forEach(denominator::add);
    });
    AggregationType aggregation = value.aggregation();
    double v =
        aggregation == AggregationType.MIN ? kept.map(Contribution::numerator).min().get()
            : aggregation == AggregationType.MAX ? kept.map(Contribution::numerator).max().get()
            : aggregation == AggregationType.AVERAGE ? indicator.unit().display(numerator.value(), denominator.value())
            : numerator.value();
    List<String> dropped = value.partners().filter(p -> !partners.contains(p));
    return ImmutableCommunityValue.copyOf(value)
        .withValue(v)
        .withNumerator(numerator.value())
        .withDenominator(value.denominator().map(d -> denominator.value()))
        .withPartners(kept.map(Contribution::partner))
        .withContributions(kept)
        .withRecords(kept.forAll(c -> c.records().isDefined())
            ? Option.of(kept.map(c -> c.records().get()).sum().longValue()) : Option.none())
        .withExplanationMessage(Message.of("scoring.measure.recomputed", value.explanationMessage(),
            kept.map(Contribution::partner).mkString(", "), dropped.mkString(", "), RollUp.number(v)));
  }

  /** Compares two community values of an indicator under the options' basis. */
  static Comparison compare(Indicator indicator, CommunityValue from, CommunityValue to, ComparisonOptions options) {
    java.util.Set<String> fromSet = new java.util.TreeSet<>(from.partners().asJava());
    java.util.Set<String> toSet = new java.util.TreeSet<>(to.partners().asJava());
    java.util.Set<String> common = new java.util.TreeSet<>(fromSet);
    common.retainAll(toSet);
    List<String> onlyInFrom = from.partners().filter(p -> !toSet.contains(p));
    List<String> onlyInTo = to.partners().filter(p -> !fromSet.contains(p));
    ImmutableComparison.Builder result = ImmutableComparison.builder()
        .fromPeriod(from.period()).toPeriod(to.period()).basis(options.basis())
        .onlyInFrom(onlyInFrom).onlyInTo(onlyInTo);
    String periods = from.period() + " → " + to.period();
    boolean changed = !onlyInFrom.isEmpty() || !onlyInTo.isEmpty();
    Message who = who(from.period(), to.period(), onlyInFrom, onlyInTo);
    switch (options.basis()) {
      case SAME_PARTNERS_ONLY:
        if (changed) {
          return refused(result, List.ofAll(common), Message.of("scoring.measure.compare.refused.basis", periods, who,
              options.basis().descriptionMessage()));
        }
        return compared(indicator, from, to, options, result.partners(List.ofAll(common)),
            Message.of("scoring.measure.compare.same", periods, String.join(", ", common)));
      case ALL_REPORTERS: {
        java.util.Set<String> all = new java.util.TreeSet<>(fromSet);
        all.addAll(toSet);
        return compared(indicator, from, to, options, result.partners(List.ofAll(all)), changed
            ? Message.of("scoring.measure.compare.allReporters", periods, who)
            : Message.of("scoring.measure.compare.same", periods, String.join(", ", all)));
      }
      default:
        if (common.isEmpty()) {
          return refused(result, List.empty(), Message.of("scoring.measure.compare.refused.noneInBoth", periods, who));
        }
        if (!changed) {
          return compared(indicator, from, to, options, result.partners(List.ofAll(common)),
              Message.of("scoring.measure.compare.same", periods, String.join(", ", common)));
        }
        if (from.contributions().isEmpty() || to.contributions().isEmpty()) {
          return refused(result, List.ofAll(common),
              Message.of("scoring.measure.compare.refused.noContributions", periods, who));
        }
        return compared(indicator, restrict(indicator, from, common), restrict(indicator, to, common), options,
            result.partners(List.ofAll(common)),
            Message.of("scoring.measure.compare.matched", periods, String.join(", ", common), who));
    }
  }

  /**
   * Compares a stated baseline, whose partners are unknown, with a community value. It stands for
   * every expected partner, so a matched or same-partners comparison needs the later value to be
   * complete.
   */
  static Comparison compareStated(Indicator indicator, Baseline baseline, CommunityValue to, ComparisonOptions options) {
    ImmutableComparison.Builder result = ImmutableComparison.builder()
        .fromPeriod(baseline.period()).toPeriod(to.period()).basis(options.basis())
        .partners(to.partners()).onlyInFrom(List.empty()).onlyInTo(List.empty());
    Message periods = Message.of("scoring.measure.compare.statedPeriods", baseline.period(), to.period());
    if (!to.complete() && options.basis() != ComparisonBasis.ALL_REPORTERS) {
      return refused(result, to.partners(), Message.of("scoring.measure.compare.refused.stated", periods,
          to.missingPartners().mkString(", "), to.period()));
    }
    Message how = to.complete()
        ? Message.of("scoring.measure.compare.statedComplete", periods)
        : Message.of("scoring.measure.compare.statedAllReporters", periods, to.missingPartners().mkString(", "),
            to.period());
    return finish(indicator, baseline.value(), to.value(), Either.left(Message.of("scoring.measure.compare.statedNoCounts")),
        options, result, how);
  }

  private static Comparison compared(Indicator indicator, CommunityValue from, CommunityValue to,
      ComparisonOptions options, ImmutableComparison.Builder result, Message how) {
    Either<Message, ChangeTest> test = Estimates.changeTest(indicator.unit(), from.aggregation(),
        from.numerator(), from.denominator(), to.numerator(), to.denominator(), options);
    return finish(indicator, from.value(), to.value(), test, options, result, how);
  }

  private static Comparison finish(Indicator indicator, double fromValue, double toValue,
      Either<Message, ChangeTest> test, ComparisonOptions options, ImmutableComparison.Builder result, Message how) {
    double change = toValue - fromValue;
    Trend.Direction direction = toValue > fromValue ? Trend.Direction.UP
        : toValue < fromValue ? Trend.Direction.DOWN : Trend.Direction.FLAT;
    Trend.Judgement judgement =
        direction == Trend.Direction.FLAT ? Trend.Judgement.NO_CHANGE
            : test.isRight() && !test.get().exceedsUncertainty() ? Trend.Judgement.WITHIN_UNCERTAINTY
            : indicator.polarity().isImprovement(fromValue, toValue) ? Trend.Judgement.IMPROVING
            : Trend.Judgement.WORSENING;
    Option<Double> relative = fromValue == 0 ? Option.none() : Option.of(change / fromValue);
    Message text = Message.of("scoring.measure.compare", how, RollUp.number(fromValue), RollUp.number(toValue),
        (change > 0 ? "+" : "") + RollUp.number(change),
        relative.map(r -> String.format(Locale.ROOT, " (%+.1f %%)", r * 100)).getOrElse(""),
        testText(test), judgement.label());
    return result
        .comparable(true)
        .fromValue(Option.of(fromValue))
        .toValue(Option.of(toValue))
        .change(Option.of(change))
        .relativeChange(relative)
        .test(test.toOption())
        .direction(Option.of(direction))
        .judgement(Option.of(judgement))
        .explanationMessage(text)
        .build();
  }

  /** The test's explanation, or why there is none. */
  static Message testText(Either<Message, ChangeTest> test) {
    return test.isRight() ? test.get().explanationMessage() : Message.of("scoring.measure.notTested", test.getLeft());
  }

  private static Comparison refused(ImmutableComparison.Builder result, List<String> partners, Message text) {
    return result.comparable(false).partners(partners)
        .fromValue(Option.none()).toValue(Option.none()).change(Option.none()).relativeChange(Option.none())
        .test(Option.none()).direction(Option.none()).judgement(Option.none())
        .explanationMessage(text).build();
  }

  /** Who reported in one period only. */
  static Message who(Period from, Period to, List<String> onlyInFrom, List<String> onlyInTo) {
    List<Message> parts = List.empty();
    if (!onlyInFrom.isEmpty()) {
      parts = parts.append(Message.of("scoring.measure.onlyIn", onlyInFrom.mkString(", "), from));
    }
    if (!onlyInTo.isEmpty()) {
      parts = parts.append(Message.of("scoring.measure.onlyIn", onlyInTo.mkString(", "), to));
    }
    return Message.join("core.text.semicolon", parts);
  }
}
