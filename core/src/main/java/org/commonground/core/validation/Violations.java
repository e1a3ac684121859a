// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Function;

/**
 * An immutable collection of the violations found while checking one input, built up rule by rule
 * so that all problems are reported together.
 *
 * <pre>{@code
 * Violations.none()
 *     .id("id", id)
 *     .notBlank("name", name)
 *     .atLeast("members", members.size(), 2)
 *     .throwIfAny("Partnership");
 * }</pre>
 *
 * <p>A value type checks nulls first ({@link #notNull}, {@link #noNullElements},
 * {@link #noNullEntries}) and applies each other rule only {@link #when} the attributes it reads are
 * {@linkplain #nullFree null-free}, so that nulls and broken rules are reported together and a
 * check never fails with a bare {@link NullPointerException}.
 *
 * <p>Each method returns a new instance; this one is immutable and unaffected, and thread-safe.
 * Adding a violation is O(1) (the violations are held newest first and put in order once, when
 * read), so checking a batch of n values is O(n) however many of them are bad. Checks of very
 * large inputs are better written as a {@link Check}, which holds only the violations it spells
 * out.
 */
public final class Violations {

  private static final Violations NONE = new Violations(List.empty());


  /** Newest first, so that adding is a prepend. */
  private final List<Violation> reversed;

  private Violations(List<Violation> reversed) {
    this.reversed = reversed;
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
    return reversed.reverse();
  }

