package org.commonground.core.validation;

import io.vavr.collection.List;
import java.util.Objects;

/**
 * Thrown when an input breaks one or more of the domain's rules. It carries <em>every</em>
 * violation found, each with its path and the allowed range, never just the first.
 *
 * <pre>{@code
 * try {
 *   Organization.of(" ", "", List.empty());
 * } catch (ValidationException e) {
 *   e.violations();  // [id: must not be blank, got " ", name: must not be blank, got "", ...]
 * }
 * }</pre>
 */
public final class ValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates the exception for a non-empty list of violations.
   *
   * @param subject what was being checked, for the message ("Organization"); not null
   * @param violations every violation found; not null, not empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(String subject, List<Violation> violations) {
    super(describe(subject, violations));
    this.violations = violations;
  }

  /**
   * Every violation found, in the order the rules were checked.
   *
   * @return the violations, never empty
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(String subject, List<Violation> violations) {
    Objects.requireNonNull(subject, "subject");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations: must not be empty");
    }
    String count = violations.size() == 1 ? "1 problem" : violations.size() + " problems";
    return violations.map(Violation::toString).mkString(subject + " is invalid (" + count + "): ", "; ", "");
  }
}
