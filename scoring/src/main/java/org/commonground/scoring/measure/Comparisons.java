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
        .withExplanation(value.explanation() + " Recomputed on " + kept.map(Contribution::partner).mkString(", ")
            + " without " + dropped.mkString(", ") + ": " + RollUp.number(v) + ".");
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
    String who = who(from.period(), to.period(), onlyInFrom, onlyInTo);
    switch (options.basis()) {
      case SAME_PARTNERS_ONLY:
        if (changed) {
          return refused(result, List.ofAll(common), periods + ": not compared, the reporting partners differ (" + who
              + ") and the basis is " + options.basis().description() + ".");
        }
        return compared(indicator, from, to, options, result.partners(List.ofAll(common)), periods + " on the same partners ("
            + String.join(", ", common) + ")");
      case ALL_REPORTERS: {
        java.util.Set<String> all = new java.util.TreeSet<>(fromSet);
        all.addAll(toSet);
        return compared(indicator, from, to, options, result.partners(List.ofAll(all)), periods
            + (changed ? " on all reporters, although the reporting partners differ (" + who
                + "): the change mixes the community's change with who reported" : " on the same partners ("
                + String.join(", ", all) + ")"));
      }
      default:
        if (common.isEmpty()) {
          return refused(result, List.empty(), periods + ": not compared, no partner reported in both periods (" + who
              + ").");
        }
        if (!changed) {
          return compared(indicator, from, to, options, result.partners(List.ofAll(common)), periods
              + " on the same partners (" + String.join(", ", common) + ")");
        }
        if (from.contributions().isEmpty() || to.contributions().isEmpty()) {
          return refused(result, List.ofAll(common), periods + ": not compared, the reporting partners differ (" + who
              + ") and the values carry no partner contributions to match them on.");
        }
        return compared(indicator, restrict(indicator, from, common), restrict(indicator, to, common), options,
            result.partners(List.ofAll(common)), periods + " matched on " + String.join(", ", common) + " (" + who
                + ", left out)");
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
    String periods = baseline.period() + " (stated baseline) → " + to.period();
    if (!to.complete() && options.basis() != ComparisonBasis.ALL_REPORTERS) {
      return refused(result, to.partners(), periods + ": not compared, the stated baseline stands for every expected "
          + "partner and " + to.missingPartners().mkString(", ") + " did not report in " + to.period() + ".");
    }
    String how = to.complete()
        ? periods + " with every expected partner reporting"
        : periods + " on all reporters, although " + to.missingPartners().mkString(", ") + " did not report in "
            + to.period() + " and the stated baseline stands for every expected partner";
    return finish(indicator, baseline.value(), to.value(), Either.left("the stated baseline has no counts behind it"),
        options, result, how);
  }

  private static Comparison compared(Indicator indicator, CommunityValue from, CommunityValue to,
      ComparisonOptions options, ImmutableComparison.Builder result, String how) {
    Either<String, ChangeTest> test = Estimates.changeTest(indicator.unit(), from.aggregation(),
        from.numerator(), from.denominator(), to.numerator(), to.denominator(), options);
    return finish(indicator, from.value(), to.value(), test, options, result, how);
  }

  private static Comparison finish(Indicator indicator, double fromValue, double toValue,
      Either<String, ChangeTest> test, ComparisonOptions options, ImmutableComparison.Builder result, String how) {
    double change = toValue - fromValue;
    Trend.Direction direction = toValue > fromValue ? Trend.Direction.UP
        : toValue < fromValue ? Trend.Direction.DOWN : Trend.Direction.FLAT;
    Trend.Judgement judgement =
        direction == Trend.Direction.FLAT ? Trend.Judgement.NO_CHANGE
            : test.isRight() && !test.get().exceedsUncertainty() ? Trend.Judgement.WITHIN_UNCERTAINTY
            : indicator.polarity().isImprovement(fromValue, toValue) ? Trend.Judgement.IMPROVING
            : Trend.Judgement.WORSENING;
    Option<Double> relative = fromValue == 0 ? Option.none() : Option.of(change / fromValue);
    String text = how + ": " + RollUp.number(fromValue) + " → " + RollUp.number(toValue)
        + ", change " + (change > 0 ? "+" : "") + RollUp.number(change)
        + relative.map(r -> String.format(Locale.ROOT, " (%+.1f %%)", r * 100)).getOrElse("")
        + "; " + (test.isRight() ? test.get().explanation() : "not tested: " + test.getLeft() + ".")
        + " Verdict: " + judgement.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
    return result
        .comparable(true)
        .fromValue(Option.of(fromValue))
        .toValue(Option.of(toValue))
        .change(Option.of(change))
        .relativeChange(relative)
        .test(test.toOption())
        .direction(Option.of(direction))
        .judgement(Option.of(judgement))
        .explanation(text)
        .build();
  }

  private static Comparison refused(ImmutableComparison.Builder result, List<String> partners, String text) {
    return result.comparable(false).partners(partners)
        .fromValue(Option.none()).toValue(Option.none()).change(Option.none()).relativeChange(Option.none())
        .test(Option.none()).direction(Option.none()).judgement(Option.none())
        .explanation(text).build();
  }

  /** Who reported in one period only. */
  static String who(Period from, Period to, List<String> onlyInFrom, List<String> onlyInTo) {
    List<String> parts = List.empty();
    if (!onlyInFrom.isEmpty()) {
      parts = parts.append(onlyInFrom.mkString(", ") + " reported in " + from + " only");
    }
    if (!onlyInTo.isEmpty()) {
      parts = parts.append(onlyInTo.mkString(", ") + " reported in " + to + " only");
    }
    return parts.mkString("; ");
  }
}
