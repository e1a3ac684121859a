// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Objects;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;

/**
 * One dimension of a published table, with the totals and subtotals published over its
 * categories: partners with a total, or partners within sectors with a subtotal per sector and a
 * total. Each total is an equation of the table, {@code total = Σ its members}, and that is what an
 * attacker uses to recover a hidden cell; the {@link DisclosureAudit} takes every one of them into
 * account.
 *
 * <pre>{@code
 * Hierarchy.withTotal("income", List.of("low", "not low"));   // low, not low, Total
 * Hierarchy.grouped("partner", LinkedHashMap.of(
 *     "schools", List.of("Lincoln", "Eastside"),
 *     "services", List.of("Food bank", "Clinic")));           // … schools, …, services, Total
 * Hierarchy.flat("period", List.of("2023"));                   // no total published
 * }</pre>
 *
 * <p>Codes are listed in reading order: the categories, then the subtotals, and the total last. This class is immutable and thread-safe.
 */
public final class Hierarchy {

  /** The label of the total of {@link #withTotal} and {@link #grouped}. */
  public static final String TOTAL = "Total";

  private final String name;
  private final List<String> codes;
  private final int[] parent;
  private final int[][] children;

  private Hierarchy(String name, List<String> codes, int[] parent, int[][] children) {
    this.name = name;
    this.codes = codes;
    this.parent = parent;
    this.children = children;
  }

  /**
   * A dimension whose categories are published without a total.
   *
   * @param name the dimension's name, not blank
   * @param categories its categories, at least one, distinct and not blank
   * @return the dimension
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Hierarchy flat(String name, Iterable<String> categories) {
    return of(name, Option.none(), LinkedHashMap.empty(), List.ofAll(nonNull(categories)));
  }

  /**
   * A dimension whose categories are published with their total, labelled {@value #TOTAL}.
   *
   * @param name the dimension's name, not blank
   * @param categories its categories, at least one, distinct, not blank and not {@value #TOTAL}
   * @return the dimension
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Hierarchy withTotal(String name, Iterable<String> categories) {
    List<String> members = List.ofAll(nonNull(categories));
    return of(name, Option.of(TOTAL), LinkedHashMap.of(TOTAL, members), members);
  }

  /**
   * A two-level dimension: categories within groups, each group published with its subtotal, and
   * the groups with the total, labelled {@value #TOTAL}.
   *
   * @param name the dimension's name, not blank
   * @param groups each group's name and its categories, at least one group of at least one; every
   *     name distinct, not blank and not {@value #TOTAL}
   * @return the dimension
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Hierarchy grouped(String name, Map<String, ? extends Iterable<String>> groups) {
    Violations named = Violations.none();
    int g = 0;
    List<String> names = groups == null ? List.empty() : groups.keySet().toList();
    for (String group : names) {
      named = named.require(group != null && !group.isBlank() && !TOTAL.equals(group), "groups[" + g + "]",
          () -> Message.of("scoring.suppression.hierarchy.group", TOTAL, quoted(group)));
      g++;
    }
    named.require(groups != null && !groups.isEmpty(), "groups", () -> Message.of("scoring.suppression.hierarchy.groups")).throwIfAny("Hierarchy");
    Map<String, List<String>> members = Objects.requireNonNullElse(groups, LinkedHashMap.<String, List<String>>empty())
        .map((group, categories) -> io.vavr.Tuple.of(group, List.ofAll(nonNull(categories))));
    Map<String, List<String>> tree = LinkedHashMap.<String, List<String>>of(TOTAL, List.ofAll(members.keySet()))
        .merge(LinkedHashMap.ofEntries(members));
    return of(name, Option.of(TOTAL), tree, members.values().flatMap(c -> c).toList());
  }

  /**
   * The same as {@link #grouped(String, Map)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}) and maps as {@code java.util.Map}.
   *
   * @param name the dimension's name, not blank
   * @param groups each group's name and its categories, at least one group of at least one; every
   *     name distinct, not blank and not {@value #TOTAL}
   * @return the dimension
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Hierarchy grouped(String name, java.util.Map<String, ? extends Iterable<String>> groups) {
    return grouped(name, JavaInputs.<String, Iterable<String>>map(groups));
  }

  private static Iterable<String> nonNull(Iterable<String> categories) {
    return categories == null ? List.empty() : categories;
  }

  private static Hierarchy of(String name, Option<String> root, Map<String, List<String>> tree, List<String> leaves) {
    Violations found = Violations.none()
        .require(name != null && !name.isBlank(), "name", () -> Message.of("core.validation.notBlank", quoted(name)))
        .require(!leaves.isEmpty(), "categories", () -> Message.of("scoring.suppression.hierarchy.categories"));
    List<String> all = List.empty();
    for (String leaf : leaves) {
      all = all.append(leaf);
    }
    all = all.appendAll(tree.keySet().toList().filter(k -> !root.contains(k))).appendAll(root);
    java.util.Map<String, Integer> seen = new HashMap<>();
    int at = 0;
    for (String code : all) {
      String path = "codes[" + at + "]";
      found = found.require(code != null && !code.isBlank() && code.strip().equals(code), path,
          () -> Message.of("scoring.suppression.hierarchy.code", quoted(code)));
      // a category named Total is named once, as such, not again as a duplicate of the total
      boolean total = root.isDefined() && at == all.size() - 1;
      found = found.require(code == null || seen.putIfAbsent(code, at) == null || total, path,
          () -> Message.of("scoring.suppression.hierarchy.unique", String.valueOf(name), quoted(code)));
      found = found.require(root.isEmpty() || !TOTAL.equals(code) || at == all.size() - 1, path,
          () -> Message.of("scoring.suppression.hierarchy.total", TOTAL));
      at++;
    }
    for (io.vavr.Tuple2<String, List<String>> group : tree) {
      found = found.require(!group._2.isEmpty() || (root.contains(group._1) && leaves.isEmpty()), "groups." + group._1,
          () -> Message.of("scoring.suppression.hierarchy.categories"));
    }
    found.throwIfAny("Hierarchy");
    List<String> codes = all;
    int[] parent = new int[codes.size()];
    Arrays.fill(parent, -1);
    int[][] children = new int[codes.size()][0];
    for (io.vavr.Tuple2<String, List<String>> group : tree) {
      int p = seen.get(group._1);
      children[p] = group._2.map(seen::get).toJavaStream().mapToInt(Integer::intValue).toArray();
      for (int c : children[p]) {
        parent[c] = p;
      }
    }
    return new Hierarchy(name, codes, parent, children);
  }

  private static String quoted(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  /**
   * The dimension's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Every code in reading order: categories, subtotals, and the total last.
   *
   * @return the codes
   */
  public List<String> codes() {
    return codes;
  }

