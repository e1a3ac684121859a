// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The columnar path's values — code lists, subgroup dimensions, layouts, partials — checked on
 * creation, equal by value, and readable; every layout built inside a test, so that mutation
 * testing sees the checks run.
 */
class ColumnarValuesTest {

  private static MeasureLayout layout(List<String> partners, List<SubgroupDimension> dimensions) {
    return MeasureLayout.of(
        Fixtures.set(Fixtures.indicator("grad", Unit.PERCENT).build(), Fixtures.indicator("visits", Unit.COUNT).build()),
        CodeList.of(partners), CodeList.of(List.of(Period.year(2022), Period.year(2023), Period.year(2024))), dimensions);
  }

  private static MeasureLayout small() {
    return layout(List.of("a", "b"), List.of(SubgroupDimension.of("income", List.of("low", "not low"))));
  }

  private static List<String> violations(Runnable creation) {
    return assertThrows(ValidationException.class, creation::run).violations().map(Violation::toString);
  }

  @Test
  void aCodeListNamesEveryRepeatAndIsAValue() {
    assertEquals(List.of("values[2]: duplicates values[0] (a)", "values[3]: duplicates values[1] (b)"),
        violations(() -> CodeList.of(List.of("a", "b", "a", "b"))));
    assertEquals(List.of("values: must have at least 1, got 0"), violations(() -> CodeList.of(List.empty())));

    CodeList<String> ab = CodeList.of(List.of("a", "b"));
    assertEquals(CodeList.of(List.of("a", "b")), ab);
    assertEquals(CodeList.of(List.of("a", "b")).hashCode(), ab.hashCode());
    assertNotEquals(CodeList.of(List.of("b", "a")), ab);
    assertNotEquals(List.of("a", "b"), ab);
    assertEquals("CodeList[a, b]", ab.toString());
    assertEquals(io.vavr.control.Option.of(1), ab.code("b"));
    assertEquals(io.vavr.control.Option.none(), ab.code("c"));
  }

  @Test
  void aSubgroupDimensionNamesEveryProblemAndIsAValue() {
    assertEquals(List.of("name: must not be blank, got \" \"", "groups[1]: duplicates groups[0] (x)"),
        violations(() -> SubgroupDimension.of(" ", List.of("x", "x"))));
    assertEquals(List.of("groups: must have at least 1, got 0"), violations(() -> SubgroupDimension.of("income", List.empty())));

    SubgroupDimension income = SubgroupDimension.of("income", List.of("low", "not low"));
    assertEquals(SubgroupDimension.of("income", List.of("low", "not low")), income);
    assertEquals(SubgroupDimension.of("income", List.of("low", "not low")).hashCode(), income.hashCode());
    assertNotEquals(SubgroupDimension.of("wealth", List.of("low", "not low")), income);
    assertNotEquals(SubgroupDimension.of("income", List.of("not low", "low")), income);
    assertNotEquals("income", income);
    assertEquals("income(low, not low)", income.toString());
  }

  @Test
  void aLayoutNamesRepeatedDimensionsAndTooManyCells() {
    SubgroupDimension four = SubgroupDimension.of("d", List.of("1", "2", "3", "4"));
    assertEquals(List.of("dimensions[1]: duplicates dimensions[0] (d)"), violations(() -> layout(List.of("a"), List.of(four, four))));
    // 2 indicators × 3 periods × 1 partner × 4^31 groups = 6 · 2^62 ≥ 2^63
    List<SubgroupDimension> many = List.range(0, 31).map(i -> SubgroupDimension.of("d" + i, List.of("1", "2", "3", "4")));
    assertEquals(
        List.of("dimensions: must leave fewer than 2^63 cells (indicators × periods × partners × groups), got 27670116110564327424"),
        violations(() -> layout(List.of("a"), many)));
    // one dimension fewer: 6 · 2^60 < 2^63
    assertEquals(30, layout(List.of("a"), many.init()).dimensions().size());
  }

  @Test
  void everyCellHasItsOwnKeyAndDecodesToItsCodes() {
    MeasureLayout layout = layout(List.of("a", "b", "c"), List.of(
        SubgroupDimension.of("income", List.of("low", "not low")),
        SubgroupDimension.of("language", List.of("english", "spanish", "other", "two"))));
    Set<Long> keys = HashSet.empty();
    for (int i = 0; i < 2; i++) {
      for (int p = 0; p < 3; p++) {
        for (int partner = 0; partner < 3; partner++) {
          for (int income = 0; income < 2; income++) {
            for (int language = 0; language < 4; language++) {
              long key = layout.key(i, p, partner, new int[] {income, language});
              assertArrayEquals(new int[] {i, p, partner, income, language}, layout.decode(key));
              keys = keys.add(key);
            }
          }
        }
      }
    }
    assertEquals(2 * 3 * 3 * 2 * 4, keys.size());
    assertEquals(0L, keys.min().get());
    assertEquals(2L * 3 * 3 * 2 * 4 - 1, keys.max().get());
  }

  @Test
  void layoutsAreValues() {
    assertEquals(small(), small());
    assertEquals(small().hashCode(), small().hashCode());
    assertNotEquals(layout(List.of("a", "c"), List.of(SubgroupDimension.of("income", List.of("low", "not low")))), small());
    assertNotEquals(layout(List.of("a", "b"), List.empty()), small());
    assertNotEquals("layout", small());
    assertEquals("MeasureLayout[2 indicators × 3 periods × 2 partners × income(low, not low)]", small().toString());
  }

