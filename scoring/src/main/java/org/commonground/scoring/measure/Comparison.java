// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.measure.Period;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.uncertainty.ChangeTest;
import org.immutables.value.Value;

/**
 * One comparison of an indicator between two periods: which partners it rests on and who was left
 * out, the two values compared, the change, whether the change exceeds its uncertainty (and by
 * which test), and the verdict.
 *
 * <pre>{@code
 * Comparison c = scorecard.row("counseling-visits").get().changes().last();
 * c.basis();        // MATCHED
 * c.partners();     // List(county-health): reported in both 2022 and 2023
 * c.onlyInFrom();   // List(eastside-cc): reported in 2022 only, left out
 * c.change();       // Some(112.0): 1010 → 1122 visits
 * c.test();         // Some(exact conditional test of two Poisson rates …, p = 0.016)
 * c.judgement();    // Some(IMPROVING)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Comparison implements PeriodComparison {

  Comparison() {}

  /**
   * The earlier value compared.
   *
   * @return the value on {@link #partners()}, or none when not comparable
   */
  public abstract Option<Double> fromValue();

  /**
   * The later value compared.
   *
   * @return the value on {@link #partners()}, or none when not comparable
   */
  public abstract Option<Double> toValue();

  /**
   * The change, later minus earlier, in the indicator's displayed unit.
   *
   * @return the change, or none when not comparable
   */
  public abstract Option<Double> change();

  /**
   * The change relative to the earlier value: (later − earlier) / earlier.
   *
   * @return the fraction, or none when not comparable or the earlier value is zero
   */
  public abstract Option<Double> relativeChange();

  /**
   * Which way the value moved.
   *
   * @return the direction, or none when not comparable
   */
  public abstract Option<Trend.Direction> direction();

  /**
   * Whether the move is good by the indicator's polarity; a move that does not exceed its
   * uncertainty is {@link Trend.Judgement#WITHIN_UNCERTAINTY}, never improving or worsening.
   *
   * @return the judgement, or none when not comparable
   */
  public abstract Option<Trend.Judgement> judgement();

  @Value.Check
  void check() {
    Violations.none()
        .notNull("fromPeriod", fromPeriod())
        .notNull("toPeriod", toPeriod())
        .notNull("basis", basis())
        .noNullElements("partners", partners())
        .noNullElements("onlyInFrom", onlyInFrom())
        .noNullElements("onlyInTo", onlyInTo())
        .noNullElements("fromValue", fromValue())
        .noNullElements("toValue", toValue())
        .noNullElements("change", change())
        .noNullElements("relativeChange", relativeChange())
        .noNullElements("test", test())
        .noNullElements("direction", direction())
        .noNullElements("judgement", judgement())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("Comparison");
  }

  /** Returns {@code Comparison 2022 → 2023: +1.2 on 3 partners, improving} or why it was not compared. */
  @Override
  public String toString() {
    return "Comparison " + fromPeriod() + " → " + toPeriod() + ": "
        + change().map(c -> String.format(java.util.Locale.ROOT, "%+.1f", c)).getOrElse("not compared")
        + (partners().isEmpty() ? "" : " on " + partners().size() + (partners().size() == 1 ? " partner" : " partners"))
        + judgement().map(j -> ", " + j.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).getOrElse("");
  }
}
