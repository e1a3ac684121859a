// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.internal;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import java.util.Comparator;
import java.util.Objects;

/**
 * Converts what a caller passes ({@code java.util} collections, any {@link Iterable}, or Vavr's
 * own) into the Vavr collections the entry points work on, without judging it: a null collection
 * stays null, and null elements, keys and values are kept, so that the entry point's own checks
 * report each of them with its path in one
 * {@link org.commonground.core.validation.ValidationException}.
 */
public final class JavaInputs {

  private JavaInputs() {}

  /**
   * A Vavr list of the elements, in their order.
   *
   * @param <T> the element type
   * @param elements the elements, or null
   * @return the list, or null when {@code elements} is null
   */
  public static <T> List<T> list(Iterable<? extends T> elements) {
    return elements == null ? null : List.ofAll(elements);
  }

  /**
   * A Vavr map of the entries, in the map's iteration order.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param entries the entries, or null
   * @return the map, or null when {@code entries} is null
   */
  public static <K, V> Map<K, V> map(java.util.Map<? extends K, ? extends V> entries) {
    return entries == null ? null : LinkedHashMap.ofAll(entries);
  }

  /**
   * A sorted Vavr map of the entries, by the keys' natural order; a null key sorts first, for the
   * entry point's checks to report.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param entries the entries, or null
   * @return the map, or null when {@code entries} is null
   */
  public static <K extends Comparable<? super K>, V> SortedMap<K, V> sortedMap(
      java.util.Map<? extends K, ? extends V> entries) {
    if (entries == null) {
      return null;
    }
    Comparator<K> order = entries.keySet().stream().anyMatch(Objects::isNull)
        ? Comparator.nullsFirst(Comparator.<K>naturalOrder())
        : Comparator.<K>naturalOrder();
    return TreeMap.ofAll(order, entries);
  }
}
