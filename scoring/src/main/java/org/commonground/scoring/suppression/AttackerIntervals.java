// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import org.jgrapht.alg.util.UnionFind;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The interval an attacker can derive for every hidden entry of a table from everything published:
 * the entries shown, every equation {@code total = Σ members}, non-negativity, and, for counts,
 * integrality. Each bound is the optimum of a linear program over the hidden entries that share
 * equations with it (a component), solved by ojAlgo; for a two-way count table with all its totals,
 * the same optimum by maximum flow, exact and faster ({@link TransportationBounds}).
 *
 * <p>For counts each bound is then made exact: the solver's optimal table is rounded to whole
 * counts and checked against every equation in integer arithmetic. When it passes, that completion
 * attains the bound, and since the linear program's optimum is a bound for every integer completion
 * too, the bound is exact. When it does not (a fractional vertex, which tables of three or more
 * dimensions can have), the bound is solved again with whole-number variables (mixed-integer) and
 * checked the same way. For amounts, the bounds hold to within {@link #tolerance}.
 */
final class AttackerIntervals {

  /** Relative tolerance of amounts: a bound is within this share of the table's largest value. */
  static final double RELATIVE_TOLERANCE = 1e-9;

  final double[] lower;
  final double[] upper;
  /** For each hidden entry, the equations of its component: what bounds it. */
  final int[][] boundedBy;
  /** Bounds checked by a completion that attains them, in integer arithmetic for counts. */
  int verified;
  /** Finite bounds computed. */
  int bounds;
  /** Bounds that needed a mixed-integer program. */
  int integerPrograms;
  final double tolerance;

  private AttackerIntervals(int entries, double tolerance) {
    lower = new double[entries];
    upper = new double[entries];
    boundedBy = new int[entries][];
    Arrays.fill(lower, Double.NaN);
    Arrays.fill(upper, Double.NaN);
    this.tolerance = tolerance;
  }

  static AttackerIntervals of(TableLattice t, boolean[] hidden) {
    return of(t, hidden, true);
  }

  /** The intervals, by linear programming only when {@code flows} is false (to compare the two). */
  static AttackerIntervals of(TableLattice t, boolean[] hidden, boolean flows) {
    double largest = 1;
    for (double v : t.value) {
      largest = Math.max(largest, Math.abs(v));
    }
    AttackerIntervals found = new AttackerIntervals(t.entries, t.integral ? 0 : RELATIVE_TOLERANCE * largest);
    java.util.Set<Integer> hiddenEntries = new java.util.HashSet<>();
    for (int e = 0; e < t.entries; e++) {
      if (hidden[e]) {
        hiddenEntries.add(e);
      }
    }
    // hidden entries that share an equation are bounded together
    UnionFind<Integer> linked = new UnionFind<>(hiddenEntries);
    for (int[] equation : t.equations) {
      int first = -1;
      for (int e : equation) {
        if (hidden[e]) {
          if (first < 0) {
            first = e;
          } else {
            linked.union(first, e);
          }
        }
      }
    }
    java.util.Map<Integer, ArrayList<Integer>> byRoot = new java.util.LinkedHashMap<>();
    for (int e = 0; e < t.entries; e++) {
      if (hidden[e]) {
        byRoot.computeIfAbsent(linked.find(e), r -> new ArrayList<>()).add(e);
      }
    }
    java.util.Collection<ArrayList<Integer>> components = byRoot.values();
    TransportationBounds network = flows ? TransportationBounds.of(t) : null;
    for (ArrayList<Integer> entries : components) {
      int[] members = entries.stream().mapToInt(Integer::intValue).toArray();
      if (network != null) {
        found.boundBy(t, members);
        int[] counts = new int[2];
        network.solve(members, found.lower, found.upper, counts);
        found.bounds += counts[0];
        found.verified += counts[1];
      } else {
        found.solve(t, hidden, members);
      }
    }
    return found;
  }

  /** Records, for each entry of a component, the equations of that component; returns them. */
  private int[] boundBy(TableLattice t, int[] entries) {
    ArrayList<Integer> touching = new ArrayList<>();
    boolean[] seen = new boolean[t.equations.length];
    for (int e : entries) {
      for (int q : t.equationsOf[e]) {
        if (!seen[q]) {
          seen[q] = true;
          touching.add(q);
        }
      }
    }
    int[] equations = touching.stream().mapToInt(Integer::intValue).sorted().toArray();
    for (int e : entries) {
      boundedBy[e] = equations;
    }
    return equations;
  }

  private void solve(TableLattice t, boolean[] hidden, int[] entries) {
    int[] local = new int[t.entries];
    Arrays.fill(local, -1);
    for (int k = 0; k < entries.length; k++) {
      local[entries[k]] = k;
    }
    int[] equations = boundBy(t, entries);
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] x = new Variable[entries.length];
    for (int k = 0; k < entries.length; k++) {
      x[k] = model.addVariable("x" + entries[k]).lower(0);
    }
    for (int i = 0; i < equations.length; i++) {
      int[] equation = t.equations[equations[i]];
      Expression expression = model.addExpression("q" + equations[i]);
      double known = 0;
      for (int m = 0; m < equation.length; m++) {
        int e = equation[m];
        int coefficient = m == 0 ? -1 : 1;
        if (hidden[e]) {
          expression.set(x[local[e]], coefficient);
        } else {
          known += coefficient * t.value[e];
        }
      }
      expression.level(-known);
    }
    for (int k = 0; k < entries.length; k++) {
      int e = entries[k];
      x[k].weight(1);
      lower[e] = bound(t, model, k, equations, hidden, local, false);
      upper[e] = bound(t, model, k, equations, hidden, local, true);
      x[k].weight(0);
    }
  }

  private double bound(TableLattice t, ExpressionsBasedModel model, int k, int[] equations,
      boolean[] hidden, int[] local, boolean maximise) {
    Optimisation.Result result = maximise ? model.maximise() : model.minimise();
    if (result.getState() == Optimisation.State.UNBOUNDED) {
      // no bound to attain: the entry can rise without limit
      return Double.POSITIVE_INFINITY;
    }
    bounds++;
    if (!result.getState().isFeasible()) {
      throw new IllegalStateException("the disclosure audit's linear program ended " + result.getState()
          + " for a table that has a completion (its true values); please report this table");
    }
    double optimum = result.doubleValue(k);
    if (!t.integral) {
      if (holds(t, result, equations, hidden, local, tolerance, false)) {
        verified++;
      }
      return optimum;
    }
    if (holds(t, result, equations, hidden, local, 0, true)) {
      verified++;
      return Math.rint(optimum);
    }
    integerPrograms++;
    ExpressionsBasedModel integer = model.copy();
    for (Variable v : integer.getVariables()) {
      v.integer(true);
    }
    Optimisation.Result whole = maximise ? integer.maximise() : integer.minimise();
    if (whole.getState().isFeasible() && holds(t, whole, equations, hidden, local, 0, true)) {
      verified++;
      return Math.rint(whole.doubleValue(k));
    }
    // No whole-number completion confirmed: the relaxation's bound, rounded inwards, still bounds
    // every integer completion.
    return maximise ? Math.floor(optimum + 1e-6) : Math.ceil(optimum - 1e-6);
  }

  /** Whether the solver's table, rounded to whole counts if asked, satisfies every equation. */
  private static boolean holds(TableLattice t, Optimisation.Result result, int[] equations, boolean[] hidden,
      int[] local, double tolerance, boolean whole) {
    for (int k = 0; k < result.size(); k++) {
      double v = result.doubleValue(k);
      if (whole ? Math.abs(v - Math.rint(v)) > 1e-6 || Math.rint(v) < 0 : v < -tolerance) {
        return false;
      }
    }
    for (int i = 0; i < equations.length; i++) {
      int[] equation = t.equations[equations[i]];
      if (whole) {
        long sum = 0;
        for (int m = 0; m < equation.length; m++) {
          int e = equation[m];
          long v = hidden[e] ? (long) Math.rint(result.doubleValue(local[e])) : (long) t.value[e];
          sum += m == 0 ? -v : v;
        }
        if (sum != 0) {
          return false;
        }
      } else {
        double sum = 0;
        for (int m = 0; m < equation.length; m++) {
          int e = equation[m];
          double v = hidden[e] ? result.doubleValue(local[e]) : t.value[e];
          sum += m == 0 ? -v : v;
        }
        if (Math.abs(sum) > tolerance * equation.length) {
          return false;
        }
      }
    }
    return true;
  }
}
