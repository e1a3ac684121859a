// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.commonground.core.validation.Message;

/**
 * A problem of one input row that kept it out of the roll-up: the row as text, the column, the
 * rule it breaks and the full message, as a {@link Message} that reads in English or Spanish. Problems of the same {@link #kind() kind} (column and rule)
 * are counted together; a row that breaks two rules has two problems.
 *
 * <pre>{@code
 * RowProblem p = result.problems().head();
 * p.kind();      // "partner: must be a partner of the layout (lincoln-hs, youth-works)"
 * p.message();   // "must be a partner of the layout (lincoln-hs, youth-works), got \"lincon-hs\""
 * p.row();       // "[lincon-hs,grad-rate,SY2023-24,low,english,1,1]"
 * p.code();      // "spark.rows.partner": the same in every language
 * p.message(Locale.forLanguageTag("es"));  // "debe ser un socio del diseño (…), se recibió \"lincon-hs\""
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
  /** The rule with what the row holds; not serializable itself, so a problem travels as its {@link Proxy}. */
  private final transient Message detail;

  private RowProblem(String row, String column, String rule, Message detail) {
    this.row = row;
    this.column = column;
    this.rule = rule;
    this.detail = detail;
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
    return of(row, column, rule, Message.literal(String.valueOf(message)));
  }

  /**
   * A problem whose message is a message of the library, readable in any language.
   *
   * @param row the row as text; cut to 1,000 characters
   * @param column the column at fault
   * @param rule the rule broken ("must be a partner of the layout (…)"), by which problems are
   *     counted
   * @param message the rule with what the row holds
   * @return the problem; a null row, column or rule is kept as the text {@code null}, a null
   *     message as the literal text {@code null}
   */
  public static RowProblem of(String row, String column, String rule, Message message) {
    String text = String.valueOf(row);
    return new RowProblem(text.length() > ROW_TEXT ? text.substring(0, ROW_TEXT) + "…" : text,
        String.valueOf(column), String.valueOf(rule), message == null ? Message.literal("null") : message);
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
   * The message, in English: the rule and what the row holds.
   *
   * @return the message
   */
  public String message() {
    return detail.text();
  }

  /**
   * The message in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the message in that language
   */
  public String message(Locale locale) {
    return detail.text(locale);
  }

  /**
   * The message itself: its stable code, its arguments and its text in any language.
   *
   * @return the message
   */
  public Message detail() {
    return detail;
  }

  /**
   * The stable, language-free code of the message, e.g. {@code "spark.rows.partner"}.
   *
   * @return the code
   */
  public String code() {
    return detail.key();
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
      c = message().compareTo(other.message());
    }
    return c != 0 ? c : row.compareTo(other.row);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowProblem && compareTo((RowProblem) other) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(row, column, rule, message());
  }

  /** Returns {@code column: message in row}. */
  @Override
  public String toString() {
    return column + ": " + message() + " in " + row;
  }

  /** Writes a message: its key, then each argument tagged as text (0) or a nested message (1). */
  static void write(DataOutput out, Message message) throws IOException {
    out.writeUTF(message.key());
    out.writeInt(message.arguments().size());
    for (Object argument : message.arguments()) {
      if (argument instanceof Message nested) {
        out.writeByte(1);
        write(out, nested);
      } else {
        out.writeByte(0);
        out.writeUTF((String) argument);
      }
    }
  }

  /** Reads a message that {@link #write} wrote. */
  static Message read(DataInput in) throws IOException {
    String key = in.readUTF();
    int count = in.readInt();
    if (count < 0 || count > 64) {
      throw new InvalidObjectException("RowProblem: a message has 0 to 64 arguments, got " + count);
    }
    Object[] arguments = new Object[count];
    for (int i = 0; i < count; i++) {
      arguments[i] = in.readByte() == 1 ? read(in) : in.readUTF();
    }
    try {
      return Message.of(key, arguments);
    } catch (IllegalArgumentException e) {
      throw new InvalidObjectException("RowProblem: " + e.getMessage());
    }
  }

  private Object writeReplace() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    write(new java.io.DataOutputStream(bytes), detail);
    return new Proxy(row, column, rule, bytes.toByteArray());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("RowProblem: read through its proxy");
  }

  /** The serialized form of a problem: its texts and its message in {@link #write}'s form. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The row's text. */
    private final String row;
    /** The column. */
    private final String column;
    /** The rule. */
    private final String rule;
    /** The message, as {@link #write} writes it. */
    private final byte[] message;

    Proxy(String row, String column, String rule, byte[] message) {
      this.row = row;
      this.column = column;
      this.rule = rule;
      this.message = message;
    }

    private Object readResolve() throws IOException {
      return new RowProblem(row, column, rule,
          read(new java.io.DataInputStream(new java.io.ByteArrayInputStream(message))));
    }
  }
}
