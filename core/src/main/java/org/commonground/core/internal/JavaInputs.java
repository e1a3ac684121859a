// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.internal;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import java.util.Comparator;
import java.util.Objects;

/**
 * Converts what a caller passes ({@code java.util} collections, any {@link Iterable}, or Vavr's
 * own) into the Vavr collections the values hold, without judging it: a null collection stays
 * null, and null elements, keys and values are kept, so that the value's own check reports each of
 * them with its path in one {@link org.commonground.core.validation.ValidationException}.
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
   * A sorted Vavr set of the elements, in their natural order; a null element sorts first, for the
   * value's check to report.
   *
   * @param <T> the element type
   * @param elements the elements, or null
   * @return the set, or null when {@code elements} is null
   */
  public static <T extends Comparable<? super T>> SortedSet<T> sortedSet(Iterable<? extends T> elements) {
    if (elements == null) {
      return null;
    }
    boolean nulls = List.ofAll(elements).exists(Objects::isNull);
    return nulls ? TreeSet.ofAll(Comparator.nullsFirst(Comparator.<T>naturalOrder()), elements) : TreeSet.ofAll(elements);
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
   * value's check to report.
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
