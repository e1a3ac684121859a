// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * When a count, rate or proportion is too small to be reliable, following public-health practice.
 *
 * <p>The defaults are those of the U.S. National Center for Health Statistics: a rate from fewer
 * than 20 events, or an estimate with a relative standard error above 30 %, is flagged as
 * unreliable (NCHS, National Vital Statistics Reports, technical notes; with 20 events the RSE of a
 * Poisson count, {@code 1/√x}, is 22 %); and a proportion from a sample of fewer than 30 is not
 * presented (J. D. Parker et al., "National Center for Health Statistics Data Presentation
 * Standards for Proportions", Vital Health Stat 2(175), 2017, minimum sample size 30). The 2017
 * standard's further tests on the confidence interval's width are left to the caller, who has the
 * interval from {@link ConfidenceIntervals}.
 *
 * <pre>{@code
 * ReliabilityRule.nchs().assessCount(25).isReliable();        // true: RSE 20 %
 * ReliabilityRule.nchs().assessCount(12).concerns();          // FEW_EVENTS (RSE 29 %)
 * ReliabilityRule.nchs().assessProportion(3, 20).concerns();  // FEW_EVENTS, HIGH_RELATIVE_STANDARD_ERROR, SMALL_SAMPLE
 * ImmutableReliabilityRule.builder().minimumEvents(10).build().assessCount(12).isReliable();  // true
 * }</pre>
 *
 * <p>Every threshold is configurable and checked when the rule is built. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class ReliabilityRule {

  /** The NCHS minimum number of events, 20. */
  public static final long NCHS_MINIMUM_EVENTS = 20;

  /** The NCHS largest relative standard error, 30 %. */
  public static final double NCHS_MAXIMUM_RELATIVE_STANDARD_ERROR = 0.30;

  /** The NCHS 2017 minimum sample size of a proportion, 30. */
  public static final long NCHS_MINIMUM_SAMPLE_SIZE = 30;

  ReliabilityRule() {}

  /**
   * The NCHS rule, with every default.
   *
   * @return fewer than 20 events, an RSE above 30 % or a sample below 30 flagged
   */
  public static ReliabilityRule nchs() {
    return ImmutableReliabilityRule.builder().build();
  }

  /**
   * The fewest events an estimate may rest on.
   *
   * @return the minimum, at least 0; {@value #NCHS_MINIMUM_EVENTS} by default
   */
  @Value.Default
  public long minimumEvents() {
    return NCHS_MINIMUM_EVENTS;
  }

  /**
   * The largest relative standard error an estimate may have.
   *
   * @return the maximum, above 0 (may be infinite, to switch the test off); 0.30 by default
   */
  @Value.Default
  public double maximumRelativeStandardError() {
    return NCHS_MAXIMUM_RELATIVE_STANDARD_ERROR;
  }

  /**
   * The smallest denominator a proportion may have.
   *
   * @return the minimum, at least 0; {@value #NCHS_MINIMUM_SAMPLE_SIZE} by default
   */
  @Value.Default
  public long minimumSampleSize() {
    return NCHS_MINIMUM_SAMPLE_SIZE;
  }

  /**
   * Assesses a count, or a rate built on it, by its number of events; the relative standard error
   * of a Poisson count is {@code 1/√x}.
   *
   * @param events the count, at least 0
   * @return the verdict
   * @throws org.commonground.core.validation.ValidationException if the count is negative
   */
  public Reliability assessCount(long events) {
    Violations.none()
        .require(events >= 0, "events", () -> Message.of("core.validation.min", 0, events))
        .throwIfAny("Count reliability");
    Option<Double> rse = events == 0 ? Option.none() : Option.some(1 / Math.sqrt(events));
    return verdict(events, rse, false);
  }

  /**
   * Assesses a proportion of {@code x} events out of {@code n} by its events, its sample size and
   * its binomial relative standard error {@code √((1 − p)/(n·p))}, {@code p = x/n}.
   *
   * @param x the number of events, from 0 to {@code n}
   * @param n the sample size, at least 1
   * @return the verdict
   * @throws org.commonground.core.validation.ValidationException naming every input out of range
   */
  public Reliability assessProportion(long x, long n) {
    Violations.none()
        .require(n >= 1, "n", () -> Message.of("core.validation.min", 1, n))
        .require(x >= 0 && (n < 1 || x <= n), "x",
            () -> Message.of("core.validation.between", 0, "n (" + Math.max(n, 0) + ")", x))
        .throwIfAny("Proportion reliability");
    double p = (double) x / n;
    Option<Double> rse = x == 0 ? Option.none() : Option.some(Math.sqrt((1 - p) / (n * p)));
    return verdict(x, rse, n < minimumSampleSize());
  }

  private Reliability verdict(long events, Option<Double> rse, boolean smallSample) {
    List<ReliabilityConcern> concerns = List.empty();
    if (events < minimumEvents()) {
      concerns = concerns.append(ReliabilityConcern.FEW_EVENTS);
    }
    if (rse.isEmpty() || rse.get() > maximumRelativeStandardError()) {
      concerns = concerns.append(ReliabilityConcern.HIGH_RELATIVE_STANDARD_ERROR);
    }
    if (smallSample) {
      concerns = concerns.append(ReliabilityConcern.SMALL_SAMPLE);
    }
    return ImmutableReliability.builder()
        .events(events)
        .relativeStandardError(rse)
        .concerns(concerns)
        .build();
  }

  @Value.Check
  void check() {
    double rse = maximumRelativeStandardError();
    Violations.none()
        .require(minimumEvents() >= 0, "minimumEvents", () -> Message.of("core.validation.min", 0, minimumEvents()))
        .require(rse > 0, "maximumRelativeStandardError",
            () -> Message.of("scoring.uncertainty.rseAbove", rse))
        .require(minimumSampleSize() >= 0, "minimumSampleSize",
            () -> Message.of("core.validation.min", 0, minimumSampleSize()))
        .throwIfAny("ReliabilityRule");
  }

  /** Returns {@code ReliabilityRule: at least 20 events, relative standard error at most 30 %, samples of at least 30}. */
  @Override
  public String toString() {
    return "ReliabilityRule: at least " + minimumEvents() + " events, relative standard error at most "
        + Math.round(maximumRelativeStandardError() * 100) + " %, samples of at least " + minimumSampleSize();
  }
}
