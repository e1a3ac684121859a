// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import java.util.Random;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;

/** A layout with a percent, a count and a mean, and random record-level tables for it. */
final class ColumnarFixtures {

  private ColumnarFixtures() {}

  static final Indicator GRAD = Fixtures.indicator("grad", Unit.PERCENT).build();
  static final Indicator VISITS = Fixtures.indicator("visits", Unit.COUNT).build();
  static final Indicator SCORE = Fixtures.indicator("score", Unit.MEAN).build();

  static final MeasureLayout LAYOUT =
      MeasureLayout.of(
          Fixtures.set(GRAD, VISITS, SCORE),
          CodeList.of(List.of("lincoln", "eastside", "youth-works")),
          CodeList.of(List.of(Period.year(2022), Period.year(2023))),
          List.of(
              SubgroupDimension.of("income", List.of("low", "not low")),
              SubgroupDimension.of("language", List.of("english", "spanish", "other"))));

  /** Random records: 0/1 graduates, small counts, and scores with fractions. */
  static MeasureTable table(Random random, int records) {
    MeasureTable.Builder rows = MeasureTable.builder(LAYOUT);
    for (int r = 0; r < records; r++) {
      int indicator = random.nextInt(3);
      int[] groups = {random.nextInt(2), random.nextInt(3)};
      double numerator;
      double denominator;
      if (indicator == 0) {
        numerator = random.nextInt(2);
        denominator = 1;
      } else if (indicator == 1) {
        numerator = random.nextInt(5);
        denominator = 0;
      } else {
        numerator = random.nextInt(4000) / 40.0 + random.nextDouble();
        denominator = 1;
      }
      rows.add(random.nextInt(3), indicator, random.nextInt(2), groups, numerator, denominator);
    }
    return rows.build();
  }
}
