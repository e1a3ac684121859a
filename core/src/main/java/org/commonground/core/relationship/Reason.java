// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import java.util.Locale;
import org.commonground.core.validation.Message;
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
   * The reason in a sentence, as a message: its code and arguments, and its text in any language.
   *
   * @return the sentence
   */
  @Value.Parameter
  public abstract Message sentenceMessage();

  /**
   * The reason in a sentence, in English.
   *
   * @return the sentence
   */
  public String sentence() {
    return sentenceMessage().text();
  }

  /**
   * The reason in a sentence, in a language.
   *
   * <pre>{@code
   * reason.sentence(Locale.forLanguageTag("es"));  // "La relación actual, …, ya alcanza la recomendación."
   * }</pre>
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the sentence in that language
   */
  public String sentence(Locale locale) {
    return sentenceMessage().text(locale);
  }

  /**
   * A reason.
   *
   * @param code the code
   * @param sentence the sentence, as text the caller wrote (the same in every language); not null
   * @return the reason
   */
  public static Reason of(ReasonCode code, String sentence) {
    return ImmutableReason.of(code, sentence == null ? null : Message.literal(sentence));
  }

  /**
   * A reason whose sentence is a message of the library.
   *
   * @param code the code
   * @param sentence the sentence; not null
   * @return the reason
   */
  public static Reason of(ReasonCode code, Message sentence) {
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
        .notNull("sentenceMessage", sentenceMessage())
        .throwIfAny("Reason");
  }
}
