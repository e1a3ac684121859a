// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The example of the package's documentation, run as written, with the values its comments give. */
class PackageExampleTest {

  @Test
  void thePackageExampleRunsAsDocumented() {
    CountTable graduates = CountTable.of(
        List.of("Lincoln", "Eastside"), List.of("low income", "not low income"),
        new double[][] {{41, 212}, {6, 88}},
        new long[][] {{55, 240}, {8, 101}},
        true, true);

    SuppressedTable published = SmallCellSuppression.apply(graduates, SuppressionRule.DEFAULT);
    assertEquals("fewer than 10 records (8)", published.cell(1, 0).reason());
    assertEquals(3, published.count(Suppression.COMPLEMENTARY));

    DisclosureAudit audit = DisclosureAudit.of(graduates, SuppressionRule.DEFAULT, published);
    assertTrue(audit.passes());
    AuditedEntry small = audit.entries().find(e -> e.sensitive()).get();
    assertEquals(0.0, small.lower());
    assertEquals(47.0, small.upper());
    assertTrue(small.explanation().startsWith("Eastside × low income (6) lies in [0, 47] by "), small.explanation());

    assertFalse(DisclosureAudit.of(graduates, SuppressionRule.DEFAULT,
        List.of(List.of("Eastside", "low income"), List.of("Eastside", "not low income"))).passes());
  }
}
