// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import io.vavr.collection.List;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ResponseScale;

/**
 * The sufficient statistics of a survey's answers, for every factor of the instrument at once, in
 * primitive counters: how many answers each item received at each point of the scale (after
 * reverse-coding); per factor, how many respondents answered at least one of its items, and, over
 * the respondents who answered all of them, the per-item sums and squares and the sums and squares
 * of their totals that Cronbach's alpha needs.
 *
 * <p>Both scoring paths fill it through the one counting routine, {@link #add}: the matrix path
 * hands over its cells, the object path one row per response. Every figure of a {@link
 * FactorScore} is computed from these integer counts alone, which no order of visiting can change,
 * so the two paths agree to the bit.
 *
 * <p>A tally is laid out by <em>slot</em>: the items of factor 0 in the instrument's order, then
 * those of factor 1, and so on, so that a factor's statistics are contiguous whatever order its
 * items have in the instrument. Each column of a row knows its slot and factor in advance.
 *
 * <p>Mutable and not thread-safe; it never leaves the scoring call that made it. Counting is a
 * measured hot path — {@code SurveyScoringBenchmark} (module {@code benchmarks}) times both paths —
 * hence one row-major pass over all factors, primitive arrays, and no objects per answer.
 */
final class SurveyTally {

  private final ResponseScale scale;
  private final List<List<Item>> items;
  private final int width;
  private final int points;

  // Per column (item in the instrument's order).
  private final int[] factorOf;
  private final int[] slotOf;
  private final boolean[] reversed;

  // Per factor.
  /** The slot of the factor's first item: its items are slots start[f] to start[f + 1] - 1. */
  private final int[] start;
  private final int[] size;
  private final long[] respondents;
  private final long[] complete;
  private final long[] completeTotalSums;
  private final long[] completeTotalSquares;

  // Per slot.
  /** counts[slot * points + point]: answers of each item at each point, after reverse-coding. */
  private final long[] counts;
  private final long[] completeItemSums;
  private final long[] completeItemSquares;

  // The row being counted, reset before the next one.
  private final int[] answered;
  private final long[] rowTotals;
  /** The row's answers by slot, reverse-coded; read only for factors answered in full. */
  private final int[] rowValues;

  /**
   * An empty tally for an instrument. Works out once, per column, the factor, slot and coding the
   * counting loop would otherwise look up per answer.
   *
   * @param instrument the instrument whose answers will be counted
   */
  SurveyTally(Instrument instrument) {
    this.scale = instrument.scale();
    this.points = scale.points();
    List<Factor> factors = instrument.factors();
    List<Item> columns = instrument.items();
    this.items = factors.map(f -> instrument.itemsOf(f.id()));
    this.width = columns.size();
    int factorCount = factors.size();

    this.start = new int[factorCount];
    this.size = new int[factorCount];
    for (int f = 0, slot = 0; f < factorCount; f++) {
      start[f] = slot;
      size[f] = items.get(f).size();
      slot += size[f];
    }

    this.factorOf = new int[width];
    this.slotOf = new int[width];
    this.reversed = new boolean[width];
    int[] filled = new int[factorCount];
    int c = 0;
    for (Item item : columns) {
      int f = factors.indexWhere(factor -> factor.id().equals(item.factor()));
      factorOf[c] = f;
      slotOf[c] = start[f] + filled[f]++;
      reversed[c] = item.reverseCoded();
      c++;
    }

    this.respondents = new long[factorCount];
    this.complete = new long[factorCount];
    this.completeTotalSums = new long[factorCount];
    this.completeTotalSquares = new long[factorCount];
    this.counts = new long[width * points];
    this.completeItemSums = new long[width];
    this.completeItemSquares = new long[width];
    this.answered = new int[factorCount];
    this.rowTotals = new long[factorCount];
    this.rowValues = new int[width];
  }

  /**
   * Counts rows of answers: the single routine both paths count through, so that they cannot
   * differ in what they count.
   *
   * @param cells {@code rows × items} answers as given, row-major in the instrument's item order,
   *     {@link ResponseMatrix#MISSING} where skipped, every other value within the scale
   * @param rows how many rows of {@code cells} to count, from the first
   */
  void add(int[] cells, int rows) {
    for (int row = 0, base = 0; row < rows; row++, base += width) {
      addRow(cells, base);
    }
  }

