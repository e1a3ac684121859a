// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;
import org.commonground.scoring.numeric.ExactSum;

/**
 * A table of amounts to be published, with the contributions behind each amount: funding by
 * partner and program, where each funder's contribution is known to the publisher. A cell can
 * disclose a contributor when few contribute or one dominates, which the p% rule and the (n,k)
 * dominance rule of a {@link SuppressionRule} detect; a contributor is counted once in a total, with
 * all its contributions to that total added up.
 *
 * <pre>{@code
 * MagnitudeTable funding = MagnitudeTable.builder(List.of(
 *         Hierarchy.withTotal("partner", List.of("Lincoln", "Eastside")),
 *         Hierarchy.withTotal("program", List.of("tutoring", "meals"))))
 *     .add("county", 90_000, "Lincoln", "tutoring")
 *     .add("united-way", 4_000, "Lincoln", "tutoring")
 *     .add("county", 20_000, "Eastside", "meals")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; its builder is not thread-safe.
 */
public final class MagnitudeTable implements Tabulation {

  private final TableLattice lattice;

  private MagnitudeTable(TableLattice lattice) {
    this.lattice = lattice;
  }

  /**
   * Starts a table over the given dimensions.
   *
   * @param dimensions the dimensions, at least one, with distinct names
   * @return a builder to add contributions to
   * @throws org.commonground.core.validation.ValidationException naming {@code dimensions} or a
   *     dimension that is null
   */
  public static Builder builder(List<Hierarchy> dimensions) {
    Violations.none().noNullElements("dimensions", dimensions).throwIfAny("MagnitudeTable");
    return new Builder(dimensions);
  }

  /**
   * The same as {@link #builder(List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param dimensions the dimensions, at least one, with distinct names
   * @return a builder to add contributions to
   * @throws org.commonground.core.validation.ValidationException naming {@code dimensions} or a
   *     dimension that is null
   */
  public static Builder builder(Iterable<? extends Hierarchy> dimensions) {
    return builder(JavaInputs.<Hierarchy>list(dimensions));
  }

  @Override
  public List<Hierarchy> dimensions() {
    return lattice.dimensions;
  }

  /**
   * The amount of any entry, a category or a total, by its codes.
   *
   * @param codes one code per dimension
   * @return the sum of its contributions
   * @throws IllegalArgumentException if a code is not of its dimension
   */
  public double value(List<String> codes) {
    return lattice.value[TableLattice.entry(this, codes)];
  }

  /**
   * The same as {@link #value(List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param codes one code per dimension
   * @return the sum of its contributions
   * @throws IllegalArgumentException if a code is not of its dimension
   */
  public double value(Iterable<String> codes) {
    return value(JavaInputs.list(codes));
  }

  /**
   * The contributions to an entry, by contributor, largest first.
   *
   * @param codes one code per dimension
   * @return each contributor's total contribution to the entry
   * @throws IllegalArgumentException if a code is not of its dimension
   */
  public List<Double> contributions(List<String> codes) {
    return List.ofAll(lattice.contributions[TableLattice.entry(this, codes)]);
  }

  /**
   * The same as {@link #contributions(List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param codes one code per dimension
   * @return each contributor's total contribution to the entry
   * @throws IllegalArgumentException if a code is not of its dimension
   */
  public List<Double> contributions(Iterable<String> codes) {
    return contributions(JavaInputs.list(codes));
  }

  TableLattice lattice() {
    return lattice;
  }

  /**
   * The table in one line: the categories of each dimension and the total, as {@code
   * MagnitudeTable 2 × 3 (total 1,250.50)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return TableLattice.summary("MagnitudeTable", this);
  }

  /** Collects contributions; {@link #build()} checks them all at once. Not thread-safe. */
  public static final class Builder {
    private final List<Hierarchy> dimensions;
    private final ArrayList<String> contributors = new ArrayList<>();
    private final ArrayList<Double> amounts = new ArrayList<>();
    private final ArrayList<String[]> categories = new ArrayList<>();

    private Builder(List<Hierarchy> dimensions) {
      this.dimensions = dimensions;
    }

    /**
     * Adds one contribution to a cell.
     *
     * @param contributor who contributes: an id, not blank, without control characters, line
     *     breaks or surrounding white space
     * @param amount the amount, finite and not negative
     * @param categories the cell: one category per dimension
     * @return this builder
     */
    public Builder add(String contributor, double amount, String... categories) {
      contributors.add(contributor);
      amounts.add(amount);
      this.categories.add(categories == null ? new String[0] : categories.clone());
      return this;
    }

