package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.function.Function;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.Target;

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
   * The scorecard of a shared measure set.
   *
   * @param data conforming observations
   * @param expectedPartners the partners expected to report: distinct ids, none blank
   * @return the scorecard
   * @throws org.commonground.core.validation.ValidationException naming, by index, every expected
   *     partner that is not an id or repeats an earlier one
   */
  public static Scorecard of(ObservationSet data, List<String> expectedPartners) {
    RollUp.checkExpected("expectedPartners", expectedPartners);
    return of(data, indicator -> expectedPartners);
  }

  /**
   * The scorecard of a shared measure set whose indicators each have their own reporting
   * partners.
   *
   * @param data conforming observations
   * @param expectedPartners the partners expected to report each indicator: for each, distinct
   *     ids, none blank
   * @return the scorecard
   * @throws org.commonground.core.validation.ValidationException naming, by indicator and index,
   *     every expected partner that is not an id or repeats an earlier one
   */
  public static Scorecard of(ObservationSet data, Function<Indicator, List<String>> expectedPartners) {
    List<CommunityValue> values = RollUp.communityValues(data, expectedPartners);
    List<ScorecardRow> rows =
        data.measures().indicators()
            .map(i -> row(i, values.filter(v -> v.indicator().equals(i.id()))));
    List<ScorecardRow> assessable = rows.filter(r -> r.improvedSinceBaseline().isDefined());
    int improving = assessable.count(r -> r.improvedSinceBaseline().get());
    Option<Double> share =
        assessable.isEmpty() ? Option.none() : Option.of((double) improving / assessable.size());
    String explanation =
        share.isEmpty()
            ? "No indicator has two values yet, so none can be judged improving."
            : String.format(Locale.ROOT,
                "%d of %d indicators (%.0f %%) improved since their baseline; StriveTogether's proof "
                    + "point is 60 %%, %s.",
                improving, assessable.size(), share.get() * 100,
                share.get() >= Scorecard.PROOF_POINT ? "met" : "not met");
    return ImmutableScorecard.builder()
        .name(data.measures().name())
        .rows(rows)
        .assessable(assessable.size())
        .improving(improving)
        .shareImproving(share)
        .explanation(explanation)
        .build();
  }

  /**
   * The scorecard row of one indicator from its community values.
   *
   * @param indicator the indicator
   * @param values its community values, in any order
   * @return the row
   */
  public static ScorecardRow row(Indicator indicator, List<CommunityValue> values) {
    List<CommunityValue> series = values.sortBy(CommunityValue::period);
    Option<CommunityValue> current = series.lastOption();
    Option<CommunityValue> prior = series.size() >= 2 ? Option.of(series.get(series.size() - 2)) : Option.none();
    Option<Target> currentTarget = current.flatMap(c -> indicator.targetFor(c.period()));
    Option<Target> nextTarget = current.flatMap(c -> indicator.nextTargetAfter(c.period()));
    Option<Double> variance =
        current.flatMap(c -> currentTarget.filter(t -> t.value() != 0).map(t -> (c.value() - t.value()) / t.value()));

    Option<Double> first =
        indicator.baseline().map(b -> b.value()).orElse(series.headOption().map(CommunityValue::value));
    boolean twoValues = indicator.baseline().isDefined() ? !series.isEmpty() : series.size() >= 2;
    Option<Double> change =
        twoValues ? current.flatMap(c -> first.filter(f -> f != 0).map(f -> (c.value() - f) / f)) : Option.none();
    Option<Boolean> improved =
        twoValues ? current.map(c -> indicator.polarity().isImprovement(first.get(), c.value())) : Option.none();
    Option<Trend> trend = trend(indicator.polarity(), series.map(CommunityValue::value));
    ProgressAssessment progress = ProgressMethod.STATISTICS_CANADA.assess(indicator, series);

    StringBuilder text = new StringBuilder(indicator.name()).append(" (").append(indicator.polarity()).append("): ");
    if (current.isEmpty()) {
      text.append("no data reported.");
    } else {
      CommunityValue c = current.get();
      text.append("current ").append(RollUp.number(c.value())).append(" in ").append(c.period());
      prior.forEach(p -> text.append(", prior ").append(RollUp.number(p.value())).append(" in ").append(p.period()));
      currentTarget.forEach(t -> text.append("; target ").append(RollUp.number(t.value())));
      variance.forEach(v -> text.append(String.format(Locale.ROOT, ", variance from target (actual − target)/target = %+.1f %%", v * 100)));
      nextTarget.forEach(t -> text.append("; next target ").append(RollUp.number(t.value())).append(" for ").append(t.period()));
      change.forEach(v -> text.append(String.format(Locale.ROOT, "; baseline %% change (current − first)/first = %+.1f %% from %s%s",
          v * 100, RollUp.number(first.get()), indicator.baseline().isDefined() ? " (baseline)" : " (first value)")));
      trend.forEach(t -> text.append("; trend ").append(t));
      text.append(". ").append(progress.explanation());
    }
    return ImmutableScorecardRow.builder()
        .indicator(indicator)
        .series(series)
        .current(current)
        .prior(prior)
        .currentTarget(currentTarget)
        .nextTarget(nextTarget)
        .varianceFromTarget(variance)
        .baselineChange(change)
        .improvedSinceBaseline(improved)
        .trend(trend)
        .progress(progress)
        .explanation(text.toString())
        .build();
  }

  /**
   * The current trend of a series: the direction of its last change, judged by polarity, and how
   * many consecutive changes before it went the same way.
   *
   * @param polarity which way is better
   * @param values the values, oldest first
   * @return the trend, or none with fewer than two values
   */
  static Option<Trend> trend(Polarity polarity, List<Double> values) {
    if (values.size() < 2) {
      return Option.none();
    }
    List<Trend.Direction> moves = values.sliding(2).map(p -> direction(p.get(0), p.get(1))).toList();
    Trend.Direction last = moves.last();
    int held = moves.reverse().takeWhile(m -> m == last).size();
    Trend.Judgement judgement =
        last == Trend.Direction.FLAT
            ? Trend.Judgement.NO_CHANGE
            : (last == Trend.Direction.UP) == (polarity == Polarity.HIGHER_IS_BETTER)
                ? Trend.Judgement.IMPROVING
                : Trend.Judgement.WORSENING;
    return Option.of(ImmutableTrend.of(last, judgement, held));
  }

  private static Trend.Direction direction(double from, double to) {
    return to > from ? Trend.Direction.UP : to < from ? Trend.Direction.DOWN : Trend.Direction.FLAT;
  }
}
