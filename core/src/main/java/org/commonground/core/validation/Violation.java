// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * One problem with an input: where it is (its path) and what is wrong with it, including the allowed
 * range and the value given.
 *
 * <p>Paths name attributes as the API names them, with list positions in brackets:
 * {@code members[2].sectors}. A violation's text form is {@code path: message}, for example
 * {@code indicators[3].target: must be between 0 and 100 %, got 140}.
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
   * What is wrong, stated as the rule and the value given ("must be at least 2, got 1").
   *
   * @return the message, never null or blank
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Creates a violation.
   *
   * @param path the path of the offending input, empty for the value as a whole; not null
   * @param message the rule broken and the value given; not null or blank
   * @return the violation
   * @throws IllegalArgumentException if the message is blank
   */
  public static Violation of(String path, String message) {
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
      return of(prefix, message());
    }
    String separator = path().startsWith("[") ? "" : ".";
    return of(prefix + separator + path(), message());
  }

  @Value.Check
  void check() {
    if (path() == null || message() == null) {
      // Built by hand: Violations would build Violations of this very type.
      List<Violation> nulls = List.empty();
      if (message() == null) {
        nulls = nulls.prepend(of("message", "must not be null"));
      }
      if (path() == null) {
        nulls = nulls.prepend(of("path", "must not be null"));
      }
      throw new ValidationException("Violation", nulls);
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("message: must not be blank");
    }
  }

  /** Returns {@code path: message}, or the message alone when the path is empty. */
  @Override
  public String toString() {
    return path().isEmpty() ? message() : path() + ": " + message();
  }
}
