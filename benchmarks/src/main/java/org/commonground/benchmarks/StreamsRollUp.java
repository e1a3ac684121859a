// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The roll-up as an application developer writes it with Java Streams: the records as a list of
 * {@link StudentRecord} objects, grouped by their {@link Cell} with {@code groupingBy} into a
 * small mutable {@link Totals} per cell.
 *
 * <p>Why it is written so: it is the idiomatic, competent version — records as a Java
 * {@code record} with the seven fields, the cell as a {@code record} key (value equality and hash
 * for free), and one collector that counts and sums both columns in the same pass, rather than
 * three {@code groupingBy} passes or a {@code teeing} of three boxed {@code summingDouble}s. It is
 * sequential, like the library's path it is compared with; {@code parallelStream()} would mostly
 * measure the merging of two threads' maps on two cores.
 *
 * <pre>{@code
 * List<StreamsRollUp.StudentRecord> records = StreamsRollUp.records(Workloads.columns(1_000_000, 42));
 * Map<StreamsRollUp.Cell, StreamsRollUp.Totals> cells = StreamsRollUp.rollUp(records);
 * }</pre>
 */
public final class StreamsRollUp {

  private StreamsRollUp() {}

  /**
   * One student record, as an application holds it.
   *
   * @param partner the partner's code
   * @param indicator the indicator's code
   * @param period the period's code
   * @param income the income group's code
   * @param race the race/ethnicity group's code
   * @param numerator the numerator: 1 for a graduate, 0 otherwise
   * @param denominator the denominator
   */
  public record StudentRecord(
      int partner, int indicator, int period, int income, int race, double numerator, double denominator) {

    /**
     * The record's cell.
     *
     * @return the grouping key
     */
    public Cell cell() {
      return new Cell(partner, indicator, period, income, race);
    }
  }

  /**
   * A cell: one partner, indicator, period, income group and race/ethnicity group.
   *
   * @param partner the partner's code
   * @param indicator the indicator's code
   * @param period the period's code
   * @param income the income group's code
   * @param race the race/ethnicity group's code
   */
  public record Cell(int partner, int indicator, int period, int income, int race) {}

  /** A cell's running count and sums; mutable, one per cell of one collection. */
  public static final class Totals {
    private long records;
    private double numerator;
    private double denominator;

    /** Empty totals. */
    public Totals() {}

    /**
     * Counts a record.
     *
     * @param record a record of this cell
     */
    public void add(StudentRecord record) {
      records++;
      numerator += record.numerator();
      denominator += record.denominator();
    }

    /**
     * Adds other totals of the same cell, as a parallel collection would.
     *
     * @param other the other totals
     * @return these totals
     */
    public Totals combine(Totals other) {
      records += other.records;
      numerator += other.numerator;
      denominator += other.denominator;
      return this;
    }

    /**
     * The number of records.
     *
     * @return the count
     */
    public long records() {
      return records;
    }

    /**
     * The sum of the numerators.
     *
     * @return the sum
     */
    public double numerator() {
      return numerator;
    }

    /**
     * The sum of the denominators.
     *
     * @return the sum
     */
    public double denominator() {
      return denominator;
    }
  }

  /**
   * The records of raw columns as objects, as an application would have read them.
   *
   * @param columns the columns
   * @return one object per row, in row order
   */
  public static List<StudentRecord> records(Workloads.Columns columns) {
    List<StudentRecord> records = new ArrayList<>(columns.size());
    for (int r = 0; r < columns.size(); r++) {
      records.add(new StudentRecord(columns.partner()[r], columns.indicator()[r], columns.period()[r],
          columns.income()[r], columns.race()[r], columns.numerator()[r], columns.denominator()[r]));
    }
    return records;
  }

  /**
   * Groups the records by cell, counting them and summing their numerators and denominators.
   *
   * @param records the records
   * @return the totals of every cell that has records
   */
  public static Map<Cell, Totals> rollUp(List<StudentRecord> records) {
    return records.stream()
        .collect(Collectors.groupingBy(StudentRecord::cell, Collector.of(Totals::new, Totals::add, Totals::combine)));
  }
}
