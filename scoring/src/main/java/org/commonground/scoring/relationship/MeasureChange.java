// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One measure in two rounds of a partner network, side by side, with its difference.
 *
 * <pre>{@code
 * MeasureChange d = change.measure(NetworkMeasure.DENSITY).get();
 * d.before();      // Some(0.5)
 * d.after();       // Some(0.7)
 * d.difference();  // Some(0.2): after − before
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasureChange {

  MeasureChange() {}

  /**
   * The measure.
   *
   * @return the measure; whether it is directed is {@link NetworkMeasure#directed()}
   */
  @Value.Parameter
  public abstract NetworkMeasure measure();

  /**
   * Its value in the first round (a count for brokers, isolates, asymmetric pairs and missing
   * ratings).
   *
   * @return the value, or none where it is undefined or the member was not in the round
   */
  @Value.Parameter
  public abstract Option<Double> before();

  /**
   * Its value in the second round.
   *
   * @return the value, or none where it is undefined or the member is not in the round
   */
  @Value.Parameter
  public abstract Option<Double> after();

  /**
   * The difference, after − before.
   *
   * @return the difference, or none unless both rounds have a value
   */
  public Option<Double> difference() {
    return before().isDefined() && after().isDefined() ? Option.of(after().get() - before().get()) : Option.none();
  }

  /**
   * Whether the measure is the same in both rounds.
   *
   * @return true if both values are equal or both undefined
   */
  public boolean unchanged() {
    return before().equals(after());
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("measure", measure())
        .noNullElements("before", before())
        .noNullElements("after", after())
        .throwIfAny("MeasureChange");
  }

  /** Returns {@code MeasureChange density: 0.50 → 0.70 (+0.20)}. */
  @Override
  public String toString() {
    return "MeasureChange " + measure() + ": " + show(before()) + " → " + show(after())
        + difference().map(d -> String.format(Locale.ROOT, " (%+.2f)", d)).getOrElse("");
  }

  private static String show(Option<Double> value) {
    return value.map(v -> String.format(Locale.ROOT, "%.2f", v)).getOrElse("—");
  }
}
