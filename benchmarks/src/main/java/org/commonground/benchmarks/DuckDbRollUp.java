// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The roll-up in DuckDB, in process through JDBC: the records loaded with DuckDB's Appender into
 * a table, and rolled up with one {@code GROUP BY} whose every result row is read back.
 *
 * <p>Why it is written so: it is what DuckDB's documentation tells a Java user to do. Loading goes
 * through the {@link DuckDBAppender}, DuckDB's fast path for bulk inserts from Java (not row
 * {@code INSERT}s), into an in-memory table whose columns have the raw columns' types ({@code
 * INTEGER} codes, {@code DOUBLE} numerator and denominator), so every peer reads the same values.
 * The roll-up is a single prepared {@code GROUP BY} over partner, indicator, period, income and
 * race computing {@code count(*)}, {@code sum(numerator)} and {@code sum(denominator)}, and the
 * result is read row by row into dense {@link CellTotals}, because a roll-up nobody reads is not
 * done. DuckDB is given the number of threads to use ({@code threads}); the benchmarks run it with
 * one thread, like the other peers, and with two, all this machine has.
 *
 * <pre>{@code
 * try (DuckDBConnection connection = DuckDbRollUp.open(1)) {
 *   DuckDbRollUp.createTable(connection);
 *   DuckDbRollUp.load(connection, Workloads.columns(1_000_000, 42));
 *   try (PreparedStatement query = DuckDbRollUp.prepare(connection)) {
 *     CellTotals totals = DuckDbRollUp.query(query);
 *   }
 * }
 * }</pre>
 */
public final class DuckDbRollUp {

  /** The table the records are loaded into. */
  public static final String TABLE = "student_records";

  /** The table's definition: the raw columns' names and types. */
  public static final String CREATE_TABLE =
      "CREATE TABLE " + TABLE + " (partner INTEGER, indicator INTEGER, period INTEGER, income INTEGER,"
          + " race INTEGER, numerator DOUBLE, denominator DOUBLE)";

  /** The roll-up: one row per cell with records. */
  public static final String ROLL_UP =
      "SELECT partner, indicator, period, income, race, count(*), sum(numerator), sum(denominator)"
          + " FROM " + TABLE + " GROUP BY partner, indicator, period, income, race";

  private DuckDbRollUp() {}

  /**
   * A new, empty in-memory database.
   *
   * @param threads how many threads DuckDB may use, at least 1
   * @return a connection to it; close it to free the database
   * @throws SQLException if DuckDB cannot start
   */
  public static DuckDBConnection open(int threads) throws SQLException {
    Properties settings = new Properties();
    settings.setProperty("threads", Integer.toString(threads));
    return DriverManager.getConnection("jdbc:duckdb:", settings).unwrap(DuckDBConnection.class);
  }

  /**
   * Creates the empty table of {@link #CREATE_TABLE}.
   *
   * @param connection a connection
   * @throws SQLException if the table exists
   */
  public static void createTable(DuckDBConnection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_TABLE);
    }
  }

  /**
   * Appends every record to the table with DuckDB's Appender, row by row, and closes the appender,
   * which flushes the last rows.
   *
   * @param connection a connection whose database has the table
   * @param columns the records
   * @return the number of rows appended
   * @throws SQLException if DuckDB refuses a row
   */
  public static long load(DuckDBConnection connection, Workloads.Columns columns) throws SQLException {
    int[] partner = columns.partner();
    int[] indicator = columns.indicator();
    int[] period = columns.period();
    int[] income = columns.income();
    int[] race = columns.race();
    double[] numerator = columns.numerator();
    double[] denominator = columns.denominator();
    try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
      for (int r = 0; r < partner.length; r++) {
        appender.beginRow()
            .append(partner[r]).append(indicator[r]).append(period[r]).append(income[r]).append(race[r])
            .append(numerator[r]).append(denominator[r])
            .endRow();
      }
    }
    return partner.length;
  }

  /**
   * Prepares the roll-up query, once, for {@link #query}.
   *
   * @param connection a connection whose database has the table
   * @return the prepared {@link #ROLL_UP}
   * @throws SQLException if DuckDB cannot plan it
   */
  public static PreparedStatement prepare(DuckDBConnection connection) throws SQLException {
    return connection.prepareStatement(ROLL_UP);
  }

  /**
   * Runs the roll-up and reads every result row.
   *
   * @param rollUp the statement {@link #prepare} made
   * @return the totals of every cell
   * @throws SQLException if the query fails
   */
  public static CellTotals query(PreparedStatement rollUp) throws SQLException {
    CellTotals totals = CellTotals.empty();
    try (ResultSet rows = rollUp.executeQuery()) {
      while (rows.next()) {
        totals.add(CellTotals.cell(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getInt(5)),
            rows.getLong(6), rows.getDouble(7), rows.getDouble(8));
      }
    }
    return totals;
  }
}
