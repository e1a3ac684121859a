// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import org.commonground.scoring.numeric.ExactSum;

/**
 * The exact sum of one cell's terms in two parts: the integer terms in a {@code long}, every other
 * term in an {@link ExactSum} made only when first needed. Record-level data are mostly integers
 * (0/1 outcomes, counts, denominators of 1), and a {@code long} adds them exactly and without an
 * object per cell; the two parts together are the exact sum whatever went where, so the sum's
 * {@link #value() value} and {@link #appendCanonicalTerms canonical terms} are those of one
 * {@code ExactSum} of every term. A {@code long} that would overflow is spilled into the
 * {@code ExactSum} first.
 *
 * <p>The static methods are the same rules for a cell held in primitive arrays, as
 * {@link MeasureAccumulator} holds them. Mutable, not thread-safe.
 */
final class CellSum {

  /** 2⁵³: every {@code long} of smaller magnitude is exactly a {@code double}. */
  static final long EXACT_DOUBLE = 1L << 53;

  /**
   * 2⁶²: integer-valued doubles of smaller magnitude go to the {@code long}; converting them is
   * exact and tested without the saturation of {@code (long)} at 2⁶³ getting in the way.
   */
  static final double LONG_TERM = 0x1p62;

  private long integers;
  private ExactSum rest;

  /**
   * Adds a term.
   *
   * @param term a finite value
   */
  void add(double term) {
    if (Math.abs(term) < LONG_TERM && (long) term == term) {
      addInteger((long) term);
    } else {
      rest().add(term);
    }
  }

  /**
   * Adds the terms {@code terms[from]} to {@code terms[to - 1]}.
   *
   * @param terms finite values
   * @param from the first
   * @param to one past the last
   */
  void addAll(double[] terms, int from, int to) {
    for (int i = from; i < to; i++) {
      add(terms[i]);
    }
  }

  /** Adds an integer exactly, spilling the {@code long} to the exact part when it would overflow. */
  void addInteger(long value) {
    long sum = integers + value;
    if (((integers ^ sum) & (value ^ sum)) < 0) {
      spill(rest(), integers);
      integers = value;
    } else {
      integers = sum;
    }
  }

  private ExactSum rest() {
    if (rest == null) {
      rest = new ExactSum();
    }
    return rest;
  }

  /**
   * The exact sum, correctly rounded: the value {@link ExactSum#value()} gives for every term.
   *
   * @return the sum
   */
  double value() {
    return rest == null && fitsDouble(integers) ? (double) integers : exact(integers, rest).value();
  }

  /**
   * Appends the canonical terms of the exact sum ({@link ExactSum#canonicalTerms()}).
   *
   * @param out where to append
   */
  void appendCanonicalTerms(Terms out) {
    appendCanonicalTerms(integers, rest, out);
  }

  /** Whether a {@code long} is exactly a {@code double} below 2⁵³ in magnitude. */
  static boolean fitsDouble(long value) {
    return value > -EXACT_DOUBLE && value < EXACT_DOUBLE;
  }

  /**
   * Appends the canonical terms of {@code integers + rest}: no term for a zero sum, the integer
   * itself when that is the whole exact sum and a double holds it, else those of an
   * {@code ExactSum}. The canonical terms are a function of the exact sum alone, so this gives
   * the same terms however the sum was split between the two parts.
   *
   * @param integers the integer part
   * @param rest the rest, or null for none
   * @param out where to append
   */
  static void appendCanonicalTerms(long integers, ExactSum rest, Terms out) {
    if (rest == null && fitsDouble(integers)) {
      if (integers != 0) {
        out.add(integers);
      }
      return;
    }
    for (double term : exact(integers, rest).canonicalTerms()) {
      out.add(term);
    }
  }

  /** A new {@code ExactSum} of both parts; {@code rest} is unaffected. */
  static ExactSum exact(long integers, ExactSum rest) {
    ExactSum sum = new ExactSum();
    spill(sum, integers);
    return rest == null ? sum : sum.merge(rest);
  }

  /**
   * Adds a {@code long} to an {@code ExactSum} exactly, as its high and low 32-bit halves: each is
   * exactly a double (the high half is a 32-bit integer times 2³², the low one below 2³²).
   */
  static void spill(ExactSum sum, long value) {
    double high = (double) (value >> 32) * 0x1p32;
    double low = (double) (value & 0xFFFF_FFFFL);
    if (high != 0) {
      sum.add(high);
    }
    if (low != 0) {
      sum.add(low);
    }
  }

  /** Saturating addition of two non-negative bounds. */
  static long boundPlus(long bound, long more) {
    long sum = bound + more;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** Saturating product of two non-negative bounds. */
  static long boundTimes(long bound, long times) {
    long high = Math.multiplyHigh(bound, times);
    long low = bound * times;
    return high != 0 || low < 0 ? Long.MAX_VALUE : low;
  }

  /** A growable array of terms, for building a partial's flat term array. */
  static final class Terms {
    private double[] terms;
    private int size;

    Terms(int capacity) {
      this.terms = new double[Math.max(capacity, 16)];
    }

    void add(double term) {
      if (size == terms.length) {
        terms = java.util.Arrays.copyOf(terms, size + (size >> 1));
      }
      terms[size++] = term;
    }

    int size() {
      return size;
    }

    double[] toArray() {
      return size == terms.length ? terms : java.util.Arrays.copyOf(terms, size);
    }
  }
}
