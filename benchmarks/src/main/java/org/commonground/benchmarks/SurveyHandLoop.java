// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import io.vavr.collection.List;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.scoring.readiness.ResponseMatrix;

/**
 * Survey scoring as a hand-written loop: one pass over a respondents × items array of answers
 * computing, for every factor, the statistics {@code SurveyScoring} computes — the number of
 * answers, the respondents who answered any of its items, the distribution over the scale's points,
 * the mean (items weighted), the sample standard deviation, and Cronbach's alpha over the
 * respondents who answered all its items, every answer to a reverse-coded item counted as
 * {@code min + max − answer}.
 *
 * <p>Why it is written so: it is the limit for this work in Java — the item-to-factor structure
 * turned into plain arrays once, then a single row-major pass over the answers that only
 * increments primitive counters (answers per item and scale point; complete-case sums), and every
 * figure derived from the counters at the end in exact {@code long} arithmetic. It builds none of
 * what the library adds per factor (bands, status, item lists, an explanation sentence); that
 * costs per factor, not per answer.
 *
 * <pre>{@code
 * int[] answers = Workloads.answers(100_000, 42);
 * SurveyHandLoop.FactorStatistics[] factors = SurveyHandLoop.score(Workloads.inventory(), 100_000, answers);
 * }</pre>
 */
public final class SurveyHandLoop {

  private SurveyHandLoop() {}

  /**
   * The statistics of one factor.
   *
   * @param factor the factor's id
   * @param answers the number of answers to its items
   * @param respondents the respondents who answered at least one of its items
   * @param distribution answers per scale point, lowest first, after reverse-coding
   * @param mean the weighted mean of the answers; NaN without answers
   * @param standardDeviation the sample standard deviation of the answers; NaN with fewer than two
   * @param alpha Cronbach's alpha over the complete respondents; NaN when undefined (fewer than two
   *     items or complete respondents, or totals that do not vary)
   */
  public record FactorStatistics(
      String factor, long answers, long respondents, long[] distribution, double mean, double standardDeviation,
      double alpha) {}

  /**
   * Scores every factor of the instrument.
   *
   * @param instrument the instrument answered
   * @param respondents the number of rows
   * @param cells the answers, respondents × items row-major in the instrument's item order,
   *     {@link ResponseMatrix#MISSING} where skipped
   * @return the statistics of every factor, in the instrument's order
   */
  public static FactorStatistics[] score(Instrument instrument, int respondents, int[] cells) {
    List<Item> items = instrument.items();
    List<Factor> factors = instrument.factors();
    int width = items.size();
    int min = instrument.scale().min();
    int max = instrument.scale().max();
    int points = max - min + 1;

    // The structure, once: each factor's columns, each column's reversal and weight.
    int[][] columnsOf = new int[factors.size()][];
    for (int f = 0; f < columnsOf.length; f++) {
      String id = factors.get(f).id();
      columnsOf[f] = List.range(0, width).filter(i -> items.get(i).factor().equals(id))
          .toJavaStream().mapToInt(Integer::intValue).toArray();
    }
    boolean[] reversed = new boolean[width];
    double[] weight = new double[width];
    for (int i = 0; i < width; i++) {
      reversed[i] = items.get(i).reverseCoded();
      weight[i] = items.get(i).weight();
    }

    // The pass: counters only.
    long[] counts = new long[width * points];
    long[] completeItemSums = new long[width];
    long[] completeItemSquares = new long[width];
    long[] answered = new long[factors.size()];
    long[] complete = new long[factors.size()];
    long[] completeTotals = new long[factors.size()];
    long[] completeTotalSquares = new long[factors.size()];
    int reverse = min + max;
    for (int r = 0, base = 0; r < respondents; r++, base += width) {
      for (int f = 0; f < columnsOf.length; f++) {
        int[] columns = columnsOf[f];
        int given = 0;
        long total = 0;
        for (int column : columns) {
          int value = cells[base + column];
          if (value != ResponseMatrix.MISSING) {
            if (reversed[column]) {
              value = reverse - value;
            }
            counts[column * points + value - min]++;
            given++;
            total += value;
          }
        }
        if (given > 0) {
          answered[f]++;
        }
        if (given == columns.length) {
          complete[f]++;
          completeTotals[f] += total;
          completeTotalSquares[f] += total * total;
          for (int column : columns) {
            int value = reversed[column] ? reverse - cells[base + column] : cells[base + column];
            completeItemSums[column] += value;
            completeItemSquares[column] += (long) value * value;
          }
        }
      }
    }

    // The figures, from the counters.
    FactorStatistics[] result = new FactorStatistics[factors.size()];
    for (int f = 0; f < result.length; f++) {
      long answers = 0;
      long sum = 0;
      long squares = 0;
      double weightedSum = 0;
      double weights = 0;
      long[] distribution = new long[points];
      for (int column : columnsOf[f]) {
        long itemAnswers = 0;
        long itemSum = 0;
        for (int p = 0; p < points; p++) {
          long count = counts[column * points + p];
          long value = min + p;
          itemAnswers += count;
          itemSum += count * value;
          squares += count * value * value;
          distribution[p] += count;
        }
        answers += itemAnswers;
        sum += itemSum;
        weightedSum += weight[column] * itemSum;
        weights += weight[column] * itemAnswers;
      }
      double mean = answers == 0 ? Double.NaN : Math.max(min, Math.min(max, weightedSum / weights));
      double sd = answers < 2 ? Double.NaN
          : Math.sqrt((double) Math.subtractExact(Math.multiplyExact(answers, squares), Math.multiplyExact(sum, sum))
              / ((double) answers * (answers - 1)));
      result[f] = new FactorStatistics(factors.get(f).id(), answers, answered[f], distribution, mean, sd,
          alpha(columnsOf[f], complete[f], completeItemSums, completeItemSquares, completeTotals[f],
              completeTotalSquares[f]));
    }
    return result;
  }

  /** α = k/(k − 1) · (B − A)/B, A = Σᵢ (m Σxᵢ² − (Σxᵢ)²), B = m ΣT² − (ΣT)², in exact longs. */
  private static double alpha(
      int[] columns, long m, long[] itemSums, long[] itemSquares, long totals, long totalSquares) {
    int k = columns.length;
    if (k < 2 || m < 2) {
      return Double.NaN;
    }
    long a = 0;
    for (int column : columns) {
      a = Math.addExact(a, Math.subtractExact(
          Math.multiplyExact(m, itemSquares[column]), Math.multiplyExact(itemSums[column], itemSums[column])));
    }
    long b = Math.subtractExact(Math.multiplyExact(m, totalSquares), Math.multiplyExact(totals, totals));
    return b == 0 ? Double.NaN : (double) k / (k - 1) * ((double) (b - a) / b);
  }
}
