// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Suppressed random tables (one-way with a total, two-way with or without each total, three-way
 * with every margin, two-way with a sub-totalled first dimension) pass the disclosure audit, and
 * every audited entry meets its protection when checked directly.
 */
class AuditPassesProperties {

  /** Examples per property: more where a table is quick to suppress, fewer for three-way tables. */
  private static final int EXAMPLES = 600;

  /** A table with its rule, printed as the code that builds it. */
  private static final class Case {
    final CountTable table;
    final SuppressionRule rule;
    final long[] values;
    final long[] records;

    Case(CountTable table, SuppressionRule rule, long[] values, long[] records) {
      this.table = table;
      this.rule = rule;
      this.values = values;
      this.records = records;
    }

    @Override
    public String toString() {
      return "CountTable.of(List.of(" + table.dimensions().map(Case::literal).mkString(", ") + "), new double[] "
          + array(values) + ", new long[] " + array(records) + ") with SuppressionRule.of(" + rule.threshold() + ")";
    }

    private static String array(long[] a) {
      return LongStream.of(a).mapToObj(Long::toString).collect(Collectors.joining(", ", "{", "}"));
    }

    private static String names(List<String> codes) {
      return "List.of(" + codes.map(c -> "\"" + c + "\"").mkString(", ") + ")";
    }

    private static String literal(Hierarchy h) {
      String name = "\"" + h.name() + "\"";
      if (h.codes().size() == h.categories().size()) {
        return "Hierarchy.flat(" + name + ", " + names(h.categories()) + ")";
      }
      List<String> top = h.members(Hierarchy.TOTAL);
      if (top.equals(h.categories())) {
        return "Hierarchy.withTotal(" + name + ", " + names(top) + ")";
      }
      return "Hierarchy.grouped(" + name + ", LinkedHashMap.of(" + top.map(g -> "\"" + g + "\", " + names(h.members(g))).mkString(", ") + "))";
    }
  }

  /** A cell as {records, value}: some empty, about 30 % under the threshold, the rest at or above it. */
  private static Gen<long[]> cell(int threshold) {
    Gen<Long> records = Generate.frequency(java.util.List.of(
        Pair.of(8, Generate.constant(0L)),
        Pair.of(30, longs().between(1, threshold - 1)),
        Pair.of(62, longs().between(threshold, threshold + 60L))));
    return records.flatMap(n -> Generate.frequency(java.util.List.of(
        Pair.of(1, Generate.constant(n)),
        Pair.of(1, longs().between(0, n)))).map(v -> new long[] {n, v}));
  }

  private static Gen<Integer> thresholds() {
    return integers().between(3, 15);
  }

  /** The table of these dimensions, filled with cells for the threshold. */
  private static Gen<Case> filled(List<Hierarchy> dimensions, int threshold) {
    int leaves = dimensions.map(h -> h.categories().size()).fold(1, (a, b) -> a * b);
    return lists().of(cell(threshold)).ofSize(leaves).map(cells -> {
      long[] records = cells.stream().mapToLong(c -> c[0]).toArray();
      long[] values = cells.stream().mapToLong(c -> c[1]).toArray();
      CountTable table = CountTable.of(dimensions, LongStream.of(values).asDoubleStream().toArray(), records);
      return new Case(table, SuppressionRule.of(threshold), values, records);
    });
  }

  private static List<String> names(String prefix, int n) {
    return List.range(0, n).map(i -> prefix + i);
  }

  private static Gen<Case> oneWay() {
    return integers().between(2, 8).zip(thresholds(), (n, t) -> new int[] {n, t})
        .flatMap(p -> filled(List.of(Hierarchy.withTotal("partner", names("p", p[0]))), p[1]));
  }