  /**
   * One respondent: first every answer into its item's counts and its factor's running row, then,
   * once the row is seen whole, which factors the respondent answered at all and which in full.
   * Fields are read into locals so the loop works on registers and arrays only.
   */
  private void addRow(int[] cells, int base) {
    final int width = this.width;
    final int[] factorOf = this.factorOf;
    final int[] slotOf = this.slotOf;
    final boolean[] reversed = this.reversed;
    final int[] answered = this.answered;
    final long[] rowTotals = this.rowTotals;
    final int[] rowValues = this.rowValues;
    final long[] counts = this.counts;
    final int points = this.points;
    final int min = scale.min();
    final int reflect = scale.min() + scale.max();

    for (int c = 0; c < width; c++) {
      int given = cells[base + c];
      if (given != ResponseMatrix.MISSING) {
        int counted = reversed[c] ? reflect - given : given;
        int slot = slotOf[c];
        int f = factorOf[c];
        counts[slot * points + counted - min]++;
        rowValues[slot] = counted;
        answered[f]++;
        rowTotals[f] += counted;
      }
    }

    // The respondent's complete factors, item by item: slots are contiguous per factor.
    final int[] start = this.start;
    final int[] size = this.size;
    for (int f = 0; f < start.length; f++) {
      int n = answered[f];
      if (n > 0) {
        respondents[f]++;
      }
      if (n == size[f]) {
        complete[f]++;
        long total = rowTotals[f];
        completeTotalSums[f] += total;
        completeTotalSquares[f] += total * total;
        for (int slot = start[f], end = slot + n; slot < end; slot++) {
          int value = rowValues[slot];
          completeItemSums[slot] += value;
          completeItemSquares[slot] += (long) value * value;
        }
      }
      answered[f] = 0;
      rowTotals[f] = 0;
    }
  }

  /**
   * The scale answers were counted on, which the counts are relative to.
   *
   * @return the instrument's scale
   */
  ResponseScale scale() {
    return scale;
  }

  /**
   * A factor's items in the instrument's order: the order of its slots, so the order every
   * per-item figure and list of a factor score follows.
   *
   * @param factor the factor's index in the instrument
   * @return its items
   */
  List<Item> items(int factor) {
    return items.get(factor);
  }

  /**
   * Respondents who answered at least one of a factor's items: the count the minimum number of
   * respondents is checked against, which a respondent who skipped the whole factor must not raise.
   *
   * @param factor the factor's index in the instrument
   * @return the count
   */
  long respondents(int factor) {
    return respondents[factor];
  }

  /**
   * Respondents who answered all of a factor's items: alpha is computed over these alone, since
   * its item and total variances must come from the same people.
   *
   * @param factor the factor's index in the instrument
   * @return the count
   */
  long completeRespondents(int factor) {
    return complete[factor];
  }

  /**
   * Answers of a factor's {@code item}-th item at scale point {@code min + point}, after
   * reverse-coding: counts rather than sums, so that the mean, the standard deviation and the
   * distribution are all derived exactly from them.
   *
   * @param factor the factor's index in the instrument
   * @param item the item's position among the factor's items
   * @param point the point's offset from the scale's minimum
   * @return the count
   */
  long count(int factor, int item, int point) {
    return counts[(start[factor] + item) * points + point];
  }

  /**
   * The sum of a factor's {@code item}-th item over the complete respondents: with {@link
   * #completeItemSquares} the item's variance, exactly.
   *
   * @param factor the factor's index in the instrument
   * @param item the item's position among the factor's items
   * @return the sum, reverse-coded
   */
  long completeItemSum(int factor, int item) {
    return completeItemSums[start[factor] + item];
  }

  /**
   * The sum of squares of a factor's {@code item}-th item over the complete respondents.
   *
   * @param factor the factor's index in the instrument
   * @param item the item's position among the factor's items
   * @return the sum of squares, reverse-coded
   */
  long completeItemSquares(int factor, int item) {
    return completeItemSquares[start[factor] + item];
  }

  /**
   * The sum over the complete respondents of each one's total on the factor: with {@link
   * #completeTotalSquares} the variance of the totals alpha compares the item variances with.
   *
   * @param factor the factor's index in the instrument
   * @return the sum
   */
  long completeTotalSum(int factor) {
    return completeTotalSums[factor];
  }

  /**
   * The sum over the complete respondents of each one's squared total on the factor.
   *
   * @param factor the factor's index in the instrument
   * @return the sum of squares
   */
  long completeTotalSquares(int factor) {
    return completeTotalSquares[factor];
  }
}
