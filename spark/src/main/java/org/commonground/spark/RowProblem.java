// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * A problem of one input row that kept it out of the roll-up: the row as text, the column, the
 * rule it breaks and the full message. Problems of the same {@link #kind() kind} (column and rule)
 * are counted together; a row that breaks two rules has two problems.
 *
 * <pre>{@code
 * RowProblem p = result.problems().head();
 * p.kind();      // "partner: must be a partner of the layout (lincoln-hs, youth-works)"
 * p.message();   // "must be a partner of the layout (lincoln-hs, youth-works), got \"lincon-hs\""
 * p.row();       // "[lincon-hs,grad-rate,SY2023-24,low,english,1,1]"
 * }</pre>
 *
 * <p>Ordered by kind, then message, then row, so that the problems a roll-up keeps (the first
 * hundred in this order) are the same whatever the partitioning. Immutable and thread-safe.
 */
public final class RowProblem implements Comparable<RowProblem>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest row text kept; longer rows are cut, with an ellipsis. */
  static final int ROW_TEXT = 1000;

  /** The row, as text, cut to {@link #ROW_TEXT} characters. */
  private final String row;
  /** The column of the problem. */
  private final String column;
  /** The rule broken, without what the row holds. */
  private final String rule;
  /** The rule with what the row holds. */
  private final String message;

  private RowProblem(String row, String column, String rule, String message) {
    this.row = row;
    this.column = column;
    this.rule = rule;
    this.message = message;
  }

  /**
   * A problem.
   *
   * @param row the row as text; cut to 1,000 characters
   * @param column the column at fault
   * @param rule the rule broken ("must be a partner of the layout (…)")
   * @param message the rule with what the row holds
   * @return the problem; a null argument is kept as the text {@code null}, since a problem must be
   *     reported whatever the row holds
   */
  public static RowProblem of(String row, String column, String rule, String message) {
    String text = String.valueOf(row);
    return new RowProblem(text.length() > ROW_TEXT ? text.substring(0, ROW_TEXT) + "…" : text,
        String.valueOf(column), String.valueOf(rule), String.valueOf(message));
  }

  /**
   * The row, as Spark prints it.
   *
   * @return the row's text
   */
  public String row() {
    return row;
  }

  /**
   * The column at fault.
   *
   * @return its name
   */
  public String column() {
    return column;
  }

  /**
   * The rule broken.
   *
   * @return the rule, without the value
   */
  public String rule() {
    return rule;
  }

  /**
   * The message: the rule and what the row holds.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * The kind of the problem, by which problems are counted.
   *
   * @return {@code column: rule}
   */
  public String kind() {
    return column + ": " + rule;
  }

  @Override
  public int compareTo(RowProblem other) {
    int c = kind().compareTo(other.kind());
    if (c == 0) {
      c = message.compareTo(other.message);
    }
    return c != 0 ? c : row.compareTo(other.row);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowProblem && compareTo((RowProblem) other) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(row, column, rule, message);
  }

  /** Returns {@code column: message in row}. */
  @Override
  public String toString() {
    return column + ": " + message + " in " + row;
  }
}