  /**
   * The categories: the codes that are not totals.
   *
   * @return the categories in reading order
   */
  public List<String> categories() {
    return List.range(0, codes.size()).filter(i -> children[i].length == 0).map(codes::get);
  }

  /**
   * Whether a code is a total or subtotal.
   *
   * @param code a code of this dimension
   * @return true if other codes add up to it
   */
  public boolean isTotal(String code) {
    int i = codes.indexOf(code);
    return i >= 0 && children[i].length > 0;
  }

  /**
   * The codes that add up to a total.
   *
   * @param code a code of this dimension
   * @return its members, empty for a category
   */
  public List<String> members(String code) {
    int i = codes.indexOf(code);
    return i < 0 ? List.empty() : List.ofAll(Arrays.stream(children[i]).boxed()).map(codes::get);
  }

  int size() {
    return codes.size();
  }

  int parent(int code) {
    return parent[code];
  }

  int[] children(int code) {
    return children[code];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Hierarchy h && h.name.equals(name) && h.codes.equals(codes)
        && Arrays.equals(h.parent, parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, codes, Arrays.hashCode(parent));
  }

  /**
   * The dimension as text: {@code income: low, not low, Total; Total = low + not low}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name).append(": ").append(codes.mkString(", "));
    for (int i = 0; i < codes.size(); i++) {
      if (children[i].length > 0) {
        text.append("; ").append(codes.get(i)).append(" = ").append(members(codes.get(i)).mkString(" + "));
      }
    }
    return text.toString();
  }
}
