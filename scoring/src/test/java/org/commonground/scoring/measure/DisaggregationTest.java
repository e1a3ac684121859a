// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.core.measure.ImmutableIndicator;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.numeric.ExactSum;
import org.commonground.scoring.uncertainty.ChangeTest;
import org.junit.jupiter.api.Test;

class DisaggregationTest {

  private static final Indicator GRAD =
      ImmutableIndicator.copyOf(Fixtures.indicator("grad", Unit.PERCENT).build())
          .withTargets(List.of(Target.longTerm(Period.year(2030), 90)));

  private static final MeasureLayout LAYOUT =
      MeasureLayout.of(Fixtures.set(GRAD), CodeList.of(List.of("a", "b")),
          CodeList.of(List.of(Period.year(2021), Period.year(2022), Period.year(2023))),
          List.of(SubgroupDimension.of("income", List.of("low", "not low"))));

  /** Adds {@code graduates} of {@code students} records for a partner, period and income group. */
  private static void students(MeasureTable.Builder rows, int partner, int period, int income, int graduates, int students) {
    for (int s = 0; s < students; s++) {
      rows.add(partner, 0, period, new int[] {income}, s < graduates ? 1 : 0, 1);
    }
  }

  /**
   * Graduation by income, {@code 50 × scale} students per partner, period and group.
   *
   * <p>low income: 2021 60 %, 2022 70 %, 2023 78 %; not low: 80 %, 82 %, 84 %; each partner alike.
   */
  private static DisaggregatedIndicator byIncome(int scale) {
    MeasureTable.Builder rows = MeasureTable.builder(LAYOUT);
    int[] low = {30, 35, 39};
    int[] notLow = {40, 41, 42};
    for (int p = 0; p < 3; p++) {
      for (int partner = 0; partner < 2; partner++) {
        students(rows, partner, p, 0, low[p] * scale, 50 * scale);
        students(rows, partner, p, 1, notLow[p] * scale, 50 * scale);
      }
    }
    MeasurePartial partial = new MeasureAccumulator(LAYOUT).addAll(rows.build()).snapshot();
    return Disaggregation.of(partial, "grad", List.of("income"), TreeMap.of("income", "not low"));
  }

  @Test
  void eachGroupIsPooledOverPartnersWithItsGapToTheReference() {
    GroupSeries low = byIncome(10).series(TreeMap.of("income", "low")).get();

    assertEquals(List.of(60.0, 70.0, 78.0), low.values().map(GroupValue::value));
    assertEquals(List.of(1000L, 1000L, 1000L), low.values().map(GroupValue::records));
    // gaps: 60 − 80 = −20, 70 − 82 = −12, 78 − 84 = −6; ratios 0.75, 70/82, 78/84
    assertEquals(List.of(Option.of(-20.0), Option.of(-12.0), Option.of(-6.0)), low.values().map(GroupValue::gap));
    assertEquals(Option.of(0.75), low.values().head().gapRatio());
    // the gap shrank twice in a row, each time by more than its uncertainty (1000 students a group)
    assertEquals(Option.of(ImmutableGapTrend.of(GapTrend.Direction.NARROWING, 2)), low.gapTrend());
    assertEquals("narrowing for 2 periods", low.gapTrend().get().toString());
    GapChange last = low.gapChanges().last();
    assertEquals(ComparisonBasis.MATCHED, last.basis());
    assertEquals(List.of("a", "b"), last.partners());
    assertEquals(Option.of(-12.0), last.fromGap());
    assertEquals(Option.of(-6.0), last.toGap());
    assertTrue(last.test().get().exceedsUncertainty(), last.explanation());
    assertTrue(last.explanation().startsWith("income = \"low\" vs income = \"not low\", 2022 → 2023 on the same "
        + "partners (a, b): gap -12 → -6 (size 12 → 6); Wald z-test of the change in the gap's size: -6"), last.explanation());
    assertTrue(last.explanation().endsWith("Verdict: narrowing."), last.explanation());
  }