  /**
   * Whether no rule has been broken.
   *
   * @return true if there are no violations
   */
  public boolean isEmpty() {
    return reversed.isEmpty();
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
   * Adds a violation when a rule does not hold, its message made only then.
   *
   * <pre>{@code
   * Violations.none()
   *     .require(rank >= 0, "rank", () -> Message.of("core.validation.notNegative", rank));
   * }</pre>
   *
   * @param holds whether the rule holds
   * @param path the path of the checked input
   * @param message makes the message (the rule and the value given) when the rule does not hold
   * @return these violations, plus one if the rule does not hold
   */
  public Violations require(boolean holds, String path, java.util.function.Supplier<Message> message) {
    return holds ? this : add(Violation.of(path, message.get()));
  }

  /**
   * Adds a violation when a rule does not hold.
   *
   * @param holds whether the rule holds
   * @param path the path of the checked input
   * @param message the rule and the value given, used when it does not hold
   * @return these violations, plus one if the rule does not hold
   */
  public Violations require(boolean holds, String path, Message message) {
    return holds ? this : add(Violation.of(path, message));
  }

  /**
   * Adds a violation.
   *
   * @param violation the violation; not null
   * @return these violations plus the given one
   */
  public Violations add(Violation violation) {
    return new Violations(reversed.prepend(violation));
  }

  /**
   * Adds violations found in a nested value, re-rooted under its path.
   *
   * @param prefix the path of the nested value ("members[2]")
   * @param nested the nested value's violations
   * @return these violations plus the nested ones
   */
  public Violations addAll(String prefix, Iterable<Violation> nested) {
    List<Violation> result = reversed;
    for (Violation v : nested) {
      result = result.prepend(v.under(prefix));
    }
    return new Violations(result);
  }

  /**
   * Requires a value to be present. Every value type checks each of its attributes with this (or
   * with {@link #noNullElements} and {@link #noNullEntries} for collections) before its other
   * rules, so that a null is reported with its path, together with every other problem, instead
   * of failing later with a bare {@link NullPointerException}.
   *
   * <pre>{@code
   * Violations.none().notNull("id", null).toList();  // [id: must not be null]
   * }</pre>
   *
   * @param path the path of the value
   * @param value the value; may be null
   * @return these violations, plus one if the value is null
   */
  public Violations notNull(String path, Object value) {
    return value != null ? this : add(Violation.of(path, Message.of("core.validation.notNull")));
  }

  /**
   * Requires a collection to be present and to hold no null. A null element of a sequence is named
   * by its position ({@code sectors[2]}), a nested sequence's by both ({@code cells[1][0]}); a
   * set's null by the set; an {@link io.vavr.control.Option} holding null ({@code Option.some(null)})
   * by the option's own path. Vavr maps are checked with {@link #noNullEntries} instead.
   *
   * <pre>{@code
   * Violations.none().noNullElements("sectors", List.of(education, null)).toList();
   * // [sectors[1]: must not be null]
   * }</pre>
   *
   * <p>Linear in the number of elements.
   *
   * @param path the path of the collection
   * @param elements the collection; may be null
   * @return these violations, plus one for a null collection or one per null element
   */
  public Violations noNullElements(String path, Iterable<?> elements) {
    if (elements == null) {
      return add(Violation.of(path, Message.of("core.validation.notNull")));
    }
    if (elements instanceof io.vavr.control.Option<?> option) {
      return option.isDefined() && option.get() == null ? add(Violation.of(path, Message.of("core.validation.notNull"))) : this;
    }
    if (elements instanceof io.vavr.collection.Set<?> || elements instanceof java.util.Set<?>) {
      for (Object element : elements) {
        if (element == null) {
          return add(Violation.of(path, Message.of("core.validation.noNullElements")));
        }
      }
      return this;
    }
    Violations result = this;
    int index = 0;
    for (Object element : elements) {
      // The path is built only for a null or a nested list: a million valid elements build none.
      if (element == null) {
        result = result.add(Violation.of(path + "[" + index + "]", Message.of("core.validation.notNull")));
      } else if (element instanceof Seq<?> nested) {
        result = result.noNullElements(path + "[" + index + "]", nested);
      }
      index++;
    }
    return result;
  }

  /**
   * Requires a map to be present and to hold no null key or value. A null value is named by its
   * key ({@code answers.p1}); a null key by the map.
   *
   * <pre>{@code
   * Violations.none().noNullEntries("answers", HashMap.of("p1", null)).toList();
   * // [answers.p1: must not be null]
   * }</pre>
   *
   * <p>Linear in the number of entries.
   *
   * @param path the path of the map
   * @param entries the map; may be null
   * @return these violations, plus one for a null map, one for a null key, and one per null value
   */
  public Violations noNullEntries(String path, io.vavr.collection.Map<?, ?> entries) {
    if (entries == null) {
      return add(Violation.of(path, Message.of("core.validation.notNull")));
    }
    Violations result = this;
    for (io.vavr.Tuple2<?, ?> entry : entries) {
      if (entry._1() == null) {
        result = result.add(Violation.of(path, Message.of("core.validation.noNullKey")));
      }
      if (entry._2() == null) {
        result = result.add(Violation.of(path + "." + entry._1(), Message.of("core.validation.notNull")));
      }
    }
    return result;
  }

  /**
   * Whether values hold no null: each is present and, if it is a collection, a map or an option,
   * holds no null element, key or value at any depth. A value type applies a rule only to
   * attributes that are null-free, since their nulls are reported already.
   *
   * <pre>{@code
   * Violations.none()
   *     .noNullElements("sectors", sectors())
   *     .when(Violations.nullFree(sectors()), v -> v.atLeast("sectors", sectors().size(), 1));
   * }</pre>
   *
   * @param values the values
   * @return true if none of them is or holds null; false if the array itself is null
   */
  public static boolean nullFree(Object... values) {
    if (values == null) {
      return false;
    }
    for (Object value : values) {
      if (!nullFree(value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean nullFree(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof io.vavr.collection.Map<?, ?> map) {
      for (io.vavr.Tuple2<?, ?> entry : map) {
        if (!nullFree(entry._1()) || !nullFree(entry._2())) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof io.vavr.Value<?> || value instanceof java.util.Collection<?>) {
      for (Object element : (Iterable<?>) value) {
        if (!nullFree(element)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Applies further rules only when a condition holds: typically that the attributes they read
   * are {@linkplain #nullFree null-free}, so that a rule is skipped, not thrown, when an attribute
   * it needs is missing.
   *
   * @param condition whether to apply the rules
   * @param rules the rules, given these violations; not null
   * @return these violations, plus those the rules add when the condition holds
   */
  public Violations when(boolean condition, java.util.function.UnaryOperator<Violations> rules) {
    return condition ? rules.apply(this) : this;
  }

  /**
   * Requires a text to contain something other than white space.
   *
   * @param path the path of the text
   * @param value the text; null counts as blank
   * @return these violations, plus one if the text is blank
   */
  public Violations notBlank(String path, String value) {
    return require(value != null && !value.isBlank(), path,
        () -> Message.of("core.validation.notBlank", value == null ? "null" : "\"" + value + "\""));
  }

  /**
   * Requires a text to be a usable id: not blank, without control characters or line breaks (such
   * as {@code \n}, {@code \t}, U+2028), and not beginning or ending with white space. Every id
   * of the library, and every reference to one, is checked by this one rule.
   *
   * @param path the path of the id
   * @param value the id; null counts as blank
   * @return these violations, plus one for each rule the id breaks; the value given is shown with
   *     its control characters escaped
   */
  public Violations id(String path, String value) {
    if (value == null || value.isBlank()) {
      return add(Violation.of(path, Message.of("core.validation.notBlank", value == null ? "null" : quoted(value))));
    }
    Violations result = this;
    for (int i = 0; i < value.length(); i++) {
      if (isLineOrControl(value.charAt(i))) {
        result = result.add(Violation.of(path, Message.of("core.validation.id.control",
            String.format(java.util.Locale.ROOT, "%04X", (int) value.charAt(i)), i, quoted(value))));
        break;
      }
    }
    if (!value.strip().equals(value)) {
      result = result.add(Violation.of(path, Message.of("core.validation.id.whiteSpace", quoted(value))));
    }
    return result;
  }

  /**
   * Whether a text is a usable id by the rule of {@link #id(String, String)}.
   *
   * @param value the text; null is not an id
   * @return true if {@code none().id("", value)} finds nothing
   */
  public static boolean isId(String value) {
    if (value == null || value.isBlank() || !value.strip().equals(value)) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (isLineOrControl(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLineOrControl(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }

  /** The text in quotes, with control characters and line breaks escaped so the message stays on one line. */
  private static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (isLineOrControl(c)) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
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
    return require(count >= minimum, path, () -> Message.of("core.validation.atLeast", minimum, count));
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
    java.util.Map<K, Integer> firstSeen = new java.util.HashMap<>();
    int index = 0;
    for (T element : elements) {
      K k = key.apply(element);
      Integer first = firstSeen.putIfAbsent(k, index);
      if (first != null) {
        result =
            result.add(Violation.of(path + "[" + index + "]", Message.of("core.validation.duplicates", path + "[" + first + "]", k)));
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
    if (!reversed.isEmpty()) {
      throw new ValidationException(subject, toList());
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
    return reversed.isEmpty() ? Validation.valid(value) : Validation.invalid(toList());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violations && ((Violations) other).reversed.equals(reversed);
  }

  @Override
  public int hashCode() {
    return reversed.hashCode();
  }

  /** Returns the violations as {@code Violations[path: message, ...]}. */
  @Override
  public String toString() {
    return toList().mkString("Violations[", ", ", "]");
  }
}
