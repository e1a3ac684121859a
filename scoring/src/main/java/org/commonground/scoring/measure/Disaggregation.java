package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.Violations;

/**
 * Disaggregates an indicator by subgroup dimensions: the entry point of disaggregation and gaps.
 * A group's value pools its records over every partner and every other dimension (Σ numerators /
 * Σ denominators × multiplier; counts are summed); its gap to the reference group is the
 * difference and the ratio of their values in the same period; the gap's trend is whether its size
 * shrank or grew, and for how many periods; and every group is measured against the same target,
 * the indicator's final target (the Road Map Project's practice, seed 003).
 *
 * <pre>{@code
 * DisaggregatedIndicator byIncome =
 *     Disaggregation.of(partial, "grad-rate", List.of("income"), TreeMap.of("income", "not low"));
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class Disaggregation {

  private Disaggregation() {}

  /**
   * Disaggregates an indicator.
   *
   * @param partial the aggregated data
   * @param indicatorId the indicator
   * @param dimensions the names of one or more dimensions of the layout
   * @param reference the reference group: one group of each chosen dimension
   * @return every group's series with its gaps
   * @throws org.commonground.core.validation.ValidationException naming an unknown indicator,
   *     dimension or reference group
   */
  public static DisaggregatedIndicator of(
      MeasurePartial partial, String indicatorId, List<String> dimensions, SortedMap<String, String> reference) {
    MeasureLayout layout = partial.layout();
    List<String> known = layout.dimensions().map(SubgroupDimension::name);
    Violations found =
        Violations.none()
            .require(layout.measures().indicator(indicatorId).isDefined(), "indicator",
                "must be an indicator of " + layout.measures().name() + ", got \"" + indicatorId + "\"")
            .atLeast("dimensions", dimensions.size(), 1)
            .distinct("dimensions", dimensions, d -> d);
    for (int i = 0; i < dimensions.size(); i++) {
      found = found.require(known.contains(dimensions.get(i)), "dimensions[" + i + "]",
          "must be a dimension of the layout " + known.mkString("(", ", ", ")") + ", got \"" + dimensions.get(i) + "\"");
    }
    found = found.require(reference.keySet().toList().sorted().equals(dimensions.sorted()), "reference",
        "must name one group of each dimension " + dimensions.mkString("(", ", ", ")") + ", got " + reference.keySet().mkString("(", ", ", ")"));
    for (String dimension : reference.keySet()) {
      Option<SubgroupDimension> d = layout.dimensions().find(x -> x.name().equals(dimension));
      String group = reference.get(dimension).get();
      found = found.require(d.forAll(x -> x.groups().code(group).isDefined()), "reference." + dimension,
          "must be a group of " + d.map(Object::toString).getOrElse(dimension) + ", got \"" + group + "\"");
    }
    found.throwIfAny("Disaggregation");

    Indicator indicator = layout.measures().indicator(indicatorId).get();
    int indicatorCode = layout.indicators().code(indicator).get();
    Groups byGroup = Groups.of(partial, indicatorCode, dimensions.map(known::indexOf).toJavaStream().mapToInt(i -> i).toArray());
    long referenceGroup = byGroup.groupOf(reference);

    Unit unit = indicator.unit();
    Option<Target> target = indicator.finalTarget();
    int d = indicator.polarity().direction();
    List<GroupSeries> groups =
        List.ofAll(byGroup.inOrder()).map(group -> {
          SortedMap<String, String> subgroup = byGroup.subgroup(group);
          List<GroupValue> values =
              List.ofAll(byGroup.periods(group)).map(period -> {
                double value = byGroup.value(group, period, unit);
                Option<Double> ref = byGroup.has(referenceGroup, period)
                    ? Option.of(byGroup.value(referenceGroup, period, unit)) : Option.none();
                return (GroupValue) ImmutableGroupValue.builder()
                    .group(subgroup)
                    .period(layout.periods().value(period))
                    .value(value)
                    .records(byGroup.records(group, period))
                    .gap(ref.map(r -> value - r))
                    .gapRatio(ref.filter(r -> r != 0).map(r -> value / r))
                    .distanceToTarget(target.map(t -> d * (t.value() - value)))
                    .build();
              });
          Option<GapTrend> trend =
              group.longValue() == referenceGroup ? Option.none() : gapTrend(values.flatMap(GroupValue::gap).map(Math::abs));
          return (GroupSeries) ImmutableGroupSeries.builder().group(subgroup).values(values).gapTrend(trend).build();
        });
    String explanation =
        indicator.name() + " by " + dimensions.mkString(" and ") + ": each group's value "
            + (unit.hasDenominator() ? "pools its records over partners (Σ numerators / Σ denominators)" : "sums its records over partners")
            + "; gaps are value − reference and value / reference, reference " + reference.mkString(", ")
            + target.map(t -> "; every group measured against the same target, " + RollUp.number(t.value()) + " by " + t.period())
                .getOrElse("; no target")
            + ".";
    return ImmutableDisaggregatedIndicator.builder()
        .indicator(indicatorId)
        .dimensions(dimensions)
        .reference(reference)
        .target(target)
        .groups(groups)
        .explanation(explanation)
        .build();
  }

  /** The trend of the gap's size: the direction of its last change and how long it has held. */
  static Option<GapTrend> gapTrend(List<Double> sizes) {
    if (sizes.size() < 2) {
      return Option.none();
    }
    List<GapTrend.Direction> moves =
        sizes.sliding(2).map(p -> p.get(1) < p.get(0) ? GapTrend.Direction.NARROWING
            : p.get(1) > p.get(0) ? GapTrend.Direction.WIDENING : GapTrend.Direction.UNCHANGED).toList();
    GapTrend.Direction last = moves.last();
    return Option.of(ImmutableGapTrend.of(last, moves.reverse().takeWhile(m -> m == last).size()));
  }

  /**
   * The cells of one indicator pooled by group and period in one pass over the partial. A group is
   * the mixed-radix number of its codes in the chosen dimensions, in the order chosen; a group and
   * period is found through an open-addressing index, and its sums are {@link CellSum}s (integers
   * in a {@code long}). Groups are identified by their codes and listed in the order of their
   * subgroups' text ({@code TreeMap((income, low))}), then by their codes.
   */
  private static final class Groups {
    private final MeasureLayout layout;
    private final int[] dimensions;
    private final long periods;
    private final CellIndex index = new CellIndex();
    private final java.util.ArrayList<CellSum> numerators = new java.util.ArrayList<>();
    private final java.util.ArrayList<CellSum> denominators = new java.util.ArrayList<>();
    private long[] records = new long[16];
    /** Each group's periods that have cells, by code. */
    private final java.util.Map<Long, java.util.TreeSet<Integer>> periodsOf = new java.util.HashMap<>();

    private Groups(MeasureLayout layout, int[] dimensions) {
      this.layout = layout;
      this.dimensions = dimensions;
      this.periods = layout.radix(1);
    }

    static Groups of(MeasurePartial partial, int indicator, int[] dimensions) {
      MeasureLayout layout = partial.layout();
      Groups groups = new Groups(layout, dimensions);
      // A dimension's code is (key / stride) % radix, the stride being the product of the radices
      // after it.
      int all = layout.dimensions().size();
      long[] stride = new long[all];
      long s = 1;
      for (int d = all - 1; d >= 0; d--) {
        stride[d] = s;
        s *= layout.radix(3 + d);
      }
      long wholeCells = layout.groupCells() * layout.radix(2);
      long indicatorCells = wholeCells * groups.periods;
      // The indicator's cells are one run of keys.
      int from = firstAtLeast(partial, indicator * indicatorCells);
      int to = firstAtLeast(partial, (indicator + 1) * indicatorCells);
      for (int c = from; c < to; c++) {
        long key = partial.key(c);
        int period = (int) (key / wholeCells % groups.periods);
        long group = 0;
        for (int d : dimensions) {
          group = group * layout.radix(3 + d) + key / stride[d] % layout.radix(3 + d);
        }
        int slot = groups.slot(group, period);
        partial.addNumerator(c, groups.numerators.get(slot));
        partial.addDenominator(c, groups.denominators.get(slot));
        groups.records[slot] += partial.records(c);
      }
      return groups;
    }

    /** The first cell whose key is at least {@code key}. */
    private static int firstAtLeast(MeasurePartial partial, long key) {
      int low = 0;
      int high = partial.cells();
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (partial.key(middle) < key) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }

    private int slot(long group, int period) {
      long key = group * periods + period;
      int slot = index.get(key);
      if (slot >= 0) {
        return slot;
      }
      slot = numerators.size();
      index.put(key, slot);
      numerators.add(new CellSum());
      denominators.add(new CellSum());
      if (slot == records.length) {
        records = java.util.Arrays.copyOf(records, 2 * slot);
      }
      periodsOf.computeIfAbsent(group, g -> new java.util.TreeSet<>()).add(period);
      return slot;
    }

    /** The group of a reference subgroup, which names a group of every chosen dimension. */
    long groupOf(SortedMap<String, String> reference) {
      long group = 0;
      for (int d : dimensions) {
        SubgroupDimension dimension = layout.dimensions().get(d);
        group = group * layout.radix(3 + d) + dimension.groups().code(reference.get(dimension.name()).get()).get();
      }
      return group;
    }

    /** The subgroup of a group: dimension → group. */
    SortedMap<String, String> subgroup(long group) {
      SortedMap<String, String> subgroup = TreeMap.empty();
      long rest = group;
      for (int i = dimensions.length - 1; i >= 0; i--) {
        SubgroupDimension dimension = layout.dimensions().get(dimensions[i]);
        long radix = layout.radix(3 + dimensions[i]);
        subgroup = subgroup.put(dimension.name(), dimension.groups().value((int) (rest % radix)));
        rest /= radix;
      }
      return subgroup;
    }

    /** The groups with cells, by their subgroups' text, then by code. */
    java.util.List<Long> inOrder() {
      java.util.List<Long> groups = new java.util.ArrayList<>(periodsOf.keySet());
      java.util.Map<Long, String> text = new java.util.HashMap<>();
      groups.forEach(g -> text.put(g, subgroup(g).toString()));
      groups.sort(java.util.Comparator.<Long, String>comparing(text::get).thenComparing(g -> g));
      return groups;
    }

    /** A group's periods with cells, in code order. */
    java.util.Set<Integer> periods(long group) {
      return periodsOf.get(group);
    }

    boolean has(long group, int period) {
      return index.get(group * periods + period) >= 0;
    }

    double value(long group, int period, Unit unit) {
      int slot = index.get(group * periods + period);
      double numerator = numerators.get(slot).value();
      return unit.hasDenominator() ? unit.display(numerator, denominators.get(slot).value()) : numerator;
    }

    long records(long group, int period) {
      return records[index.get(group * periods + period)];
    }
  }
}