  @Test
  void aTinySampleGapChangeIsWithinUncertaintyWhileALargeOneIsNarrowing() {
    // The same rates on 100 students a group instead of 1000: the gap's size falls 20 → 12 → 6,
    // but by less than its uncertainty (Wald standard errors of 8.7 and 8.1 points).
    GroupSeries small = byIncome(1).series(TreeMap.of("income", "low")).get();
    GroupSeries large = byIncome(10).series(TreeMap.of("income", "low")).get();

    assertEquals(small.values().map(GroupValue::gap), large.values().map(GroupValue::gap));
    assertEquals(List.of(Option.of(GapTrend.Direction.WITHIN_UNCERTAINTY), Option.of(GapTrend.Direction.WITHIN_UNCERTAINTY)),
        small.gapChanges().map(GapChange::direction));
    assertEquals("within uncertainty for 2 periods", small.gapTrend().get().toString());
    assertFalse(small.gapChanges().head().test().get().exceedsUncertainty());
    assertTrue(small.gapChanges().head().explanation().endsWith("is within its uncertainty. Verdict: within uncertainty."),
        small.gapChanges().head().explanation());
    assertEquals(List.of(Option.of(GapTrend.Direction.NARROWING), Option.of(GapTrend.Direction.NARROWING)),
        large.gapChanges().map(GapChange::direction));
  }

  @Test
  void everyGroupValueHasItsUncertaintyAndItsGapIsTested() {
    DisaggregatedIndicator result = byIncome(10);
    GroupValue low = result.series(TreeMap.of("income", "low")).get().values().last();
    GroupValue notLow = result.series(TreeMap.of("income", "not low")).get().values().last();

    // 780 of 1000: a Wilson interval around 78 %, reliable
    assertTrue(low.uncertainty().interval().get().lower() < 78 && low.uncertainty().interval().get().upper() > 78);
    assertFalse(low.uncertainty().flagged());
    // 840 of 1000 → 780 of 1000, reference to group: Newcombe's interval of −6 points excludes 0
    ChangeTest gap = low.gapTest().get();
    assertEquals(-0.06, gap.change(), 1e-12);
    assertTrue(gap.exceedsUncertainty(), gap.explanation());
    assertTrue(gap.test().startsWith("Newcombe's hybrid score interval (Wilson)"), gap.test());
    assertEquals(Option.none(), notLow.gapTest());
    assertTrue(result.series(TreeMap.of("income", "not low")).get().gapChanges().isEmpty());
  }

  @Test
  void everyGroupIsMeasuredAgainstTheSameTarget() {
    DisaggregatedIndicator result = byIncome(1);

    assertEquals(Option.of(90.0), result.target().map(Target::value));
    assertEquals(Option.of(12.0), result.series(TreeMap.of("income", "low")).get().values().last().distanceToTarget());
    assertEquals(Option.of(6.0), result.series(TreeMap.of("income", "not low")).get().values().last().distanceToTarget());
    assertEquals(Option.none(), result.series(TreeMap.of("income", "not low")).get().gapTrend());
    assertEquals(
        "grad by income: each group's value pools its records over partners (Σ numerators / Σ denominators); "
            + "gaps are value − reference and value / reference, reference income = \"not low\"; every group "
            + "measured against the same target, 90 by 2030; the gap's steps compared matched: on the partners "
            + "reporting in both periods, a change in its size within its uncertainty (Wald z-test) called neither "
            + "narrowing nor widening.",
        result.explanation());
  }

  // --- like for like ----------------------------------------------------------------------------

