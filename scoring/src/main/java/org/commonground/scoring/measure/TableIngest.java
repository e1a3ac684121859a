// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Arrays;
import org.commonground.core.validation.Check;

/**
 * Copies records into a {@link MeasureTable}'s narrow columns and checks them on the way, a block
 * at a time: records are staged in a block of plain {@code int}s and {@code double}s (each input
 * value read once), and the staged block, still in the cache, is checked and narrowed into the
 * columns ({@link CodeColumn#put} checks codes as it stores them, {@link RecordRules#conform} the
 * rest before the numbers are stored); so what is checked is exactly what is kept.
 *
 * <p>Refusal costs only what it must: once a block breaks a rule, the table will be refused, and
 * from then on the records are kept as plain wide columns instead (the narrow ones could not hold
 * a bad code). At the end a {@link Check} over them names every problem, building a message only
 * for the ones the exception spells out; a table whose every record is bad is refused in linear
 * time and bounded memory for messages.
 *
 * <p>Mutable and not thread-safe: used by one {@code MeasureTable.of} call or one builder.
 */
final class TableIngest {

  /**
   * Rows per block: small enough that a staged block of every column stays in the level-2 cache,
   * large enough that the per-block calls vanish. Divides {@link CodeColumn#CHUNK}, so no block
   * crosses a chunk.
   */
  static final int BLOCK = 2048;

  private final MeasureLayout layout;
  private final RecordRules rules;
  /** The number of rows, when known in advance: chunks are then sized exactly. */
  private final int expected;
  private final int dimensions;

  // The staged block.
  final int[] partner = new int[BLOCK];
  final int[] indicator = new int[BLOCK];
  final int[] period = new int[BLOCK];
  final int[][] groups;
  final double[] numerator = new double[BLOCK];
  final double[] denominator = new double[BLOCK];
  int staged;

  // The narrow columns, until a block breaks a rule.
  private final CodeColumn partners;
  private final CodeColumn indicators;
  private final CodeColumn periods;
  private final CodeColumn[] groupColumns;
  private final ValueColumn numerators;
  private final ValueColumn denominators;
  private final int partnerCodes;
  private final int indicatorCodes;
  private final int periodCodes;
  private final int[] groupCodes;
  /** The rows stored, narrow or wide. */
  private int rows;

  /** Every row as given, once a block has broken a rule; null until then. */
  private Wide wide;

  /**
   * An ingest for a layout.
   *
   * @param layout the layout
   * @param expected the number of rows that will come, or -1 if unknown
   */
  TableIngest(MeasureLayout layout, int expected) {
    this.layout = layout;
    this.rules = new RecordRules(layout);
    this.expected = expected;
    this.dimensions = layout.dimensions().size();
    this.groups = new int[dimensions][BLOCK];
    int chunks = expected < 0 ? 4 : CodeColumn.chunks(expected);
    this.partners = CodeColumn.forCodes(layout.partners().size(), chunks);
    this.indicators = CodeColumn.forCodes(layout.indicators().size(), chunks);
    this.periods = CodeColumn.forCodes(layout.periods().size(), chunks);
    this.groupColumns = new CodeColumn[dimensions];
    for (int d = 0; d < dimensions; d++) {
      groupColumns[d] = CodeColumn.forCodes(layout.dimensions().get(d).groups().size(), chunks);
    }
    this.numerators = ValueColumn.empty(chunks);
    this.denominators = ValueColumn.empty(chunks);
    this.partnerCodes = layout.partners().size();
    this.indicatorCodes = layout.indicators().size();
    this.periodCodes = layout.periods().size();
    this.groupCodes = new int[dimensions];
    for (int d = 0; d < dimensions; d++) {
      groupCodes[d] = layout.dimensions().get(d).groups().size();
    }
  }

  /** The rows taken so far, staged or stored. */
  int size() {
    return rows + staged;
  }

  /**
   * Copies rows {@code from} to {@code from + count - 1} of whole columns into the staged block,
   * which must be empty, and takes them in; {@code count} is at most {@link #BLOCK}.
   */
  void stage(
      int[] partner, int[] indicator, int[] period, int[][] groups, double[] numerator, double[] denominator,
      int from, int count) {
    System.arraycopy(partner, from, this.partner, 0, count);
    System.arraycopy(indicator, from, this.indicator, 0, count);
    System.arraycopy(period, from, this.period, 0, count);
    for (int d = 0; d < dimensions; d++) {
      System.arraycopy(groups[d], from, this.groups[d], 0, count);
    }
    System.arraycopy(numerator, from, this.numerator, 0, count);
    System.arraycopy(denominator, from, this.denominator, 0, count);
    staged = count;
    flush();
  }

