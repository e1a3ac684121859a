// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Locale;
import io.vavr.control.Option;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.uncertainty.ConfidenceInterval;
import org.commonground.scoring.uncertainty.Reliability;
import org.immutables.value.Value;

/**
 * The uncertainty of a community or group value: its confidence interval, in the indicator's
 * displayed unit, and whether it rests on enough events to be reliable.
 *
 * <p>A pooled proportion (Σ x / Σ n, whole numbers) has a Wilson score interval, or Clopper–Pearson
 * on request; a count has Garwood's exact Poisson interval; a rate per population (Σ events / Σ
 * population × base) has the exact Poisson interval of a rate. A mean, a lowest or highest partner
 * value, or a value whose events are not whole numbers has none, and the explanation says why.
 * Reliability follows the chosen {@link org.commonground.scoring.uncertainty.ReliabilityRule}, by
 * default NCHS's.
 *
 * <pre>{@code
 * Uncertainty u = communityValue.uncertainty();
 * u.interval();     // Some([79.5, 85.7]) in %, Wilson score, 0.95: 477 of 576 graduated
 * u.reliability();  // Some(477 events, RSE 1.9 %, no concern)
 * u.flagged();      // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Uncertainty {

  Uncertainty() {}

  /**
   * The confidence interval of the value, in the indicator's displayed unit (percentage points
   * for a percentage, per 1,000 for a rate per 1,000).
   *
   * @return the interval, or none where no sampling model applies
   */
  public abstract Option<ConfidenceInterval> interval();

  /**
   * The reliability verdict.
   *
   * @return the verdict, or none where no sampling model applies
   */
  public abstract Option<Reliability> reliability();

  /**
   * The uncertainty in a sentence: the interval and its method, or why there is none, and any
   * reliability concern.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The uncertainty in a sentence: the interval and its method, or why there is none, and any
   * reliability concern.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The explanation in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(Locale locale) {
    return explanationMessage().text(locale);
  }

  /**
   * Whether the value is flagged as unreliable.
   *
   * @return true if the reliability rule found a concern
   */
  public boolean flagged() {
    return reliability().exists(r -> !r.isReliable());
  }

  @Value.Check
  void check() {
    Violations.none()
        .noNullElements("interval", interval())
        .noNullElements("reliability", reliability())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("Uncertainty");
  }

  /** Returns {@code Uncertainty [78.2, 84.9] 95 %, reliable}. */
  @Override
  public String toString() {
    return "Uncertainty " + interval().map(ci -> String.format(java.util.Locale.ROOT, "[%.4g, %.4g] %d %%", ci.lower(), ci.upper(), Math.round(ci.level() * 100))).getOrElse("no interval")
        + reliability().map(r -> r.isReliable() ? ", reliable" : ", unreliable").getOrElse("");
  }
}
