// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.commonground.scoring.suppression.Tables.audited;
import static org.commonground.scoring.suppression.Tables.entries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The safety rules of magnitude tables, the p% rule and the (n,k) dominance rule, and the
 * protection levels, on examples computed by hand; then a funding table suppressed under all three
 * rules at once.
 */
class SafetyRulesTest {

  private static final double EXACT = 1e-9;

  @Test
  void thePercentRuleComparesTheRestWithPPercentOfTheLargest() {
    PercentRule tenPercent = PercentRule.of(10);

    // 100 − 80 − 15 = 5 < 10 % of 80 = 8: the second contributor learns the first to within 5
    assertTrue(tenPercent.sensitive(100, 80, 15));
    assertEquals(3, tenPercent.protection(100, 80, 15), EXACT);
    // exactly 10 %: 100 − 80 − 12 = 8 is not less than 8
    assertFalse(tenPercent.sensitive(100, 80, 12));
    assertEquals(0, tenPercent.protection(100, 80, 12));
    // just under: 7.5 < 8, protection 0.5
    assertTrue(tenPercent.sensitive(100, 80, 12.5));
    assertEquals(0.5, tenPercent.protection(100, 80, 12.5), EXACT);
    // a single contributor is the whole cell: it needs 10 % of its own contribution
    assertTrue(tenPercent.sensitive(50, 50, 0));
    assertEquals(5, tenPercent.protection(50, 50, 0), EXACT);
    // plenty of others: 100 − 40 − 30 = 30 ≥ 4
    assertFalse(tenPercent.sensitive(100, 40, 30));
    assertEquals(10, tenPercent.p());
  }

  @Test
  void theDominanceRuleComparesTheNLargestWithKPercentOfTheCell() {
    DominanceRule oneSeventyFive = DominanceRule.of(1, 75);

    // 80 of 100 > 75 %; the cell must look as large as 80 / 0.75 = 106.67, 6.67 more
    assertTrue(oneSeventyFive.sensitive(100, new double[] {80, 15}));
    assertEquals(100.0 / 75 * 80 - 100, oneSeventyFive.protection(100, new double[] {80, 15}), EXACT);
    assertEquals(20.0 / 3, oneSeventyFive.protection(100, new double[] {80, 15}), 1e-9);
    // exactly 75 % is not more than 75 %
    assertFalse(oneSeventyFive.sensitive(100, new double[] {75, 20, 5}));
    assertEquals(0, oneSeventyFive.protection(100, new double[] {75, 20, 5}));

    DominanceRule twoEightyFive = DominanceRule.of(2, 85);
    // the two largest: 80 + 5 = 85 %, not more; 80 + 6 = 86 % is, and needs 100/85 · 86 − 100
    assertFalse(twoEightyFive.sensitive(100, new double[] {80, 5, 5, 5, 5}));
    assertTrue(twoEightyFive.sensitive(100, new double[] {80, 6, 5, 5, 4}));
    assertEquals(100.0 / 85 * 86 - 100, twoEightyFive.protection(100, new double[] {80, 6, 5, 5, 4}), EXACT);
    // fewer contributors than n: all of them count, and one alone is the whole cell
    assertTrue(DominanceRule.of(3, 90).sensitive(95, new double[] {95}));
    assertEquals(2, twoEightyFive.n());
    assertEquals(85, twoEightyFive.k());
  }