  /**
   * Partner a: low income 70 %, 65 %, 60 %; partner b: 40 %, 35 %, then stops reporting; not low
   * 80 % everywhere; 2000 students per partner, period and group. Within each partner the gap
   * widens every year (a: 10, 15, 20; b: 40, 45); pooled over whoever reported it reads 25, 30,
   * then 20 once b, the partner with the wide gap, is gone.
   */
  private static DisaggregatedIndicator partnerDropsOut(ComparisonOptions options) {
    MeasureTable.Builder rows = MeasureTable.builder(LAYOUT);
    int[][] low = {{1400, 1300, 1200}, {800, 700, -1}};
    for (int partner = 0; partner < 2; partner++) {
      for (int p = 0; p < 3; p++) {
        if (low[partner][p] >= 0) {
          students(rows, partner, p, 0, low[partner][p], 2000);
          students(rows, partner, p, 1, 1600, 2000);
        }
      }
    }
    MeasurePartial partial = new MeasureAccumulator(LAYOUT).addAll(rows.build()).snapshot();
    return Disaggregation.of(partial, "grad", List.of("income"), TreeMap.of("income", "not low"), options);
  }

  @Test
  void aPartnerMissingInTheLastPeriodNoLongerFlipsTheGapTrend() {
    GroupSeries low = partnerDropsOut(ComparisonOptions.defaults()).series(TreeMap.of("income", "low")).get();

    // as reported, the gap reads −25, −30, −20
    assertEquals(List.of(Option.of(-25.0), Option.of(-30.0), Option.of(-20.0)), low.values().map(GroupValue::gap));
    // Before steps were matched, the trend read those gaps: "narrowing for 1 period", b's leaving
    // taken for the gap closing. Matched on a, the only partner reporting in 2022 and 2023, the
    // gap went from −15 to −20: widening, as it did from 2021 to 2022 on both partners.
    GapChange last = low.gapChanges().last();
    assertEquals(List.of("a"), last.partners());
    assertEquals(List.of("b"), last.onlyInFrom());
    assertEquals(List.empty(), last.onlyInTo());
    assertEquals(Option.of(-15.0), last.fromGap());
    assertEquals(Option.of(-20.0), last.toGap());
    assertEquals(Option.of(GapTrend.Direction.WIDENING), last.direction());
    assertTrue(last.explanation().startsWith("income = \"low\" vs income = \"not low\", 2022 → 2023 matched on a "
        + "(b reported in 2022 only, left out): gap -15 → -20 (size 15 → 20); Wald z-test"), last.explanation());
    assertEquals(Option.of(ImmutableGapTrend.of(GapTrend.Direction.WIDENING, 2)), low.gapTrend());
  }

  @Test
  void allReportersComparesTheGapsAsReportedAndSaysWhoLeft() {
    GroupSeries low =
        partnerDropsOut(ComparisonOptions.defaults().withBasis(ComparisonBasis.ALL_REPORTERS))
            .series(TreeMap.of("income", "low")).get();

    GapChange last = low.gapChanges().last();
    assertEquals(List.of("a", "b"), last.partners());
    assertEquals(Option.of(-30.0), last.fromGap());
    assertEquals(Option.of(-20.0), last.toGap());
    assertTrue(last.explanation().contains("2022 → 2023 on all reporters, although the reporting partners differ "
        + "(b reported in 2022 only): the change mixes the gap's change with who reported"), last.explanation());
    assertEquals(Option.of(ImmutableGapTrend.of(GapTrend.Direction.NARROWING, 1)), low.gapTrend());
  }

  @Test
  void samePartnersOnlyRefusesAStepWhoseReportersDiffer() {
    GroupSeries low =
        partnerDropsOut(ComparisonOptions.defaults().withBasis(ComparisonBasis.SAME_PARTNERS_ONLY))
            .series(TreeMap.of("income", "low")).get();

    assertEquals(List.of(true, false), low.gapChanges().map(GapChange::comparable));
    GapChange last = low.gapChanges().last();
    assertEquals(Option.none(), last.fromGap());
    assertEquals(Option.none(), last.direction());
    assertEquals(Option.none(), last.test());
    assertEquals("income = \"low\" vs income = \"not low\", 2022 → 2023: not compared, the reporting partners "
        + "differ (b reported in 2022 only) and the basis is same partners only: no comparison unless the same "
        + "partners reported in both periods.", last.explanation());
    assertEquals(Option.none(), low.gapTrend());
  }

  // --- groups are values, not text ----------------------------------------------------------------

