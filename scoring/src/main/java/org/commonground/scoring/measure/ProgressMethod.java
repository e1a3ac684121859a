// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;
import org.commonground.core.validation.Message;
import org.commonground.core.internal.JavaInputs;

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
 * <p>Edge cases, following the method's "Considerations and Exceptions":
 *
 * <ul>
 *   <li><b>Target achieved first.</b> A current value that meets the target (at or beyond it in the
 *       desired direction) is target achieved whatever the trend, as the method scores it; this
 *       includes reaching a target of zero, which the growth model itself could not express.
 *   <li><b>Zeros.</b> The method replaces a zero base or a zero target by 0.001; here the
 *       replacement takes the sign of the series (−0.001 for a negative one), so a series and its
 *       mirror image are treated alike. No other value is replaced: a zero current or intermediate
 *       value is outside the exponential model and progress is "unable to assess".
 *   <li><b>Signs.</b> The model is valid only when every value used — the base, each reported
 *       value from the base period on, and the target — is positive, or every one negative; all
 *       negative flips d. Otherwise progress is "unable to assess", naming each offending value by
 *       its period (the sign of the series being that of the majority of its non-zero values).
 *   <li><b>Data points.</b> At least two are needed: the base period and a later one.
 *   <li><b>Base equal to the target.</b> The growth needed is zero and R is undefined; if the
 *       target is no longer met the value has moved away from it: deterioration.
 *   <li><b>Thresholds.</b> A value exactly on a threshold reaches it. The comparisons are not made
 *       on the rounded double R: without a target, {@code d · CAGR ≥ c} is decided exactly by
 *       raising both sides to integer powers in decimal arithmetic; with a target,
 *       {@code d · (x − 1) ≥ k · |y − 1|} (x, y the observed and needed annual factors) is decided
 *       on roots taken to 60 significant digits, a difference below 10⁻⁴⁵ counting as a tie.
 * </ul>
 *
 * <p>The base is the indicator's baseline if it has one, else its first reported value; the
 * target is its {@link Indicator#finalTarget() final target}. Not modelled: the method's scaling
 * factor for indicators near a natural limit (such as 100 %), so thresholds are never reduced.
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

  /** What a zero base or target is replaced by, as the method prescribes (with the series' sign). */
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
      return unable(Option.none(), Option.none(), Message.of("scoring.measure.progress.noData"));
    }
    Period basePeriod = indicator.baseline().map(b -> b.period()).getOrElse(sorted.head().period());
    double base = indicator.baseline().map(b -> b.value()).getOrElse(sorted.head().value());
    CommunityValue current = sorted.last();
    Option<Period> baseOption = Option.of(basePeriod);
    Option<Period> currentOption = Option.of(current.period());
    if (!basePeriod.isBefore(current.period())) {
      return unable(baseOption, currentOption,
          Message.of("scoring.measure.progress.twoPoints", basePeriod));
    }
    Option<Target> target = indicator.finalTarget();
    double yi = current.value();

    // Every value the assessment uses: the base, each reported value from the base period on, the target.
    List<Point> points = List.of(new Point(Message.of("scoring.measure.progress.point.base", basePeriod), base, true))
        .appendAll(sorted.filter(v -> !v.period().isBefore(basePeriod))
            .map(v -> new Point(Message.literal(v.period().toString()), v.value(), false)))
        .appendAll(target.map(t -> new Point(Message.of("scoring.measure.progress.point.target", t.period()), t.value(), true)));
    long positives = points.count(pt -> pt.value > 0);
    long negatives = points.count(pt -> pt.value < 0);
    int sign = negatives > positives ? -1 : 1;
    List<Point> offending = points.filter(pt -> pt.value == 0 ? !pt.replaceable : Math.signum(pt.value) != sign);
    boolean modelled = offending.isEmpty() && (positives + negatives) > 0;

    double y0 = replaceZero(base, sign);
    double years = basePeriod.yearsUntil(current.period());
    Option<Double> observedOption =
        modelled ? Option.of(indicator.polarity().direction() * sign * growth(y0, yi, years)) : Option.none();
    Message growth = observedOption.map(o -> Message.of("scoring.measure.progress.growth",
        String.format(Locale.ROOT, "%+.2f", o * 100), RollUp.number(base), basePeriod, RollUp.number(yi),
        current.period()))
        .getOrElse(() -> Message.of("scoring.measure.progress.fromTo", RollUp.number(base), basePeriod,
            RollUp.number(yi), current.period()));

    if (target.isDefined() && indicator.polarity().meets(yi, target.get().value())) {
      Target t = target.get();
      return build(ProgressStatus.TARGET_ACHIEVED, baseOption, currentOption, observedOption, Option.none(),
          Option.none(),
          Message.of("scoring.measure.progress.achieved", RollUp.number(yi), current.period(),
              RollUp.number(t.value()), t.period(), indicator.polarity().label(), growth));
    }
    if (!modelled) {
      return unable(baseOption, currentOption,
          Message.of("scoring.measure.progress.sign", ZERO_REPLACEMENT, offending.isEmpty()
              ? Message.of("scoring.measure.progress.allZero")
              : Message.of("scoring.measure.progress.notSo", Message.join("core.text.comma",
                  offending.map(pt -> Message.of("scoring.measure.progress.point", pt.label, RollUp.number(pt.value)))))));
    }
    double observed = observedOption.get();
    int d = indicator.polarity().direction() * sign;
    long basePeriods = basePeriod.periodsUntil(current.period());
    int perYear = basePeriod.type().perYear();
    // |yᵢ / y₀| with both of one sign: the growth factor over the observed period.
    BigDecimal from = exact(Math.abs(y0));
    BigDecimal to = exact(Math.abs(yi));

    if (target.isEmpty()) {
      ProgressStatus status =
          growthAtLeast(d, from, to, basePeriods, perYear, onTrackGrowth) ? ProgressStatus.ON_TRACK
              : growthAtLeast(d, from, to, basePeriods, perYear, accelerationGrowth) ? ProgressStatus.ACCELERATION_NEEDED
              : growthAtLeast(d, from, to, basePeriods, perYear, 0) ? ProgressStatus.LIMITED_PROGRESS
              : ProgressStatus.DETERIORATION;
      return build(status, baseOption, currentOption, observedOption, Option.none(), Option.none(),
          Message.of("scoring.measure.progress.noTarget", capitalize(status), growth, percent(onTrackGrowth),
              percent(accelerationGrowth)));
    }
    Target t = target.get();
    double targetYears = basePeriod.yearsUntil(t.period());
    if (targetYears <= 0) {
      return unable(baseOption, currentOption,
          Message.of("scoring.measure.progress.targetBeforeBase", t.period(), basePeriod));
    }
    double yT = replaceZero(t.value(), sign);
    double required = growth(y0, yT, targetYears);
    BigDecimal goal = exact(Math.abs(yT));
    if (goal.compareTo(from) == 0) {
      // The base already met the target and the value has since moved away from it.
      return build(ProgressStatus.DETERIORATION, baseOption, currentOption, observedOption, Option.of(0.0),
          Option.none(),
          Message.of("scoring.measure.progress.movedAway", RollUp.number(base), RollUp.number(t.value()), growth));
    }
    double ratio = observed / Math.abs(required);
    long targetPeriods = basePeriod.periodsUntil(t.period());
    ProgressStatus status =
        ratioAtLeast(d, from, to, basePeriods, goal, targetPeriods, perYear, onTrackRatio) ? ProgressStatus.ON_TRACK
            : ratioAtLeast(d, from, to, basePeriods, goal, targetPeriods, perYear, accelerationRatio)
                ? ProgressStatus.ACCELERATION_NEEDED
            : d * to.compareTo(from) >= 0 ? ProgressStatus.LIMITED_PROGRESS
            : ProgressStatus.DETERIORATION;
    return build(status, baseOption, currentOption, observedOption, Option.of(required), Option.of(ratio),
        Message.of("scoring.measure.progress.ratio", capitalize(status), String.format(Locale.ROOT, "%.1f", ratio * 100),
            growth, String.format(Locale.ROOT, "%+.2f", required * 100), RollUp.number(t.value()), t.period(),
            percent(onTrackRatio), percent(accelerationRatio)));
  }

  /**
   * The same as {@link #assess(Indicator, List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param indicator the indicator, with its polarity, baseline and targets
   * @param series its community values, in any order
   * @return the status and the figures behind it
   */
  public ProgressAssessment assess(Indicator indicator, Iterable<? extends CommunityValue> series) {
    return assess(indicator, JavaInputs.<CommunityValue>list(series));
  }

  /** One value the assessment uses, with where it comes from. */
  private static final class Point {
    final Message label;
    final double value;
    final boolean replaceable;

    Point(Message label, double value, boolean replaceable) {
      this.label = label;
      this.value = value;
      this.replaceable = replaceable;
    }
  }

  /**
   * Whether {@code d · CAGR ≥ c} exactly, CAGR being {@code (to / from)^(q / p) − 1} over p
   * periods of q a year. With x the annual factor, {@code x ≥ 1 + c} (d = +1) or {@code x ≤ 1 − c}
   * (d = −1); raising both sides to the power p (all positive) gives the exact test
   * {@code to^q ≥ from^q · (1 + c)^p}, or {@code ≤ from^q · (1 − c)^p}, in decimal arithmetic on the
   * exact binary values and the exact decimal threshold.
   */
  static boolean growthAtLeast(int d, BigDecimal from, BigDecimal to, long periods, int perYear, double c) {
    BigDecimal rate = new BigDecimal(Double.toString(c));
    int p = Math.toIntExact(periods);
    BigDecimal left = to.pow(perYear);
    BigDecimal right = from.pow(perYear).multiply(BigDecimal.ONE.add(rate.multiply(BigDecimal.valueOf(d))).pow(p));
    return d > 0 ? left.compareTo(right) >= 0 : left.compareTo(right) <= 0;
  }

  /**
   * Whether {@code R = d · CAGRᵢ / |CAGR_T| ≥ k}, that is {@code d · (x − 1) ≥ k · |y − 1|} for the
   * observed annual factor x and the needed one y (|CAGR_T| &gt; 0). The roots are taken to 60
   * significant digits; a difference smaller than 10⁻⁴⁵ is taken for an exact tie, which reaches the threshold.
   */
  static boolean ratioAtLeast(int d, BigDecimal from, BigDecimal to, long periods, BigDecimal goal,
      long targetPeriods, int perYear, double k) {
    BigDecimal threshold = new BigDecimal(Double.toString(k));
    BigDecimal x = root(to.divide(from, PRECISION).pow(perYear, PRECISION), periods);
    BigDecimal y = root(goal.divide(from, PRECISION).pow(perYear, PRECISION), targetPeriods);
    BigDecimal left = x.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(d));
    BigDecimal right = threshold.multiply(y.subtract(BigDecimal.ONE).abs());
    BigDecimal difference = left.subtract(right, PRECISION);
    return difference.signum() >= 0 || difference.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(-TOLERANCE)) < 0;
  }

  private static final int DIGITS = 60;
  private static final int TOLERANCE = 45;
  private static final MathContext PRECISION = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

  /** The positive n-th root of a positive number, by Newton's method to {@link #PRECISION}. */
  private static BigDecimal root(BigDecimal value, long n) {
    if (n == 1) {
      return value;
    }
    int degree = Math.toIntExact(n);
    BigDecimal x = new BigDecimal(Math.exp(Math.log(value.doubleValue()) / degree), PRECISION);
    BigDecimal order = BigDecimal.valueOf(degree);
    BigDecimal epsilon = BigDecimal.ONE.scaleByPowerOfTen(-DIGITS + 2).multiply(x);
    for (int i = 0; i < 200; i++) {
      // x ← x − (xⁿ − v) / (n · xⁿ⁻¹)
      BigDecimal power = x.pow(degree - 1, PRECISION);
      BigDecimal step = x.multiply(power, PRECISION).subtract(value).divide(order.multiply(power), PRECISION);
      x = x.subtract(step, PRECISION);
      if (step.abs().compareTo(epsilon) <= 0) {
        break;
      }
    }
    return x;
  }

  private static BigDecimal exact(double value) {
    return new BigDecimal(value);
  }

  private static double replaceZero(double value, int sign) {
    return value == 0 ? sign * ZERO_REPLACEMENT : value;
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

  private static String percent(double share) {
    return RollUp.number(share * 100) + " %";
  }

  private static Message capitalize(ProgressStatus status) {
    return Message.of("scoring.measure.progress.status." + status.name());
  }

  static ProgressAssessment unable(Option<Period> base, Option<Period> current, Message why) {
    return ImmutableProgressAssessment.builder()
        .status(ProgressStatus.UNABLE_TO_ASSESS)
        .basePeriod(base)
        .currentPeriod(current)
        .observedGrowth(Option.none())
        .requiredGrowth(Option.none())
        .ratio(Option.none())
        .explanationMessage(Message.of("scoring.measure.progress.unable", why))
        .build();
  }

  private static ProgressAssessment build(
      ProgressStatus status, Option<Period> base, Option<Period> current, Option<Double> observed,
      Option<Double> required, Option<Double> ratio, Message explanation) {
    return ImmutableProgressAssessment.builder()
        .status(status)
        .basePeriod(base)
        .currentPeriod(current)
        .observedGrowth(observed)
        .requiredGrowth(required)
        .ratio(ratio)
        .explanationMessage(explanation)
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