  @Test
  void aProtectionLevelIsAShareOfTheThresholdOrTheValueRoundedUpForCounts() {
    assertEquals(1, ProtectionLevel.DEFAULT.required(2, 10, true));
    assertEquals(ProtectionLevel.Base.THRESHOLD, ProtectionLevel.DEFAULT.base());
    assertEquals(List.of(0.1, 1.0), List.of(ProtectionLevel.DEFAULT.share(), ProtectionLevel.DEFAULT.minimum()));
    // 10 % of 25 is 2.5: three whole counts, or 2.5 for amounts
    assertEquals(3, ProtectionLevel.DEFAULT.required(2, 25, true));
    assertEquals(2.5, ProtectionLevel.DEFAULT.required(2, 25, false), EXACT);
    // 10 % of 5 is 0.5, below the minimum of 1
    assertEquals(1, ProtectionLevel.DEFAULT.required(2, 5, false));

    ProtectionLevel threshold = ProtectionLevel.shareOfThreshold(0.15, 1);
    assertEquals(2, threshold.required(4, 10, true));
    assertEquals(1.5, threshold.required(4, 10, false), EXACT);
    assertEquals(threshold.required(4, 10, true), threshold.required(9, 10, true));

    ProtectionLevel value = ProtectionLevel.shareOfValue(0.3, 1);
    assertEquals(ProtectionLevel.Base.VALUE, value.base());
    // 30 % of 7 is 2.1: three whole counts
    assertEquals(3, value.required(7, 10, true));
    assertEquals(2.1, value.required(7, 10, false), EXACT);
    // 30 % of 2 is 0.6, below the minimum
    assertEquals(1, value.required(2, 10, false));
    // a fractional minimum is rounded up for counts as well
    assertEquals(1, ProtectionLevel.shareOfValue(0.25, 0.5).required(3, 10, true));
    assertEquals(0.75, ProtectionLevel.shareOfValue(0.25, 0.5).required(3, 10, false), EXACT);
  }

  @Test
  void aCountTablesProtectionIsInWholeCounts() {
    // r1 × c0 = 7 of 8 records; half its value is 3.5, so it needs 4 either way. Its hypercube is
    // the rectangle through r2 and c1, as in SmallCellSuppressionTest: the corners moving against
    // it (88 and 30) hold 4.
    CountTable table = Tables.table(
        new double[][] {{41, 212}, {7, 88}, {30, 150}}, new long[][] {{55, 240}, {8, 101}, {40, 170}}, true, true);
    SuppressionRule rule = SuppressionRule.of(10).withProtection(ProtectionLevel.shareOfValue(0.5, 1));
    SuppressedTable t = SmallCellSuppression.apply(table, rule);
    DisclosureAudit audit = DisclosureAudit.of(table, rule, t);

    assertEquals("../PC/CC", Tables.pattern(t));
    assertTrue(audit.passes(), audit.explanation());
    AuditedEntry small = audited(audit, "r1", "c0");
    assertEquals(List.of(4.0, 4.0), List.of(small.requiredBelow(), small.requiredAbove()));
    assertTrue(small.lower() <= 3 && small.upper() >= 11, small.explanation());
  }

  /**
   * Funding by partner and program, with every total. Contributions:
   *
   * <pre>
   *              tutoring                                    meals
   * Lincoln      county 90 000, united-way 4 000,            food-coop 12 000, church 10 000,
   *              pta 3 000, rotary 3 000       (100 000)     grocer 9 000, bakery 9 000   (40 000)
   * Eastside     county 20 000, library 5 000   (25 000)     county 25 000, united-way 20 000,
   *                                                          pta 3 000, rotary 2 000      (50 000)
   * Westside     credit-union 15 000, hospital 15 000,       farm 10 000, diner 8 000,
   *              arts-council 10 000, museum 10 000 (50 000) market 7 000, cafe 5 000  (30 000)
   * </pre>
   */
  private static MagnitudeTable funding() {
    return MagnitudeTable.builder(List.of(
            Hierarchy.withTotal("partner", List.of("Lincoln", "Eastside", "Westside")),
            Hierarchy.withTotal("program", List.of("tutoring", "meals"))))
        .add("county", 90_000, "Lincoln", "tutoring")
        .add("united-way", 4_000, "Lincoln", "tutoring")
        .add("pta", 3_000, "Lincoln", "tutoring")
        .add("rotary", 3_000, "Lincoln", "tutoring")
        .add("food-coop", 12_000, "Lincoln", "meals")
        .add("church", 10_000, "Lincoln", "meals")
        .add("grocer", 9_000, "Lincoln", "meals")
        .add("bakery", 9_000, "Lincoln", "meals")
        .add("county", 20_000, "Eastside", "tutoring")
        .add("library", 5_000, "Eastside", "tutoring")
        .add("county", 25_000, "Eastside", "meals")
        .add("united-way", 20_000, "Eastside", "meals")
        .add("pta", 3_000, "Eastside", "meals")
        .add("rotary", 2_000, "Eastside", "meals")
        .add("credit-union", 15_000, "Westside", "tutoring")
        .add("hospital", 15_000, "Westside", "tutoring")
        .add("arts-council", 10_000, "Westside", "tutoring")
        .add("museum", 10_000, "Westside", "tutoring")
        .add("farm", 10_000, "Westside", "meals")
        .add("diner", 8_000, "Westside", "meals")
        .add("market", 7_000, "Westside", "meals")
        .add("cafe", 5_000, "Westside", "meals")
        .build();
  }