  /** Two-way tables built by the two-way factory, each total published or not. */
  private static Gen<Case> twoWay() {
    Gen<int[]> shape = integers().between(1, 6).zip(integers().between(1, 6), booleans().all(), booleans().all(), thresholds(),
        (r, c, rowTotals, columnTotals, t) -> new int[] {r, c, rowTotals && c > 1 ? 1 : 0, columnTotals && r > 1 ? 1 : 0, t});
    return shape.flatMap(s -> lists().of(cell(s[4])).ofSize(s[0] * s[1]).map(cells -> {
      double[][] values = new double[s[0]][s[1]];
      long[][] records = new long[s[0]][s[1]];
      for (int k = 0; k < cells.size(); k++) {
        records[k / s[1]][k % s[1]] = cells.get(k)[0];
        values[k / s[1]][k % s[1]] = cells.get(k)[1];
      }
      CountTable table = CountTable.of(names("r", s[0]), names("c", s[1]), values, records, s[2] == 1, s[3] == 1);
      return new Case(table, SuppressionRule.of(s[4]), cells.stream().mapToLong(c -> c[1]).toArray(),
          cells.stream().mapToLong(c -> c[0]).toArray());
    }));
  }

  private static Gen<Case> threeWay() {
    return integers().between(2, 3).zip(integers().between(2, 3), integers().between(2, 3), thresholds(), (a, b, c, t) -> new int[] {a, b, c, t})
        .flatMap(p -> filled(List.of(
            Hierarchy.withTotal("partner", names("p", p[0])),
            Hierarchy.withTotal("income", names("i", p[1])),
            Hierarchy.withTotal("term", names("t", p[2]))), p[3]));
  }

  /** Categories within one to three groups of one to three, crossed with a second dimension. */
  private static Gen<Case> grouped() {
    Gen<int[]> shape = lists().of(integers().between(1, 3)).ofSizeBetween(1, 3)
        .zip(integers().between(2, 4), booleans().all(), thresholds(), (groups, columns, total, t) -> {
          int[] s = new int[groups.size() + 3];
          s[0] = columns;
          s[1] = total ? 1 : 0;
          s[2] = t;
          for (int g = 0; g < groups.size(); g++) {
            s[3 + g] = groups.get(g);
          }
          return s;
        });
    return shape.flatMap(s -> {
      LinkedHashMap<String, List<String>> groups = LinkedHashMap.empty();
      for (int g = 3; g < s.length; g++) {
        groups = groups.put("g" + (g - 3), names("g" + (g - 3) + "p", s[g]));
      }
      Hierarchy columns = s[1] == 1 ? Hierarchy.withTotal("income", names("i", s[0])) : Hierarchy.flat("income", names("i", s[0]));
      return filled(List.of(Hierarchy.grouped("partner", groups), columns), s[2]);
    });
  }

