// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.Array;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;

/**
 * The values a column of a {@link MeasureTable} may hold, each with its code: its position in the
 * list. Columns store codes, in the narrowest primitive type that holds the list (a byte for at
 * most 256 codes), so a table of 10⁸ records holds no per-record objects.
 *
 * <pre>{@code
 * CodeList<String> partners = CodeList.of(List.of("lincoln-hs", "eastside-cc"));
 * partners.code("eastside-cc");  // Some(1)
 * partners.value(0);             // "lincoln-hs"
 * }</pre>
 *
 * @param <T> the type of the values
 *     <p>This class is immutable and thread-safe.
 */
public final class CodeList<T> {

  private final List<T> values;
  /**
   * The values again, indexed: {@link #value} is called once per cell when partials are turned
   * into observations and disaggregated, and {@code List.get} is linear in the code.
   */
  private final Array<T> byCode;
  private final Map<T, Integer> codes;

  private CodeList(List<T> values) {
    this.values = values;
    this.byCode = Array.ofAll(values);
    this.codes = HashMap.ofEntries(values.zipWithIndex());
  }

  /**
   * A code list of distinct values.
   *
   * @param values the values, the first with code 0; distinct, at least one
   * @param <T> the type of the values
   * @return the code list
   * @throws org.commonground.core.validation.ValidationException naming every null or repeated
   *     value
   */
  public static <T> CodeList<T> of(List<T> values) {
    Violations.none()
        .noNullElements("values", values)
        .when(Violations.nullFree(values), v -> v
            .atLeast("values", values.size(), 1)
            .distinct("values", values, x -> x))
        .throwIfAny("CodeList");
    return new CodeList<>(values);
  }

  /**
   * The same as {@link #of(List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param values the values, the first with code 0; distinct, at least one
   * @param <T> the type of the values
   * @return the code list
   * @throws org.commonground.core.validation.ValidationException naming every null or repeated
   *     value
   */
  public static <T> CodeList<T> of(Iterable<? extends T> values) {
    return of(JavaInputs.<T>list(values));
  }

  /**
   * The number of codes.
   *
   * @return the size
   */
  public int size() {
    return byCode.size();
  }

  /**
   * The value of a code, in constant time.
   *
   * @param code a code, 0 to {@code size() - 1}
   * @return the value
   * @throws IndexOutOfBoundsException if the code is out of range
   */
  public T value(int code) {
    return byCode.get(code);
  }

  /**
   * The code of a value.
   *
   * @param value a value
   * @return its code, or none if the list does not hold it
   */
  public Option<Integer> code(T value) {
    return codes.get(value);
  }

  /**
   * The values, in code order.
   *
   * @return the values
   */
  public List<T> values() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CodeList && ((CodeList<?>) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Returns the values in code order. */
  @Override
  public String toString() {
    return values.mkString("CodeList[", ", ", "]");
  }
}
