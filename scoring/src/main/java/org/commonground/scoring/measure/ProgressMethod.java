package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;

/**
 * Assesses an indicator's progress by the Statistics Canada method that Open SDG uses ("Progress
 * Measurement Methodology for the Sustainable Development Goals"): the entry point of progress
 * status.
 *
 * <p>The observed compound annual growth rate from the base period t₀ to the latest period tᵢ is
 * {@code CAGRᵢ = (yᵢ / y₀)^(1 / (tᵢ − t₀)) − 1}, time in years. With a target y_T for period t_T,
 * the growth needed is {@code CAGR_T = (y_T / y₀)^(1 / (t_T − t₀)) − 1} and the ratio
 * {@code R = d · CAGRᵢ / |CAGR_T|}, d being +1 when higher is better and −1 when lower is better.
 * A current value that meets the target is <b>target achieved</b>; otherwise R ≥ 95 % is <b>on
 * track</b>, 60 % ≤ R &lt; 95 % <b>progress made but acceleration needed</b>, 0 ≤ R &lt; 60 %
 * <b>limited progress</b>, R &lt; 0 <b>deterioration</b>. Without a target, {@code d · CAGRᵢ} is
 * compared with fixed rates: ≥ 1.5 % a year on track, 0.5 % to 1.5 % acceleration needed, 0 to
 * 0.5 % limited progress, below 0 deterioration.
 *
 * <p>As the method prescribes: a base or target value of zero is replaced by 0.001; at least two
 * data points are needed; all values must be positive or all negative (all negative flips d), else
 * progress is "unable to assess". The base is the indicator's baseline if it has one, else its
 * first reported value; the target is its {@link Indicator#finalTarget() final target}. Not
 * modelled: the method's scaling factor for indicators near a natural limit (such as 100 %), so
 * thresholds are never reduced.
 *
 * <pre>{@code
 * ProgressAssessment p = ProgressMethod.STATISTICS_CANADA.assess(indicator, communityValues);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgressMethod {

  /** The published thresholds: 95 % and 60 % of the needed growth; 1.5 % and 0.5 % a year. */
  public static final ProgressMethod STATISTICS_CANADA = new ProgressMethod(0.95, 0.60, 0.015, 0.005);

  /** What a zero base or target is replaced by, as the method prescribes. */
  public static final double ZERO_REPLACEMENT = 0.001;

  private final double onTrackRatio;
  private final double accelerationRatio;
  private final double onTrackGrowth;
  private final double accelerationGrowth;

  private ProgressMethod(
      double onTrackRatio, double accelerationRatio, double onTrackGrowth, double accelerationGrowth) {
    this.onTrackRatio = onTrackRatio;
    this.accelerationRatio = accelerationRatio;
    this.onTrackGrowth = onTrackGrowth;
    this.accelerationGrowth = accelerationGrowth;
  }

  /**
   * Assesses progress from an indicator's community values.
   *
   * @param indicator the indicator, with its polarity, baseline and targets
   * @param series its community values, in any order
   * @return the status and the figures behind it
   */
  public ProgressAssessment assess(Indicator indicator, List<CommunityValue> series) {
    List<CommunityValue> sorted = series.sortBy(CommunityValue::period);
    if (sorted.isEmpty()) {
      return unable(Option.none(), Option.none(), "no data have been reported");
    }
    Period basePeriod = indicator.baseline().map(b -> b.period()).getOrElse(sorted.head().period());
    double base = indicator.baseline().map(b -> b.value()).getOrElse(sorted.head().value());
    CommunityValue current = sorted.last();
    Option<Period> baseOption = Option.of(basePeriod);
    Option<Period> currentOption = Option.of(current.period());
    if (!basePeriod.isBefore(current.period())) {
      return unable(baseOption, currentOption,
          "at least two data points are needed, from the base period " + basePeriod + " to a later one");
    }
    Option<Target> target = indicator.finalTarget();
    double y0 = nonZero(base);
    double yi = current.value();
    List<Double> values = List.of(y0, nonZero(yi)).appendAll(target.map(t -> nonZero(t.value())));
    boolean allPositive = values.forAll(v -> v > 0);
    boolean allNegative = values.forAll(v -> v < 0);
    if (!allPositive && !allNegative) {
      return unable(baseOption, currentOption,
          "the base, current and target values must all be positive or all negative for the growth model, got "
              + values.map(RollUp::number).mkString(", "));
    }
    int d = indicator.polarity().direction() * (allNegative ? -1 : 1);
    double years = basePeriod.yearsUntil(current.period());
    double observed = d * growth(y0, nonZero(yi), years);
    String growth =
        String.format(Locale.ROOT, "observed growth d·CAGR = %+.2f %% a year from %s (%s) to %s (%s)",
            observed * 100, RollUp.number(base), basePeriod, RollUp.number(yi), current.period());

    if (target.isEmpty()) {
      ProgressStatus status =
          observed >= onTrackGrowth ? ProgressStatus.ON_TRACK
              : observed >= accelerationGrowth ? ProgressStatus.ACCELERATION_NEEDED
              : observed >= 0 ? ProgressStatus.LIMITED_PROGRESS
              : ProgressStatus.DETERIORATION;
      return build(status, baseOption, currentOption, observed, Option.none(), Option.none(),
          capitalize(status) + ": " + growth + ", no target; thresholds " + percent(onTrackGrowth)
              + " and " + percent(accelerationGrowth) + " a year (Statistics Canada / Open SDG).");
    }
    Target t = target.get();
    if (indicator.polarity().meets(yi, t.value())) {
      return build(ProgressStatus.TARGET_ACHIEVED, baseOption, currentOption, observed, Option.none(), Option.none(),
          "Target achieved: " + RollUp.number(yi) + " in " + current.period() + " meets the target of "
              + RollUp.number(t.value()) + " for " + t.period() + " (" + indicator.polarity() + "); " + growth + ".");
    }
    double targetYears = basePeriod.yearsUntil(t.period());
    if (targetYears <= 0) {
      return unable(baseOption, currentOption,
          "the target period " + t.period() + " is not after the base period " + basePeriod);
    }
    double required = growth(y0, nonZero(t.value()), targetYears);
    if (required == 0) {
      // The base already met the target and the value has since moved away from it.
      return build(ProgressStatus.DETERIORATION, baseOption, currentOption, observed, Option.of(required), Option.none(),
          "Deterioration: the base value " + RollUp.number(base) + " equalled the target "
              + RollUp.number(t.value()) + " and the value has moved away from it; " + growth + ".");
    }
    double ratio = observed / Math.abs(required);
    ProgressStatus status =
        ratio >= onTrackRatio ? ProgressStatus.ON_TRACK
            : ratio >= accelerationRatio ? ProgressStatus.ACCELERATION_NEEDED
            : ratio >= 0 ? ProgressStatus.LIMITED_PROGRESS
            : ProgressStatus.DETERIORATION;
    return build(status, baseOption, currentOption, observed, Option.of(required), Option.of(ratio),
        String.format(Locale.ROOT,
            "%s: R = d·CAGR / |CAGR needed| = %.1f %% (%s; needed %+.2f %% a year to reach %s by %s); "
                + "thresholds %s and %s (Statistics Canada / Open SDG).",
            capitalize(status), ratio * 100, growth, required * 100, RollUp.number(t.value()), t.period(),
            percent(onTrackRatio), percent(accelerationRatio)));
  }

  /**
   * The compound annual growth rate {@code (to / from)^(1 / years) − 1}, computed from the
   * relative change {@code r = (to − from) / from} as {@code expm1(log1p(r) / years)}, which keeps
   * small rates accurate; over exactly one year it is {@code r} itself, so a change of exactly
   * 1.5 % is 0.015 and not a hair below it.
   */
  static double growth(double from, double to, double years) {
    double change = (to - from) / from;
    return years == 1 ? change : Math.expm1(Math.log1p(change) / years);
  }

  private static double nonZero(double value) {
    return value == 0 ? ZERO_REPLACEMENT : value;
  }

  private static String percent(double share) {
    return RollUp.number(share * 100) + " %";
  }

  private static String capitalize(ProgressStatus status) {
    String text = status.toString();
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static ProgressAssessment unable(Option<Period> base, Option<Period> current, String why) {
    return ImmutableProgressAssessment.builder()
        .status(ProgressStatus.UNABLE_TO_ASSESS)
        .basePeriod(base)
        .currentPeriod(current)
        .observedGrowth(Option.none())
        .requiredGrowth(Option.none())
        .ratio(Option.none())
        .explanation("Unable to assess: " + why + ".")
        .build();
  }

  private static ProgressAssessment build(
      ProgressStatus status, Option<Period> base, Option<Period> current, double observed,
      Option<Double> required, Option<Double> ratio, String explanation) {
    return ImmutableProgressAssessment.builder()
        .status(status)
        .basePeriod(base)
        .currentPeriod(current)
        .observedGrowth(Option.of(observed))
        .requiredGrowth(required)
        .ratio(ratio)
        .explanation(explanation)
        .build();
  }

  /** Returns the thresholds. */
  @Override
  public String toString() {
    return "ProgressMethod[on track ≥ " + percent(onTrackRatio) + " of needed growth or "
        + percent(onTrackGrowth) + " a year; acceleration needed ≥ " + percent(accelerationRatio)
        + " or " + percent(accelerationGrowth) + " a year]";
  }
}
