// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.csv;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.commonground.core.validation.Check;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;

/**
 * The problems of one CSV input, found while it is read once: every problem is counted, the first
 * {@value ValidationException#DEFAULT_DETAIL_CAP} are kept in full with their line and column, the
 * rest counted by kind (at most {@value #KINDS} kinds apart), so a file whose every row is bad
 * costs one count per problem and bounded memory. Mutable, confined to one read.
 */
final class CsvProblems {

  /** The most kinds counted apart past the listed problems. */
  static final int KINDS = 256;

  private static final ViolationKind OTHER = ViolationKind.of("", "other problems");

  private final ArrayList<Tuple2<ViolationKind, Violation>> listed = new ArrayList<>();
  private final Map<ViolationKind, long[]> unlisted = new LinkedHashMap<>();
  private long count;

  /** The path of a cell: {@code line 1207, column numerator}. */
  static String at(long line, String column) {
    return "line " + line + ", column " + column;
  }

  /** The path of a line as a whole: {@code line 1207}. */
  static String at(long line) {
    return "line " + line;
  }

  /** The kind of a problem in a column, any line. */
  static ViolationKind kind(String column, String rule) {
    return ViolationKind.of(column == null ? "line *" : "line *, column " + column, rule);
  }

  /** Reports a problem; its violation is built only if it is among the first ones. */
  void report(ViolationKind kind, Supplier<Violation> detail) {
    count++;
    if (listed.size() < ValidationException.DEFAULT_DETAIL_CAP) {
      listed.add(new Tuple2<>(kind, detail.get()));
      return;
    }
    long[] n = unlisted.get(kind);
    if (n == null) {
      if (unlisted.size() < KINDS) {
        n = new long[1];
        unlisted.put(kind, n);
      } else {
        n = unlisted.computeIfAbsent(OTHER, k -> new long[1]);
      }
    }
    n[0]++;
  }

  /** Reports a built violation, its kind derived from its text. */
  void report(ViolationKind kind, Violation violation) {
    report(kind, () -> violation);
  }

  /** The number of problems so far. */
  long count() {
    return count;
  }

  /**
   * Throws if any problem was found. The exception counts every problem and lists the first ones
   * with their line and column; the input was read once and is not kept, so the problems past
   * those are given again (by {@link ValidationException#forEachViolation}) by kind, with {@code
   * line *} for their line.
   */
  void throwIfAny(String subject) {
    if (count == 0) {
      return;
    }
    List<Tuple2<ViolationKind, Violation>> first = List.ofAll(listed);
    List<Tuple2<ViolationKind, Long>> rest = List.ofAll(unlisted.entrySet()).map(e -> new Tuple2<>(e.getKey(), e.getValue()[0]));
    Check replay = sink -> {
      for (Tuple2<ViolationKind, Violation> problem : first) {
        sink.report(problem._1, () -> problem._2);
      }
      for (Tuple2<ViolationKind, Long> kind : rest) {
        Violation generic = Violation.of(kind._1.path(), kind._1.rule());
        for (long i = 0; i < kind._2; i++) {
          sink.report(kind._1, () -> generic);
        }
      }
    };
    replay.throwIfAny(subject);
  }
}
