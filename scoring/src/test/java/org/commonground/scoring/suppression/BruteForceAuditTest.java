// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The audit's interval of every hidden entry equals the least and greatest value of that entry over
 * every whole-number completion of the published table, found by enumerating them all.
 */
class BruteForceAuditTest {

  /** Completions explored per case before the case is drawn again: keeps the test fast. */
  private static final long BUDGET = 400_000;

  /** Every whole-number completion of a published table, with each hidden entry's least and greatest value. */
  private static final class Enumeration {
    final TableShape shape;
    final boolean[] hidden;
    final long[] truth;
    final int[] variables;
    final int[][] constraints;
    final long[] remaining;
    final int[][] constraintsOf;
    final int[] lastOf;
    final long[] x;
    final long[] min;
    final long[] max;
    long explored;
    long completions;

    Enumeration(TableShape shape, long[] truth, boolean[] hidden) {
      this.shape = shape;
      this.truth = truth;
      this.hidden = hidden;
      java.util.List<Integer> vars = new ArrayList<>();
      int[] varOfLeaf = new int[shape.leaves];
      Arrays.fill(varOfLeaf, -1);
      for (int e = 0; e < shape.entries(); e++) {
        if (hidden[e] && shape.isLeaf(e)) {
          varOfLeaf[shape.leavesOf.get(e)[0]] = vars.size();
          vars.add(shape.leavesOf.get(e)[0]);
        }
      }
      variables = vars.stream().mapToInt(Integer::intValue).toArray();
      java.util.List<int[]> found = new ArrayList<>();
      java.util.List<Long> rhs = new ArrayList<>();
      for (int e = 0; e < shape.entries(); e++) {
        if (hidden[e]) {
          continue;
        }
        long known = shape.value(e, truth);
        java.util.List<Integer> in = new ArrayList<>();
        for (int leaf : shape.leavesOf.get(e)) {
          if (varOfLeaf[leaf] >= 0) {
            in.add(varOfLeaf[leaf]);
          } else {
            known -= truth[leaf];
          }
        }
        if (!in.isEmpty()) {
          found.add(in.stream().mapToInt(Integer::intValue).sorted().toArray());
          rhs.add(known);
        }
      }
      constraints = found.toArray(new int[0][]);
      remaining = rhs.stream().mapToLong(Long::longValue).toArray();
      constraintsOf = new int[variables.length][];
      lastOf = new int[constraints.length];
      for (int v = 0; v < variables.length; v++) {
        int vv = v;
        constraintsOf[v] = java.util.stream.IntStream.range(0, constraints.length)
            .filter(c -> Arrays.stream(constraints[c]).anyMatch(w -> w == vv)).toArray();
      }
      for (int c = 0; c < constraints.length; c++) {
        lastOf[c] = constraints[c][constraints[c].length - 1];
      }
      x = new long[shape.leaves];
      min = new long[shape.entries()];
      max = new long[shape.entries()];
      Arrays.fill(min, Long.MAX_VALUE);
      Arrays.fill(max, Long.MIN_VALUE);
    }

    /** Whether every hidden category lies under a published entry, so that completions are finite. */
    boolean bounded() {
      for (int v = 0; v < variables.length; v++) {
        if (constraintsOf[v].length == 0) {
          return false;
        }
      }
      return true;
    }

    boolean run() {
      System.arraycopy(truth, 0, x, 0, truth.length);
      return step(0);
    }

    private boolean step(int v) {
      if (++explored > BUDGET) {
        return false;
      }
      if (v == variables.length) {
        completions++;
        for (int e = 0; e < shape.entries(); e++) {
          if (hidden[e]) {
            long value = shape.value(e, x);
            min[e] = Math.min(min[e], value);
            max[e] = Math.max(max[e], value);
          }
        }
        return true;
      }
      long upper = Long.MAX_VALUE;
      boolean isForced = false;
      long forced = 0;
      for (int c : constraintsOf[v]) {
        upper = Math.min(upper, remaining[c]);
        if (lastOf[c] == v) {
          if (isForced && forced != remaining[c]) {
            return true;
          }
          isForced = true;
          forced = remaining[c];
        }
      }
      long from = isForced ? forced : 0;
      long to = isForced ? forced : upper;
      if (to > upper || from < 0) {
        return true;
      }
      for (long value = from; value <= to; value++) {
        x[variables[v]] = value;
        for (int c : constraintsOf[v]) {
          remaining[c] -= value;
        }
        boolean within = step(v + 1);
        for (int c : constraintsOf[v]) {
          remaining[c] += value;
        }
        if (!within) {
          return false;
        }
      }
      return true;
    }
  }

  private static List<String> names(String prefix, int n) {
    return List.range(0, n).map(i -> prefix + i);
  }

  /** What a run of cases covered. */
  private static final class Coverage {
    int compared;
    int unbounded;
    int overBudget;
    int exact;
    int open;

    void add(Coverage other) {
      compared += other.compared;
      unbounded += other.unbounded;
      overBudget += other.overBudget;
      exact += other.exact;
      open += other.open;
    }

    /** Whether the cases met both outcomes: entries recovered exactly, and entries left open. */
    void assertVaried() {
      assertTrue(exact > 0 && open > 0, () -> "cases meet exact recoveries (" + exact + ") and open intervals (" + open + ")");
    }
  }