    /**
     * The table.
     *
     * @return the table
     * @throws org.commonground.core.validation.ValidationException naming every problem by the
     *     contribution's index
     */
    public MagnitudeTable build() {
      Violations found = Violations.none()
          .require(dimensions != null && !dimensions.isEmpty() && !dimensions.contains(null), "dimensions",
              () -> Message.of("scoring.suppression.dimensions"));
      found.throwIfAny("MagnitudeTable");
      found = found.require(dimensions.map(Hierarchy::name).distinct().size() == dimensions.size(), "dimensions",
          () -> Message.of("scoring.suppression.distinctNames", dimensions.map(Hierarchy::name).mkString(", ")));
      int n = dimensions.size();
      int[] count = new int[n];
      int cells = 1;
      for (int d = 0; d < n; d++) {
        count[d] = dimensions.get(d).categories().size();
        cells = Math.multiplyExact(cells, count[d]);
      }
      int[] cellOf = new int[contributors.size()];
      for (int i = 0; i < contributors.size(); i++) {
        String path = "contributions[" + i + "]";
        String who = contributors.get(i);
        double amount = amounts.get(i);
        found = found
            .id(path + ".contributor", who)
            .require(Double.isFinite(amount) && amount >= 0, path + ".amount", () -> Message.of("scoring.suppression.amount", amount));
        String[] cell = categories.get(i);
        if (cell.length != n) {
          found = found.require(false, path + ".categories", Message.of("scoring.suppression.categoriesPerDimension", n, cell.length));
          continue;
        }
        int at = 0;
        for (int d = 0; d < n; d++) {
          int c = dimensions.get(d).categories().indexOf(cell[d]);
          if (c < 0) {
            found = found.require(false, path + ".categories[" + d + "]", Message.of("scoring.suppression.category",
                dimensions.get(d).name(), dimensions.get(d).categories().mkString(", "), String.valueOf(cell[d])));
          }
          at = at * count[d] + Math.max(c, 0);
        }
        cellOf[i] = at;
      }
      found.throwIfAny("MagnitudeTable");
      ExactSum[] sums = new ExactSum[cells];
      long[] records = new long[cells];
      java.util.List<Map<String, ExactSum>> byContributor = new ArrayList<>();
      for (int c = 0; c < cells; c++) {
        sums[c] = new ExactSum();
        byContributor.add(new HashMap<>());
      }
      for (int i = 0; i < contributors.size(); i++) {
        sums[cellOf[i]].add(amounts.get(i));
        byContributor.get(cellOf[i]).computeIfAbsent(contributors.get(i), k -> new ExactSum()).add(amounts.get(i));
      }
      double[] values = new double[cells];
      for (int c = 0; c < cells; c++) {
        values[c] = sums[c].value();
        records[c] = byContributor.get(c).size();
      }
      TableLattice shape = new TableLattice(dimensions, values, records, null, false);
      // Each contributor counts once in each entry it reaches: its contributions to the entry's
      // categories added up, as the dominance rules require.
      java.util.List<Map<String, ExactSum>> perEntry = new ArrayList<>();
      for (int e = 0; e < shape.entries; e++) {
        perEntry.add(new HashMap<>());
      }
      for (int i = 0; i < contributors.size(); i++) {
        int[] leaf = new int[n];
        int rest = cellOf[i];
        for (int d = n - 1; d >= 0; d--) {
          leaf[d] = rest % count[d];
          rest /= count[d];
        }
        for (int e : ancestors(shape, leaf)) {
          perEntry.get(e).computeIfAbsent(contributors.get(i), k -> new ExactSum()).add(amounts.get(i));
        }
      }
      double[][] contributions = new double[shape.entries][];
      for (int e = 0; e < shape.entries; e++) {
        contributions[e] = TableLattice.descending(perEntry.get(e).values().stream().mapToDouble(ExactSum::value).toArray());
      }
      TableLattice lattice = new TableLattice(dimensions, values, records, contributions, false);
      // A contributor to several cells of a total is one contributor of that total.
      for (int e = 0; e < lattice.entries; e++) {
        lattice.records[e] = contributions[e].length;
      }
      return new MagnitudeTable(lattice);
    }

    /** Every entry a category cell belongs to: each combination of its codes' ancestors. */
    private static int[] ancestors(TableLattice shape, int[] leaf) {
      int[] found = {shape.at(leaf)};
      for (int d = 0; d < leaf.length; d++) {
        Hierarchy h = shape.dimensions.get(d);
        ArrayList<Integer> steps = new ArrayList<>();
        for (int p = h.parent(leaf[d]); p >= 0; p = h.parent(p)) {
          steps.add((p - leaf[d]) * shape.stride[d]);
        }
        int[] grown = new int[found.length * (steps.size() + 1)];
        int k = 0;
        for (int e : found) {
          grown[k++] = e;
          for (int step : steps) {
            grown[k++] = e + step;
          }
        }
        found = grown;
      }
      return found;
    }
  }
}
