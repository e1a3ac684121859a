// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import io.vavr.control.Option;
import java.util.Locale;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;

/**
 * Tests of whether a change between two periods, or between two groups, exceeds the uncertainty of
 * the numbers it is made of.
 *
 * <pre>{@code
 * ChangeTests.proportions(45, 60, 52, 58, 0.95, IntervalMethod.WILSON).exceedsUncertainty();  // true
 * ChangeTests.poissonRates(12, 1, 19, 1, 0.95).exceedsUncertainty();   // false: 12 → 19 events
 * ChangeTests.wald(-2.5, 1.4, 0.95, "change in the gap").exceedsUncertainty();  // false
 * }</pre>
 *
 * <p>The tests:
 *
 * <ul>
 *   <li><b>Two proportions</b> (x₁ of n₁, then x₂ of n₂): Newcombe's hybrid score interval for
 *       the difference p₂ − p₁ (R. G. Newcombe, "Interval estimation for the difference between
 *       independent proportions: comparison of eleven methods", Statistics in Medicine 17, 1998,
 *       method 10), built from each proportion's own interval (l, u):
 *       {@code L = d − √((p₂ − l₂)² + (u₁ − p₁)²)}, {@code U = d + √((u₂ − p₂)² + (p₁ − l₁)²)}.
 *       With Wilson intervals this is Newcombe's method; with Clopper–Pearson intervals the same
 *       construction (the "method of variance estimates recovery"). The change exceeds its
 *       uncertainty when the interval excludes 0. The NCHS data presentation standards test
 *       differences the same way, from the estimates' own intervals.
 *   <li><b>Two Poisson counts or rates</b> (x₁ events over exposure e₁, then x₂ over e₂): the
 *       exact conditional test (Przyborowski and Wilenski, "Homogeneity of results in testing
 *       samples from Poisson series", Biometrika 31, 1940): given n = x₁ + x₂ events, x₂ is
 *       binomial with probability e₂ / (e₁ + e₂) when the rates are equal; the two-sided p-value is
 *       twice the smaller tail, at most 1. Beyond 2³¹ − 1 events the binomial is replaced by its
 *       normal approximation, and the name says so.
 *   <li><b>Any difference with a standard error</b>, such as a change in a gap between two groups
 *       (a difference in differences): the Wald z-test, |change| / SE against the normal quantile.
 * </ul>
 *
 * <p>Treating two periods as independent samples is the usual, conservative choice when the same
 * population is measured again (NCHS, Parker et al. 2017). Every method is a pure function; the
 * class holds no state and is thread-safe.
 */
public final class ChangeTests {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private ChangeTests() {}

  /**
   * Tests the change from a proportion x₁/n₁ to a proportion x₂/n₂ by Newcombe's hybrid score
   * interval for the difference.
   *
   * @param x1 the earlier events, from 0 to {@code n1}
   * @param n1 the earlier trials, at least 1
   * @param x2 the later events, from 0 to {@code n2}
   * @param n2 the later trials, at least 1
   * @param level the confidence level, strictly between 0 and 1
   * @param method the single-proportion interval the difference is built from: {@code WILSON}
   *     (Newcombe's method) or {@code CLOPPER_PEARSON}
   * @return the test of p₂ − p₁, as a fraction
   * @throws org.commonground.core.validation.ValidationException naming every input out of range
   */
  public static ChangeTest proportions(long x1, long n1, long x2, long n2, double level, IntervalMethod method) {
    Violations.none()
        .require(n1 >= 1, "n1", () -> Message.of("core.validation.min", 1, n1))
        .require(x1 >= 0 && (n1 < 1 || x1 <= n1), "x1", () -> Message.of("core.validation.between", 0, "n1 (" + Math.max(n1, 0) + ")", x1))
        .require(n2 >= 1, "n2", () -> Message.of("core.validation.min", 1, n2))
        .require(x2 >= 0 && (n2 < 1 || x2 <= n2), "x2", () -> Message.of("core.validation.between", 0, "n2 (" + Math.max(n2, 0) + ")", x2))
        .require(level > 0 && level < 1, "level", () -> ConfidenceIntervals.levelOutOfRange(level))
        .require(method == IntervalMethod.WILSON || method == IntervalMethod.CLOPPER_PEARSON,
            "method", () -> Message.of("scoring.uncertainty.proportionMethod", method))
        .throwIfAny("Change of proportions");
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    ConfidenceInterval i1 = ConfidenceIntervals.proportion(x1, n1, level, method);
    ConfidenceInterval i2 = ConfidenceIntervals.proportion(x2, n2, level, method);
    double d = p2 - p1;
    double lower = d - Math.sqrt(square(p2 - i2.lower()) + square(i1.upper() - p1));
    double upper = d + Math.sqrt(square(i2.upper() - p2) + square(p1 - i1.lower()));
    boolean exceeds = lower > 0 || upper < 0;
    Message name = Message.of(method == IntervalMethod.WILSON
        ? "scoring.uncertainty.test.newcombeWilson" : "scoring.uncertainty.test.newcombeClopperPearson");
    Message explanation = Message.of("scoring.uncertainty.proportions", name, x1, n1, f("%.4g", p1), x2, n2,
        f("%.4g", p2), f("%+.4g", d), percent(level), f("%+.4g", lower), f("%+.4g", upper), excludes(exceeds), verdict(exceeds));
    return ImmutableChangeTest.builder()
        .test(name.text()).level(level).change(d).lower(Option.of(lower)).upper(Option.of(upper)).pValue(Option.none())
        .exceedsUncertainty(exceeds).explanationMessage(explanation).build();
  }

