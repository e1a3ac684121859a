package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.numeric.ExactSum;

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
    List<Integer> dimensionIndexes = dimensions.map(known::indexOf);
    java.util.Map<SortedMap<String, String>, java.util.Map<Integer, Cell>> byGroup = new java.util.TreeMap<>(
        (a, b) -> a.toString().compareTo(b.toString()));
    for (int c = 0; c < partial.cells(); c++) {
      int[] codes = partial.codes(c);
      if (codes[0] != indicatorCode) {
        continue;
      }
      Cell cell = byGroup.computeIfAbsent(partial.subgroup(c, dimensionIndexes), g -> new java.util.TreeMap<>())
          .computeIfAbsent(codes[1], p -> new Cell());
      cell.numerator.merge(partial.numerator(c));
      cell.denominator.merge(partial.denominator(c));
      cell.records += partial.records(c);
    }

    Unit unit = indicator.unit();
    java.util.Map<Integer, Cell> referenceCells = byGroup.getOrDefault(reference, java.util.Map.of());
    Option<Target> target = indicator.finalTarget();
    int d = indicator.polarity().direction();
    List<GroupSeries> groups =
        List.ofAll(byGroup.entrySet()).map(entry -> {
          List<GroupValue> values =
              List.ofAll(entry.getValue().entrySet()).map(e -> {
                double value = e.getValue().value(unit);
                Option<Double> ref = Option.of(referenceCells.get(e.getKey())).map(r -> r.value(unit));
                return (GroupValue) ImmutableGroupValue.builder()
                    .group(entry.getKey())
                    .period(layout.periods().value(e.getKey()))
                    .value(value)
                    .records(e.getValue().records)
                    .gap(ref.map(r -> value - r))
                    .gapRatio(ref.filter(r -> r != 0).map(r -> value / r))
                    .distanceToTarget(target.map(t -> d * (t.value() - value)))
                    .build();
              });
          Option<GapTrend> trend =
              entry.getKey().equals(reference) ? Option.none() : gapTrend(values.flatMap(GroupValue::gap).map(Math::abs));
          return (GroupSeries) ImmutableGroupSeries.builder().group(entry.getKey()).values(values).gapTrend(trend).build();
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

  /** The exact sums of one group in one period. */
  private static final class Cell {
    final ExactSum numerator = new ExactSum();
    final ExactSum denominator = new ExactSum();
    long records;

    double value(Unit unit) {
      return unit.hasDenominator() ? unit.display(numerator.value(), denominator.value()) : numerator.value();
    }
  }
}
