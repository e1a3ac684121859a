// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import java.util.ArrayList;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Chooses complementary entries so that a sensitive entry meets its protection: first by the
 * hypercube method, then, where no hypercube fits, by the single-cell protection program.
 *
 * <p><b>Hypercube</b> (Repsilber's GHMITER, the hypercube method of τ-ARGUS): in each dimension
 * where the entry is tied by an equation, pick one partner code of that equation; the corners of
 * the box spanned by the entry and its partners, hidden together, let the entry move by d while the
 * corners move by ±d and every equation stays true. A box protects the entry by {@code above} when
 * each corner that moves down holds at least {@code above}, and by {@code below} likewise; among
 * the boxes that do, the one that hides the least new is taken.
 *
 * <p><b>Single-cell protection program</b> (Kelly, Golden and Assad 1992; Fischetti and Salazar
 * 2000, the "attacker" subproblem): a linear program over deviations y of every entry with
 * {@code A y = 0}, the entry's deviation fixed at {@code +above} (then {@code −below}), each
 * entry's deviation not taking it below zero, and a cost per unit of deviation of each entry not
 * yet hidden. Every entry that deviates is hidden; the deviation is then a completion of the
 * published table that moves the entry by the required distance. When counts must move in whole
 * steps, the program is solved with whole-number deviations.
 */
final class Complements {

  /** What suppression minimizes. */
  private final Objective objective;
  private final TableLattice t;

  Complements(TableLattice t, Objective objective) {
    this.t = t;
    this.objective = objective;
  }

  /** The cost of hiding an entry not yet hidden. */
  double cost(int e) {
    double base = objective == Objective.CELLS ? 1 : Math.max(t.value[e], 1e-6);
    return t.isTotal(e) ? base * 1.5 : base;
  }

  /**
   * The corners of the cheapest hypercube that protects the entry, or null if none fits: when the
   * entry, or every partner of a dimension, is tied by more than one equation of that dimension (a
   * subtotal), or when no box has corners large enough.
   */
  int[] hypercube(int e, double below, double above, boolean[] hidden) {
    int n = t.size.length;
    ArrayList<int[]> partners = new ArrayList<>();
    ArrayList<int[]> signs = new ArrayList<>();
    ArrayList<Integer> moving = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      Hierarchy h = t.dimensions.get(d);
      int c = t.code(e, d);
      int parent = h.parent(c);
      int[] children = h.children(c);
      int ties = (parent >= 0 ? 1 : 0) + (children.length > 0 ? 1 : 0);
      if (ties == 0) {
        continue;
      }
      if (ties == 2) {
        return null;
      }
      ArrayList<Integer> codes = new ArrayList<>();
      ArrayList<Integer> sign = new ArrayList<>();
      if (parent >= 0) {
        for (int s : h.children(parent)) {
          if (s != c && h.children(s).length == 0) {
            codes.add(s);
            sign.add(-1);
          }
        }
        if (h.parent(parent) < 0) {
          codes.add(parent);
          sign.add(1);
        }
      } else {
        for (int m : children) {
          if (h.children(m).length == 0) {
            codes.add(m);
            sign.add(1);
          }
        }
      }
      if (codes.isEmpty()) {
        return null;
      }
      moving.add(d);
      partners.add(codes.stream().mapToInt(Integer::intValue).toArray());
      signs.add(sign.stream().mapToInt(Integer::intValue).toArray());
    }
    int k = moving.size();
    if (k == 0) {
      return null;
    }
    int[] choice = new int[k];
    int[] best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    long bestRecords = Long.MAX_VALUE;
    int corners = 1 << k;
    int[] cube = new int[corners];
    while (true) {
      double cost = 0;
      long records = 0;
      boolean fits = true;
      for (int mask = 0; mask < corners && fits; mask++) {
        int entry = e;
        int sign = 1;
        for (int i = 0; i < k; i++) {
          if ((mask & (1 << i)) != 0) {
            int d = moving.get(i);
            entry += (partners.get(i)[choice[i]] - t.code(e, d)) * t.stride[d];
            sign *= signs.get(i)[choice[i]];
          }
        }
        cube[mask] = entry;
        if (mask > 0) {
          // a corner that moves against the entry must hold the distance it moves by
          double room = t.value[entry];
          fits = sign < 0 ? room >= above : room >= below;
          if (!hidden[entry]) {
            cost += cost(entry);
            records += t.records[entry];
          }
        }
      }
      if (fits && (cost < bestCost || (cost == bestCost && records < bestRecords))) {
        best = cube.clone();
        bestCost = cost;
        bestRecords = records;
      }
      int i = 0;
      while (i < k && ++choice[i] == partners.get(i).length) {
        choice[i] = 0;
        i++;
      }
      if (i == k) {
        return best;
      }
    }
  }

  /**
   * The entries a single-cell protection program hides so that the entry can move by the given
   * distance (positive: up, negative: down), or an empty array if it already can.
   *
   * @param whole whether deviations must be whole numbers
   */
  int[] protect(int e, double distance, boolean[] hidden, boolean whole) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] up = new Variable[t.entries];
    Variable[] down = new Variable[t.entries];
    for (int j = 0; j < t.entries; j++) {
      double unit = hidden[j] ? 1e-4 : cost(j) / Math.abs(distance);
      up[j] = model.addVariable("u" + j).lower(0).weight(unit).integer(whole);
      down[j] = model.addVariable("d" + j).lower(0).upper(t.value[j]).weight(unit).integer(whole);
    }
    if (distance > 0) {
      up[e].level(distance);
      down[e].level(0);
    } else {
      up[e].level(0);
      down[e].level(-distance);
    }
    for (int q = 0; q < t.equations.length; q++) {
      int[] equation = t.equations[q];
      Expression balance = model.addExpression("q" + q).level(0);
      for (int m = 0; m < equation.length; m++) {
        int coefficient = m == 0 ? -1 : 1;
        balance.set(up[equation[m]], coefficient);
        balance.set(down[equation[m]], -coefficient);
      }
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isFeasible()) {
      return null;
    }
    ArrayList<Integer> chosen = new ArrayList<>();
    for (int j = 0; j < t.entries; j++) {
      double moves = result.doubleValue(2 * j) + result.doubleValue(2 * j + 1);
      if (!hidden[j] && moves > 1e-7) {
        chosen.add(j);
      }
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }
}