  /** Checks the staged block and stores it, narrow while every block so far conforms. */
  void flush() {
    if (staged == 0) {
      return;
    }
    if (wide == null) {
      int chunkLength = expected < 0 ? CodeColumn.CHUNK : Math.min(CodeColumn.CHUNK, expected - (rows & ~CodeColumn.CHUNK_MASK));
      // The code columns check their codes as they store them; the rows stored are simply not
      // counted if the block breaks a rule.
      int outside = partners.put(rows, partner, staged, chunkLength, partnerCodes)
          | indicators.put(rows, indicator, staged, chunkLength, indicatorCodes)
          | periods.put(rows, period, staged, chunkLength, periodCodes);
      for (int d = 0; d < dimensions; d++) {
        outside |= groupColumns[d].put(rows, groups[d], staged, chunkLength, groupCodes[d]);
      }
      if (outside >= 0 && rules.conform(indicator, period, numerator, denominator, staged)) {
        numerators.put(rows, numerator, staged, chunkLength);
        denominators.put(rows, denominator, staged, chunkLength);
        rows += staged;
        staged = 0;
        return;
      }
      wide = new Wide(this);
    }
    wide.append(this);
    rows += staged;
    staged = 0;
  }

  /**
   * The table of every row taken, or the exception naming every problem.
   *
   * @param keepsGoing whether rows may be appended after this call (a builder): a refusal then
   *     hands the exception copies of the wide columns, which later rows cannot touch
   * @return the table
   * @throws org.commonground.core.validation.ValidationException counting every problem, the first
   *     ones spelled out by column and row, the rest counted by kind
   */
  MeasureTable table(boolean keepsGoing) {
    flush();
    if (wide != null) {
      Wide checked = keepsGoing ? wide.copy(rows) : wide;
      checked.check(rules, rows).throwIfAny("MeasureTable");
      // The rules found a problem in a block, so the check finds it again.
      throw new IllegalStateException("a block broke a rule that the check of its records did not find");
    }
    CodeColumn[] frozenGroups = new CodeColumn[dimensions];
    for (int d = 0; d < dimensions; d++) {
      frozenGroups[d] = groupColumns[d].freeze(rows);
    }
    return new MeasureTable(
        layout, rows, partners.freeze(rows), indicators.freeze(rows), periods.freeze(rows), frozenGroups,
        numerators.freeze(rows), denominators.freeze(rows));
  }

  /** The rows as given, once some have broken a rule: plain arrays, grown as needed. */
  private static final class Wide {
    private int[] partner;
    private int[] indicator;
    private int[] period;
    private int[][] groups;
    private double[] numerator;
    private double[] denominator;

    private Wide(int capacity, int dimensions) {
      partner = new int[capacity];
      indicator = new int[capacity];
      period = new int[capacity];
      groups = new int[dimensions][capacity];
      numerator = new double[capacity];
      denominator = new double[capacity];
    }

    /** The rows stored so far, widened from the narrow columns (where every one conformed). */
    Wide(TableIngest in) {
      this(Math.max(in.expected, in.rows + BLOCK), in.dimensions);
      for (int r = 0; r < in.rows; r++) {
        partner[r] = in.partners.get(r);
        indicator[r] = in.indicators.get(r);
        period[r] = in.periods.get(r);
        for (int d = 0; d < groups.length; d++) {
          groups[d][r] = in.groupColumns[d].get(r);
        }
        numerator[r] = in.numerators.get(r);
        denominator[r] = in.denominators.get(r);
      }
    }

    void append(TableIngest in) {
      int at = in.rows;
      int count = in.staged;
      if (at + count > partner.length) {
        int capacity = Math.max(at + count, partner.length + (partner.length >> 1));
        partner = Arrays.copyOf(partner, capacity);
        indicator = Arrays.copyOf(indicator, capacity);
        period = Arrays.copyOf(period, capacity);
        for (int d = 0; d < groups.length; d++) {
          groups[d] = Arrays.copyOf(groups[d], capacity);
        }
        numerator = Arrays.copyOf(numerator, capacity);
        denominator = Arrays.copyOf(denominator, capacity);
      }
      System.arraycopy(in.partner, 0, partner, at, count);
      System.arraycopy(in.indicator, 0, indicator, at, count);
      System.arraycopy(in.period, 0, period, at, count);
      for (int d = 0; d < groups.length; d++) {
        System.arraycopy(in.groups[d], 0, groups[d], at, count);
      }
      System.arraycopy(in.numerator, 0, numerator, at, count);
      System.arraycopy(in.denominator, 0, denominator, at, count);
    }

    Wide copy(int rows) {
      Wide copy = new Wide(0, groups.length);
      copy.partner = Arrays.copyOf(partner, rows);
      copy.indicator = Arrays.copyOf(indicator, rows);
      copy.period = Arrays.copyOf(period, rows);
      for (int d = 0; d < groups.length; d++) {
        copy.groups[d] = Arrays.copyOf(groups[d], rows);
      }
      copy.numerator = Arrays.copyOf(numerator, rows);
      copy.denominator = Arrays.copyOf(denominator, rows);
      return copy;
    }

    /**
     * Every rule every row breaks. The check reads only these arrays, which nothing writes once
     * the table is refused, so the exception can run it again for the problems it did not keep.
     */
    Check check(RecordRules rules, int rows) {
      int[] partner = this.partner;
      int[] indicator = this.indicator;
      int[] period = this.period;
      int[][] groups = this.groups;
      double[] numerator = this.numerator;
      double[] denominator = this.denominator;
      return sink -> {
        int[] group = new int[groups.length];
        for (int r = 0; r < rows; r++) {
          for (int d = 0; d < groups.length; d++) {
            group[d] = groups[d][r];
          }
          rules.report(r, partner[r], indicator[r], period[r], group, numerator[r], denominator[r], sink);
        }
      };
    }
  }
}