  @Test
  void partialsAreValuesAndAreCheckedWhenRebuilt() {
    MeasureLayout layout = small();
    MeasureTable table = MeasureTable.of(layout, new int[] {0, 1, 1}, new int[] {0, 0, 1}, new int[] {0, 0, 2},
        new int[][] {{0, 1, 1}}, new double[] {1, 0, 7}, new double[] {1, 1, 0});
    MeasurePartial partial = new MeasureAccumulator(layout).addAll(table).snapshot();
    MeasurePartial again = new MeasureAccumulator(layout).addAll(table).snapshot();

    assertEquals(again, partial);
    assertEquals(again.hashCode(), partial.hashCode());
    assertNotEquals(new MeasureAccumulator(layout).snapshot(), partial);
    assertNotEquals("partial", partial);
    assertEquals("MeasurePartial[3 cells, 3 records]", partial.toString());
    assertEquals("MeasureTable[3 records, " + layout + "]", table.toString());
    // rebuilding from plain parts is MeasureTableTest.aPartialRoundTripsThroughItsPlainParts; here, the checks
    long first = partial.key(0);
    long beyond = 2L * 3 * 2 * 2;  // the number of cells: one past the last key
    assertEquals(
        List.of("numeratorTerms[0]: must be finite", "keys[1]: must be greater than keys[0], got " + first,
            "keys[2]: must be a cell of the layout, got " + beyond, "records[2]: must not be negative, got -1",
            "keys[3]: must be greater than keys[2], got -1", "keys[3]: must be a cell of the layout, got -1"),
        violations(() -> MeasurePartial.of(layout, new long[] {first, first, beyond, -1}, new long[] {1, 1, -1, 0},
            new double[][] {{Double.NaN}, {}, {}, {}}, new double[][] {{}, {}, {}, {}})));
    assertEquals(List.of("records: must have one count per key (1), got 0", "numeratorTerms: must have one sum per key (1), got 2",
            "denominatorTerms: must have one sum per key (1), got 0"),
        violations(() -> MeasurePartial.of(layout, new long[] {0}, new long[0], new double[2][], new double[0][])));
  }

  @Test
  void accumulatorsMergeOnlyTheirOwnLayoutAndLeaveTheOtherUnaffected() {
    MeasureLayout layout = small();
    MeasureTable table = MeasureTable.of(layout, new int[] {0, 1}, new int[] {0, 0}, new int[] {0, 0},
        new int[][] {{0, 1}}, new double[] {1, 0}, new double[] {1, 1});
    MeasureAccumulator other = new MeasureAccumulator(layout).addAll(table);
    MeasureAccumulator merged = new MeasureAccumulator(layout).addAll(table).merge(other);

    assertEquals(4, merged.snapshot().totalRecords());
    assertEquals(2, other.snapshot().totalRecords());
    assertEquals("MeasureAccumulator[2 cells]", merged.toString());
    MeasureLayout another = layout(List.of("a", "b"), List.empty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MeasureAccumulator(another).merge(other.snapshot()));
    assertEquals("layout: must be the accumulator's " + another + ", got " + layout, e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new MeasureAccumulator(another).addAll(table));
  }

  @Test
  void aTableNeedsOneGroupColumnPerDimension() {
    assertEquals(List.of("groups: must have one column per dimension (1), got 2"),
        violations(() -> MeasureTable.of(small(), new int[1], new int[1], new int[1], new int[][] {new int[1], new int[1]},
            new double[] {1}, new double[] {1})));
  }

  @Test
  void sumsStayExactPastTheIntegersADoubleHoldsAndWithFractions() {
    MeasureLayout layout = layout(List.of("a", "b"), List.empty());
    double big = 0x1p53 - 1;
    // one cell of the count indicator: 2^53 − 1, then 1 reaches 2^53, beyond which a double no
    // longer holds every integer; fractions and more large terms follow
    double[] terms = {big, 1, 1, 0.5, 0x1p53, 3};
    int n = terms.length;
    MeasureTable table = MeasureTable.of(layout, new int[n], filled(n, 1), new int[n], new int[0][], terms, new double[n]);
    MeasurePartial partial = new MeasureAccumulator(layout).addAll(table).snapshot();

    assertEquals(1, partial.cells());
    assertEquals(org.commonground.scoring.numeric.ExactSum.ofTerms(terms).canonicalTerms().length,
        partial.numeratorTerms(0).length);
    assertArrayEquals(org.commonground.scoring.numeric.ExactSum.ofTerms(terms).canonicalTerms(), partial.numeratorTerms(0));
    // 2^54 + 4.5 exactly: the terms keep the half that the nearest double, 2^54 + 4, loses
    assertEquals(0x1p54 + 4, org.commonground.scoring.numeric.ExactSum.ofTerms(partial.numeratorTerms(0)).value());
    assertEquals(0.5, partial.numeratorTerms(0)[partial.numeratorTerms(0).length - 1]);
    // the same terms in the other order, and merged from one-record parts, give the same bits
    MeasureAccumulator merged = new MeasureAccumulator(layout);
    for (int r = n - 1; r >= 0; r--) {
      merged.merge(new MeasureAccumulator(layout).addAll(MeasureTable.of(layout, new int[1], new int[] {1}, new int[1],
          new int[0][], new double[] {terms[r]}, new double[1])).snapshot());
    }
    assertEquals(partial, merged.snapshot());
  }

  private static int[] filled(int n, int value) {
    int[] column = new int[n];
    java.util.Arrays.fill(column, value);
    return column;
  }
}