  /**
   * Tests the change from x₁ events over exposure e₁ to x₂ events over e₂ by the exact conditional
   * test of two Poisson rates; for two counts of the same population, pass exposures of 1.
   *
   * @param x1 the earlier events, at least 0
   * @param e1 the earlier exposure (population, person-time), a finite number above 0
   * @param x2 the later events, at least 0
   * @param e2 the later exposure, a finite number above 0
   * @param level the confidence level, strictly between 0 and 1
   * @return the test of the change in the rate per unit of exposure, x₂/e₂ − x₁/e₁
   * @throws org.commonground.core.validation.ValidationException naming every input out of range
   */
  public static ChangeTest poissonRates(long x1, double e1, long x2, double e2, double level) {
    Violations.none()
        .require(x1 >= 0, "x1", () -> Message.of("core.validation.min", 0, x1))
        .require(e1 > 0 && Double.isFinite(e1), "e1", () -> Message.of("scoring.uncertainty.finiteAbove", 0, e1))
        .require(x2 >= 0, "x2", () -> Message.of("core.validation.min", 0, x2))
        .require(e2 > 0 && Double.isFinite(e2), "e2", () -> Message.of("scoring.uncertainty.finiteAbove", 0, e2))
        .require(x1 < 0 || x2 < 0 || x1 < Long.MAX_VALUE - x2, "x1 + x2", () -> Message.of("core.validation.below", "2⁶³ − 1", x1 + " + " + x2))
        .require(level > 0 && level < 1, "level", () -> ConfidenceIntervals.levelOutOfRange(level))
        .throwIfAny("Change of Poisson rates");
    long n = x1 + x2;
    double share = e2 / (e1 + e2);
    double p;
    String nameKey;
    if (n == 0) {
      p = 1;
      nameKey = "scoring.uncertainty.test.poissonExact";
    } else if (n <= Integer.MAX_VALUE) {
      BinomialDistribution given = BinomialDistribution.of((int) n, share);
      int k = (int) x2;
      double below = given.cumulativeProbability(k);
      double above = given.survivalProbability(k - 1);
      p = Math.min(1, 2 * Math.min(below, above));
      nameKey = "scoring.uncertainty.test.poissonExact";
    } else {
      double mean = n * share;
      double sd = Math.sqrt(n * share * (1 - share));
      double z = (x2 - mean) / sd;
      p = Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
      nameKey = "scoring.uncertainty.test.poissonNormal";
    }
    double change = x2 / e2 - x1 / e1;
    boolean exceeds = p < 1 - level;
    Message name = Message.of(nameKey);
    Message explanation = Message.of("scoring.uncertainty.poissonRates", name, x1, f("%.6g", e1), x2, f("%.6g", e2),
        f("%+.4g", change), f("%.3g", p), exceeds ? "<" : "≥", f("%.3g", 1 - level), verdict(exceeds));
    return ImmutableChangeTest.builder()
        .test(name.text()).level(level).change(change).lower(Option.none()).upper(Option.none()).pValue(Option.of(p))
        .exceedsUncertainty(exceeds).explanationMessage(explanation).build();
  }

