// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import org.commonground.core.validation.Message;
import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * A table with every total and subtotal as one flat array of entries, and the equations that tie
 * them: for each dimension, each total of that dimension and each combination of the other
 * dimensions' codes, {@code total = Σ members}. An entry is numbered in mixed radix over the
 * dimensions' codes, the last dimension fastest. Both the audit and the suppression work on this
 * form; it is built once per table and never changes.
 */
final class TableLattice {

  final List<Hierarchy> dimensions;
  final int[] size;
  final int[] stride;
  final int entries;
  final double[] value;
  final long[] records;
  /** Each entry's contributions by contributor, largest first; null for a count table. */
  final double[][] contributions;
  final boolean integral;
  /** Each equation: its total first, then its members. */
  final int[][] equations;
  /** The equations that hold each entry. */
  final int[][] equationsOf;

  /**
   * The lattice of leaf values.
   *
   * @param leafValue the categories' values, row-major over each dimension's categories
   * @param leafRecords the records behind each
   * @param contributions each entry's contributions, largest first, or null
   */
  TableLattice(List<Hierarchy> dimensions, double[] leafValue, long[] leafRecords, double[][] contributions, boolean integral) {
    this.dimensions = dimensions;
    int n = dimensions.size();
    this.size = new int[n];
    this.stride = new int[n];
    int total = 1;
    for (int d = n - 1; d >= 0; d--) {
      size[d] = dimensions.get(d).size();
      stride[d] = total;
      total = Math.multiplyExact(total, size[d]);
    }
    this.entries = total;
    this.value = new double[entries];
    this.records = new long[entries];
    this.integral = integral;
    this.contributions = contributions;
    int[] categories = dimensions.map(h -> h.categories().size()).toJavaStream().mapToInt(Integer::intValue).toArray();
    int leaves = leafValue.length;
    int[] codes = new int[n];
    for (int leaf = 0; leaf < leaves; leaf++) {
      int rest = leaf;
      for (int d = n - 1; d >= 0; d--) {
        codes[d] = rest % categories[d];
        rest /= categories[d];
      }
      int e = at(codes);
      value[e] = leafValue[leaf];
      records[e] = leafRecords[leaf];
    }
    // Sum each dimension's totals in code order: categories come first, and a subtotal before the
    // total it belongs to, so every member is complete when its total is summed.
    ArrayList<int[]> found = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      Hierarchy h = dimensions.get(d);
      for (int p = 0; p < size[d]; p++) {
        int[] members = h.children(p);
        if (members.length == 0) {
          continue;
        }
        for (int e = 0; e < entries; e++) {
          if (code(e, d) != p) {
            continue;
          }
          int[] equation = new int[members.length + 1];
          equation[0] = e;
          double sum = 0;
          long count = 0;
          for (int m = 0; m < members.length; m++) {
            int member = e + (members[m] - p) * stride[d];
            equation[m + 1] = member;
            sum += value[member];
            count += records[member];
          }
          value[e] = sum;
          records[e] = count;
          found.add(equation);
        }
      }
    }
    this.equations = found.toArray(new int[0][]);
    int[] holds = new int[entries];
    for (int[] equation : equations) {
      for (int e : equation) {
        holds[e]++;
      }
    }
    this.equationsOf = new int[entries][];
    for (int e = 0; e < entries; e++) {
      equationsOf[e] = new int[holds[e]];
      holds[e] = 0;
    }
    for (int q = 0; q < equations.length; q++) {
      for (int e : equations[q]) {
        equationsOf[e][holds[e]++] = q;
      }
    }
  }

  int at(int[] codes) {
    int e = 0;
    for (int d = 0; d < codes.length; d++) {
      e += codes[d] * stride[d];
    }
    return e;
  }

  int code(int entry, int dimension) {
    return (entry / stride[dimension]) % size[dimension];
  }

  boolean isTotal(int entry) {
    for (int d = 0; d < size.length; d++) {
      if (dimensions.get(d).children(code(entry, d)).length > 0) {
        return true;
      }
    }
    return false;
  }

  List<String> codes(int entry) {
    return List.range(0, size.length).map(d -> dimensions.get(d).codes().get(code(entry, d)));
  }

  /** The entry as its codes joined by ×: "Lincoln × low". */
  String label(int entry) {
    return codes(entry).mkString(" × ");
  }

  /** An equation as published: "Total × low = Lincoln × low + Eastside × low". */
  String equation(int q) {
    int[] equation = equations[q];
    StringBuilder text = new StringBuilder(label(equation[0])).append(" = ");
    for (int m = 1; m < equation.length; m++) {
      if (m > 1) {
        text.append(" + ");
      }
      if (m == 4 && equation.length > 5) {
        text.append("… (").append(equation.length - 1).append(" in all)");
        break;
      }
      text.append(label(equation[m]));
    }
    return text.toString();
  }

  /** Whether an entry is on the given side of an equation: its total (true) or a member. */
  static boolean isTotalOf(int[] equation, int entry) {
    return equation[0] == entry;
  }

  /** A contribution-sorted copy, largest first. */
  static double[] descending(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
      double t = sorted[i];
      sorted[i] = sorted[j];
      sorted[j] = t;
    }
    return sorted;
  }

  /** The table's lattice of entries and equations. */
  static TableLattice of(Tabulation table) {
    return table instanceof CountTable c ? c.lattice() : ((MagnitudeTable) table).lattice();
  }

  /** The entry named by one code per dimension. */
  static int entry(Tabulation table, List<String> codes) {
    Message problem = entryProblem(table, codes);
    if (problem != null) {
      throw new IllegalArgumentException(problem.text());
    }
    int[] at = new int[codes.size()];
    for (int d = 0; d < at.length; d++) {
      at[d] = table.dimensions().get(d).codes().indexOf(codes.get(d));
    }
    return of(table).at(at);
  }

  /** What is wrong with codes that should name an entry, as {@code codes[1]: must be a code of …}; null if nothing. */
  static Message entryProblem(Tabulation table, List<String> codes) {
    List<Hierarchy> dimensions = table.dimensions();
    if (codes == null || codes.size() != dimensions.size()) {
      return Message.of("scoring.suppression.codes.count", dimensions.size(), String.valueOf(codes));
    }
    for (int d = 0; d < codes.size(); d++) {
      if (dimensions.get(d).codes().indexOf(codes.get(d)) < 0) {
        return Message.of("scoring.suppression.codes.unknown", d, dimensions.get(d).name(),
            dimensions.get(d).codes().mkString(", "), codes.get(d));
      }
    }
    return null;
  }

  /**
   * A table's summary: its kind, the number of categories of each dimension and its total, as
   * {@code CountTable 3 × 4 (total 1,710)}.
   */
  static String summary(String kind, Tabulation table) {
    TableLattice lattice = table instanceof CountTable ? ((CountTable) table).lattice() : ((MagnitudeTable) table).lattice();
    List<List<String>> cells = List.of(List.empty());
    for (Hierarchy dimension : table.dimensions()) {
      cells = cells.flatMap(prefix -> dimension.categories().map(prefix::append));
    }
    double total = 0;
    for (List<String> codes : cells) {
      total += lattice.value[entry(table, codes)];
    }
    String shown = total == Math.rint(total) && Math.abs(total) < 1e15
        ? String.format(java.util.Locale.ROOT, "%,d", (long) total)
        : String.format(java.util.Locale.ROOT, "%,.2f", total);
    return kind + " " + table.dimensions().map(d -> String.valueOf(d.categories().size())).mkString(" × ")
        + " (total " + shown + ")";
  }
}
