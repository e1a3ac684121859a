// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.Hierarchy;
import org.commonground.scoring.suppression.SmallCellSuppression;
import org.commonground.scoring.suppression.SuppressionRule;
import org.junit.jupiter.api.Test;

/**
 * The tables of counts and of what is published, in every shape; the examples module checks every
 * other result's table on the sample partnership.
 */
class TextTablesTest {

  private static final CountTable COUNTS = CountTable.of(List.of("lincoln-hs", "youth-works"), List.of("en", "so"),
      new double[][] {{212, 4}, {118, 15}}, new long[][] {{250, 5}, {140, 20}}, true, true);

  @Test
  void aTwoWayCountTableIsAGridWithTotals() {
    assertEquals(
        "rows         en   so  total\n"
            + "-----------  ---  --  -----\n"
            + "lincoln-hs   212  4   216\n"
            + "youth-works  118  15  133\n"
            + "total        330  19  349\n",
        TextTables.of(COUNTS).render().replaceFirst("^\\S+ *", "rows         "));
  }

  @Test
  void aPublishedTwoWayTableHidesItsSuppressedCells() {
    assertEquals(
        "partner      en   so  total\n"
            + "-----------  ---  --  -----\n"
            + "lincoln-hs   +    *   216\n"
            + "youth-works  +    +   133\n"
            + "total        330  19  349\n",
        TextTables.of(SmallCellSuppression.apply(COUNTS, SuppressionRule.DEFAULT), "partner").render());
  }

  @Test
  void aThreeWayTableHasARowPerCell() {
    List<Hierarchy> dimensions = List.of(Hierarchy.flat("partner", List.of("a", "b")), Hierarchy.flat("term", List.of("fall")),
        Hierarchy.flat("language", List.of("en", "so")));
    CountTable counts = CountTable.frequencies(dimensions, new long[] {12, 3, 40, 25});
    TextTable table = TextTables.of(counts);
    assertEquals(List.of("partner", "term", "language", "value"), List.of(table.render().split("\n")[0].split(" +")));
    assertEquals("b        fall  so        25", table.render().split("\n")[5]);
    assertEquals("CountTable 2 × 1 × 2 (total 80)", counts.toString());
    TextTable published = TextTables.of(SmallCellSuppression.apply(counts, SuppressionRule.DEFAULT));
    assertEquals(List.of("entry", "published", "reason"), List.of(published.render().split("\n")[0].split(" +")));
  }
}
