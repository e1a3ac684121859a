// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import io.vavr.collection.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One problem with an input: where it is (its path) and what is wrong with it, including the allowed
 * range and the value given.
 *
 * <p>Paths name attributes as the API names them, with list positions in brackets:
 * {@code members[2].sectors}. A violation's text form is {@code path: message}, for example
 * {@code indicators[3].target: must be between 0 and 100 %, got 140}.
 *
 * <p>The message is a {@link Message}: {@link #code()} is its stable, language-free code and
 * {@link #message(Locale)} its text in the caller's language ({@link #message()} is English).
 *
 * <pre>{@code
 * violation.code();                                // "core.validation.atLeast"
 * violation.message();                             // "must have at least 2, got 1"
 * violation.message(Locale.forLanguageTag("es"));  // "debe tener al menos 2, se recibió 1"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValidationStyle
public abstract class Violation {

  Violation() {}

  /**
   * The path of the offending input, relative to the value being checked; empty for the value as a
   * whole.
   *
   * @return the path, never null
   */
  @Value.Parameter
  public abstract String path();

  /**
   * What is wrong, as a message: its code, its arguments and its text in any language.
   *
   * @return the message, never null
   */
  @Value.Parameter
  public abstract Message detail();

  /**
   * What is wrong, in English, stated as the rule and the value given ("must be at least 2, got 1").
   *
   * @return the message, never null or blank
   */
  public String message() {
    return detail().text();
  }

  /**
   * What is wrong, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the message in that language
   * @throws IllegalArgumentException if the locale is null
   */
  public String message(Locale locale) {
    return detail().text(locale);
  }

  /**
   * The stable, language-free code of the rule broken, e.g. {@code "core.validation.atLeast"};
   * {@value Message#LITERAL} when the message was given as plain text.
   *
   * @return the code
   */
  public String code() {
    return detail().key();
  }

  /**
   * Creates a violation whose message is plain text, the same in every language. The library's own
   * violations are made {@linkplain #of(String, Message) from messages}.
   *
   * @param path the path of the offending input, empty for the value as a whole; not null
   * @param message the rule broken and the value given; not null or blank
   * @return the violation
   * @throws ValidationException if the path or message is null
   * @throws IllegalArgumentException if the message is blank
   */
  public static Violation of(String path, String message) {
    if (message == null) {
      Violations.none().notNull("path", path).notNull("message", null).throwIfAny("Violation");
    }
    return ImmutableViolation.of(path, Message.literal(message));
  }

  /**
   * Creates a violation.
   *
   * @param path the path of the offending input, empty for the value as a whole; not null
   * @param message the rule broken and the value given; not null
   * @return the violation
   * @throws ValidationException if the path or message is null
   * @throws IllegalArgumentException if the message's text is blank
   */
  public static Violation of(String path, Message message) {
    return ImmutableViolation.of(path, message);
  }

  /**
   * Returns this violation as seen from an enclosing value, with {@code prefix} put in front of
   * its path: {@code of("target", m).under("indicators[3]")} has path {@code indicators[3].target}.
   *
   * @param prefix the path of the nested value within the enclosing one; not null
   * @return the re-rooted violation; this instance is immutable and unaffected
   */
  public Violation under(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    if (path().isEmpty()) {
      return of(prefix, detail());
    }
    String separator = path().startsWith("[") ? "" : ".";
    return of(prefix + separator + path(), detail());
  }

  @Value.Check
  void check() {
    if (path() == null || detail() == null) {
      // Built by hand: Violations would build Violations of this very type.
      List<Violation> nulls = List.empty();
      if (detail() == null) {
        nulls = nulls.prepend(of("detail", Message.of("core.validation.notNull")));
      }
      if (path() == null) {
        nulls = nulls.prepend(of("path", Message.of("core.validation.notNull")));
      }
      throw new ValidationException("Violation", nulls);
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("message: must not be blank");
    }
  }

  /**
   * The violation in a language: {@code path: message}, or the message alone when the path is
   * empty.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the text
   */
  public String toString(Locale locale) {
    return path().isEmpty() ? message(locale) : path() + ": " + message(locale);
  }

  /**
   * Equal when the paths and the English texts are equal, so that a violation given as plain text
   * equals the library's own with the same words.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Violation v && path().equals(v.path()) && message().equals(v.message());
  }

  @Override
  public int hashCode() {
    return 31 * path().hashCode() + message().hashCode();
  }

  /** Returns {@code path: message}, or the message alone when the path is empty. */
  @Override
  public String toString() {
    return path().isEmpty() ? message() : path() + ": " + message();
  }
}
