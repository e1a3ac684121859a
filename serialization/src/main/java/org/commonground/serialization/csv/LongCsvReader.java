// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.csv;

import io.vavr.collection.List;
import java.io.Reader;
import java.util.HashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;

/**
 * Reads small files of one element per row (ratings, assessments, survey responses) into a list
 * of core values, then into the value that checks them as a whole. Each row's element is made by
 * the core type itself; its problems, and those of the whole, are reported at the row's line, with
 * the core type's field turned into the column it was read from ({@code ratings[3].value} becomes
 * {@code line 5, column value}). Stateless.
 */
final class LongCsvReader {

  private static final ViolationKind WHOLE = CsvProblems.kind("*", "must be a whole number");

  private LongCsvReader() {}

  /** One row's cells, by field. */
  interface Row {
    /** The cell of a field; empty if the field's column is absent. */
    String get(String field);

    /** The cell of a field as a whole number; null (reported) if it is not one. */
    Integer whole(String field);

    /** Reports a problem with the cell of a field. */
    void report(String field, String message);
  }

  /**
   * Reads every row into an element, then the elements into the whole.
   *
   * @param fields the fields, in order
   * @param optional the fields whose column may be absent
   * @param path the whole's path of its elements ("ratings")
   * @param element makes one row's element, or null if it reported a problem; may throw ValidationException with the element's paths
   * @param whole makes the whole; may throw ValidationException with paths {@code path[i]…}
   */
  static <E, W> W read(
      String subject, List<String> fields, Set<String> optional, ColumnMapping mapping, Reader in, String path,
      Function<Row, E> element, Function<List<E>, W> whole) {
    CsvProblems problems = new CsvProblems();
    CsvRows rows = CsvRows.of(in, problems);
    CsvRows.Header header = rows.header(fields, optional, mapping);
    if (header == null) {
      problems.throwIfAny(subject);
    }
    HashMap<String, Integer> at = new HashMap<>();
    HashMap<String, String> columnOf = new HashMap<>();
    int f = 0;
    for (String field : fields) {
      int c = header.columns[f++];
      at.put(field, c);
      columnOf.put(field, c < 0 ? mapping.column(field) : header.names[c]);
    }
    java.util.ArrayList<E> elements = new java.util.ArrayList<>();
    java.util.ArrayList<Long> lines = new java.util.ArrayList<>();
    while (rows.next()) {
      if (!rows.hasWidth(header.names.length)) {
        continue;
      }
      String[] cells = rows.cells();
      long line = rows.line();
      long before = problems.count();
      Row row = new Row() {
        @Override
        public String get(String field) {
          int c = at.get(field);
          return c < 0 ? "" : cells[c];
        }

        @Override
        public Integer whole(String field) {
          String text = get(field);
          long value = Numbers.parseInt(text, Long.MIN_VALUE);
          if (value == Long.MIN_VALUE) {
            problems.report(WHOLE, () -> Violation.of(CsvProblems.at(line, columnOf.get(field)),
                "must be a whole number, got \"" + text + "\""));
            return null;
          }
          return (int) value;
        }

        @Override
        public void report(String field, String message) {
          Violation v = Violation.of(CsvProblems.at(line, columnOf.get(field)), message);
          problems.report(kindOf(v), v);
        }
      };
      try {
        E e = element.apply(row);
        if (e != null && problems.count() == before) {
          elements.add(e);
          lines.add(line);
        }
      } catch (ValidationException e) {
        e.forEachViolation(v -> {
          Violation relocated = relocate(v, line, columnOf);
          problems.report(kindOf(relocated), relocated);
        });
      }
    }
    // The whole is checked even when rows were refused, over the rows that were not, so that
    // the exception counts every problem of the file.
    W result = null;
    try {
      result = whole.apply(List.ofAll(elements));
    } catch (ValidationException e) {
      Pattern element0 = Pattern.compile(Pattern.quote(path) + "\\[(\\d+)\\]");
      e.forEachViolation(v -> {
        Matcher m = element0.matcher(v.path());
        if (m.lookingAt()) {
          long line = lines.get(Integer.parseInt(m.group(1)));
          String rest = v.path().substring(m.end());
          Violation under = Violation.of(rest.startsWith(".") ? rest.substring(1) : rest, lineNumbers(v.message(), element0, lines));
          Violation relocated = relocate(under, line, columnOf);
          problems.report(kindOf(relocated), relocated);
        } else {
          problems.report(ViolationKind.of(v), v);
        }
      });
      problems.throwIfAny(subject);
      throw e;
    }
    problems.throwIfAny(subject);
    return result;
  }

  /** A row element's violation at its line, its field turned into its column. */
  private static Violation relocate(Violation v, long line, HashMap<String, String> columnOf) {
    String path = v.path();
    int dot = path.indexOf('.');
    String field = dot < 0 ? path : path.substring(0, dot);
    String column = columnOf.get(field);
    if (path.isEmpty()) {
      return Violation.of(CsvProblems.at(line), v.message());
    }
    if (column == null) {
      return Violation.of(CsvProblems.at(line) + ", " + path, v.message());
    }
    return Violation.of(CsvProblems.at(line, column) + (dot < 0 ? "" : path.substring(dot)), v.message());
  }

  /** The kind of a violation at a line: any line, the rule without the value given. */
  static ViolationKind kindOf(Violation v) {
    return ViolationKind.of(Violation.of(v.path().replaceFirst("^line \\d+", "line *"), v.message()));
  }

  /** A message with every {@code path[i]} it names turned into {@code line n}. */
  private static String lineNumbers(String message, Pattern element, java.util.List<Long> lines) {
    Matcher m = element.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      m.appendReplacement(out, i < lines.size() ? "line " + lines.get(i) : m.group());
    }
    m.appendTail(out);
    return out.toString();
  }
}
