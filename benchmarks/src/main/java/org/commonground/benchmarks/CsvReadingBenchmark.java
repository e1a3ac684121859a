// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.serialization.csv.ColumnMapping;
import org.commonground.serialization.csv.CsvReaders;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one CSV file of student records into a table: the library's {@link CsvReaders#measures}
 * into a {@link MeasureTable} (one thread, every code looked up in the layout and every record
 * checked, as it must be before it is aggregated), beside DuckDB's {@code read_csv} of the same
 * file into an in-memory table of the same seven columns (codes as {@code VARCHAR}, numerator and
 * denominator as {@code DOUBLE}, the header and types given, nothing sniffed), on 1 and on 2
 * threads. The file is written once per trial into a temporary directory from the seeded records
 * of {@link Workloads#columns}, in the layout's codes ({@code partner-17,indicator-3,2021,low,
 * hispanic,1,1}), and deleted after. The ratio to report is DuckDB's time over the library's.
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="CsvReading -p records=10000000"
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class CsvReadingBenchmark {

  /** The file's header: the layout's fields, each dimension under its name. */
  static final String HEADER = "partner,indicator,period,income,race-ethnicity,numerator,denominator";

  /** The file, written once per trial. */
  @State(Scope.Benchmark)
  public static class CsvFile {

    /** How many records the file holds. */
    @Param({"10000000"})
    public int records;

    /** The regional layout. */
    MeasureLayout layout;

    private Path directory;

    /** The file. */
    Path file;

    /**
     * Draws the records and writes them as CSV.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup(Level.Trial)
    public void write() throws IOException {
      layout = Workloads.regionalLayout();
      directory = Files.createTempDirectory("csv-reading");
      file = directory.resolve("records.csv");
      CsvReadingBenchmark.write(layout, Workloads.columns(records, RecordStates.SEED), file);
    }

    /**
     * Deletes the file and its directory.
     *
     * @throws IOException if they cannot be deleted
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
      Files.deleteIfExists(file);
      Files.deleteIfExists(directory);
    }
  }

  /** A DuckDB database, beside the file. */
  @State(Scope.Benchmark)
  public static class DuckDb {

    /** How many threads DuckDB may use. */
    @Param({"1", "2"})
    public int threads;

    DuckDBConnection connection;

    /**
     * Opens an in-memory database.
     *
     * @throws SQLException if DuckDB cannot start
     */
    @Setup(Level.Trial)
    public void open() throws SQLException {
      connection = DuckDbRollUp.open(threads);
    }

    /**
     * Closes it.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      connection.close();
    }
  }

  /**
   * Writes records as CSV in the layout's codes.
   *
   * @param layout the regional layout
   * @param columns the records
   * @param file where to write
   * @throws IOException if the file cannot be written
   */
  static void write(MeasureLayout layout, Workloads.Columns columns, Path file) throws IOException {
    String[] partners = layout.partners().values().toJavaArray(String[]::new);
    String[] indicators = layout.indicators().values().map(i -> i.id()).toJavaArray(String[]::new);
    String[] periods = layout.periods().values().map(Object::toString).toJavaArray(String[]::new);
    String[] incomes = layout.dimensions().get(0).groups().values().toJavaArray(String[]::new);
    String[] races = layout.dimensions().get(1).groups().values().toJavaArray(String[]::new);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (int r = 0; r < columns.size(); r++) {
        out.write(partners[columns.partner()[r]]);
        out.write(',');
        out.write(indicators[columns.indicator()[r]]);
        out.write(',');
        out.write(periods[columns.period()[r]]);
        out.write(',');
        out.write(incomes[columns.income()[r]]);
        out.write(',');
        out.write(races[columns.race()[r]]);
        out.write(',');
        out.write(Long.toString((long) columns.numerator()[r]));
        out.write(',');
        out.write(Long.toString((long) columns.denominator()[r]));
        out.write('\n');
      }
    }
  }

  /** DuckDB's statement: the file into a new table of the same columns. */
  static String readCsv(Path file) {
    return "CREATE OR REPLACE TABLE records AS SELECT * FROM read_csv('" + file.toString().replace("'", "''") + "',"
        + " header = true, auto_detect = false, delim = ',', quote = '\"', columns = {'partner': 'VARCHAR',"
        + " 'indicator': 'VARCHAR', 'period': 'VARCHAR', 'income': 'VARCHAR', 'race-ethnicity': 'VARCHAR',"
        + " 'numerator': 'DOUBLE', 'denominator': 'DOUBLE'})";
  }

  /**
   * The library: the file into a checked {@link MeasureTable}.
   *
   * @param file the file
   * @return the table
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public MeasureTable library(CsvFile file) throws IOException {
    try (Reader in = Files.newBufferedReader(file.file, StandardCharsets.UTF_8)) {
      return CsvReaders.measures(file.layout, ColumnMapping.byName(), in);
    }
  }

  /**
   * DuckDB: the file into a table with {@code read_csv}, and its row count read back.
   *
   * @param file the file
   * @param duckDb the database
   * @return the number of rows loaded
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public long duckDbReadCsv(CsvFile file, DuckDb duckDb) throws SQLException {
    try (Statement statement = duckDb.connection.createStatement()) {
      statement.execute(readCsv(file.file));
      try (ResultSet count = statement.executeQuery("SELECT count(*) FROM records")) {
        count.next();
        return count.getLong(1);
      }
    }
  }
}
