// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * Whether a change between two estimates exceeds their uncertainty: the test that was run, the
 * change it tested, its interval or p-value, and the verdict. A change that does not exceed its
 * uncertainty is never reported as improving or worsening.
 *
 * <pre>{@code
 * ChangeTest t = ChangeTests.proportions(45, 60, 52, 58, 0.95, IntervalMethod.WILSON);
 * t.change();               // 0.1466: from 75 % to 89.7 %
 * t.lower();                // Some(0.0072)
 * t.upper();                // Some(0.2807)
 * t.exceedsUncertainty();   // true: the interval excludes 0
 * t.test();                 // "Newcombe's hybrid score interval for a difference of proportions …"
 * }</pre>
 *
 * <p>Built by {@link ChangeTests}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChangeTest {

  ChangeTest() {}

  /**
   * The test, named as a table footnote would name it, with its source.
   *
   * @return the test's name
   */
  public abstract String test();

  /**
   * The confidence level: a change exceeds its uncertainty when its interval at this level
   * excludes 0, or when its p-value is below {@code 1 − level}.
   *
   * @return the level, strictly between 0 and 1
   */
  public abstract double level();

  /**
   * The change tested, later minus earlier, on the scale the test states (a difference of
   * proportions, of rates per unit, of counts or of gaps).
   *
   * @return the change
   */
  public abstract double change();

  /**
   * The lower bound of the change's confidence interval.
   *
   * @return the bound, or none for a test that gives a p-value only
   */
  public abstract Option<Double> lower();

  /**
   * The upper bound of the change's confidence interval.
   *
   * @return the bound, or none for a test that gives a p-value only
   */
  public abstract Option<Double> upper();

  /**
   * The two-sided p-value.
   *
   * @return the p-value, or none for a test that gives an interval only
   */
  public abstract Option<Double> pValue();

  /**
   * Whether the change exceeds its uncertainty at the level.
   *
   * @return true if the change is distinguishable from no change
   */
  public abstract boolean exceedsUncertainty();

  /**
   * The verdict in a sentence, as a message: the test, its figures and what they mean.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The verdict in a sentence, in English: the test, its figures and what they mean.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The verdict in a sentence, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(Locale locale) {
    return explanationMessage().text(locale);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("test", test())
        .noNullElements("lower", lower())
        .noNullElements("upper", upper())
        .noNullElements("pValue", pValue())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("ChangeTest");
  }

  /** Returns {@code ChangeTest exact conditional Poisson: change +12.0, 95 % [3.1, 20.9], p = 0.004, beyond its uncertainty}. */
  @Override
  public String toString() {
    String f = "%." + (Math.abs(change()) < 1 ? 3 : 1) + "f";
    return "ChangeTest " + test() + ": change " + (change() > 0 ? "+" : "") + String.format(java.util.Locale.ROOT, f, change())
        + ", " + Math.round(level() * 100) + " %"
        + (lower().isDefined() && upper().isDefined()
            ? String.format(java.util.Locale.ROOT, " [" + f + ", " + f + "]", lower().get(), upper().get()) : "")
        + pValue().map(p -> p < 0.001 ? ", p < 0.001" : String.format(java.util.Locale.ROOT, ", p = %.3f", p)).getOrElse("")
        + (exceedsUncertainty() ? ", beyond its uncertainty" : ", within its uncertainty");
  }
}
