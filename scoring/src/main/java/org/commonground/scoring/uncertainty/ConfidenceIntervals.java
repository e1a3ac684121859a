// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;

/**
 * Confidence intervals of small numbers: a proportion of {@code x} events out of {@code n}, a
 * count of events, and a rate of events per population.
 *
 * <pre>{@code
 * ConfidenceIntervals.proportion(81, 263);                     // Wilson, 95 %: [0.2553, 0.3662]
 * ConfidenceIntervals.proportion(0, 10, 0.95, IntervalMethod.CLOPPER_PEARSON);  // [0, 0.3085]
 * ConfidenceIntervals.count(0);                                // Garwood, 95 %: [0, 3.689]
 * ConfidenceIntervals.rate(12, 25_000, 100_000);               // per 100,000: [24.8, 83.8]
 * }</pre>
 *
 * <p>The formulas, with {@code α = 1 − level} and {@code z} the standard normal {@code 1 − α/2}
 * quantile, as the NCHS data presentation standards (Parker et al. 2017, Vital Health Stat 2(175))
 * give them:
 *
 * <ul>
 *   <li><b>Wilson score</b> (E. B. Wilson, "Probable inference, the law of succession, and
 *       statistical inference", JASA 22, 1927): with {@code p = x/n}, the bounds are {@code (p +
 *       z²/2n ± z √(p(1−p)/n + z²/4n²)) / (1 + z²/n)}. The default for proportions: it stays
 *       inside [0, 1] and covers close to the nominal level even for small {@code n}.
 *   <li><b>Clopper–Pearson exact</b> (C. J. Clopper and E. S. Pearson, "The use of confidence or
 *       fiducial limits illustrated in the case of the binomial", Biometrika 26, 1934): the lower
 *       bound is the {@code α/2} quantile of Beta({@code x}, {@code n − x + 1}), 0 when {@code x =
 *       0}; the upper bound the {@code 1 − α/2} quantile of Beta({@code x + 1}, {@code n − x}), 1
 *       when {@code x = n}. Conservative: it covers at least the nominal level.
 *   <li><b>Garwood exact Poisson</b> (F. Garwood, "Fiducial limits for the Poisson distribution",
 *       Biometrika 28, 1936): the bounds of a count are {@code χ²(α/2; 2x)/2} (0 when {@code x =
 *       0}) and {@code χ²(1 − α/2; 2x + 2)/2}, computed as the equal quantiles of Gamma({@code x},
 *       1) and Gamma({@code x + 1}, 1); a rate's bounds are the count's divided by the population
 *       and multiplied by the rate's base (per 100,000, say).
 * </ul>
 *
 * <p>The normal, beta and gamma quantiles come from Apache Commons Statistics. Every method is a
 * pure function; the class holds no state and is thread-safe.
 */
public final class ConfidenceIntervals {

  /** The conventional confidence level, 95 %. */
  public static final double DEFAULT_LEVEL = 0.95;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private ConfidenceIntervals() {}

  /**
   * The 95 % Wilson score interval of a proportion.
   *
   * <pre>{@code
   * ConfidenceIntervals.proportion(81, 263);   // [0.2553, 0.3662], Wilson score, 0.95
   * }</pre>
   *
   * @param x the number of events, from 0 to {@code n}
   * @param n the number of trials, at least 1
   * @return the interval, inside [0, 1]
   * @throws org.commonground.core.validation.ValidationException naming every input out of range
   */
  public static ConfidenceInterval proportion(long x, long n) {
    return proportion(x, n, DEFAULT_LEVEL, IntervalMethod.WILSON);
  }

