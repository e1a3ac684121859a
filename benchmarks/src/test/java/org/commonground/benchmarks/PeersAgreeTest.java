package org.commonground.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The peers of each comparison compute the same thing from the same data: the roll-up's library
 * path, hand loop, Streams and DuckDB give the same count and sums in every cell, and both ways
 * of building the table give the same table. Nothing here is timed.
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