  /**
   * Tests a change with a known standard error by the Wald z-test.
   *
   * @param change the change, a finite number
   * @param standardError its standard error, finite and at least 0; a change with a zero standard
   *     error exceeds it unless it is itself zero
   * @param level the confidence level, strictly between 0 and 1
   * @param what what the change is, for the explanation ("change in the gap")
   * @return the test, with the interval change ± z·SE
   * @throws org.commonground.core.validation.ValidationException naming every input out of range
   */
  public static ChangeTest wald(double change, double standardError, double level, String what) {
    return wald(change, standardError, level, Violations.none().notBlank("what", what),
        what == null ? null : Message.literal(what));
  }

  /**
   * Tests a change with a known standard error by the Wald z-test, the change named by a message of
   * the library, so that the explanation is in the reader's language.
   *
   * @param change the change, a finite number
   * @param standardError its standard error, finite and at least 0
   * @param level the confidence level, strictly between 0 and 1
   * @param what what the change is, e.g. {@code Message.of("scoring.measure.gap.sizeChange")}; not null
   * @return the test, with the interval change ± z·SE
   * @throws org.commonground.core.validation.ValidationException naming every input out of range
   */
  public static ChangeTest wald(double change, double standardError, double level, Message what) {
    return wald(change, standardError, level, Violations.none().notNull("what", what), what);
  }

  private static ChangeTest wald(double change, double standardError, double level, Violations whatCheck,
      Message what) {
    whatCheck
        .require(Double.isFinite(change), "change", () -> Message.of("core.validation.finiteNumber", change))
        .require(standardError >= 0 && Double.isFinite(standardError), "standardError",
            () -> Message.of("scoring.uncertainty.finiteAtLeast", 0, standardError))
        .require(level > 0 && level < 1, "level", () -> ConfidenceIntervals.levelOutOfRange(level))
        .throwIfAny("Wald test");
    double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
    double lower = change - z * standardError;
    double upper = change + z * standardError;
    double p = standardError == 0
        ? (change == 0 ? 1 : 0)
        : Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(change) / standardError));
    boolean exceeds = lower > 0 || upper < 0;
    Message name = Message.of("scoring.uncertainty.test.wald");
    Message explanation = Message.of("scoring.uncertainty.wald", name, what, f("%+.4g", change),
        f("%.4g", standardError), percent(level), f("%+.4g", lower), f("%+.4g", upper), excludes(exceeds), f("%.3g", p), verdict(exceeds));
    return ImmutableChangeTest.builder()
        .test(name.text()).level(level).change(change).lower(Option.of(lower)).upper(Option.of(upper)).pValue(Option.of(p))
        .exceedsUncertainty(exceeds).explanationMessage(explanation).build();
  }

  /**
   * The binomial variance of a proportion x/n, {@code p(1 − p)/n}, for a Wald test of differences.
   *
   * @param x the events, from 0 to {@code n}
   * @param n the trials, at least 1
   * @return the variance of x/n
   * @throws org.commonground.core.validation.ValidationException naming every input out of range
   */
  public static double proportionVariance(long x, long n) {
    Violations.none()
        .require(n >= 1, "n", () -> Message.of("core.validation.min", 1, n))
        .require(x >= 0 && (n < 1 || x <= n), "x", () -> Message.of("core.validation.between", 0, "n (" + Math.max(n, 0) + ")", x))
        .throwIfAny("Proportion variance");
    double p = (double) x / n;
    return p * (1 - p) / n;
  }

  /**
   * The Poisson variance of a rate x/e, {@code x/e²}.
   *
   * @param x the events, at least 0
   * @param exposure the exposure, a finite number above 0
   * @return the variance of x/e
   * @throws org.commonground.core.validation.ValidationException naming every input out of range
   */
  public static double poissonRateVariance(long x, double exposure) {
    Violations.none()
        .require(x >= 0, "x", () -> Message.of("core.validation.min", 0, x))
        .require(exposure > 0 && Double.isFinite(exposure), "exposure",
            () -> Message.of("scoring.uncertainty.finiteAbove", 0, exposure))
        .throwIfAny("Rate variance");
    return x / (exposure * exposure);
  }

  private static double square(double v) {
    return v * v;
  }

  private static String f(String format, double value) {
    return String.format(Locale.ROOT, format, value);
  }

  private static Message excludes(boolean exceeds) {
    return Message.of(exceeds ? "scoring.uncertainty.interval.excludes" : "scoring.uncertainty.interval.includes");
  }

  private static Message verdict(boolean exceeds) {
    return Message.of(exceeds ? "scoring.uncertainty.verdict.exceeds" : "scoring.uncertainty.verdict.within");
  }

  private static String percent(double level) {
    double p = level * 100;
    return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
  }
}
