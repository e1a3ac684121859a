// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import java.util.Map;
import org.jgrapht.alg.flow.DinicMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The attacker's bounds for a two-way table with row totals, column totals and the grand total,
 * by maximum flow instead of linear programming: exact, in whole numbers, and fast enough for a
 * 300 × 40 table.
 *
 * <p>Write a change to the table as y (new value minus true value) and flip the sign of the
 * margins' changes: z = y for cells and the grand total, z = −y for row and column totals. Every
 * equation of the table then says that the z of a row (totals included) add up to 0, and so do the
 * z of a column: z is a circulation on the bipartite graph whose nodes are the rows and columns
 * (the totals' row and column included) and whose edges are the hidden entries (Cox, "Network
 * models for complementary cell suppression", JASA 1995). A hidden entry may fall to 0 and rise
 * without limit, which bounds each edge's z from one side. The largest change of an entry is then
 * the maximum flow from its column's node to its row's node through the other hidden entries, and
 * the smallest is minus the maximum flow the other way; JGraphT computes
 * them (Dinic's algorithm), on whole-number capacities, so the bounds are exact. The flow found is a completion of the
 * table attaining the bound, and is checked in integer arithmetic.
 */
final class TransportationBounds {

  private final TableLattice t;
  private final int rows;
  private final int columns;
  private final long unbounded;

  private TransportationBounds(TableLattice t) {
    this.t = t;
    this.rows = t.size[0];
    this.columns = t.size[1];
    long sum = 0;
    for (double v : t.value) {
      sum += (long) v;
    }
    this.unbounded = 2 * sum + 1;
  }

  /** The bounds for a two-way count table with every total, or null for any other table. */
  static TransportationBounds of(TableLattice t) {
    if (!t.integral || t.size.length != 2 || !hasTotal(t.dimensions.get(0)) || !hasTotal(t.dimensions.get(1))) {
      return null;
    }
    return new TransportationBounds(t);
  }

  private static boolean hasTotal(Hierarchy h) {
    int total = h.size() - 1;
    return total > 0 && h.children(total).length == total && h.parent(total) < 0;
  }

  /** Whether the entry is a row or column total, whose z is the negative of its change. */
  private boolean margin(int e) {
    boolean totalRow = e / columns == rows - 1;
    boolean totalColumn = e % columns == columns - 1;
    return totalRow != totalColumn;
  }

  /**
   * Fills the bounds of the given hidden entries of one component, and counts the finite bounds
   * ({@code counts[0]}) and those checked by a completion that attains them ({@code counts[1]}).
   */
  void solve(int[] entries, double[] lower, double[] upper, int[] counts) {
    SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    DefaultWeightedEdge[] forward = new DefaultWeightedEdge[entries.length];
    DefaultWeightedEdge[] backward = new DefaultWeightedEdge[entries.length];
    for (int k = 0; k < entries.length; k++) {
      int e = entries[k];
      int row = e / columns;
      int column = rows + e % columns;
      graph.addVertex(row);
      graph.addVertex(column);
      forward[k] = graph.addEdge(row, column);
      backward[k] = graph.addEdge(column, row);
      graph.setEdgeWeight(forward[k], zUpper(e));
      graph.setEdgeWeight(backward[k], -zLower(e));
    }
    MaximumFlowAlgorithm<Integer, DefaultWeightedEdge> flows = new DinicMFImpl<>(graph);
    for (int k = 0; k < entries.length; k++) {
      int e = entries[k];
      int row = e / columns;
      int column = rows + e % columns;
      double up = graph.getEdgeWeight(forward[k]);
      double down = graph.getEdgeWeight(backward[k]);
      graph.setEdgeWeight(forward[k], 0);
      graph.setEdgeWeight(backward[k], 0);
      MaximumFlowAlgorithm.MaximumFlow<DefaultWeightedEdge> raise = flows.getMaximumFlow(column, row);
      double zMax = Math.min(raise.getValue(), up);
      boolean raiseChecked = closes(graph, raise.getFlowMap(), column, row, raise.getValue());
      MaximumFlowAlgorithm.MaximumFlow<DefaultWeightedEdge> lowerFlow = flows.getMaximumFlow(row, column);
      double zMin = -Math.min(lowerFlow.getValue(), down);
      boolean lowerChecked = closes(graph, lowerFlow.getFlowMap(), row, column, lowerFlow.getValue());
      graph.setEdgeWeight(forward[k], up);
      graph.setEdgeWeight(backward[k], down);
      double yMax = margin(e) ? -zMin : zMax;
      double yMin = margin(e) ? -zMax : zMin;
      lower[e] = t.value[e] + yMin;
      upper[e] = yMax >= unbounded ? Double.POSITIVE_INFINITY : t.value[e] + yMax;
      // the lower end is always finite; the upper end counts only when it is
      boolean finite = upper[e] != Double.POSITIVE_INFINITY;
      counts[0] += finite ? 2 : 1;
      counts[1] += (margin(e) ? raiseChecked : lowerChecked) ? 1 : 0;
      counts[1] += finite && (margin(e) ? lowerChecked : raiseChecked) ? 1 : 0;
    }
  }

  private double zUpper(int e) {
    return margin(e) ? t.value[e] : unbounded;
  }

  private double zLower(int e) {
    return margin(e) ? -unbounded : -t.value[e];
  }

  /**
   * Whether a flow is a whole-number flow within its capacities that conserves at every node but
   * its source and sink: with the entry's own edge carrying it back, a circulation, that is a
   * completion of the table.
   */
  private static boolean closes(SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph, Map<DefaultWeightedEdge, Double> flow,
      int source, int sink, double value) {
    java.util.HashMap<Integer, Long> net = new java.util.HashMap<>();
    for (Map.Entry<DefaultWeightedEdge, Double> arc : flow.entrySet()) {
      double f = arc.getValue();
      if (f != Math.rint(f) || f < 0 || f > graph.getEdgeWeight(arc.getKey())) {
        return false;
      }
      long units = (long) f;
      net.merge(graph.getEdgeSource(arc.getKey()), -units, Long::sum);
      net.merge(graph.getEdgeTarget(arc.getKey()), units, Long::sum);
    }
    long out = (long) value;
    for (Map.Entry<Integer, Long> node : net.entrySet()) {
      long expected = node.getKey() == source ? -out : node.getKey() == sink ? out : 0;
      if (node.getValue() != expected) {
        return false;
      }
    }
    return value == Math.rint(value);
  }
}
