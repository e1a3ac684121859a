// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.function.Function;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.ImmutableIndicator;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.Target;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;

/**
 * Builds scorecards from conforming observations: the entry point of scorecards. Each indicator's
 * community values come from {@link RollUp}; its figures follow the Clear Impact Scorecard (see
 * {@link ScorecardRow}); its status follows {@link ProgressMethod#STATISTICS_CANADA}.
 *
 * <pre>{@code
 * Scorecard scorecard = Scorecards.of(ObservationSet.of(measures, observations), partners);
 * for (ScorecardRow row : scorecard.rows()) {
 *   System.out.println(row.explanation());
 * }
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class Scorecards {

  private Scorecards() {}

  /**
   * The scorecard of a shared measure set, with matched comparisons and the default uncertainty
   * options ({@link ComparisonOptions#defaults()}).
   *
   * @param data conforming observations
   * @param expectedPartners the partners expected to report: distinct ids, none blank
   * @return the scorecard
   * @throws org.commonground.core.validation.ValidationException naming, by index, every expected
   *     partner that is not an id or repeats an earlier one
   */
  public static Scorecard of(ObservationSet data, List<String> expectedPartners) {
    return of(data, expectedPartners, ComparisonOptions.defaults());
  }

  /**
   * The same as {@link #of(ObservationSet, List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param data conforming observations
   * @param expectedPartners the partners expected to report: distinct ids, none blank
   * @return the scorecard
   * @throws org.commonground.core.validation.ValidationException naming, by index, every expected
   *     partner that is not an id or repeats an earlier one
   */
  public static Scorecard of(ObservationSet data, Iterable<String> expectedPartners) {
    return of(data, JavaInputs.list(expectedPartners));
  }

  /**
   * The scorecard of a shared measure set, compared as the options say.
   *
   * <pre>{@code
   * Scorecards.of(data, partners, ComparisonOptions.defaults().withBasis(ComparisonBasis.ALL_REPORTERS));
   * }</pre>
   *
   * @param data conforming observations
   * @param expectedPartners the partners expected to report: distinct ids, none blank
   * @param options the comparison basis, confidence level, interval method and reliability rule
   * @return the scorecard
   * @throws org.commonground.core.validation.ValidationException naming, by index, every expected
   *     partner that is not an id or repeats an earlier one
   */
  public static Scorecard of(ObservationSet data, List<String> expectedPartners, ComparisonOptions options) {
    RollUp.checkExpected("expectedPartners", expectedPartners);
    return of(data, indicator -> expectedPartners, options);
  }

  /**
   * The same as {@link #of(ObservationSet, List, ComparisonOptions)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param data conforming observations
   * @param expectedPartners the partners expected to report: distinct ids, none blank
   * @param options the comparison basis, confidence level, interval method and reliability rule
   * @return the scorecard
   * @throws org.commonground.core.validation.ValidationException naming, by index, every expected
   *     partner that is not an id or repeats an earlier one
   */
  public static Scorecard of(ObservationSet data, Iterable<String> expectedPartners, ComparisonOptions options) {
    return of(data, JavaInputs.list(expectedPartners), options);
  }

  /**
   * The scorecard of a shared measure set whose indicators each have their own reporting
   * partners, with matched comparisons and the default uncertainty options.
   *
   * @param data conforming observations
   * @param expectedPartners the partners expected to report each indicator: for each, distinct
   *     ids, none blank
   * @return the scorecard
   * @throws org.commonground.core.validation.ValidationException naming, by indicator and index,
   *     every expected partner that is not an id or repeats an earlier one
   */
  public static Scorecard of(ObservationSet data, Function<Indicator, List<String>> expectedPartners) {
    return of(data, expectedPartners, ComparisonOptions.defaults());
  }

  /**
   * The scorecard of a shared measure set whose indicators each have their own reporting
   * partners, compared as the options say.
   *
   * <p>The proof point counts only indicators whose current value can be compared with their
   * first; an indicator whose change is within its uncertainty counts as compared but not
   * improving.
   *
   * @param data conforming observations
   * @param expectedPartners the partners expected to report each indicator: for each, distinct
   *     ids, none blank
   * @param options the comparison basis, confidence level, interval method and reliability rule
   * @return the scorecard
   * @throws org.commonground.core.validation.ValidationException naming, by indicator and index,
   *     every expected partner that is not an id or repeats an earlier one
   */
  public static Scorecard of(
      ObservationSet data, Function<Indicator, List<String>> expectedPartners, ComparisonOptions options) {
    if (options == null) {
      Violations.none().require(false, "options", () -> Message.of("scoring.measure.comparisonOptions", "null")).throwIfAny("Scorecard");
    }
    List<CommunityValue> values = RollUp.communityValues(data, expectedPartners);
    List<ScorecardRow> rows =
        data.measures().indicators()
            .map(i -> row(i, values.filter(v -> v.indicator().equals(i.id())), options));
    List<ScorecardRow> assessable = rows.filter(r -> r.improvedSinceBaseline().isDefined());
    List<ScorecardRow> notComparable =
        rows.filter(r -> r.baselineComparison().exists(c -> !c.comparable()));
    int improving = assessable.count(r -> r.improvedSinceBaseline().get());
    int withinNoise = assessable.count(r -> r.baselineComparison()
        .flatMap(Comparison::judgement).contains(Trend.Judgement.WITHIN_UNCERTAINTY));
    Option<Double> share =
        assessable.isEmpty() ? Option.none() : Option.of((double) improving / assessable.size());
    List<Message> parts = List.of(share.isEmpty()
        ? Message.of("scoring.measure.scorecard.none")
        : Message.of("scoring.measure.scorecard.share", improving, assessable.size(),
            String.format(Locale.ROOT, "%.0f", share.get() * 100),
            withinNoise == 0 ? "" : Message.of("scoring.measure.scorecard.withinNoise", withinNoise),
            Message.of(share.get() >= Scorecard.PROOF_POINT
                ? "scoring.measure.scorecard.met" : "scoring.measure.scorecard.notMet")));
    if (!notComparable.isEmpty()) {
      parts = parts.append(Message.of("scoring.measure.scorecard.notCounted",
          notComparable.map(r -> r.indicator().id()).mkString(", ")));
    }
    Message explanation = concat(parts.append(
        Message.of("scoring.measure.scorecard.basis", options.basis().descriptionMessage())));
    return ImmutableScorecard.builder()
        .name(data.measures().name())
        .rows(rows)
        .assessable(assessable.size())
        .improving(improving)
        .shareImproving(share)
        .explanationMessage(explanation)
        .build();
  }

  /**
   * The scorecard row of one indicator from its community values, with matched comparisons and
   * the default uncertainty options.
   *
   * @param indicator the indicator
   * @param values its community values, in any order
   * @return the row
   */
  public static ScorecardRow row(Indicator indicator, List<CommunityValue> values) {
    return row(indicator, values, ComparisonOptions.defaults());
  }

  /**
   * The same as {@link #row(Indicator, List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param indicator the indicator
   * @param values its community values, in any order
   * @return the row
   */
  public static ScorecardRow row(Indicator indicator, Iterable<? extends CommunityValue> values) {
    return row(indicator, JavaInputs.<CommunityValue>list(values));
  }

  /**
   * The scorecard row of one indicator from its community values, compared as the options say.
   *
   * @param indicator the indicator
   * @param values its community values, in any order
   * @param options the comparison basis, confidence level, interval method and reliability rule
   * @return the row
   */
  public static ScorecardRow row(Indicator indicator, List<CommunityValue> values, ComparisonOptions options) {
    Violations.none()
        .notNull("indicator", indicator)
        .noNullElements("values", values)
        .notNull("options", options)
        .throwIfAny("ScorecardRow");
    List<CommunityValue> series = values.sortBy(CommunityValue::period);
    Option<CommunityValue> current = series.lastOption();
    Option<CommunityValue> prior = series.size() >= 2 ? Option.of(series.get(series.size() - 2)) : Option.none();
    Option<Target> currentTarget = current.flatMap(c -> indicator.targetFor(c.period()));
    Option<Target> nextTarget = current.flatMap(c -> indicator.nextTargetAfter(c.period()));
    boolean varianceAllowed =
        options.basis() == ComparisonBasis.ALL_REPORTERS || current.exists(CommunityValue::complete);
    Option<Double> variance =
        current.filter(c -> varianceAllowed)
            .flatMap(c -> currentTarget.filter(t -> t.value() != 0).map(t -> (c.value() - t.value()) / t.value()));

    List<Comparison> changes =
        series.size() < 2 ? List.empty()
            : series.sliding(2).map(p -> Comparisons.compare(indicator, p.get(0), p.get(1), options)).toList();
    Option<Comparison> baseline = baselineComparison(indicator, series, options);
    Option<Double> change = baseline.filter(Comparison::comparable).flatMap(Comparison::relativeChange);
    Option<Boolean> improved =
        baseline.filter(Comparison::comparable).map(c -> c.judgement().contains(Trend.Judgement.IMPROVING));
    Option<Trend> trend = trend(changes);
    ProgressAssessment progress = progress(indicator, series, baseline, options);
    Option<Uncertainty> uncertainty = current.map(c -> c.uncertainty(options));

    java.util.List<Message> text = new java.util.ArrayList<>();
    text.add(Message.of("scoring.measure.row.head", indicator.name(), indicator.polarity().label()));
    if (current.isEmpty()) {
      text.add(Message.of("scoring.measure.row.noData"));
    } else {
      CommunityValue c = current.get();
      text.add(Message.of("scoring.measure.row.current", RollUp.number(c.value()), c.period()));
      uncertainty.forEach(u -> text.add(Message.of("scoring.measure.row.uncertainty", u.explanationMessage())));
      prior.forEach(p -> text.add(Message.of("scoring.measure.row.prior", RollUp.number(p.value()), p.period())));
      text.add(Message.of("scoring.measure.row.coverage", Message.join("core.text.comma",
          series.map(v -> Message.of("scoring.measure.row.coverageOf", v.period(), v.coverageMessage())))));
      currentTarget.forEach(t -> text.add(Message.of("scoring.measure.row.target", RollUp.number(t.value()))));
      if (varianceAllowed) {
        variance.forEach(v -> text.add(Message.of("scoring.measure.row.variance",
            String.format(Locale.ROOT, "%+.1f", v * 100))));
      } else if (currentTarget.isDefined()) {
        text.add(Message.of("scoring.measure.row.noVariance", c.missingPartners().mkString(", ")));
      }
      nextTarget.forEach(t -> text.add(Message.of("scoring.measure.row.nextTarget", RollUp.number(t.value()), t.period())));
      baseline.forEach(b -> text.add(b.comparable()
          ? Message.of("scoring.measure.row.baseline",
              b.relativeChange().<Object>map(v -> String.format(Locale.ROOT, "%+.1f %%", v * 100))
                  .getOrElse(() -> Message.of("scoring.measure.row.undefinedFirst")),
              b.explanationMessage())
          : Message.of("scoring.measure.row.noBaseline", b.explanationMessage())));
      if (trend.isDefined()) {
        text.add(Message.of("scoring.measure.row.trend", trend.get().message(), changes.last().explanationMessage()));
      } else if (!changes.isEmpty()) {
        text.add(Message.of("scoring.measure.row.noTrend", changes.last().explanationMessage()));
      }
      text.add(Message.of("scoring.measure.row.progress", progress.explanationMessage()));
    }
    return ImmutableScorecardRow.builder()
        .indicator(indicator)
        .series(series)
        .current(current)
        .prior(prior)
        .currentTarget(currentTarget)
        .nextTarget(nextTarget)
        .varianceFromTarget(variance)
        .options(options)
        .uncertainty(uncertainty)
        .changes(changes)
        .baselineComparison(baseline)
        .baselineChange(change)
        .improvedSinceBaseline(improved)
        .trend(trend)
        .progress(progress)
        .explanationMessage(concat(List.ofAll(text)))
        .build();
  }

  /**
   * The same as {@link #row(Indicator, List, ComparisonOptions)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param indicator the indicator
   * @param values its community values, in any order
   * @param options the comparison basis, confidence level, interval method and reliability rule
   * @return the row
   */
  public static ScorecardRow row(Indicator indicator, Iterable<? extends CommunityValue> values, ComparisonOptions options) {
    return row(indicator, JavaInputs.<CommunityValue>list(values), options);
  }

  /** The comparison of the current value with the baseline, or with the first value. */
  private static Option<Comparison> baselineComparison(
      Indicator indicator, List<CommunityValue> series, ComparisonOptions options) {
    if (series.isEmpty()) {
      return Option.none();
    }
    CommunityValue current = series.last();
    if (indicator.baseline().isEmpty()) {
      return series.size() < 2 ? Option.none() : Option.of(Comparisons.compare(indicator, series.head(), current, options));
    }
    Baseline stated = indicator.baseline().get();
    Option<CommunityValue> reported = series.find(v -> v.period().equals(stated.period()));
    if (reported.isDefined()) {
      return reported.get() == current ? Option.none()
          : Option.of(Comparisons.compare(indicator, reported.get(), current, options));
    }
    return Option.of(Comparisons.compareStated(indicator, stated, current, options));
  }

  /**
   * Progress on the same footing as the baseline comparison: on the matched partners when some
   * had to be left out, refused when the comparison was.
   */
  private static ProgressAssessment progress(
      Indicator indicator, List<CommunityValue> series, Option<Comparison> baseline, ComparisonOptions options) {
    if (baseline.isEmpty()) {
      return ProgressMethod.STATISTICS_CANADA.assess(indicator, series);
    }
    Comparison b = baseline.get();
    if (!b.comparable()) {
      return ProgressMethod.unable(Option.of(b.fromPeriod()), Option.of(b.toPeriod()),
          Message.of("scoring.measure.progress.notComparable", b.explanationMessage()));
    }
    if (options.basis() != ComparisonBasis.MATCHED || !b.reportersChanged()) {
      ProgressAssessment p = ProgressMethod.STATISTICS_CANADA.assess(indicator, series);
      return b.reportersChanged()
          ? ImmutableProgressAssessment.copyOf(p).withExplanationMessage(Message.of("scoring.measure.progress.allReporters",
              p.explanationMessage(), Comparisons.who(b.fromPeriod(), b.toPeriod(), b.onlyInFrom(), b.onlyInTo())))
          : p;
    }
    java.util.Set<String> matched = new java.util.TreeSet<>(b.partners().asJava());
    List<CommunityValue> onMatched =
        series.filter(v -> !v.period().isBefore(b.fromPeriod()) && v.partners().exists(matched::contains))
            .map(v -> v.partners().forAll(matched::contains) ? v : Comparisons.restrict(indicator, v, matched));
    Indicator base =
        indicator.baseline().isDefined()
            ? ImmutableIndicator.copyOf(indicator)
                .withBaseline(Option.of(Baseline.of(b.fromPeriod(), b.fromValue().get())))
            : indicator;
    ProgressAssessment p = ProgressMethod.STATISTICS_CANADA.assess(base, onMatched);
    return ImmutableProgressAssessment.copyOf(p).withExplanationMessage(Message.of("scoring.measure.progress.matched",
        p.explanationMessage(), b.partners().mkString(", "),
        Comparisons.who(b.fromPeriod(), b.toPeriod(), b.onlyInFrom(), b.onlyInTo())));
  }

  /**
   * The current trend read from like-for-like changes: the direction and judgement of the latest
   * change, and how many consecutive comparable changes before it had the same.
   *
   * @param changes the period-to-period comparisons, oldest first
   * @return the trend, or none without changes or when the latest cannot be compared
   */
  static Option<Trend> trend(List<Comparison> changes) {
    return trendOf(changes);
  }

  /** Messages one after the other, with nothing between them. */
  static Message concat(List<Message> parts) {
    return parts.tail().foldLeft(parts.head(), (a, b) -> Message.of("scoring.measure.concat", a, b));
  }

  private static Option<Trend> trendOf(List<Comparison> changes) {
    if (changes.isEmpty() || !changes.last().comparable()) {
      return Option.none();
    }
    Comparison last = changes.last();
    int held = changes.reverse()
        .takeWhile(c -> c.comparable() && c.direction().equals(last.direction()) && c.judgement().equals(last.judgement()))
        .size();
    return Option.of(ImmutableTrend.of(last.direction().get(), last.judgement().get(), held));
  }


}
