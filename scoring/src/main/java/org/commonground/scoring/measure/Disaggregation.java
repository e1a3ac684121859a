// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.measure.AggregationType;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;
import org.commonground.scoring.uncertainty.ChangeTest;
import org.commonground.scoring.uncertainty.ChangeTests;

/**
 * Disaggregates an indicator by subgroup dimensions: the entry point of disaggregation and gaps.
 * A group's value pools its records over every partner and every other dimension (Σ numerators /
 * Σ denominators × multiplier; counts are summed), with its confidence interval and reliability
 * flag ({@link Uncertainty}); its gap to the reference group is the difference and the ratio of
 * their values in the same period, tested against the uncertainty of the two values (Newcombe 1998
 * for proportions, Przyborowski and Wilenski 1940 for counts and rates); every group is measured
 * against the same target, the indicator's final target (the Road Map Project's practice, seed
 * 003).
 *
 * <p>The gap's trend compares like with like. Each step, from one of a group's periods to the
 * next, recomputes both periods' gaps on the partners reporting the indicator in both (the
 * matched comparison of {@link ComparisonBasis#MATCHED}, the default), so a partner that stops
 * reporting does not read as a gap closing or opening; other bases compare the gaps as reported or
 * refuse when the reporters differ. A change in the gap's size that does not exceed its
 * uncertainty (a Wald z-test, see {@link GapChange}) is {@link
 * GapTrend.Direction#WITHIN_UNCERTAINTY}, never narrowing or widening.
 *
 * <pre>{@code
 * DisaggregatedIndicator byIncome =
 *     Disaggregation.of(partial, "grad-rate", List.of("income"), TreeMap.of("income", "not low"));
 * DisaggregatedIndicator asReported = Disaggregation.of(partial, "grad-rate", List.of("income"),
 *     TreeMap.of("income", "not low"), ComparisonOptions.defaults().withBasis(ComparisonBasis.ALL_REPORTERS));
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class Disaggregation {

  private Disaggregation() {}

  /**
   * Disaggregates an indicator, with matched gap trends and the default uncertainty options
   * ({@link ComparisonOptions#defaults()}).
   *
   * <pre>{@code
   * Disaggregation.of(partial, "grad-rate", List.of("income"), TreeMap.of("income", "not low"));
   * }</pre>
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
    return of(partial, indicatorId, dimensions, reference, ComparisonOptions.defaults());
  }

  /**
   * The same as {@link #of(MeasurePartial, String, List, SortedMap)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}) and maps as {@code java.util.Map}.
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
      MeasurePartial partial, String indicatorId, Iterable<String> dimensions, java.util.Map<String, String> reference) {
    return of(partial, indicatorId, JavaInputs.list(dimensions), JavaInputs.<String, String>sortedMap(reference));
  }

  /**
   * Disaggregates an indicator, comparing periods and judging uncertainty as the options say.
   *
   * <pre>{@code
   * Disaggregation.of(partial, "grad-rate", List.of("income", "race"),
   *     TreeMap.of("income", "not low", "race", "white"),
   *     ComparisonOptions.defaults().withBasis(ComparisonBasis.SAME_PARTNERS_ONLY));
   * }</pre>
   *
   * @param partial the aggregated data
   * @param indicatorId the indicator
   * @param dimensions the names of one or more dimensions of the layout
   * @param reference the reference group: one group of each chosen dimension
   * @param options the comparison basis of the gap's steps, the confidence level, the interval
   *     method for proportions and the reliability rule
   * @return every group's series with its gaps
   * @throws org.commonground.core.validation.ValidationException naming every null argument,
   *     dimension or reference group; or an unknown indicator, dimension or reference group, or
   *     missing options
   */
  public static DisaggregatedIndicator of(MeasurePartial partial, String indicatorId, List<String> dimensions,
      SortedMap<String, String> reference, ComparisonOptions options) {
    Violations.none()
        .notNull("partial", partial)
        .notNull("indicator", indicatorId)
        .noNullElements("dimensions", dimensions)
        .noNullEntries("reference", reference)
        .notNull("options", options)
        .throwIfAny("Disaggregation");
    MeasureLayout layout = partial.layout();
    List<String> known = layout.dimensions().map(SubgroupDimension::name);
    Violations found =
        Violations.none()
            .require(layout.measures().indicator(indicatorId).isDefined(), "indicator",
                () -> Message.of("scoring.measure.indicatorOf", layout.measures().name(), "\"" + indicatorId + "\""))
            .atLeast("dimensions", dimensions.size(), 1)
            .distinct("dimensions", dimensions, d -> d);
    for (int i = 0; i < dimensions.size(); i++) {
      String dimension = dimensions.get(i);
      found = found.require(known.contains(dimension), "dimensions[" + i + "]",
          () -> Message.of("scoring.measure.dimensionOf", known.mkString("(", ", ", ")"), "\"" + dimension + "\""));
    }
    found = found.require(reference.keySet().toList().sorted().equals(dimensions.sorted()), "reference",
        () -> Message.of("scoring.measure.referenceGroups", dimensions.mkString("(", ", ", ")"),
            reference.keySet().mkString("(", ", ", ")")));
    for (String dimension : reference.keySet()) {
      Option<SubgroupDimension> d = layout.dimensions().find(x -> x.name().equals(dimension));
      String group = reference.get(dimension).get();
      found = found.require(d.forAll(x -> x.groups().code(group).isDefined()), "reference." + dimension,
          () -> Message.of("scoring.measure.groupOf", d.map(Object::toString).getOrElse(dimension), "\"" + group + "\""));
    }
    found.require(options != null, "options", () -> Message.of("scoring.measure.comparisonOptions", "null")).throwIfAny("Disaggregation");

    Indicator indicator = layout.measures().indicator(indicatorId).get();
    int indicatorCode = layout.indicators().code(indicator).get();
    Groups byGroup = Groups.of(partial, indicatorCode, dimensions.map(known::indexOf).toJavaStream().mapToInt(i -> i).toArray());
    long referenceGroup = byGroup.groupOf(reference);
    String referenceLabel = label(dimensions, reference);

    Unit unit = indicator.unit();
    AggregationType aggregation = indicator.aggregation();
    Option<Target> target = indicator.finalTarget();
    int d = indicator.polarity().direction();
    List<GroupSeries> groups =
        List.ofAll(byGroup.inOrder()).map(group -> {
          SortedMap<String, String> subgroup = byGroup.subgroup(group);
          boolean isReference = group.longValue() == referenceGroup;
          List<GroupValue> values =
              List.ofAll(byGroup.periods(group)).map(period -> {
                Pooled own = byGroup.pooled(group, period, null);
                Pooled ref = byGroup.reference(referenceGroup, period);
                double value = own.value(unit);
                Option<Double> refValue = ref == null ? Option.none() : Option.of(ref.value(unit));
                Option<ChangeTest> gapTest = isReference || ref == null ? Option.none()
                    : Estimates.changeTest(unit, aggregation, ref.numerator, ref.denominator(unit),
                        own.numerator, own.denominator(unit), options).toOption();
                return (GroupValue) ImmutableGroupValue.builder()
                    .group(subgroup)
                    .period(layout.periods().value(period))
                    .value(value)
                    .records(own.records)
                    .gap(refValue.map(r -> value - r))
                    .gapRatio(refValue.filter(r -> r != 0).map(r -> value / r))
                    .distanceToTarget(target.map(t -> d * (t.value() - value)))
                    .uncertainty(Estimates.uncertainty(unit, aggregation, own.numerator, own.denominator(unit), options))
                    .gapTest(gapTest)
                    .build();
              });
          List<GapChange> changes = List.empty();
          if (!isReference) {
            List<Integer> withGap = List.ofAll(byGroup.periods(group)).filter(p -> byGroup.has(referenceGroup, p));
            Message pair = Message.of("scoring.measure.gap.pair", label(dimensions, subgroup), referenceLabel);
            changes = withGap.size() < 2 ? List.empty()
                : withGap.sliding(2).map(p -> step(indicator, byGroup, group, referenceGroup,
                    byGroup.partnersOf(p.get(0), p.get(1)), pair, options)).toList();
          }
          return (GroupSeries) ImmutableGroupSeries.builder()
              .group(subgroup).values(values).gapChanges(changes).gapTrend(gapTrend(changes)).build();
        });
    Message explanation = Message.of("scoring.measure.disaggregation", indicator.name(),
        Message.join("core.text.and", dimensions.map(Message::literal)),
        Message.of(unit.hasDenominator() ? "scoring.measure.disaggregation.pools" : "scoring.measure.disaggregation.sums"),
        referenceLabel,
        target.map(t -> Message.of("scoring.measure.disaggregation.target", RollUp.number(t.value()), t.period()))
            .getOrElse(() -> Message.of("scoring.measure.disaggregation.noTarget")),
        options.basis().descriptionMessage());
    return ImmutableDisaggregatedIndicator.builder()
        .indicator(indicatorId)
        .dimensions(dimensions)
        .reference(reference)
        .target(target)
        .options(options)
        .groups(groups)
        .explanationMessage(explanation)
        .build();
  }

  /**
   * The same as {@link #of(MeasurePartial, String, List, SortedMap, ComparisonOptions)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}) and maps as {@code java.util.Map}.
   *
   * @param partial the aggregated data
   * @param indicatorId the indicator
   * @param dimensions the names of one or more dimensions of the layout
   * @param reference the reference group: one group of each chosen dimension
   * @param options the comparison basis of the gap's steps, the confidence level, the interval
   *     method for proportions and the reliability rule
   * @return every group's series with its gaps
   * @throws org.commonground.core.validation.ValidationException naming every null argument,
   *     dimension or reference group; or an unknown indicator, dimension or reference group, or
   *     missing options
   */
  public static DisaggregatedIndicator of(MeasurePartial partial, String indicatorId, Iterable<String> dimensions,
      java.util.Map<String, String> reference, ComparisonOptions options) {
    return of(partial, indicatorId, JavaInputs.list(dimensions), JavaInputs.<String, String>sortedMap(reference), options);
  }

  /**
   * One step of a group's gap, from period {@code p} to period {@code q}, under the options'
   * basis: the partners are those reporting the indicator, whatever the group.
   */
  private static GapChange step(Indicator indicator, Groups byGroup, long group, long reference, Steps between,
      Message pair, ComparisonOptions options) {
    MeasureLayout layout = byGroup.layout;
    int p = between.from;
    int q = between.to;
    Period from = layout.periods().value(p);
    Period to = layout.periods().value(q);
    int[] common = between.common;
    int[] all = between.all;
    List<String> onlyInFrom = between.onlyInFrom;
    List<String> onlyInTo = between.onlyInTo;
    boolean changed = !onlyInFrom.isEmpty() || !onlyInTo.isEmpty();
    Message who = Comparisons.who(from, to, onlyInFrom, onlyInTo);
    Message periods = Message.of("scoring.measure.gap.periods", pair, from, to);
    ImmutableGapChange.Builder result = ImmutableGapChange.builder()
        .fromPeriod(from).toPeriod(to).basis(options.basis()).onlyInFrom(onlyInFrom).onlyInTo(onlyInTo);
    int[] on;
    Message how;
    switch (options.basis()) {
      case SAME_PARTNERS_ONLY:
        if (changed) {
          return refused(result, names(layout, common), Message.of("scoring.measure.compare.refused.basis", periods, who,
              options.basis().descriptionMessage()));
        }
        on = common;
        how = Message.of("scoring.measure.compare.same", periods, names(layout, common).mkString(", "));
        break;
      case ALL_REPORTERS:
        on = all;
        how = changed ? Message.of("scoring.measure.gap.allReporters", periods, who)
            : Message.of("scoring.measure.compare.same", periods, names(layout, all).mkString(", "));
        break;
      default:
        if (common.length == 0) {
          return refused(result, List.empty(), Message.of("scoring.measure.compare.refused.noneInBoth", periods, who));
        }
        on = common;
        how = changed ? Message.of("scoring.measure.compare.matched", periods, names(layout, common).mkString(", "), who)
            : Message.of("scoring.measure.compare.same", periods, names(layout, common).mkString(", "));
        break;
    }
    List<String> partners = names(layout, on);
    result.partners(partners);
    Pooled groupFrom = byGroup.pooled(group, p, on);
    Pooled referenceFrom = between.reference(byGroup, reference, p, on);
    Pooled groupTo = byGroup.pooled(group, q, on);
    Pooled referenceTo = between.reference(byGroup, reference, q, on);
    if (groupFrom == null || referenceFrom == null || groupTo == null || referenceTo == null) {
      List<Message> missing = List.of(
              groupFrom == null ? Message.of("scoring.measure.gap.groupIn", from) : null,
              referenceFrom == null ? Message.of("scoring.measure.gap.referenceIn", from) : null,
              groupTo == null ? Message.of("scoring.measure.gap.groupIn", to) : null,
              referenceTo == null ? Message.of("scoring.measure.gap.referenceIn", to) : null)
          .filter(java.util.Objects::nonNull);
      return refused(result, partners, Message.of("scoring.measure.gap.noRecords", how,
          Message.join("core.text.and", missing)));
    }
    Unit unit = indicator.unit();
    double fromGap = groupFrom.value(unit) - referenceFrom.value(unit);
    double toGap = groupTo.value(unit) - referenceTo.value(unit);
    double fromSize = Math.abs(fromGap);
    double toSize = Math.abs(toGap);
    Either<Message, ChangeTest> test = sizeTest(indicator, toSize - fromSize,
        List.of(groupFrom, referenceFrom, groupTo, referenceTo), options);
    GapTrend.Direction direction =
        toSize == fromSize ? GapTrend.Direction.UNCHANGED
            : test.isRight() && !test.get().exceedsUncertainty() ? GapTrend.Direction.WITHIN_UNCERTAINTY
            : toSize < fromSize ? GapTrend.Direction.NARROWING
            : GapTrend.Direction.WIDENING;
    Message text = Message.of("scoring.measure.gap", how, RollUp.number(fromGap), RollUp.number(toGap),
        RollUp.number(fromSize), RollUp.number(toSize), Comparisons.testText(test), direction.label());
    return result
        .comparable(true)
        .fromGap(Option.of(fromGap))
        .toGap(Option.of(toGap))
        .test(test.toOption())
        .direction(Option.of(direction))
        .explanationMessage(text)
        .build();
  }

  /**
   * The Wald test of a change in the gap's size, with the standard error of the four pooled
   * values' sampling variances, or why there is none.
   */
  private static Either<Message, ChangeTest> sizeTest(Indicator indicator, double change, List<Pooled> four,
      ComparisonOptions options) {
    if (!Double.isFinite(change)) {
      return Either.left(Message.of("scoring.measure.gap.notFinite"));
    }
    double sum = 0;
    for (Pooled v : four) {
      Either<Message, Double> variance =
          Estimates.variance(indicator.unit(), indicator.aggregation(), v.numerator, v.denominator(indicator.unit()));
      if (variance.isLeft()) {
        return Either.left(variance.getLeft());
      }
      sum += variance.get();
    }
    return Either.right(ChangeTests.wald(change, Math.sqrt(sum), options.level(),
        Message.of("scoring.measure.gap.sizeChange")));
  }

  private static GapChange refused(ImmutableGapChange.Builder result, List<String> partners, Message text) {
    return result.comparable(false).partners(partners)
        .fromGap(Option.none()).toGap(Option.none()).test(Option.none()).direction(Option.none())
        .explanationMessage(text).build();
  }

  /** The ids of partners by code, sorted. */
  private static List<String> names(MeasureLayout layout, int[] partners) {
    return List.ofAll(java.util.Arrays.stream(partners).boxed()).map(layout.partners()::value).sorted();
  }

  /**
   * A group in words, one {@code dimension = "group"} per chosen dimension in the order chosen,
   * each group quoted so that no two groups read alike.
   */
  static String label(List<String> dimensions, SortedMap<String, String> group) {
    return dimensions.map(d -> d + " = " + quote(group.get(d).get())).mkString(", ");
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * The trend of the gap from its steps: the direction of the latest, and how many consecutive
   * comparable steps, ending with it, went the same way.
   *
   * @param changes the steps, oldest first
   * @return the trend, or none without steps or when the latest could not be compared
   */
  static Option<GapTrend> gapTrend(List<GapChange> changes) {
    if (changes.isEmpty() || !changes.last().comparable()) {
      return Option.none();
    }
    Option<GapTrend.Direction> last = changes.last().direction();
    int held = changes.reverse().takeWhile(c -> c.comparable() && c.direction().equals(last)).size();
    return Option.of(ImmutableGapTrend.of(last.get(), held));
  }

  /**
   * The partners of a step from period {@code from} to period {@code to}, the same for every group:
   * those reporting the indicator in both, in either, and in one only; and the reference group's
   * sums on the partners compared, pooled once for all groups.
   */
  private static final class Steps {
    final int from;
    final int to;
    final int[] common;
    final int[] all;
    final List<String> onlyInFrom;
    final List<String> onlyInTo;
    private final Pooled[] reference = new Pooled[2];
    private final boolean[] pooled = new boolean[2];

    Steps(MeasureLayout layout, int from, int to, int[] inFrom, int[] inTo) {
      this.from = from;
      this.to = to;
      this.common = java.util.Arrays.stream(inFrom).filter(x -> java.util.Arrays.binarySearch(inTo, x) >= 0).toArray();
      this.all = java.util.stream.IntStream.concat(java.util.Arrays.stream(inFrom), java.util.Arrays.stream(inTo))
          .distinct().sorted().toArray();
      this.onlyInFrom = names(layout, java.util.Arrays.stream(inFrom).filter(x -> java.util.Arrays.binarySearch(inTo, x) < 0).toArray());
      this.onlyInTo = names(layout, java.util.Arrays.stream(inTo).filter(x -> java.util.Arrays.binarySearch(inFrom, x) < 0).toArray());
    }

    /** The reference group's sums in one of the two periods on the partners compared. */
    Pooled reference(Groups groups, long group, int period, int[] on) {
      int i = period == from ? 0 : 1;
      if (!pooled[i]) {
        reference[i] = groups.pooled(group, period, on);
        pooled[i] = true;
      }
      return reference[i];
    }
  }

  /** The pooled sums of a group in a period on some partners. */
  private static final class Pooled {
    final double numerator;
    final double denominator;
    final long records;

    Pooled(double numerator, double denominator, long records) {
      this.numerator = numerator;
      this.denominator = denominator;
      this.records = records;
    }

    double value(Unit unit) {
      return unit.hasDenominator() ? unit.display(numerator, denominator) : numerator;
    }

    Option<Double> denominator(Unit unit) {
      return unit.hasDenominator() ? Option.of(denominator) : Option.none();
    }
  }

  /**
   * The cells of one indicator pooled by group, period and partner in one pass over the partial.
   * A group is the mixed-radix number of its codes in the chosen dimensions, in the order chosen,
   * so groups in numeric order are in the order of their code tuples; a (group, period, partner)
   * is a slot found through an open-addressing index, with its sums as {@link CellSum}s (integers
   * in a {@code long}), and the slots of one group and period are chained in partner order. Pooling
   * a group and period on some partners adds their slots' exact sums, so a value on every partner
   * is the same exact sum, to the bit, as pooling its cells directly. The partners reporting the
   * indicator in each period come from the same pass: the cells are in key order, period then
   * partner.
   */
  private static final class Groups {
    private final MeasureLayout layout;
    private final int[] dimensions;
    private final long periods;
    private final long partners;
    /** (group, period, partner) → slot. */
    private final CellIndex slots = new CellIndex();
    /** (group, period) → its chain of slots. */
    private final CellIndex chains = new CellIndex();
    private final java.util.ArrayList<CellSum> numerators = new java.util.ArrayList<>();
    private final java.util.ArrayList<CellSum> denominators = new java.util.ArrayList<>();
    private long[] records = new long[16];
    private int[] partnerOf = new int[16];
    /** The next slot of the same group and period, or -1. */
    private int[] next = new int[16];
    private int[] first = new int[16];
    private int[] last = new int[16];
    /** Each group's periods that have cells, by code. */
    private final java.util.Map<Long, java.util.TreeSet<Integer>> periodsOf = new java.util.HashMap<>();
    /** Each period's partners with cells of the indicator, by code, ascending. */
    private final java.util.Map<Integer, int[]> reporters = new java.util.HashMap<>();
    /** The steps' partners, by pair of periods. */
    private final java.util.Map<Long, Steps> steps = new java.util.HashMap<>();
    /** The reference group's sums on every partner, by period. */
    private final java.util.Map<Integer, Pooled> whole = new java.util.HashMap<>();

    private Groups(MeasureLayout layout, int[] dimensions) {
      this.layout = layout;
      this.dimensions = dimensions;
      this.periods = layout.radix(1);
      this.partners = layout.radix(2);
    }

    static Groups of(MeasurePartial partial, int indicator, int[] dimensions) {
      MeasureLayout layout = partial.layout();
      Groups groups = new Groups(layout, dimensions);
      // A dimension's code is (key / stride) % radix, the stride being the product of the radices
      // after it; the partner's is (key / groupCells) % partners.
      int all = layout.dimensions().size();
      long[] stride = new long[all];
      long s = 1;
      for (int d = all - 1; d >= 0; d--) {
        stride[d] = s;
        s *= layout.radix(3 + d);
      }
      long groupCells = layout.groupCells();
      long wholeCells = groupCells * groups.partners;
      long indicatorCells = wholeCells * groups.periods;
      // The indicator's cells are one run of keys.
      int from = firstAtLeast(partial, indicator * indicatorCells);
      int to = firstAtLeast(partial, (indicator + 1) * indicatorCells);
      int[] reporting = new int[16];
      int reported = 0;
      int current = -1;
      for (int c = from; c < to; c++) {
        long key = partial.key(c);
        int period = (int) (key / wholeCells % groups.periods);
        int partner = (int) (key / groupCells % groups.partners);
        if (period != current) {
          if (current >= 0) {
            groups.reporters.put(current, java.util.Arrays.copyOf(reporting, reported));
          }
          current = period;
          reported = 0;
        }
        if (reported == 0 || reporting[reported - 1] != partner) {
          if (reported == reporting.length) {
            reporting = java.util.Arrays.copyOf(reporting, 2 * reported);
          }
          reporting[reported++] = partner;
        }
        long group = 0;
        for (int d : dimensions) {
          group = group * layout.radix(3 + d) + key / stride[d] % layout.radix(3 + d);
        }
        int slot = groups.slot(group, period, partner);
        partial.addNumerator(c, groups.numerators.get(slot));
        partial.addDenominator(c, groups.denominators.get(slot));
        groups.records[slot] += partial.records(c);
      }
      if (current >= 0) {
        groups.reporters.put(current, java.util.Arrays.copyOf(reporting, reported));
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

    private int slot(long group, int period, int partner) {
      long chainKey = group * periods + period;
      long key = chainKey * partners + partner;
      int slot = slots.get(key);
      if (slot >= 0) {
        return slot;
      }
      slot = numerators.size();
      slots.put(key, slot);
      numerators.add(new CellSum());
      denominators.add(new CellSum());
      if (slot == records.length) {
        records = java.util.Arrays.copyOf(records, 2 * slot);
        partnerOf = java.util.Arrays.copyOf(partnerOf, 2 * slot);
        next = java.util.Arrays.copyOf(next, 2 * slot);
      }
      partnerOf[slot] = partner;
      next[slot] = -1;
      int chain = chains.get(chainKey);
      if (chain < 0) {
        chain = chains.size();
        chains.put(chainKey, chain);
        if (chain == first.length) {
          first = java.util.Arrays.copyOf(first, 2 * chain);
          last = java.util.Arrays.copyOf(last, 2 * chain);
        }
        first[chain] = slot;
        periodsOf.computeIfAbsent(group, g -> new java.util.TreeSet<>()).add(period);
      } else {
        next[last[chain]] = slot;
      }
      last[chain] = slot;
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

    /** The groups with cells, in the order of their codes (never of their text). */
    java.util.List<Long> inOrder() {
      java.util.List<Long> groups = new java.util.ArrayList<>(periodsOf.keySet());
      java.util.Collections.sort(groups);
      return groups;
    }

    /** A group's periods with cells, in code order. */
    java.util.Set<Integer> periods(long group) {
      return periodsOf.get(group);
    }

    boolean has(long group, int period) {
      return chains.get(group * periods + period) >= 0;
    }

    /** The partners with cells of the indicator in a period, by code, ascending. */
    int[] reporters(int period) {
      return reporters.getOrDefault(period, new int[0]);
    }

    /** The partners of the step between two periods, worked out once for every group. */
    Steps partnersOf(int from, int to) {
      return steps.computeIfAbsent(from * periods + to, k -> new Steps(layout, from, to, reporters(from), reporters(to)));
    }

    /**
     * The reference group's exact sums in a period on every partner, pooled once for all groups;
     * call it with the reference group only.
     */
    Pooled reference(long referenceGroup, int period) {
      if (!has(referenceGroup, period)) {
        return null;
      }
      return whole.computeIfAbsent(period, p -> pooled(referenceGroup, p, null));
    }

    /**
     * A group's exact sums in a period on some partners.
     *
     * @param on the partners' codes, ascending, or null for every partner
     * @return the sums, or null when none of those partners has cells of the group that period
     */
    Pooled pooled(long group, int period, int[] on) {
      int chain = chains.get(group * periods + period);
      if (chain < 0) {
        return null;
      }
      CellSum.Terms numeratorTerms = new CellSum.Terms(4);
      CellSum.Terms denominatorTerms = new CellSum.Terms(4);
      long count = 0;
      boolean any = false;
      for (int slot = first[chain]; slot >= 0; slot = next[slot]) {
        if (on == null || java.util.Arrays.binarySearch(on, partnerOf[slot]) >= 0) {
          numerators.get(slot).appendCanonicalTerms(numeratorTerms);
          denominators.get(slot).appendCanonicalTerms(denominatorTerms);
          count += records[slot];
          any = true;
        }
      }
      if (!any) {
        return null;
      }
      CellSum numerator = new CellSum();
      numerator.addAll(numeratorTerms.toArray(), 0, numeratorTerms.size());
      CellSum denominator = new CellSum();
      denominator.addAll(denominatorTerms.toArray(), 0, denominatorTerms.size());
      return new Pooled(numerator.value(), denominator.value(), count);
    }
  }
}