  private static final SuppressionRule FUNDING_RULE = SuppressionRule.of(3)
      .withPercentRule(Option.of(PercentRule.of(10)))
      .withDominanceRule(Option.of(DominanceRule.of(2, 85)));

  private static final String PERCENT = "p% rule (p = 10): the rest of the entry is less than 10 % of its largest contribution";
  private static final String DOMINANCE = "(2, 85) dominance rule: its 2 largest contributions exceed 85 % of it";

  @Test
  void aContributorCountsOnceInATotalWithItsContributionsAdded() {
    MagnitudeTable table = funding();

    assertEquals(75_000, table.value(List.of("Eastside", "Total")));
    // county's 20 000 and 25 000 are one contribution of 45 000
    assertEquals(List.of(45_000.0, 20_000.0, 5_000.0, 3_000.0, 2_000.0), table.contributions(List.of("Eastside", "Total")));
    assertEquals(List.of(20_000.0, 5_000.0), table.contributions(List.of("Eastside", "tutoring")));
    assertEquals(295_000, table.value(List.of("Total", "Total")));
    assertEquals(List.of(135_000.0, 24_000.0), table.contributions(List.of("Total", "Total")).take(2));
    assertEquals(17, table.contributions(List.of("Total", "Total")).size());
  }

  @Test
  void aFundingTableIsSuppressedUnderTheThresholdThePercentAndTheDominanceRule() {
    // Primary, by hand (X the entry, x1 ≥ x2 its largest contributions):
    //  Lincoln × tutoring: 4 contributors; X − x1 − x2 = 6 000 < 10 % of 90 000 (p%, needs 3 000);
    //    94 000 > 85 % of 100 000 (dominance, needs 100/85 · 94 000 − 100 000 ≈ 10 588.24).
    //  Eastside × tutoring: 2 contributors < 3; the rest is 0 (p%, needs 2 000); 100 % > 85 %
    //    (needs 100/85 · 25 000 − 25 000 ≈ 4 411.76).
    //  Eastside × meals: 45 000 of 50 000 = 90 % (dominance only, ≈ 2 941.18); the rest,
    //    5 000, is not less than 10 % of 25 000.
    //  Eastside × Total: county counts once, 45 000; with united-way, 65 000 of 75 000 = 86.7 %
    //    (dominance, ≈ 1 470.59). Counted as two contributors, county's 25 000 and 20 000 would
    //    make 45 000 of 75 000, 60 %, and the total would pass.
    // Every other entry has at least 3 contributors and passes both rules; its two largest make
    // Lincoln × meals 55 %, Lincoln × Total 72.9 %, each Westside cell 60 % and its total 37.5 %,
    // the program totals 71.4 % and 37.5 %, the grand total 53.9 %.
    MagnitudeTable table = funding();
    SuppressedTable t = SmallCellSuppression.apply(table, FUNDING_RULE);

    assertEquals(Option.of(Suppression.PRIMARY), t.entry(List.of("Lincoln", "tutoring")).suppression());
    assertEquals(PERCENT + "; " + DOMINANCE, t.entry(List.of("Lincoln", "tutoring")).reason());
    assertEquals("fewer than 3 contributors (2); " + PERCENT + "; " + DOMINANCE, t.entry(List.of("Eastside", "tutoring")).reason());
    assertEquals(DOMINANCE, t.entry(List.of("Eastside", "meals")).reason());
    assertEquals(DOMINANCE, t.entry(List.of("Eastside", "Total")).reason());
    assertEquals(4, t.count(Suppression.PRIMARY));

    // Hypercubes, largest protection first. Lincoln × tutoring: the box through Eastside and
    // meals has two corners hidden already (Eastside × tutoring, Eastside × meals) and hides only
    // Lincoln × meals; the corners moving against it hold 25 000 and 40 000 ≥ 10 588.24. The two
    // Eastside cells then find that same box, all hidden. Eastside × Total: every box adds a
    // total; through Lincoln it adds only Lincoln × Total (1.5), through Westside a total and a
    // cell, through the total row the grand total and more.
    assertEquals("PCC/PPP/.../...", entries(t));
    assertEquals("protects Lincoln × tutoring (hypercube of 4 entries)", t.entry(List.of("Lincoln", "meals")).reason());
    assertEquals("protects Eastside × Total (hypercube of 4 entries)", t.entry(List.of("Lincoln", "Total")).reason());
    assertEquals(Option.of(295_000.0), t.entry(List.of("Total", "Total")).value());
    assertTrue(t.explanation().startsWith("Entries that fail the safety rule (fewer than 3 contributors, the p% rule, "
        + "the (n,k) dominance rule) are suppressed (4 primary); 2 more"), t.explanation());

    DisclosureAudit audit = DisclosureAudit.of(table, FUNDING_RULE, t);
    assertTrue(audit.passes(), audit.explanation());
    assertReaches(audit, 100.0 / 85 * 94_000 - 100_000, "Lincoln", "tutoring");
    assertReaches(audit, 100.0 / 85 * 25_000 - 25_000, "Eastside", "tutoring");
    assertReaches(audit, 100.0 / 85 * 45_000 - 50_000, "Eastside", "meals");
    assertReaches(audit, 100.0 / 85 * 65_000 - 75_000, "Eastside", "Total");
    // Lincoln × tutoring + Eastside × tutoring = 175 000 − 50 000 shown for Westside
    AuditedEntry lincoln = audited(audit, "Lincoln", "tutoring");
    assertEquals(0, lincoln.lower(), lincoln.tolerance());
    assertEquals(125_000, lincoln.upper(), lincoln.tolerance());
  }

