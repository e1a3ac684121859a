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
public abstract class Comparison {

  Comparison() {}

  /**
   * The earlier period.
   *
   * @return the period compared from
   */
  public abstract Period fromPeriod();

  /**
   * The later period.
   *
   * @return the period compared to
   */
  public abstract Period toPeriod();

  /**
   * Which partners the comparison rests on.
   *
   * @return the basis
   */
  public abstract ComparisonBasis basis();

  /**
   * Whether a comparison was made; false when the basis refuses it (no partner reported in both
   * periods, or the reporters differ under {@link ComparisonBasis#SAME_PARTNERS_ONLY}).
   *
   * @return true if the values were compared
   */
  public abstract boolean comparable();

  /**
   * The partners whose data the two values use, sorted.
   *
   * @return the partner ids; empty when the earlier value is a stated baseline of unknown partners
   */
  public abstract List<String> partners();

  /**
   * The partners that reported in the earlier period only, sorted.
   *
   * @return the partner ids: left out of a matched comparison, included in an all-reporters one
   */
  public abstract List<String> onlyInFrom();

  /**
   * The partners that reported in the later period only, sorted.
   *
   * @return the partner ids: left out of a matched comparison, included in an all-reporters one
   */
  public abstract List<String> onlyInTo();

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
   * The test of whether the change exceeds the uncertainty of the two values.
   *
   * @return the test, or none where no sampling model applies (the explanation says why)
   */
  public abstract Option<ChangeTest> test();

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

  /**
   * The comparison in a sentence: the periods, the partners and who was left out, the values,
   * the test and the verdict.
   *
   * @return the explanation
   */
  public abstract String explanation();

  /**
   * Whether the partners reporting differ between the two periods.
   *
   * @return true if someone reported in only one of them
   */
  public boolean reportersChanged() {
    return !onlyInFrom().isEmpty() || !onlyInTo().isEmpty();
  }

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
        .notNull("explanation", explanation())
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