  @Test
  void groupsWhoseTextFormsCoincideStayTwoGroups() {
    MeasureLayout layout =
        MeasureLayout.of(Fixtures.set(GRAD), CodeList.of(List.of("a")), CodeList.of(List.of(Period.year(2023))),
            List.of(SubgroupDimension.of("income", List.of("low), (race, a", "low")),
                SubgroupDimension.of("race", List.of("b", "a), (race, b"))));
    TreeMap<String, String> first = TreeMap.of("income", "low), (race, a", "race", "b");
    TreeMap<String, String> second = TreeMap.of("income", "low", "race", "a), (race, b");
    TreeMap<String, String> reference = TreeMap.of("income", "low", "race", "b");
    assertEquals(first.toString(), second.toString());
    MeasureTable.Builder rows = MeasureTable.builder(layout);
    int[][] cells = {{0, 0, 3, 4}, {1, 1, 1, 4}, {1, 0, 2, 4}};  // income, race, graduates, students
    for (int[] cell : cells) {
      for (int s = 0; s < cell[3]; s++) {
        rows.add(0, 0, 0, new int[] {cell[0], cell[1]}, s < cell[2] ? 1 : 0, 1);
      }
    }
    DisaggregatedIndicator result =
        Disaggregation.of(new MeasureAccumulator(layout).addAll(rows.build()).snapshot(), "grad",
            List.of("income", "race"), reference);

    // three groups, in the order of their codes: (0, 0), (1, 0), (1, 1)
    assertEquals(List.of(first, reference, second), result.groups().map(GroupSeries::group));
    assertEquals(List.of(75.0), result.series(first).get().values().map(GroupValue::value));
    assertEquals(List.of(25.0), result.series(second).get().values().map(GroupValue::value));
    assertEquals(List.of(Option.of(25.0)), result.series(first).get().values().map(GroupValue::gap));
    assertEquals(List.of(Option.of(-25.0)), result.series(second).get().values().map(GroupValue::gap));
    assertEquals("income = \"low), (race, a\", race = \"b\"", Disaggregation.label(List.of("income", "race"), first));
    assertEquals("income = \"low\", race = \"a), (race, b\"", Disaggregation.label(List.of("income", "race"), second));
  }

  @Test
  void unknownDimensionsGroupsAndIndicatorsAreNamed() {
    MeasurePartial partial = new MeasureAccumulator(LAYOUT).snapshot();
    ValidationException e =
        assertThrows(ValidationException.class,
            () -> Disaggregation.of(partial, "nope", List.of("race"), TreeMap.of("income", "middle")));
    assertEquals(
        List.of(
            "indicator: must be an indicator of Test, got \"nope\"",
            "dimensions[0]: must be a dimension of the layout (income), got \"race\"",
            "reference: must name one group of each dimension (race), got (income)",
            "reference.income: must be a group of income(low, not low), got \"middle\""),
        e.violations().map(Violation::toString));
  }

  /** A step of a gap in a given direction, or refused when none. */
  private static GapChange step(Option<GapTrend.Direction> direction) {
    return ImmutableGapChange.builder()
        .fromPeriod(Period.year(2021)).toPeriod(Period.year(2022)).basis(ComparisonBasis.MATCHED)
        .comparable(direction.isDefined()).partners(List.of("a")).onlyInFrom(List.empty()).onlyInTo(List.empty())
        .fromGap(direction.map(d -> -2.0)).toGap(direction.map(d -> -1.0)).test(Option.none()).direction(direction)
        .explanationMessage(org.commonground.core.validation.Message.literal("a step"))
        .build();
  }

