// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;

/**
 * The rows of a CSV input with a header, one at a time, over Jackson's streaming CSV parser: RFC
 * 4180 quoting (commas, quotes and line breaks inside quoted cells), CRLF or LF line ends, a
 * leading byte order mark dropped, blank lines skipped (so a one-column file has no empty cell), spaces around unquoted cells trimmed. Each
 * row's cells land in one reused array, with the line the row starts on. Mutable, confined to one
 * read; it never closes the reader.
 */
final class CsvRows {

  /** One factory for every read: Jackson's factories are thread-safe once configured. */
  private static final CsvFactory FACTORY = new CsvFactory();

  private static final ViolationKind MALFORMED = CsvProblems.kind(null, "must be well-formed CSV");
  private static final ViolationKind EMPTY = ViolationKind.of("line *", "must have a header row");
  private static final ViolationKind REPEATED = CsvProblems.kind("*", "must appear once in the header");
  private static final ViolationKind UNKNOWN = CsvProblems.kind("*", "must be a mapped or ignored column");
  private static final ViolationKind ABSENT = CsvProblems.kind(null, "must have every mapped column");
  private static final ViolationKind NO_FIELD = ViolationKind.of("mapping", "must rename only fields of the file");
  private static final ViolationKind SHARED = ViolationKind.of("mapping", "must read each field from its own column");
  private static final ViolationKind WIDTH = CsvProblems.kind(null, "must have as many cells as the header");

  private final CsvParser parser;
  private final CsvProblems problems;
  private String[] cells = new String[0];
  private int width;
  private long line;
  private boolean done;
  private boolean started;

  private CsvRows(CsvParser parser, CsvProblems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /** Rows of a reader; problems of the CSV syntax go to {@code problems}. */
  static CsvRows of(Reader in, CsvProblems problems) {
    try {
      CsvParser parser = FACTORY.createParser(in);
      parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      parser.enable(CsvParser.Feature.TRIM_SPACES);
      parser.disable(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return new CsvRows(parser, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the next row.
   *
   * @return whether there was one; false at the end or at a syntax error (reported)
   */
  boolean next() {
    if (done) {
      return false;
    }
    try {
      JsonToken token = parser.nextToken();
      if (!started) {
        // The whole input is one array of rows.
        started = true;
        token = token == JsonToken.START_ARRAY ? parser.nextToken() : null;
      }
      while (true) {
        if (token != JsonToken.START_ARRAY) {
          done = true;
          return false;
        }
        width = 0;
        line = -1;
        for (token = parser.nextToken(); token == JsonToken.VALUE_STRING; token = parser.nextToken()) {
          if (width == 0) {
            line = parser.currentTokenLocation().getLineNr();
          }
          if (width == cells.length) {
            cells = java.util.Arrays.copyOf(cells, Math.max(8, cells.length * 2));
          }
          cells[width++] = parser.getText();
        }
        // A blank line (which the parser does not always skip, as with CRLF) is one empty cell.
        if (width > 1 || (width == 1 && !cells[0].isEmpty())) {
          return true;
        }
        token = parser.nextToken();
      }
    } catch (JsonProcessingException e) {
      done = true;
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      String message = e.getOriginalMessage().lines().findFirst().orElse("a syntax error");
      problems.report(MALFORMED, () -> Violation.of(CsvProblems.at(at), "must be well-formed CSV, got: " + message));
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cells of the current row; only the first {@link #width()} are its. */
  String[] cells() {
    return cells;
  }

  /** The number of cells of the current row. */
  int width() {
    return width;
  }

  /** The line the current row starts on, from 1. */
  long line() {
    return line;
  }

  /**
   * Whether the current row has exactly as many cells as the header; reports it if not.
   *
   * @param expected the header's width
   */
  boolean hasWidth(int expected) {
    if (width == expected) {
      return true;
    }
    long at = line;
    int got = width;
    problems.report(WIDTH, () -> Violation.of(CsvProblems.at(at),
        "must have as many cells as the header (" + expected + "), got " + got));
    return false;
  }

  /**
   * Reads the header and finds the column of every field, reporting an empty input, repeated or
   * unknown columns, absent columns and renamed fields the reader does not have.
   *
   * @param fields the reader's fields, in order
   * @param optional which of them may be absent
   * @param mapping the column of each field
   * @return the header's names and, per field, its column index (-1 when absent), or null if the
   *     header has a problem
   */
  Header header(List<String> fields, java.util.Set<String> optional, ColumnMapping mapping) {
    long before = problems.count();
    for (String field : mapping.renamed().keySet()) {
      if (!fields.contains(field)) {
        problems.report(NO_FIELD, () -> Violation.of("mapping",
            "must rename only fields of the file " + fields.mkString("(", ", ", ")") + ", got \"" + field + "\""));
      }
    }
    if (!next()) {
      if (problems.count() == before) {
        problems.report(EMPTY, () -> Violation.of("line 1", "must have a header row, got an empty input"));
      }
      return null;
    }
    long headerLine = line;
    String[] names = java.util.Arrays.copyOf(cells, width);
    if (names.length > 0 && names[0].startsWith("\uFEFF")) {
      names[0] = names[0].substring(1);
    }
    HashMap<String, Integer> index = new HashMap<>();
    for (int c = 0; c < names.length; c++) {
      String name = names[c];
      Integer first = index.putIfAbsent(name, c);
      if (first != null) {
        int position = c + 1;
        problems.report(REPEATED, () -> Violation.of(CsvProblems.at(headerLine, name),
            "must appear once in the header, got it again as column " + position + " of " + names.length));
      }
    }
    java.util.Set<String> mapped = new java.util.HashSet<>();
    int[] columns = new int[fields.size()];
    int f = 0;
    java.util.Map<String, String> fieldOf = new HashMap<>();
    for (String field : fields) {
      String column = mapping.column(field);
      mapped.add(column);
      String other = fieldOf.putIfAbsent(column, field);
      if (other != null) {
        problems.report(SHARED, () -> Violation.of("mapping",
            "must read each field from its own column, got \"" + column + "\" for both " + other + " and " + field));
      }
      Integer c = index.get(column);
      columns[f++] = c == null ? -1 : c;
      if (c == null && !optional.contains(field)) {
        String got = List.of(names).mkString(", ");
        problems.report(ABSENT, () -> Violation.of(CsvProblems.at(headerLine),
            "must have a column \"" + column + "\"" + (column.equals(field) ? "" : " (for " + field + ")")
                + ", got columns " + got));
      }
    }
    for (String name : names) {
      if (!mapped.contains(name) && !mapping.ignored().contains(name)) {
        String known = List.ofAll(mapped).sorted().mkString(", ");
        problems.report(UNKNOWN, () -> Violation.of(CsvProblems.at(headerLine, name),
            "must be a mapped column (" + known + ") or ignored, got unknown column \"" + name + "\""));
      }
    }
    return problems.count() == before ? new Header(names, columns) : null;
  }

  /** A checked header: its names and the column index of every field (-1 when absent). */
  static final class Header {
    final String[] names;
    final int[] columns;

    Header(String[] names, int[] columns) {
      this.names = names;
      this.columns = columns;
    }
  }
}