  /** The entry is sensitive, needs the protection on both sides, and its interval reaches it. */
  private static void assertReaches(DisclosureAudit audit, double protection, String... codes) {
    AuditedEntry e = audited(audit, codes);
    assertTrue(e.sensitive() && e.hidden(), e.explanation());
    assertEquals(protection, e.requiredAbove(), 1e-6, e.explanation());
    assertEquals(protection, e.requiredBelow(), 1e-6, e.explanation());
    assertTrue(e.lower() <= e.value() - protection + e.tolerance(), e.explanation());
    assertTrue(e.upper() >= e.value() + protection - e.tolerance(), e.explanation());
  }

  @Test
  void badRulesAreNamedWithTheirRange() {
    assertViolations("PercentRule", () -> PercentRule.of(0), "p: must be more than 0 and at most 100 %, got 0.0");
    assertViolations("PercentRule", () -> PercentRule.of(101), "p: must be more than 0 and at most 100 %, got 101.0");
    assertViolations("PercentRule", () -> PercentRule.of(Double.NaN), "p: must be more than 0 and at most 100 %, got NaN");
    assertViolations("DominanceRule", () -> DominanceRule.of(0, 0),
        "n: must be at least 1, got 0", "k: must be more than 0 and at most 100 %, got 0.0");
    assertViolations("DominanceRule", () -> DominanceRule.of(2, 100.5), "k: must be more than 0 and at most 100 %, got 100.5");
    assertViolations("ProtectionLevel", () -> ProtectionLevel.shareOfValue(1.5, 0),
        "share: must be between 0 and 1, got 1.5", "minimum: must be finite and more than 0, got 0.0");
    assertViolations("ProtectionLevel", () -> ProtectionLevel.shareOfThreshold(Double.NaN, Double.POSITIVE_INFINITY),
        "share: must be between 0 and 1, got NaN", "minimum: must be finite and more than 0, got Infinity");
    assertViolations("SuppressionRule", () -> SuppressionRule.of(-5), "threshold: must be at least 1, got -5");
    // the edges of each range are allowed
    assertEquals(100, PercentRule.of(100).p());
    assertEquals(100, DominanceRule.of(1, 100).k());
    // a share of 0 leaves the minimum alone
    assertEquals(1, ProtectionLevel.shareOfValue(0, 1).required(5, 10, false));
    assertEquals(1, ProtectionLevel.shareOfThreshold(1, 0.5).share());
  }

  private static void assertViolations(String subject, Executable check, String... expected) {
    ValidationException e = assertThrows(ValidationException.class, check);
    assertEquals(subject, e.subject());
    assertEquals(List.of(expected), e.violations().map(Violation::toString));
  }
}
