// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A reason code with its sentence.
 *
 * <pre>{@code
 * reason.code();      // ACTIVITY_WITHOUT_PREREQUISITE
 * reason.sentence();  // Observed "share resources: ..." (Cooperation) without "modify activities
 *                     // so that together they serve people better" (Coordination).
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reason {

  Reason() {}

  /**
   * The machine-readable code.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract ReasonCode code();

  /**
   * The reason in a sentence.
   *
   * @return the sentence
   */
  @Value.Parameter
  public abstract String sentence();

  /**
   * A reason.
   *
   * @param code the code
   * @param sentence the sentence
   * @return the reason
   */
  public static Reason of(ReasonCode code, String sentence) {
    return ImmutableReason.of(code, sentence);
  }

  /** Returns the sentence. */
  @Override
  public String toString() {
    return sentence();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("code", code())
        .notNull("sentence", sentence())
        .throwIfAny("Reason");
  }
}
