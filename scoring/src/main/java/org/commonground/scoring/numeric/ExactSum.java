// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.numeric;

import java.util.Arrays;
import org.commonground.core.validation.Violations;

/**
 * The exact sum of a sequence of {@code double} values, rounded once, correctly, when read.
 *
 * <p>A plain loop rounds after every addition, so its result depends on the order of the terms
 * ({@code (1e16 + 1) - 1e16} is 0, {@code (1e16 - 1e16) + 1} is 1) and on how the terms were
 * split among partial sums. This accumulator keeps the running sum <em>exactly</em>, as a short
 * list of non-overlapping partials (Shewchuk, "Adaptive Precision Floating-Point Arithmetic and Fast
 * Robust Geometric Predicates", 1997), and {@link #value()} rounds that exact sum to the nearest
 * {@code double}, ties to even. The result is therefore a function of the multiset of terms alone:
 * any order, any partitioning and any {@link #merge merge} order give the same bits. The algorithm
 * and its final rounding step follow CPython's {@code math.fsum} ({@code Modules/mathmodule.c}),
 * whose results this class reproduces bit for bit.
 *
 * <p>Cost: adding a term is O(p) for p partials; p is 1 or 2 for typical data and bounded by about
 * 40 for any finite doubles, and no memory is allocated once the partials array has grown.
 *
 * <p><b>Non-finite values</b> are rejected: a NaN or infinite term throws
 * {@link IllegalArgumentException}, and a sum whose exact value overflows the {@code double} range
 * throws {@link ArithmeticException}, after which the accumulator refuses further use
 * ({@link IllegalStateException}) rather than carry a wrong sum. A score is never NaN.
 *
 * <p>Like Guava's {@code StatsAccumulator}, this is a mutable accumulator and <b>not
 * thread-safe</b>: confine each instance to one thread, or give each thread its own and
 * {@link #merge} them.
 */
public final class ExactSum {

  private double[] partials = new double[4];
  private int size;
  private boolean overflowed;

  /** Creates an accumulator whose sum is zero. */
  public ExactSum() {}

  /**
   * The correctly rounded sum of the given values.
   *
   * @param values finite values, in any order
   * @return the exact sum rounded to the nearest double, ties to even; 0.0 for no values
   * @throws IllegalArgumentException if a value is NaN or infinite
   * @throws ArithmeticException if the exact sum overflows
   */
  public static double of(double... values) {
    return new ExactSum().addAll(values).value();
  }

  /**
   * Adds a term to the sum.
   *
   * @param x a finite value
   * @return this accumulator
   * @throws IllegalArgumentException if {@code x} is NaN or infinite
   * @throws ArithmeticException if the running sum overflows
   */
  public ExactSum add(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("term: must be finite, got " + x);
    }
    addFinite(x);
    return this;
  }

  /**
   * Adds every value of an array to the sum.
   *
   * @param values finite values
   * @return this accumulator
   * @throws IllegalArgumentException if a value is NaN or infinite; the values before it are added;
   *     a {@link org.commonground.core.validation.ValidationException} naming {@code values} if it
   *     is null
   * @throws ArithmeticException if the running sum overflows
   */
  public ExactSum addAll(double... values) {
    // Once per call, never per value.
    Violations.none().notNull("values", values).throwIfAny("ExactSum");
    for (double x : values) {
      add(x);
    }
    return this;
  }

  /**
   * Adds another accumulator's exact sum to this one; the other is unaffected. Merging
   * accumulators in any order and grouping gives the same {@link #value()} as adding every term
   * to one accumulator.
   *
   * @param other the accumulator to add; may be this one (doubling the sum)
   * @return this accumulator
   * @throws ArithmeticException if the running sum overflows
   */
  public ExactSum merge(ExactSum other) {
    other.requireUsable();
    double[] terms = Arrays.copyOf(other.partials, other.size);
    for (double term : terms) {
      addFinite(term);
    }
    return this;
  }

  /**
   * The exact sum, rounded to the nearest double (ties to even).
   *
   * @return the correctly rounded sum; 0.0 when nothing was added
   */
  public double value() {
    requireUsable();
    int n = size;
    if (n == 0) {
      return 0.0;
    }
    double hi = partials[--n];
    double lo = 0.0;
    // Sum the partials from the top down until the sum becomes inexact.
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) {
        break;
      }
    }
    // Half-way case: the rounding of hi + lo must take the sign of the remaining partials into
    // account, or ties would round to even when the exact value is not a tie (CPython's fix).
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) {
        hi = x;
      }
    }
    return hi;
  }

  private void requireUsable() {
    if (overflowed) {
      throw new IllegalStateException("this sum overflowed the double range and is unusable");
    }
  }

  private void addFinite(double value) {
    requireUsable();
    double x = value;
    int i = 0;
    for (int j = 0; j < size; j++) {
      double y = partials[j];
      if (Math.abs(x) < Math.abs(y)) {
        double t = x;
        x = y;
        y = t;
      }
      // Two-sum: hi + lo == x + y exactly.
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) {
        partials[i++] = lo;
      }
      x = hi;
    }
    if (!Double.isFinite(x)) {
      overflowed = true;
      throw new ArithmeticException("sum: overflows the double range");
    }
    if (i == partials.length) {
      partials = Arrays.copyOf(partials, partials.length * 2);
    }
    partials[i] = x;
    size = i + 1;
  }

  /**
   * The exact sum as a canonical list of terms: the correctly rounded sum, then the correctly
   * rounded remainder, and so on until nothing remains. Two accumulators with the same exact sum
   * give the same terms, whatever order their terms were added or merged in, so the terms are a
   * plain value a partial aggregate can carry and compare; {@link #ofTerms} restores the sum.
   *
   * @return the terms, largest first; empty for a zero sum
   */
  public double[] canonicalTerms() {
    requireUsable();
    ExactSum rest = new ExactSum().merge(this);
    double[] terms = new double[0];
    double next = rest.value();
    while (next != 0.0) {
      terms = Arrays.copyOf(terms, terms.length + 1);
      terms[terms.length - 1] = next;
      // Subtracting the rounded value is exact: the accumulator holds the remainder exactly.
      rest.addFinite(-next);
      next = rest.value();
    }
    return terms;
  }

  /**
   * An accumulator holding the sum of the given terms, such as {@link #canonicalTerms()} returned.
   *
   * @param terms finite terms
   * @return the accumulator
   * @throws IllegalArgumentException if a term is NaN or infinite
   */
  public static ExactSum ofTerms(double... terms) {
    return new ExactSum().addAll(terms);
  }

  /** Returns {@code ExactSum[value]}, or {@code ExactSum[overflowed]}. */
  @Override
  public String toString() {
    return overflowed ? "ExactSum[overflowed]" : "ExactSum[" + value() + "]";
  }
}