  @Test
  void theTrendCountsConsecutiveComparableStepsInTheSameDirection() {
    Option<GapTrend.Direction> narrowing = Option.of(GapTrend.Direction.NARROWING);
    Option<GapTrend.Direction> within = Option.of(GapTrend.Direction.WITHIN_UNCERTAINTY);
    assertEquals(Option.none(), Disaggregation.gapTrend(List.empty()));
    assertEquals(Option.of(ImmutableGapTrend.of(GapTrend.Direction.NARROWING, 2)),
        Disaggregation.gapTrend(List.of(step(narrowing), step(Option.none()), step(narrowing), step(narrowing))));
    assertEquals(Option.of(ImmutableGapTrend.of(GapTrend.Direction.WITHIN_UNCERTAINTY, 1)),
        Disaggregation.gapTrend(List.of(step(narrowing), step(within))));
    assertEquals(Option.none(), Disaggregation.gapTrend(List.of(step(narrowing), step(Option.none()))));
  }

  /**
   * Two dimensions over random records (and the mean indicator, whose values have fractions):
   * each group's value in each period is its records' pooled sums with their uncertainty, groups
   * come in the order of their codes, periods in order, the gaps are to the reference group, and
   * each step of a gap is recomputed on the partners that reported the indicator in both periods.
   */
  @Test
  void groupsOfTwoDimensionsPoolTheirRecords() {
    qt().withExamples(40).forAll(integers().all(), integers().between(0, 2_000)).check((seed, records) -> {
      MeasureTable table = ColumnarFixtures.table(new java.util.Random(seed), records);
      MeasurePartial partial = new MeasureAccumulator(ColumnarFixtures.LAYOUT).addAll(table).snapshot();
      for (Indicator indicator : List.of(ColumnarFixtures.GRAD, ColumnarFixtures.SCORE, ColumnarFixtures.VISITS)) {
        TreeMap<String, String> reference = TreeMap.of("language", "spanish", "income", "low");
        DisaggregatedIndicator result =
            Disaggregation.of(partial, indicator.id(), List.of("language", "income"), reference);
        if (!project(result.groups()).equals(pooled(table, indicator, List.of(1, 0)))) {
          return false;
        }
      }
      return true;
    });
  }

  /**
   * What the slow way checks of a series: per value its period, value, records, gap, ratio and
   * uncertainty; per step whether it was compared, on whom, the two gaps, and whether its direction
   * fits the sizes.
   */
  private static List<Object> project(List<GroupSeries> groups) {
    return groups.map(g -> List.of(g.group(),
        g.values().map(v -> List.of(v.period(), v.value(), v.records(), v.gap(), v.gapRatio(), v.uncertainty())),
        g.gapChanges().map(c -> List.of(c.comparable(), c.partners(), c.fromGap(), c.toGap(),
            c.direction().forAll(d -> fits(d, c.fromGap().get(), c.toGap().get()))))));
  }

  private static boolean fits(GapTrend.Direction direction, double from, double to) {
    double a = Math.abs(from);
    double b = Math.abs(to);
    switch (direction) {
      case UNCHANGED:
        return a == b;
      case NARROWING:
        return b < a;
      case WIDENING:
        return b > a;
      default:
        return a != b;
    }
  }

