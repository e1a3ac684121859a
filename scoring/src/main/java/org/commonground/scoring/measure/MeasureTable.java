// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;

/**
 * Record-level shared-measure data as primitive columns: for every record, the codes of its
 * partner, indicator, period and one group per subgroup dimension, and its numerator and
 * denominator (a count record has denominator 0; a proportion record such as one graduate is
 * 1 over 1; a mean record is its value over 1). The table holds no per-record objects.
 *
 * <p><b>Narrow columns.</b> Each code column takes the narrowest type that holds its code list: one
 * byte per record for at most 256 codes, two for at most 65,536, else four. Numerators and
 * denominators are stored in chunks of 65,536 records, each chunk as bytes, shorts or ints when
 * all its values are integers in that range, else as doubles. A table of 0/1 outcomes over 1 with
 * 100 partners, 10 indicators, 10 periods and two small dimensions takes 7 bytes per record, where
 * the {@code int} and {@code double} arrays it was made from take 36; a table can never take more
 * than those arrays (plus a few bytes per 65,536 records).
 *
 * <p><b>Checks.</b> Every record is checked while it is copied, and nothing is accepted unless every
 * record conforms: codes within their code lists, the period on the indicator's calendar, finite
 * numbers, no negative counts, numerators and rates, a positive denominator except for counts, and a
 * proportion's numerator within its denominator. The exception counts every problem, spells out
 * the first hundred by column and row ({@code numerator[17]: must not be negative for a count, got
 * -2.0}) and counts the rest by kind ({@code numerator[*]: must not be negative for a count});
 * messages are built only for the problems spelled out, so a table whose every record is bad is
 * refused in linear time.
 *
 * <pre>{@code
 * MeasureTable.Builder rows = MeasureTable.builder(layout);
 * rows.add(0, 0, 1, new int[] {1}, 1, 1);   // partner 0, indicator 0, period 1, income group 1: graduated
 * rows.add(0, 0, 1, new int[] {0}, 0, 1);   // did not graduate
 * MeasureTable table = rows.build();
 * MeasurePartial partial = new MeasureAccumulator(layout).addAll(table).snapshot();
 * }</pre>
 *
 * <p>This class is immutable (it copies what it is given) and thread-safe.
 */
public final class MeasureTable {

  private final MeasureLayout layout;
  private final int size;
  private final CodeColumn partner;
  private final CodeColumn indicator;
  private final CodeColumn period;
  private final CodeColumn[] groups;
  private final ValueColumn numerator;
  private final ValueColumn denominator;

