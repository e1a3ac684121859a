// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import java.util.Locale;
import org.commonground.core.validation.Message;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One entry of a published table — a cell, a total or a subtotal — with its value, or the reason
 * it is hidden.
 *
 * <pre>{@code
 * cell.value();        // None
 * cell.suppression();  // Some(PRIMARY)
 * cell.reason();       // "fewer than 10 records (6)"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedCell {

  PublishedCell() {}

  /**
   * The entry: one code per dimension of the table, {@code Total} (or a subtotal) where it sums
   * over that dimension.
   *
   * @return the codes
   */
  public abstract List<String> codes();

  /**
   * The row label: the first dimension's code ({@code Total} for a column total or the grand
   * total).
   *
   * @return the row label
   */
  public String row() {
    return codes().head();
  }

  /**
   * The column label: the last dimension's code ({@code Total} for a row total or the grand total).
   *
   * @return the column label
   */
  public String column() {
    return codes().last();
  }

  /**
   * Whether the entry is a total.
   *
   * @return true for row, column and grand totals
   */
  public abstract boolean total();

  /**
   * The value as published.
   *
   * @return the value, or none when suppressed
   */
  public abstract Option<Double> value();

  /**
   * Why the entry is hidden.
   *
   * @return the kind of suppression, or none when published
   */
  public abstract Option<Suppression> suppression();

  /**
   * The sentence as a message: its code and arguments, and its text in any language.
   *
   * @return the reason
   */
  public abstract Message reasonMessage();

  /**
   * Why, in words: "fewer than 10 records (6)", or which line's disclosure a complementary
   * suppression prevents; empty when published.
   *
   * <p>In English; see {@link #reason(Locale)} for another language.
   *
   * @return the reason
   */
  public String reason() {
    return reasonMessage().text();
  }

  /**
   * The same, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the reason in that language
   */
  public String reason(Locale locale) {
    return reasonMessage().text(locale);
  }

  @Value.Check
  void check() {
    Violations.none()
        .noNullElements("codes", codes())
        .noNullElements("value", value())
        .noNullElements("suppression", suppression())
        .notNull("reasonMessage", reasonMessage())
        .throwIfAny("PublishedCell");
  }

  /** Returns {@code PublishedCell lincoln-hs × es: 42} or {@code PublishedCell lincoln-hs × so: suppressed (primary)}. */
  @Override
  public String toString() {
    return "PublishedCell " + codes().mkString(" × ") + ": "
        + value().map(v -> v == Math.rint(v) ? String.valueOf(Math.round(v)) : String.valueOf(v))
            .getOrElse(() -> "suppressed (" + suppression().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).getOrElse("") + ")");
  }
}
