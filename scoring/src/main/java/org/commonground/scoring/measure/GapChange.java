// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.Period;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.uncertainty.ChangeTest;
import org.immutables.value.Value;

/**
 * One step of a group's gap to the reference group, from one of its periods to the next: which
 * partners both gaps rest on and who was left out, the two gaps, whether the change in the gap's
 * size exceeds its uncertainty, and which way the gap moved.
 *
 * <p>Under the default {@link ComparisonBasis#MATCHED} both gaps are recomputed on the partners
 * reporting the indicator in both periods, so a partner that stops reporting does not move the
 * gap (the like-for-like comparison of {@link ComparisonBasis}); under {@link
 * ComparisonBasis#ALL_REPORTERS} they are the gaps as reported; under {@link
 * ComparisonBasis#SAME_PARTNERS_ONLY} the step is refused when the reporters differ.
 *
 * <p>The test is a Wald z-test of the change in the gap's size, {@code |later gap| − |earlier
 * gap|}, with standard error {@code √(var g₁ + var r₁ + var g₂ + var r₂)}, the four sampling
 * variances of the group's and the reference group's pooled values in the two periods (binomial
 * for proportions, Poisson for counts and rates); while the gap keeps its sign this is, up to the
 * sign, the test of the difference in differences. Where no sampling model applies (a mean, a
 * value whose events are not whole numbers) there is no test, the explanation says why, and the
 * direction is read from the sizes alone.
 *
 * <pre>{@code
 * GapChange step = series.gapChanges().last();
 * step.basis();        // MATCHED
 * step.partners();     // List(lincoln-hs): reported in both 2022 and 2023
 * step.onlyInFrom();   // List(youth-works): reported in 2022 only, left out
 * step.fromGap();      // Some(-16.0)
 * step.toGap();        // Some(-14.0)
 * step.test();         // Some(Wald z-test of the change in the gap's size …)
 * step.direction();    // Some(NARROWING), or Some(WITHIN_UNCERTAINTY) on small numbers
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GapChange implements PeriodComparison {

  GapChange() {}

  /**
   * The earlier gap compared, group − reference, on {@link #partners()}.
   *
   * @return the gap, or none when not comparable
   */
  public abstract Option<Double> fromGap();

  /**
   * The later gap compared, group − reference, on {@link #partners()}.
   *
   * @return the gap, or none when not comparable
   */
  public abstract Option<Double> toGap();

  /**
   * Which way the gap's size moved; {@link GapTrend.Direction#WITHIN_UNCERTAINTY} when it changed
   * by less than its uncertainty.
   *
   * @return the direction, or none when not comparable
   */
  public abstract Option<GapTrend.Direction> direction();

  @Value.Check
  void check() {
    Violations.none()
        .notNull("fromPeriod", fromPeriod())
        .notNull("toPeriod", toPeriod())
        .notNull("basis", basis())
        .noNullElements("partners", partners())
        .noNullElements("onlyInFrom", onlyInFrom())
        .noNullElements("onlyInTo", onlyInTo())
        .noNullElements("fromGap", fromGap())
        .noNullElements("toGap", toGap())
        .noNullElements("test", test())
        .noNullElements("direction", direction())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("GapChange");
  }

  /** Returns {@code GapChange 2022 → 2023: gap -9.0 → -6.5, narrowing}. */
  @Override
  public String toString() {
    return "GapChange " + fromPeriod() + " → " + toPeriod() + ": "
        + (fromGap().isDefined() && toGap().isDefined()
            ? String.format(java.util.Locale.ROOT, "gap %+.1f → %+.1f", fromGap().get(), toGap().get()) : "not compared")
        + direction().map(d -> ", " + d.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).getOrElse("");
  }
}
