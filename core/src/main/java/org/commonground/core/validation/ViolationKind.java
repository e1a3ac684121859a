// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import java.util.Locale;

/**
 * A kind of problem: the pattern of the paths it occurs at and the rule it breaks, without the
 * value given. {@code responses[*].answers.*: must be between 1 and 5} is the kind of
 * {@code responses[17].answers.q3: must be between 1 and 5, got 0}. A {@link ValidationException}
 * with more problems than it lists in detail counts the rest by kind, so that a million answers
 * coded 0–4 against a 1–5 scale read as one line, not a million.
 *
 * <pre>{@code
 * ViolationKind kind = ViolationKind.of("responses[*].answers.*", "must be between 1 and 5");
 * ViolationKind.of(Violation.of("members[3].id", "must not be blank, got \"\""));
 *     // members[*].id: must not be blank
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ViolationKind {

  private final String path;
  private final String rule;
  private final int hash;
  /** A violation of this kind, for the rule in other languages; null for a kind made from text. */
  private final Message example;

  private ViolationKind(String path, String rule, Message example) {
    this.path = path;
    this.rule = rule;
    this.hash = 31 * path.hashCode() + rule.hashCode();
    this.example = example;
  }

  /**
   * A kind of problem.
   *
   * @param path the pattern of the paths, {@code [*]} for any position and {@code *} for any key;
   *     not null, empty for the value as a whole
   * @param rule the rule broken, without the value given ("must be between 1 and 5"); not blank
   * @return the kind
   * @throws ValidationException naming the path if it is null and the rule if it is null or blank
   */
  public static ViolationKind of(String path, String rule) {
    Violations.none()
        .notNull("path", path)
        .notBlank("rule", rule)
        .throwIfAny("ViolationKind");
    return new ViolationKind(path, rule, null);
  }

  /**
   * The kind of a violation, derived from its text: every list position in the path becomes
   * {@code [*]}, and the message loses the value given (what follows {@code ", got "}).
   *
   * @param violation a violation; not null
   * @return its kind
   * @throws ValidationException naming {@code violation} if it is null
   */
  public static ViolationKind of(Violation violation) {
    Violations.none().notNull("violation", violation).throwIfAny("ViolationKind");
    String message = violation.message();
    int got = message.indexOf(", got ");
    String rule = got > 0 ? message.substring(0, got) : message;
    return new ViolationKind(anyPosition(violation.path()), anyPosition(rule), violation.detail());
  }

  /** Replaces every {@code [digits]} by {@code [*]}, in one pass. */
  private static String anyPosition(String text) {
    if (text.indexOf('[') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '[') {
        int j = i + 1;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
          j++;
        }
        if (j > i + 1 && j < text.length() && text.charAt(j) == ']') {
          out.append("[*]");
          i = j + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /**
   * The pattern of the paths this kind occurs at.
   *
   * @return the pattern, empty for the value as a whole
   */
  public String path() {
    return path;
  }

  /**
   * The rule broken, without the value given.
   *
   * @return the rule, never blank
   */
  public String rule() {
    return rule;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ViolationKind
        && ((ViolationKind) other).hash == hash
        && ((ViolationKind) other).path.equals(path)
        && ((ViolationKind) other).rule.equals(rule);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * The rule broken, without the value given, in a language. The value given follows the
   * language's own marker ({@code core.validation.got}: ", got " in English), which is cut off.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the rule; in English when the kind was made from text
   */
  public String rule(Locale locale) {
    if (example == null || locale.equals(Locale.ROOT)) {
      return rule;
    }
    String text = example.text(locale);
    int got = text.indexOf(Message.of("core.validation.got").text(locale));
    return anyPosition(got > 0 ? text.substring(0, got) : text);
  }

  /**
   * {@code path: rule} in a language, or the rule alone when the path is empty.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the text
   */
  public String toString(Locale locale) {
    return path.isEmpty() ? rule(locale) : path + ": " + rule(locale);
  }

  /** Returns {@code path: rule}, or the rule alone when the path is empty. */
  @Override
  public String toString() {
    return path.isEmpty() ? rule : path + ": " + rule;
  }
}