  /**
   * Every group's series the slow way: plain maps of exact sums by (language, income) codes,
   * period and partner, row by row; the reference is (spanish, low).
   */
  private static List<Object> pooled(MeasureTable table, Indicator indicator, List<Integer> codesOfReference) {
    MeasureLayout layout = table.layout();
    int code = layout.indicators().code(indicator).get();
    java.util.Map<List<Integer>, java.util.TreeMap<Integer, java.util.TreeMap<Integer, Object[]>>> byGroup =
        new java.util.TreeMap<>((x, y) -> x.get(0).equals(y.get(0)) ? x.get(1) - y.get(1) : x.get(0) - y.get(0));
    java.util.Map<Integer, java.util.TreeSet<Integer>> reporters = new java.util.HashMap<>();
    for (int r = 0; r < table.size(); r++) {
      if (table.indicator(r) != code) {
        continue;
      }
      reporters.computeIfAbsent(table.period(r), p -> new java.util.TreeSet<>()).add(table.partner(r));
      Object[] cell = byGroup.computeIfAbsent(List.of(table.group(1, r), table.group(0, r)), g -> new java.util.TreeMap<>())
          .computeIfAbsent(table.period(r), p -> new java.util.TreeMap<>())
          .computeIfAbsent(table.partner(r), p -> new Object[] {new ExactSum(), new ExactSum(), new long[1]});
      ((ExactSum) cell[0]).add(table.numerator(r));
      ((ExactSum) cell[1]).add(table.denominator(r));
      ((long[]) cell[2])[0]++;
    }
    Unit unit = indicator.unit();
    // pooled sums of a group in a period on some partners (null: all): numerator, denominator, records
    java.util.function.BiFunction<java.util.TreeMap<Integer, Object[]>, java.util.Set<Integer>, double[]> pool =
        (partners, on) -> {
          ExactSum x = new ExactSum();
          ExactSum n = new ExactSum();
          long count = 0;
          boolean any = false;
          for (java.util.Map.Entry<Integer, Object[]> e : partners.entrySet()) {
            if (on == null || on.contains(e.getKey())) {
              x.merge((ExactSum) e.getValue()[0]);
              n.merge((ExactSum) e.getValue()[1]);
              count += ((long[]) e.getValue()[2])[0];
              any = true;
            }
          }
          return any ? new double[] {x.value(), n.value(), count} : null;
        };
    java.util.function.Function<double[], Double> value = s -> unit.hasDenominator() ? unit.display(s[0], s[1]) : s[0];
    java.util.TreeMap<Integer, java.util.TreeMap<Integer, Object[]>> referenceCells =
        byGroup.getOrDefault(codesOfReference, new java.util.TreeMap<>());
    List<Object> result = List.empty();
    for (java.util.Map.Entry<List<Integer>, java.util.TreeMap<Integer, java.util.TreeMap<Integer, Object[]>>> group : byGroup.entrySet()) {
      TreeMap<String, String> subgroup =
          TreeMap.of("language", layout.dimensions().get(1).groups().value(group.getKey().get(0)),
              "income", layout.dimensions().get(0).groups().value(group.getKey().get(1)));
      List<Object> values = List.empty();
      for (java.util.Map.Entry<Integer, java.util.TreeMap<Integer, Object[]>> e : group.getValue().entrySet()) {
        double[] own = pool.apply(e.getValue(), null);
        double v = value.apply(own);
        Option<Double> ref = Option.of(referenceCells.get(e.getKey())).map(c -> value.apply(pool.apply(c, null)));
        values = values.append(List.of(layout.periods().value(e.getKey()), v, (long) own[2], ref.map(x -> v - x),
            ref.filter(x -> x != 0).map(x -> v / x),
            Estimates.uncertainty(unit, indicator.aggregation(), own[0],
                unit.hasDenominator() ? Option.of(own[1]) : Option.none(), ComparisonOptions.defaults())));
      }
      List<Object> steps = List.empty();
      if (!group.getKey().equals(codesOfReference)) {
        List<Integer> withGap = List.ofAll(group.getValue().keySet()).filter(referenceCells::containsKey);
        for (int i = 0; i + 1 < withGap.size(); i++) {
          int p = withGap.get(i);
          int q = withGap.get(i + 1);
          java.util.Set<Integer> common = new java.util.TreeSet<>(reporters.get(p));
          common.retainAll(reporters.get(q));
          List<String> names = List.ofAll(common).map(layout.partners()::value).sorted();
          double[][] four = {pool.apply(group.getValue().get(p), common), pool.apply(referenceCells.get(p), common),
              pool.apply(group.getValue().get(q), common), pool.apply(referenceCells.get(q), common)};
          boolean comparable = !common.isEmpty() && java.util.Arrays.stream(four).allMatch(java.util.Objects::nonNull);
          steps = steps.append(List.of(comparable, names,
              comparable ? Option.of(value.apply(four[0]) - value.apply(four[1])) : Option.none(),
              comparable ? Option.of(value.apply(four[2]) - value.apply(four[3])) : Option.none(), true));
        }
      }
      result = result.append(List.of(subgroup, values, steps));
    }
    return result;
  }
}
