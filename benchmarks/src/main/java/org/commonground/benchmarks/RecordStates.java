// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasureTable;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JMH states of the roll-up comparison, one per peer, so that a fork builds only what its
 * benchmark reads: at 10⁸ records the raw columns alone take 3.6 GB, the Streams peer's objects
 * about 5 GB more. Every state draws the same records from the same seed
 * ({@link Workloads#columns(int, long)}) and builds its peer's form from those columns, then lets
 * the columns go if the peer does not read them.
 *
 * <pre>{@code
 * @Benchmark
 * public CellTotals handLoop(RecordStates.ColumnsState state) {
 *   return HandLoopRollUp.rollUp(state.columns);
 * }
 * }</pre>
 */
public final class RecordStates {

  /** The seed every state draws its records with. */
  public static final long SEED = 42;

  private RecordStates() {}

  /** The number of records, the comparison's one size parameter, inherited by every state. */
  @State(Scope.Benchmark)
  public abstract static class Sized {

    /** How many student records: 10⁵ to 10⁸. */
    @Param({"100000", "1000000", "10000000", "100000000"})
    public int records;

    /** For JMH's generated subclasses. */
    protected Sized() {}
  }

  /** The raw columns: what the hand loop reads and tables are built from. */
  @State(Scope.Benchmark)
  public static class ColumnsState extends Sized {

    /** The regional layout. */
    MeasureLayout layout;

    /** The records. */
    Workloads.Columns columns;

    /** Draws the records. */
    @Setup(Level.Trial)
    public void draw() {
      layout = Workloads.regionalLayout();
      columns = Workloads.columns(records, SEED);
    }
  }

  /** The library's columnar table; the raw columns it was built from are let go. */
  @State(Scope.Benchmark)
  public static class TableState extends Sized {

    /** The regional layout. */
    MeasureLayout layout;

    /** The records, as the library holds them. */
    MeasureTable table;

    /** Draws the records and builds the table. */
    @Setup(Level.Trial)
    public void draw() {
      layout = Workloads.regionalLayout();
      table = Workloads.columns(records, SEED).table(layout);
    }
  }

  /** The records as objects, for the Streams peer; the raw columns are let go. */
  @State(Scope.Benchmark)
  public static class ObjectsState extends Sized {

    /** The records, one object each. */
    List<StreamsRollUp.StudentRecord> objects;

    /** Draws the records and makes their objects. */
    @Setup(Level.Trial)
    public void draw() {
      objects = StreamsRollUp.records(Workloads.columns(records, SEED));
    }
  }

  /** A DuckDB database with the records loaded, and the roll-up query prepared. */
  @State(Scope.Benchmark)
  public static class DuckDbState extends Sized {

    /** How many threads DuckDB may use. */
    @Param({"1", "2"})
    public int threads;

    private DuckDBConnection connection;

    /** The prepared roll-up. */
    PreparedStatement rollUp;

    /**
     * Draws the records, loads them into a new in-memory database and prepares the query.
     *
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void load() throws SQLException {
      connection = DuckDbRollUp.open(threads);
      DuckDbRollUp.createTable(connection);
      DuckDbRollUp.load(connection, Workloads.columns(records, SEED));
      rollUp = DuckDbRollUp.prepare(connection);
    }

    /**
     * Closes the query and the database.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      rollUp.close();
      connection.close();
    }
  }

  /**
   * The raw columns and, for every invocation, a new in-memory DuckDB database with the empty
   * table, closed after the invocation: each load starts from nothing, and only the load is timed.
   */
  @State(Scope.Benchmark)
  public static class DuckDbLoadState extends Sized {

    /** The records. */
    Workloads.Columns columns;

    /** The database of the current invocation. */
    DuckDBConnection connection;

    /** Draws the records. */
    @Setup(Level.Trial)
    public void draw() {
      columns = Workloads.columns(records, SEED);
    }

    /**
     * Opens a new database with the empty table.
     *
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Invocation)
    public void open() throws SQLException {
      connection = DuckDbRollUp.open(2);
      DuckDbRollUp.createTable(connection);
    }

    /**
     * Closes the database, freeing what was loaded.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Invocation)
    public void close() throws SQLException {
      connection.close();
    }
  }
}