  /** The audit passes, and each of its entries, checked directly, meets what the rule asks. */
  private static void protectedAfterSuppression(Case c, Objective objective) {
    SuppressedTable published = SmallCellSuppression.apply(c.table, c.rule, objective);
    DisclosureAudit audit = DisclosureAudit.of(c.table, c.rule, published);
    assertTrue(audit.passes(), () -> audit.disclosures().map(AuditedEntry::explanation).mkString("; "));

    TableShape shape = new TableShape(c.table.dimensions());
    assertEquals(shape.entries(), published.entries().size());
    long threshold = c.rule.threshold();
    double need = Math.ceil(Math.max(1, 0.1 * threshold));
    Map<List<String>, AuditedEntry> audited = new HashMap<>();
    for (AuditedEntry a : audit.entries()) {
      audited.put(a.codes(), a);
    }
    int hidden = 0;
    for (int e = 0; e < shape.entries(); e++) {
      PublishedCell p = published.entries().get(e);
      List<String> codes = shape.codes.get(e);
      assertEquals(codes, p.codes());
      long records = shape.value(e, c.records);
      double value = shape.value(e, c.values);
      boolean sensitive = records > 0 && records < threshold;
      assertEquals(sensitive, p.suppression().contains(Suppression.PRIMARY), () -> codes + " is primary exactly when sensitive");
      if (p.value().isDefined()) {
        assertFalse(sensitive, () -> codes + " is sensitive (" + records + " records) but shown");
        assertEquals(value, p.value().get(), () -> codes + " shows its true value");
        assertFalse(audited.containsKey(codes), () -> codes + " is shown and not sensitive, so not audited");
        continue;
      }
      hidden++;
      AuditedEntry a = audited.get(codes);
      assertTrue(a != null && a.hidden(), () -> codes + " is hidden and audited");
      assertEquals(value, a.value());
      assertEquals(sensitive, a.sensitive(), () -> codes + " is sensitive exactly when 0 < records < threshold");
      assertFalse(a.exactlyRecovered(), a::explanation);
      assertTrue(a.lower() < a.upper(), a::explanation);
      assertTrue(a.lower() <= value && value <= a.upper(), a::explanation);
      if (sensitive) {
        assertEquals(need, a.requiredAbove(), a::explanation);
        assertEquals(Math.min(need, value), a.requiredBelow(), a::explanation);
        assertTrue(a.lower() <= value - a.requiredBelow(), a::explanation);
        assertTrue(a.upper() >= value + a.requiredAbove(), a::explanation);
      } else {
        assertEquals(0.0, a.requiredAbove());
        assertEquals(0.0, a.requiredBelow());
      }
      assertTrue(a.protectedEnough(), a::explanation);
    }
    assertEquals(hidden, audit.entries().size(), "the audit holds every hidden entry and nothing else");
  }

  @Test
  void oneWayTablesWithTheirTotal() {
    qt().withExamples(2 * EXAMPLES).forAll(oneWay()).checkAssert(c -> protectedAfterSuppression(c, Objective.CELLS));
  }

  @Test
  void twoWayTablesWithOrWithoutEachTotal() {
    qt().withExamples(3 * EXAMPLES).forAll(twoWay()).checkAssert(c -> protectedAfterSuppression(c, Objective.CELLS));
  }

  @Test
  void threeWayTablesWithEveryMargin() {
    qt().withExamples(EXAMPLES).forAll(threeWay()).checkAssert(c -> protectedAfterSuppression(c, Objective.CELLS));
  }

  @Test
  void twoWayTablesWithSubtotalledGroups() {
    qt().withExamples(EXAMPLES).forAll(grouped()).checkAssert(c -> protectedAfterSuppression(c, Objective.CELLS));
  }

  @Test
  void hidingLittleValueProtectsAsWell() {
    qt().withExamples(EXAMPLES).forAll(Generate.frequency(java.util.List.of(
            Pair.of(1, oneWay()), Pair.of(2, twoWay()), Pair.of(2, threeWay()), Pair.of(2, grouped()))))
        .checkAssert(c -> protectedAfterSuppression(c, Objective.VALUE));
  }

  @Test
  void aPrintedCaseIsTheCodeThatBuildsIt() {
    Hierarchy partners = Hierarchy.grouped("partner", LinkedHashMap.of("g0", List.of("a"), "g1", List.of("b", "c")));
    CountTable table = CountTable.of(List.of(partners, Hierarchy.flat("income", List.of("i0"))), new double[] {1, 2, 0}, new long[] {1, 4, 9});
    assertEquals("CountTable.of(List.of(Hierarchy.grouped(\"partner\", LinkedHashMap.of(\"g0\", List.of(\"a\"), \"g1\", List.of(\"b\", \"c\"))), "
        + "Hierarchy.flat(\"income\", List.of(\"i0\"))), new double[] {1, 2, 0}, new long[] {1, 4, 9}) with SuppressionRule.of(5)",
        new Case(table, SuppressionRule.of(5), new long[] {1, 2, 0}, new long[] {1, 4, 9}).toString());
    assertEquals(Arrays.asList(1.0, 2.0, 0.0), Arrays.asList(table.value(List.of("a", "i0")), table.value(List.of("b", "i0")), table.value(List.of("c", "i0"))));
  }
}
