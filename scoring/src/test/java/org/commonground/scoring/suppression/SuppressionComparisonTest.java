// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line rule against the audited suppression on 500 seeded two-way tables with totals: the
 * audited one passes the audit on every table, the line rule leaks on some.
 */
class SuppressionComparisonTest {

  private static final int TABLES = 500;
  private static final SuppressionRule RULE = SuppressionRule.DEFAULT;

  /** One table's outcome under both methods. */
  private static final class Outcome {
    final String table;
    final int oldHidden;
    final int newHidden;
    final boolean oldPasses;
    final boolean newPasses;
    final int oldExact;
    final int oldExactSensitive;
    final int oldUnderProtected;
    final boolean oldSingleHiddenLine;
    final String newDisclosures;

    Outcome(long seed) {
      CountTable t = table(seed);
      this.table = "seed " + seed + ": " + t;
      List<List<String>> old = LineRuleSuppression.hidden(t, RULE);
      DisclosureAudit oldAudit = DisclosureAudit.of(t, RULE, old);
      SuppressedTable published = SmallCellSuppression.apply(t, RULE);
      DisclosureAudit newAudit = DisclosureAudit.of(t, RULE, published);
      oldHidden = old.size();
      newHidden = published.entries().count(e -> e.value().isEmpty());
      oldPasses = oldAudit.passes();
      newPasses = newAudit.passes();
      oldExact = oldAudit.entries().count(e -> e.hidden() && e.exactlyRecovered());
      oldExactSensitive = oldAudit.entries().count(e -> e.hidden() && e.sensitive() && e.exactlyRecovered());
      oldUnderProtected = oldAudit.entries().count(e -> e.sensitive() && !e.exactlyRecovered() && !e.protectedEnough());
      oldSingleHiddenLine = singleHiddenLine(t, old);
      newDisclosures = newAudit.disclosures().map(AuditedEntry::explanation).mkString("; ");
    }
  }

  /** A table of 3 to 8 rows and columns of students, three cells in ten under 10, a few empty. */
  private static CountTable table(long seed) {
    Random random = new Random(seed);
    int rows = 3 + random.nextInt(6);
    int columns = 3 + random.nextInt(6);
    double[][] values = new double[rows][columns];
    long[][] records = new long[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        int kind = random.nextInt(100);
        records[i][j] = kind < 8 ? 0 : kind < 38 ? 1 + random.nextInt(9) : 10 + random.nextInt(51);
        values[i][j] = records[i][j];
      }
    }
    return CountTable.of(List.range(0, rows).map(i -> "r" + i), List.range(0, columns).map(j -> "c" + j), values, records, true, true);
  }

  /** Whether a row or column, with its total, holds exactly one hidden entry. */
  private static boolean singleHiddenLine(CountTable t, List<List<String>> hidden) {
    List<String> rows = t.rows().append(Hierarchy.TOTAL);
    List<String> columns = t.columns().append(Hierarchy.TOTAL);
    return rows.exists(r -> columns.count(c -> hidden.contains(List.of(r, c))) == 1)
        || columns.exists(c -> rows.count(r -> hidden.contains(List.of(r, c))) == 1);
  }

  private static final class Outcomes {
    static final List<Outcome> ALL = List.range(0L, (long) TABLES).map(Outcome::new);
  }

  /**
   * The comparison in numbers: entries hidden by each method, tables leaking under the line rule,
   * and its exact recoveries and under-protected entries.
   *
   * @return the summary
   */
  static String summary() {
    List<Outcome> all = Outcomes.ALL;
    return all.size() + " tables, threshold " + RULE.threshold() + ": line rule hides " + all.map(o -> o.oldHidden).sum().intValue()
        + " entries, audited suppression " + all.map(o -> o.newHidden).sum().intValue() + "; audit passes on "
        + all.count(o -> o.newPasses) + " under the audited suppression and " + all.count(o -> o.oldPasses)
        + " under the line rule; " + all.count(o -> !o.oldPasses) + " tables leak under the line rule, with "
        + all.map(o -> o.oldExact).sum().intValue() + " hidden entries recovered exactly (" + all.map(o -> o.oldExactSensitive).sum().intValue()
        + " of them sensitive, in " + all.count(o -> o.oldExactSensitive > 0) + " tables) and "
        + all.map(o -> o.oldUnderProtected).sum().intValue() + " sensitive entries under-protected";
  }

  @Test
  void theAuditedSuppressionPassesOnEveryTable() {
    for (Outcome o : Outcomes.ALL) {
      assertTrue(o.newPasses, () -> o.table + ": " + o.newDisclosures);
    }
  }

  @Test
  void theLineRuleKeepsItsOwnGuaranteeYetLeaks() {
    for (Outcome o : Outcomes.ALL) {
      assertFalse(o.oldSingleHiddenLine, () -> o.table + " has a line with a single hidden entry");
    }
    assertTrue(Outcomes.ALL.exists(o -> !o.oldPasses), "some table leaks under the line rule");
    assertTrue(Outcomes.ALL.exists(o -> o.oldExactSensitive > 0), "some sensitive cell is recovered exactly under the line rule");
  }

  @Test
  void theSummaryCountsEveryTable() {
    String summary = summary();
    assertFalse(summary.isEmpty());
    assertTrue(summary.startsWith(TABLES + " tables"), summary);
    assertEquals(TABLES, Outcomes.ALL.count(o -> o.newPasses));
  }
}