  /**
   * The interval of a proportion by the chosen method: {@link IntervalMethod#WILSON} or {@link
   * IntervalMethod#CLOPPER_PEARSON}.
   *
   * <pre>{@code
   * ConfidenceIntervals.proportion(10, 10, 0.95, IntervalMethod.CLOPPER_PEARSON);  // [0.6915, 1]
   * }</pre>
   *
   * @param x the number of events, from 0 to {@code n}
   * @param n the number of trials, at least 1
   * @param level the confidence level, strictly between 0 and 1
   * @param method {@code WILSON} or {@code CLOPPER_PEARSON}; not null
   * @return the interval, inside [0, 1]
   * @throws org.commonground.core.validation.ValidationException naming every input out of range,
   *     and the method if it is null or not a proportion's
   */
  public static ConfidenceInterval proportion(long x, long n, double level, IntervalMethod method) {
    Violations.none()
        .require(n >= 1, "n", () -> Message.of("core.validation.min", 1, n))
        .require(x >= 0 && (n < 1 || x <= n), "x",
            () -> Message.of("core.validation.between", 0, "n (" + Math.max(n, 0) + ")", x))
        .require(level > 0 && level < 1, "level", () -> levelOutOfRange(level))
        .require(method == IntervalMethod.WILSON || method == IntervalMethod.CLOPPER_PEARSON,
            "method", () -> Message.of("scoring.uncertainty.proportionMethod", method))
        .throwIfAny("Proportion interval");
    double alpha = 1 - level;
    if (method == IntervalMethod.WILSON) {
      double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha / 2);
      double p = (double) x / n;
      double z2n = z * z / n;
      double centre = (p + z2n / 2) / (1 + z2n);
      double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
      // At x = 0 and x = n a bound is exactly 0 or 1; rounding would leave it a hair inside.
      double lower = x == 0 ? 0 : Math.max(0, centre - half);
      double upper = x == n ? 1 : Math.min(1, centre + half);
      return ImmutableConfidenceInterval.of(lower, upper, level, method);
    }
    double lower = x == 0 ? 0 : BetaDistribution.of(x, n - x + 1.0).inverseCumulativeProbability(alpha / 2);
    double upper = x == n ? 1 : BetaDistribution.of(x + 1.0, n - x).inverseCumulativeProbability(1 - alpha / 2);
    return ImmutableConfidenceInterval.of(lower, upper, level, method);
  }

  /**
   * The 95 % Garwood exact interval of a Poisson count.
   *
   * <pre>{@code
   * ConfidenceIntervals.count(0);   // [0, 3.689]
   * ConfidenceIntervals.count(5);   // [1.623, 11.668]
   * }</pre>
   *
   * @param x the count, at least 0
   * @return the interval of the count's expected value
   * @throws org.commonground.core.validation.ValidationException if the count is negative
   */
  public static ConfidenceInterval count(long x) {
    return count(x, DEFAULT_LEVEL);
  }

  /**
   * The Garwood exact interval of a Poisson count at a chosen level.
   *
   * <pre>{@code
   * ConfidenceIntervals.count(1, 0.90);   // [0.0513, 4.744]
   * }</pre>
   *
   * @param x the count, at least 0
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval of the count's expected value
   * @throws org.commonground.core.validation.ValidationException naming every input out of range
   */
  public static ConfidenceInterval count(long x, double level) {
    Violations.none()
        .require(x >= 0, "x", () -> Message.of("core.validation.min", 0, x))
        .require(level > 0 && level < 1, "level", () -> levelOutOfRange(level))
        .throwIfAny("Count interval");
    return garwood(x, level, 1);
  }

  /**
   * The 95 % Garwood exact interval of a rate: {@code x} events in a population, per {@code per}
   * people (per 100,000, say).
   *
   * <pre>{@code
   * ConfidenceIntervals.rate(12, 25_000, 100_000);   // 48 per 100,000: [24.8, 83.8]
   * }</pre>
   *
   * @param x the number of events, at least 0
   * @param population the population (or person-time) at risk, a finite number above 0
   * @param per the rate's base, a finite number above 0 (1 for a rate per person)
   * @return the interval of the rate, in units of {@code per}
   * @throws org.commonground.core.validation.ValidationException naming every input out of range
   */
  public static ConfidenceInterval rate(long x, double population, double per) {
    return rate(x, population, per, DEFAULT_LEVEL);
  }

  /**
   * The Garwood exact interval of a rate at a chosen level.
   *
   * <pre>{@code
   * ConfidenceIntervals.rate(0, 4_000, 1_000, 0.95);   // [0, 0.922] per 1,000
   * }</pre>
   *
   * @param x the number of events, at least 0
   * @param population the population (or person-time) at risk, a finite number above 0
   * @param per the rate's base, a finite number above 0 (1 for a rate per person)
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval of the rate, in units of {@code per}
   * @throws org.commonground.core.validation.ValidationException naming every input out of range
   */
  public static ConfidenceInterval rate(long x, double population, double per, double level) {
    Violations.none()
        .require(x >= 0, "x", () -> Message.of("core.validation.min", 0, x))
        .require(population > 0 && Double.isFinite(population), "population",
            () -> Message.of("scoring.uncertainty.finiteAbove", 0, population))
        .require(per > 0 && Double.isFinite(per), "per",
            () -> Message.of("scoring.uncertainty.finiteAbove", 0, per))
        .require(level > 0 && level < 1, "level", () -> levelOutOfRange(level))
        .throwIfAny("Rate interval");
    return garwood(x, level, per / population);
  }

  private static ConfidenceInterval garwood(long x, double level, double scale) {
    double alpha = 1 - level;
    double lower = x == 0 ? 0 : GammaDistribution.of(x, 1).inverseCumulativeProbability(alpha / 2);
    double upper = GammaDistribution.of(x + 1.0, 1).inverseCumulativeProbability(1 - alpha / 2);
    return ImmutableConfidenceInterval.of(lower * scale, upper * scale, level, IntervalMethod.GARWOOD);
  }

  /** The message of a level outside (0, 1); NaN fails every comparison and is named too. */
  static Message levelOutOfRange(double level) {
    return Message.of("scoring.uncertainty.levelOpen", level);
  }
}
