package org.commonground.core.validation;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Function;

/**
 * An immutable collection of the violations found while checking one input, built up rule by rule
 * so that all problems are reported together.
 *
 * <pre>{@code
 * Violations.none()
 *     .notBlank("id", id)
 *     .notBlank("name", name)
 *     .atLeast("members", members.size(), 2)
 *     .throwIfAny("Partnership");
 * }</pre>
 *
 * <p>Each method returns a new instance; this one is immutable and unaffected, and thread-safe.
 */
public final class Violations {

  private static final Violations NONE = new Violations(List.empty());

  private final List<Violation> list;

  private Violations(List<Violation> list) {
    this.list = list;
  }

  /**
   * No violations yet: the start of a check.
   *
   * @return the empty collection
   */
  public static Violations none() {
    return NONE;
  }

  /**
   * The violations found so far.
   *
   * @return the violations in the order found; never null
   */
  public List<Violation> toList() {
    return list;
  }

  /**
   * Whether no rule has been broken.
   *
   * @return true if there are no violations
   */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /**
   * Adds a violation when a rule does not hold.
   *
   * @param holds whether the rule holds
   * @param path the path of the checked input
   * @param message the rule and the value given, used when it does not hold
   * @return these violations, plus one if the rule does not hold
   */
  public Violations require(boolean holds, String path, String message) {
    return holds ? this : add(Violation.of(path, message));
  }

  /**
   * Adds a violation.
   *
   * @param violation the violation; not null
   * @return these violations plus the given one
   */
  public Violations add(Violation violation) {
    return new Violations(list.append(violation));
  }

  /**
   * Adds violations found in a nested value, re-rooted under its path.
   *
   * @param prefix the path of the nested value ("members[2]")
   * @param nested the nested value's violations
   * @return these violations plus the nested ones
   */
  public Violations addAll(String prefix, Iterable<Violation> nested) {
    return new Violations(list.appendAll(List.ofAll(nested).map(v -> v.under(prefix))));
  }

  /**
   * Requires a text to contain something other than white space.
   *
   * @param path the path of the text
   * @param value the text; null counts as blank
   * @return these violations, plus one if the text is blank
   */
  public Violations notBlank(String path, String value) {
    return require(
        value != null && !value.isBlank(),
        path,
        "must not be blank, got " + (value == null ? "null" : "\"" + value + "\""));
  }

  /**
   * Requires a count to be at least a minimum.
   *
   * @param path the path of the counted collection
   * @param count the count
   * @param minimum the smallest count allowed
   * @return these violations, plus one if the count is below the minimum
   */
  public Violations atLeast(String path, int count, int minimum) {
    return require(count >= minimum, path, "must have at least " + minimum + ", got " + count);
  }

  /**
   * Requires the elements of a sequence to be distinct by a key, naming each repeat by position.
   *
   * @param path the path of the sequence
   * @param elements the elements
   * @param key what must be distinct
   * @param <T> the element type
   * @param <K> the key type
   * @return these violations, plus one per element whose key repeats an earlier one
   */
  public <T, K> Violations distinct(String path, Seq<T> elements, Function<? super T, K> key) {
    Violations result = this;
    Map<K, Integer> firstSeen = HashMap.empty();
    int index = 0;
    for (T element : elements) {
      K k = key.apply(element);
      if (firstSeen.containsKey(k)) {
        result =
            result.add(
                Violation.of(
                    path + "[" + index + "]",
                    "duplicates " + path + "[" + firstSeen.get(k).get() + "] (" + k + ")"));
      } else {
        firstSeen = firstSeen.put(k, index);
      }
      index++;
    }
    return result;
  }

  /**
   * Throws when any rule was broken.
   *
   * @param subject what was checked ("Organization"), for the message
   * @throws ValidationException carrying every violation, if there is at least one
   */
  public void throwIfAny(String subject) {
    if (!list.isEmpty()) {
      throw new ValidationException(subject, list);
    }
  }

  /**
   * The outcome as a Vavr {@link Validation}: the value if no rule was broken, else every
   * violation.
   *
   * @param value the checked value, returned when valid
   * @param <T> the value type
   * @return valid with the value, or invalid with all violations
   */
  public <T> Validation<List<Violation>, T> toValidation(T value) {
    return list.isEmpty() ? Validation.valid(value) : Validation.invalid(list);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violations && ((Violations) other).list.equals(list);
  }

  @Override
  public int hashCode() {
    return list.hashCode();
  }

  /** Returns the violations as {@code Violations[path: message, ...]}. */
  @Override
  public String toString() {
    return list.mkString("Violations[", ", ", "]");
  }
}
