// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.commonground.core.readiness.Instrument;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.scoring.readiness.FactorScore;
import org.commonground.scoring.readiness.ResponseMatrix;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.readiness.SurveyScoring;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The peers of each comparison compute the same thing from the same data: the roll-up's library
 * path, hand loop, Streams and DuckDB give the same count and sums in every cell, both ways of
 * building the table give the same table, and the survey hand loop gives the library's statistics.
 * Nothing here is timed.
 */
class PeersAgreeTest {

  private static final int RECORDS = 10_000;

  private static Workloads.Columns columns;
  private static MeasureLayout layout;
  private static CellTotals library;

  @BeforeAll
  static void rollUpWithTheLibrary() {
    columns = Workloads.columns(RECORDS, 11);
    layout = Workloads.regionalLayout();
    library = CellTotals.of(new MeasureAccumulator(layout).addAll(columns.table(layout)).snapshot());
  }

  @Test
  void theLibraryCountsEveryRecordOnce() {
    assertEquals(RECORDS, library.totalRecords());
    double graduates = 0;
    for (double n : columns.numerator()) {
      graduates += n;
    }
    double rolledUp = 0;
    for (double n : library.numerator()) {
      rolledUp += n;
    }
    assertEquals(graduates, rolledUp);
  }

  @Test
  void theHandLoopAgreesWithTheLibrary() {
    assertSameTotals(library, HandLoopRollUp.rollUp(columns));
  }

  @Test
  void streamsAgreeWithTheLibrary() {
    assertSameTotals(library, CellTotals.of(StreamsRollUp.rollUp(StreamsRollUp.records(columns))));
  }

  @Test
  void duckDbAgreesWithTheLibraryWithOneThreadAndWithTwo() throws SQLException {
    for (int threads = 1; threads <= 2; threads++) {
      try (DuckDBConnection connection = DuckDbRollUp.open(threads)) {
        DuckDbRollUp.createTable(connection);
        assertEquals(RECORDS, DuckDbRollUp.load(connection, columns));
        try (PreparedStatement rollUp = DuckDbRollUp.prepare(connection)) {
          assertSameTotals(library, DuckDbRollUp.query(rollUp));
          // the statement runs again, as the benchmark runs it
          assertSameTotals(library, DuckDbRollUp.query(rollUp));
        }
      }
    }
  }

  @Test
  void bothWaysOfBuildingTheTableGiveTheTableOfTheColumns() {
    MeasurePartial expected = new MeasureAccumulator(layout).addAll(Workloads.records(RECORDS, 11)).snapshot();
    MeasureTable appended = new TableBuildingBenchmark().rowBuilder(columnsState());
    MeasureTable copied = new TableBuildingBenchmark().ofColumns(columnsState());

    assertEquals(RECORDS, appended.size());
    assertEquals(expected, new MeasureAccumulator(layout).addAll(appended).snapshot());
    assertEquals(expected, new MeasureAccumulator(layout).addAll(copied).snapshot());
  }

  @Test
  void theSurveyHandLoopComputesTheLibrarysStatistics() {
    int respondents = 500;
    int[] answers = Workloads.answers(respondents, 11);
    Instrument instrument = Workloads.inventory();
    SurveyScore score = SurveyScoring.withDefaults().score(ResponseMatrix.of(instrument, respondents, answers));
    SurveyHandLoop.FactorStatistics[] hand = SurveyHandLoop.score(instrument, respondents, answers);

    assertEquals(score.factors().size(), hand.length);
    for (int f = 0; f < hand.length; f++) {
      FactorScore expected = score.factors().get(f);
      SurveyHandLoop.FactorStatistics actual = hand[f];
      String factor = expected.factor().id();
      assertEquals(factor, actual.factor());
      assertEquals(expected.answers(), actual.answers(), factor);
      assertEquals(expected.respondents(), actual.respondents(), factor);
      assertArrayEquals(expected.distribution().toJavaStream().mapToLong(Long::longValue).toArray(),
          actual.distribution(), factor);
      assertEquals(expected.mean().get(), actual.mean(), 1e-12, factor);
      assertEquals(expected.standardDeviation().get(), actual.standardDeviation(), 1e-12, factor);
      assertEquals(expected.alpha().get(), actual.alpha(), 1e-12, factor);
    }
  }

  @Test
  void theSurveyHandLoopReverseCodes() {
    // one respondent answering 5 everywhere: a reverse-coded item counts 1
    Instrument instrument = Workloads.inventory();
    int[] answers = new int[Workloads.ITEMS];
    java.util.Arrays.fill(answers, 5);
    SurveyHandLoop.FactorStatistics[] hand = SurveyHandLoop.score(instrument, 1, answers);

    assertArrayEquals(new long[] {0, 0, 0, 0, 2}, hand[0].distribution());
    assertArrayEquals(new long[] {1, 0, 0, 0, 2}, hand[4].distribution());
    assertEquals(11.0 / 3, hand[4].mean(), 1e-15);
    assertTrue(Double.isNaN(hand[4].alpha()), "alpha needs two complete respondents");
  }

  private static RecordStates.ColumnsState columnsState() {
    RecordStates.ColumnsState state = new RecordStates.ColumnsState();
    state.layout = layout;
    state.columns = columns;
    return state;
  }

  private static void assertSameTotals(CellTotals expected, CellTotals actual) {
    assertArrayEquals(expected.records(), actual.records(), "records per cell");
    assertArrayEquals(expected.numerator(), actual.numerator(), "numerator sums per cell");
    assertArrayEquals(expected.denominator(), actual.denominator(), "denominator sums per cell");
  }
}
