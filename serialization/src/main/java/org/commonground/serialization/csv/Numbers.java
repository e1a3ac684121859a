// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.csv;

/** Parsing of the numbers in CSV cells, strict and fast. Stateless. */
final class Numbers {

  private Numbers() {}

  /**
   * The number a cell holds: an optional sign, digits, an optional fraction and an optional
   * exponent ({@code 12}, {@code -0.5}, {@code 1e3}); NaN for anything else, including an empty
   * cell, {@code NaN}, {@code Infinity}, hexadecimal, or a type suffix. Whole numbers of up to 15
   * digits, the common case, are parsed without {@link Double#parseDouble}.
   *
   * @param text the cell
   * @return its value, finite, or NaN
   */
  static double parse(String text) {
    int n = text.length();
    if (n == 0 || n > 64) {
      return Double.NaN;
    }
    int i = 0;
    char first = text.charAt(0);
    boolean negative = first == '-';
    if (negative || first == '+') {
      i = 1;
    }
    int digitsFrom = i;
    long whole = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      whole = whole * 10 + (c - '0');
      i++;
    }
    int digits = i - digitsFrom;
    if (i == n) {
      if (digits == 0) {
        return Double.NaN;
      }
      if (digits <= 15) {
        return negative ? -whole : whole;
      }
      return Double.parseDouble(text);
    }
    // A fraction and/or an exponent: check the shape, then let the JDK round it.
    int fraction = 0;
    if (text.charAt(i) == '.') {
      i++;
      int from = i;
      while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      fraction = i - from;
    }
    if (digits + fraction == 0) {
      return Double.NaN;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        i++;
      }
      int from = i;
      while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == from) {
        return Double.NaN;
      }
    }
    if (i != n) {
      return Double.NaN;
    }
    double value = Double.parseDouble(text);
    return Double.isInfinite(value) ? Double.NaN : value;
  }

  /**
   * The whole number a cell holds, or {@code fallback} if it holds anything else.
   *
   * @param text the cell
   * @param fallback what to return for a cell that is not a whole number in the int range
   * @return its value, or the fallback
   */
  static long parseInt(String text, long fallback) {
    int n = text.length();
    if (n == 0 || n > 11) {
      return fallback;
    }
    int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
    if (i == n) {
      return fallback;
    }
    long value = 0;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return fallback;
      }
      value = value * 10 + (c - '0');
    }
    value = text.charAt(0) == '-' ? -value : value;
    return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? fallback : value;
  }
}