  /**
   * Draws cases of a shape until {@code wanted} bounded ones have been compared with the
   * enumeration; patterns with an unbounded entry are checked on the way.
   */
  private static Coverage check(TableShape shape, int wanted, long seed) {
    Random random = new Random(seed);
    Coverage seen = new Coverage();
    int draws = 0;
    while (seen.compared < wanted) {
      draws++;
      assertTrue(draws < wanted * 20, "too few cases could be enumerated within the budget");
      long[] counts = new long[shape.leaves];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = random.nextInt(7);
      }
      CountTable table = CountTable.frequencies(shape.dimensions, counts);
      // Two draws in three hide a random share of the entries; the third, what suppression hides.
      boolean[] hidden = new boolean[shape.entries()];
      if (random.nextInt(3) < 2) {
        double share = 0.2 + 0.6 * random.nextDouble();
        for (int e = 0; e < hidden.length; e++) {
          hidden[e] = random.nextDouble() < share;
        }
      } else {
        SuppressedTable published = SmallCellSuppression.apply(table, SuppressionRule.of(2 + random.nextInt(5)));
        for (int e = 0; e < hidden.length; e++) {
          hidden[e] = published.entry(shape.codes.get(e)).value().isEmpty();
        }
      }
      java.util.List<List<String>> pattern = new ArrayList<>();
      for (int e = 0; e < hidden.length; e++) {
        if (hidden[e]) {
          pattern.add(shape.codes.get(e));
        }
      }
      if (pattern.isEmpty()) {
        continue;
      }
      DisclosureAudit audit = DisclosureAudit.of(table, SuppressionRule.DEFAULT, pattern);
      Enumeration all = new Enumeration(shape, counts, hidden);
      String what = "counts " + Arrays.toString(counts) + ", hidden " + pattern;
      java.util.Map<List<String>, AuditedEntry> audited = new java.util.HashMap<>();
      for (AuditedEntry a : audit.entries()) {
        if (a.hidden()) {
          audited.put(a.codes(), a);
        }
      }
      assertEquals(pattern.size(), audited.size(), () -> "every hidden entry is audited: " + what);
      if (!all.bounded()) {
        for (int e = 0; e < hidden.length; e++) {
          if (!hidden[e]) {
            continue;
          }
          boolean free = false;
          for (int leaf : shape.leavesOf.get(e)) {
            for (int v = 0; v < all.variables.length; v++) {
              free |= all.variables[v] == leaf && all.constraintsOf[v].length == 0;
            }
          }
          AuditedEntry a = audited.get(shape.codes.get(e));
          assertEquals(free, a.upper() == Double.POSITIVE_INFINITY,
              () -> a.codes() + " is unbounded above exactly when a hidden category under it lies under no published entry: " + what);
        }
        seen.unbounded++;
        continue;
      }
      if (!all.run()) {
        seen.overBudget++;
        continue;
      }
      assertTrue(all.completions >= 1, () -> "the true table is a completion: " + what);
      for (int e = 0; e < hidden.length; e++) {
        if (!hidden[e]) {
          continue;
        }
        int entry = e;
        AuditedEntry a = audited.get(shape.codes.get(e));
        assertEquals(shape.value(e, counts), a.value(), () -> a.codes() + " true value: " + what);
        assertEquals(all.min[e], a.lower(), () -> a.codes() + " lower bound over " + all.completions + " completions: " + what);
        assertEquals(all.max[e], a.upper(), () -> a.codes() + " upper bound over " + all.completions + " completions: " + what);
        assertEquals(all.min[e] == all.max[e], a.exactlyRecovered(), () -> shape.codes.get(entry) + " recovered exactly: " + what);
        if (all.min[e] == all.max[e]) {
          seen.exact++;
        } else {
          seen.open++;
        }
      }
      seen.compared++;
    }
    return seen;
  }

  @Test
  void twoWayTablesWithTotalsFromTwoByTwoToThreeByFour() {
    Coverage seen = new Coverage();
    for (int rows = 2; rows <= 3; rows++) {
      for (int columns = 2; columns <= 4; columns++) {
        TableShape shape = new TableShape(List.of(Hierarchy.withTotal("row", names("r", rows)), Hierarchy.withTotal("column", names("c", columns))));
        seen.add(check(shape, 60, 1_000L * rows + columns));
      }
    }
    seen.assertVaried();
    assertTrue(seen.unbounded > 0, "some patterns leave an entry unbounded, and those are checked too");
  }

  @Test
  void oneWayTablesWithTheirTotal() {
    Coverage seen = new Coverage();
    for (int n = 2; n <= 5; n++) {
      seen.add(check(new TableShape(List.of(Hierarchy.withTotal("partner", names("p", n)))), 25, 2_000L + n));
    }
    seen.assertVaried();
  }

  @Test
  void threeWayTwoByTwoByTwoWithEveryMargin() {
    TableShape shape = new TableShape(List.of(
        Hierarchy.withTotal("partner", names("p", 2)),
        Hierarchy.withTotal("income", names("i", 2)),
        Hierarchy.withTotal("term", names("t", 2))));
    check(shape, 150, 3_000L).assertVaried();
  }

  @Test
  void groupsWithSubtotalsCrossedWithATotalledDimension() {
    Hierarchy partners = Hierarchy.grouped("partner", LinkedHashMap.of(
        "schools", List.of("Lincoln", "Eastside"),
        "services", List.of("Food bank", "Clinic")));
    TableShape shape = new TableShape(List.of(partners, Hierarchy.withTotal("income", List.of("low", "not low"))));
    check(shape, 150, 4_000L).assertVaried();
  }
}
