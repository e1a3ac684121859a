package org.commonground.scoring.readiness;

import io.vavr.collection.List;
import java.util.Arrays;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ResponseScale;

/**
 * The sufficient statistics of one factor's answers, in primitive counters: how many answers each
 * item received at each point of the scale (after reverse-coding), how many respondents answered
 * at least one of the factor's items, and, over the respondents who answered all of them, the sums
 * Cronbach's alpha needs. Both scoring paths — the object path over {@code SurveyResponse}s and the
 * primitive path over a {@link ResponseMatrix} — fill a tally, and every figure of a
 * {@link FactorScore} is computed from it alone, so the two paths agree to the bit.
 *
 * <p>Mutable and not thread-safe; it never leaves the scoring call that made it. Primitive counters
 * because bulk survey scoring is a hot path: {@code SurveyScoringBenchmark} (module
 * {@code benchmarks}) measures both paths.
 */
final class FactorTally {

  private final ResponseScale scale;
  private final List<Item> items;
  private final boolean[] reversed;
  /** counts[item * points + point]: answers of each item at each point, after reverse-coding. */
  private final long[] counts;
  private long respondents;
  private long complete;
  private final long[] completeItemSums;
  private final long[] completeItemSquares;
  private long completeTotalSum;
  private long completeTotalSquares;

  /** The current respondent's answers, reverse-coded, or Integer.MIN_VALUE where missing. */
  private final int[] row;

  FactorTally(ResponseScale scale, List<Item> items) {
    this.scale = scale;
    this.items = items;
    this.reversed = new boolean[items.size()];
    for (int i = 0; i < reversed.length; i++) {
      reversed[i] = items.get(i).reverseCoded();
    }
    this.counts = new long[items.size() * scale.points()];
    this.completeItemSums = new long[items.size()];
    this.completeItemSquares = new long[items.size()];
    this.row = new int[items.size()];
  }

  /** Starts a respondent: every item missing until {@link #answer} says otherwise. */
  void beginRespondent() {
    Arrays.fill(row, Integer.MIN_VALUE);
  }

  /** Records the current respondent's answer to the factor's {@code item}-th item, as given. */
  void answer(int item, int given) {
    int counted = reversed[item] ? scale.min() + scale.max() - given : given;
    row[item] = counted;
    counts[item * scale.points() + counted - scale.min()]++;
  }

  /** Ends a respondent, counting them if they answered anything and, if all, toward alpha. */
  void endRespondent() {
    int answered = 0;
    long total = 0;
    for (int value : row) {
      if (value != Integer.MIN_VALUE) {
        answered++;
        total += value;
      }
    }
    if (answered > 0) {
      respondents++;
    }
    if (answered == row.length) {
      complete++;
      for (int i = 0; i < row.length; i++) {
        completeItemSums[i] += row[i];
        completeItemSquares[i] += (long) row[i] * row[i];
      }
      completeTotalSum += total;
      completeTotalSquares += total * total;
    }
  }

  ResponseScale scale() {
    return scale;
  }

  List<Item> items() {
    return items;
  }

  long respondents() {
    return respondents;
  }

  long completeRespondents() {
    return complete;
  }

  /** Answers of item {@code item} at scale point {@code min + point}. */
  long count(int item, int point) {
    return counts[item * scale.points() + point];
  }

  long completeItemSum(int item) {
    return completeItemSums[item];
  }

  long completeItemSquares(int item) {
    return completeItemSquares[item];
  }

  long completeTotalSum() {
    return completeTotalSum;
  }

  long completeTotalSquares() {
    return completeTotalSquares;
  }
}
