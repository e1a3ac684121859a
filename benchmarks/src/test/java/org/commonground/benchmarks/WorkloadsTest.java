// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonground.core.readiness.Item;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.scoring.numeric.ExactSum;
import org.commonground.scoring.readiness.ResponseMatrix;
import org.commonground.scoring.readiness.SurveyScoring;
import org.commonground.scoring.suppression.SmallCellSuppression;
import org.commonground.scoring.suppression.SuppressedTable;
import org.commonground.scoring.suppression.SuppressionRule;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure real work on valid data: each workload is what it says, and the paths a
 * benchmark compares give equal results. Nothing here is timed.
 */
class WorkloadsTest {

  @Test
  void theRecordsAndTheirPartsAreTheSameDataAndMergeToTheSameBits() {
    MeasureTable records = Workloads.records(20_000, 7);
    MeasurePartial onePass = new MeasureAccumulator(records.layout()).addAll(records).snapshot();
    MeasureAccumulator merged = new MeasureAccumulator(records.layout());
    Workloads.parts(20_000, 7, 8).forEach(part -> merged.merge(new MeasureAccumulator(records.layout()).addAll(part).snapshot()));

    assertEquals(20_000, records.size());
    assertEquals(20_000, onePass.totalRecords());
    assertEquals(onePass, merged.snapshot());
    assertEquals(Workloads.PARTNERS, records.layout().partners().values().size());
  }

  @Test
  void theColumnsAreTheRecordsOfTheTable() {
    Workloads.Columns columns = Workloads.columns(20_000, 7);
    MeasureTable table = columns.table(Workloads.regionalLayout());

    assertEquals(20_000, columns.size());
    assertEquals(
        new MeasureAccumulator(table.layout()).addAll(Workloads.records(20_000, 7)).snapshot(),
        new MeasureAccumulator(table.layout()).addAll(table).snapshot());
    assertEquals(140_000, Workloads.CELLS);
  }

  @Test
  void theMatrixAndTheSurveyScoreTheSame() {
    ResponseMatrix matrix = Workloads.responses(300, 7);
    SurveyScoring scoring = SurveyScoring.withDefaults();

    assertEquals(Workloads.ITEMS, matrix.instrument().items().size());
    assertEquals(4, matrix.instrument().items().count(Item::reverseCoded));
    assertEquals(20, matrix.instrument().factors().size());
    assertEquals(scoring.score(matrix), scoring.score(Workloads.survey(matrix)));
  }

  @Test
  void thePublishedTableHasSmallCellsToSuppress() {
    SuppressedTable published = SmallCellSuppression.apply(Workloads.countTable(20, 10, 7), SuppressionRule.DEFAULT);

    assertTrue(published.entries().count(e -> e.suppression().isDefined()) > 20, published.explanation());
  }

  @Test
  void theExactSumBenchmarksTermsAreOfMixedMagnitude() {
    double[] values = Workloads.doubles(100_000, 7);
    double plain = 0;
    for (double v : values) {
      plain += v;
    }
    // the plain loop's rounding errors show; the exact sum does not depend on the order
    assertNotEquals(ExactSum.of(values), plain);
    double[] backwards = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      backwards[i] = values[values.length - 1 - i];
    }
    assertEquals(ExactSum.of(values), ExactSum.of(backwards));
  }
}
