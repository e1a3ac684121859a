// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.text;

import io.vavr.collection.List;

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
 * <p>This class is immutable and thread-safe; {@link #row} returns a new table.
 */
public final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows;

  private TextTable(List<String> header, List<List<String>> rows) {
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
    return new TextTable(List.of(header), List.empty());
  }

  /**
   * This table with one more row.
   *
   * @param cells one cell per column
   * @return the new table
   * @throws IllegalArgumentException if the number of cells is not the number of columns
   */
  public TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "cells: must have " + header.size() + " (one per column), got " + cells.length);
    }
    return new TextTable(header, rows.append(List.of(cells).map(String::valueOf)));
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