  /** For {@link TableIngest}, whose columns are checked, exactly sized and not shared. */
  MeasureTable(
      MeasureLayout layout, int size, CodeColumn partner, CodeColumn indicator, CodeColumn period, CodeColumn[] groups,
      ValueColumn numerator, ValueColumn denominator) {
    this.layout = layout;
    this.size = size;
    this.partner = partner;
    this.indicator = indicator;
    this.period = period;
    this.groups = groups;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * A table from columns of equal length. Each value is read once, checked, and stored narrow.
   *
   * @param layout what the codes mean
   * @param partner partner codes
   * @param indicator indicator codes
   * @param period period codes
   * @param groups one column of group codes per dimension of the layout
   * @param numerator numerators (or counts, or values)
   * @param denominator denominators (0 for counts)
   * @return the table; it shares no array with the arguments
   * @throws org.commonground.core.validation.ValidationException naming every null argument or
   *     group column; or every column of another length; or counting every non-conforming value, the first hundred named by column and row
   */
  public static MeasureTable of(
      MeasureLayout layout, int[] partner, int[] indicator, int[] period, int[][] groups,
      double[] numerator, double[] denominator) {
    // Once per call, never per record.
    Violations.none()
        .notNull("layout", layout)
        .notNull("partner", partner)
        .notNull("indicator", indicator)
        .notNull("period", period)
        .noNullElements("groups", groups == null ? null : java.util.Arrays.asList(groups))
        .notNull("numerator", numerator)
        .notNull("denominator", denominator)
        .throwIfAny("MeasureTable");
    int n = partner.length;
    Violations lengths =
        Violations.none()
            .require(groups.length == layout.dimensions().size(), "groups",
                () -> Message.of("scoring.measure.table.groups", layout.dimensions().size(), groups.length));
    lengths = sameLength(lengths, "indicator", indicator.length, n);
    lengths = sameLength(lengths, "period", period.length, n);
    lengths = sameLength(lengths, "numerator", numerator.length, n);
    lengths = sameLength(lengths, "denominator", denominator.length, n);
    for (int d = 0; d < groups.length; d++) {
      lengths = sameLength(lengths, "groups[" + d + "]", groups[d].length, n);
    }
    lengths.throwIfAny("MeasureTable");
    TableIngest ingest = new TableIngest(layout, n);
    for (int from = 0; from < n; from += TableIngest.BLOCK) {
      ingest.stage(partner, indicator, period, groups, numerator, denominator, from, Math.min(TableIngest.BLOCK, n - from));
    }
    return ingest.table(false);
  }

  private static Violations sameLength(Violations found, String column, int length, int expected) {
    return found.require(
        length == expected, column, () -> Message.of("scoring.measure.table.rows", expected, length));
  }

  /**
   * A row appender, for data read record by record.
   *
   * @param layout what the codes mean
   * @return a new, empty builder
   * @throws org.commonground.core.validation.ValidationException naming {@code layout} if it is null
   */
  public static Builder builder(MeasureLayout layout) {
    Violations.none().notNull("layout", layout).throwIfAny("MeasureTable.Builder");
    return new Builder(layout);
  }

  /**
   * The layout.
   *
   * @return what the codes mean
   */
  public MeasureLayout layout() {
    return layout;
  }

  /**
   * The number of records.
   *
   * @return the number of rows
   */
  public int size() {
    return size;
  }

  // Single values, for tests and the rare caller that wants one record; the aggregation reads
  // whole blocks from the columns below instead.

  int partner(int row) {
    return partner.get(row);
  }

  int indicator(int row) {
    return indicator.get(row);
  }

  int period(int row) {
    return period.get(row);
  }

  int group(int dimension, int row) {
    return groups[dimension].get(row);
  }

  double numerator(int row) {
    return numerator.get(row);
  }

  double denominator(int row) {
    return denominator.get(row);
  }

  /** The columns, for the aggregation loop, which must not copy them. */
  CodeColumn partnerColumn() {
    return partner;
  }

  CodeColumn indicatorColumn() {
    return indicator;
  }

  CodeColumn periodColumn() {
    return period;
  }

  CodeColumn groupColumn(int dimension) {
    return groups[dimension];
  }

  ValueColumn numeratorColumn() {
    return numerator;
  }

  ValueColumn denominatorColumn() {
    return denominator;
  }

  /** The bytes the records take, every column summed. */
  long bytes() {
    long bytes = partner.bytes() + indicator.bytes() + period.bytes() + numerator.bytes() + denominator.bytes();
    for (CodeColumn g : groups) {
      bytes += g.bytes();
    }
    return bytes;
  }

  /** Returns {@code MeasureTable[n records, layout]}. */
  @Override
  public String toString() {
    return "MeasureTable[" + size + " records, " + layout + "]";
  }

  /**
   * Appends records one by one; {@link #build()} makes the table of those appended so far. Records
   * are checked and narrowed a block at a time, as {@link MeasureTable#of} does, into columns that
   * grow by whole chunks of 65,536 records: no column is ever copied to grow. Not thread-safe.
   */
  public static final class Builder {

    private final TableIngest ingest;
    private final int dimensions;

    private Builder(MeasureLayout layout) {
      this.ingest = new TableIngest(layout, -1);
      this.dimensions = layout.dimensions().size();
    }

    /**
     * Appends a record.
     *
     * @param partnerCode the partner's code
     * @param indicatorCode the indicator's code
     * @param periodCode the period's code
     * @param groupCodes one group code per dimension
     * @param numeratorValue the numerator (count, value)
     * @param denominatorValue the denominator (0 for a count)
     * @return this builder
     * @throws IllegalArgumentException if there is not one group code per dimension
     * @throws IllegalStateException if the builder already holds 2³¹ − 1 records
     */
    public Builder add(
        int partnerCode, int indicatorCode, int periodCode, int[] groupCodes, double numeratorValue,
        double denominatorValue) {
      if (groupCodes.length != dimensions) {
        throw new IllegalArgumentException(
            "groups: must have one code per dimension (" + dimensions + "), got " + groupCodes.length);
      }
      if (ingest.size() == Integer.MAX_VALUE) {
        throw new IllegalStateException("records: a table holds at most " + Integer.MAX_VALUE);
      }
      int at = ingest.staged;
      ingest.partner[at] = partnerCode;
      ingest.indicator[at] = indicatorCode;
      ingest.period[at] = periodCode;
      for (int d = 0; d < dimensions; d++) {
        ingest.groups[d][at] = groupCodes[d];
      }
      ingest.numerator[at] = numeratorValue;
      ingest.denominator[at] = denominatorValue;
      ingest.staged = at + 1;
      // Flushed at block boundaries (not every BLOCK records), so that after a build() flushed a
      // partial block no later block crosses a chunk.
      if ((ingest.size() & (TableIngest.BLOCK - 1)) == 0) {
        ingest.flush();
      }
      return this;
    }

    /**
     * The table of the records appended so far, every record checked. The builder can go on
     * appending; later records are not in this table.
     *
     * @return the table
     * @throws org.commonground.core.validation.ValidationException counting every non-conforming
     *     value, the first hundred named by column and row
     */
    public MeasureTable build() {
      return ingest.table(true);
    }
  }
}
