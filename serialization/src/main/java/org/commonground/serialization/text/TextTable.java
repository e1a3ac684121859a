// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.text;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;

/**
 * A plain-text table with aligned columns; {@link TextTables} builds one for each result.
 *
 * <pre>{@code
 * TextTable.of("id", "name").row("lincoln-hs", "Lincoln High School").render();
 * // id          name
 * // ----------  -------------------
 * // lincoln-hs  Lincoln High School
 * }</pre>
 *
 * <p>A table may be in a language: its headings and the cells given as {@link Message messages}
 * are rendered in it, and everything else as given.
 *
 * <pre>{@code
 * TextTable.of(Locale.forLanguageTag("es"), Message.of("serialization.text.column.indicator"))
 *     .row("graduation-rate").render();
 * // indicador
 * // ---------------
 * // graduation-rate
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; {@link #row} returns a new table.
 */
public final class TextTable {

  private final Locale locale;
  private final List<String> header;
  private final List<List<String>> rows;

  private TextTable(Locale locale, List<String> header, List<List<String>> rows) {
    this.locale = locale;
    this.header = header;
    this.rows = rows;
  }

  /**
   * A table with the given column headings and no rows.
   *
   * @param header the column headings
   * @return the empty table
   */
  public static TextTable of(String... header) {
    return new TextTable(Locale.ROOT, List.of(header), List.empty());
  }

  /**
   * A table in a language, with the given column headings and no rows: the headings, and the
   * cells given as messages, are rendered in that language.
   *
   * @param locale the language, {@link Locale#ROOT} for English
   * @param header the column headings
   * @return the empty table
   * @throws org.commonground.core.validation.ValidationException naming the locale or a heading
   *     that is null
   */
  public static TextTable of(Locale locale, Message... header) {
    Violations.none().notNull("locale", locale).notNull("header", header).throwIfAny("TextTable");
    Violations.none().noNullElements("header", List.of(header)).throwIfAny("TextTable");
    return new TextTable(locale, List.of(header).map(h -> h.text(locale)), List.empty());
  }

  /**
   * This table with one more row.
   *
   * @param cells one cell per column: a {@link Message} is rendered in the table's language,
   *     anything else as {@link String#valueOf}
   * @return the new table
   * @throws IllegalArgumentException if the number of cells is not the number of columns
   */
  public TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "cells: must have " + header.size() + " (one per column), got " + cells.length);
    }
    return new TextTable(locale, header,
        rows.append(List.of(cells).map(c -> c instanceof Message m ? m.text(locale) : String.valueOf(c))));
  }

  /**
   * The table as text: the header, a rule, then the rows; columns separated by two spaces.
   *
   * @return the rendered table, each line ending in a newline
   */
  public String render() {
    List<Integer> widths =
        List.range(0, header.size())
            .map(c -> rows.prepend(header).map(r -> r.get(c).length()).max().get());
    StringBuilder text = new StringBuilder();
    append(text, header, widths);
    append(text, widths.map("-"::repeat), widths);
    rows.forEach(r -> append(text, r, widths));
    return text.toString();
  }

  private static void append(StringBuilder text, List<String> cells, List<Integer> widths) {
    String line =
        cells.zipWith(widths, (cell, width) -> cell + " ".repeat(width - cell.length())).mkString("  ");
    text.append(line.stripTrailing()).append('\n');
  }

  @Override
  public String toString() {
    return render();
  }
}
