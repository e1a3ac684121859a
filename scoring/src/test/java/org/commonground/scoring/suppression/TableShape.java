// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import io.vavr.collection.List;
import java.util.ArrayList;

/**
 * A table's entries in the published order (each dimension's codes, the last dimension fastest),
 * each with the categories it adds up, worked out from the hierarchies alone: the tests' own
 * account of what every total holds.
 */
final class TableShape {

  final List<Hierarchy> dimensions;
  /** Each entry's codes, one per dimension. */
  final java.util.List<List<String>> codes = new ArrayList<>();
  /** Each entry's categories, as indexes of the row-major array of category values. */
  final java.util.List<int[]> leavesOf = new ArrayList<>();
  /** The number of category combinations. */
  final int leaves;

  TableShape(List<Hierarchy> dimensions) {
    this.dimensions = dimensions;
    this.leaves = dimensions.map(h -> h.categories().size()).fold(1, (a, b) -> a * b);
    int entries = dimensions.map(h -> h.codes().size()).fold(1, (a, b) -> a * b);
    for (int e = 0; e < entries; e++) {
      List<String> entry = List.empty();
      int rest = e;
      for (Hierarchy h : dimensions.reverse()) {
        entry = entry.prepend(h.codes().get(rest % h.codes().size()));
        rest /= h.codes().size();
      }
      codes.add(entry);
      List<Integer> cells = List.of(0);
      for (int d = 0; d < dimensions.size(); d++) {
        Hierarchy h = dimensions.get(d);
        List<Integer> below = categoriesUnder(h, entry.get(d)).map(h.categories()::indexOf);
        int width = h.categories().size();
        cells = cells.flatMap(prefix -> below.map(c -> prefix * width + c));
      }
      leavesOf.add(cells.toJavaStream().mapToInt(Integer::intValue).toArray());
    }
  }

  private static List<String> categoriesUnder(Hierarchy h, String code) {
    List<String> members = h.members(code);
    return members.isEmpty() ? List.of(code) : members.flatMap(m -> categoriesUnder(h, m));
  }

  int entries() {
    return codes.size();
  }

  /** The entry's value: the sum of its categories' values. */
  long value(int entry, long[] leafValues) {
    long sum = 0;
    for (int leaf : leavesOf.get(entry)) {
      sum += leafValues[leaf];
    }
    return sum;
  }

  /** Whether the entry is a category in every dimension, not a total in any. */
  boolean isLeaf(int entry) {
    return dimensions.zipWithIndex().forAll(d -> !d._1.isTotal(codes.get(entry).get(d._2)));
  }
}
