// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.codec;

import org.commonground.core.validation.Message;

import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationSink;

/**
 * Collects the problems of one document as it is read: each with its JSON path. Reading goes on
 * after a problem, so one pass finds every problem of the document. Not thread-safe: one reader
 * uses it.
 */
public final class Problems {

  private final ViolationSink sink;
  private final boolean lenient;
  private long count;

  /**
   * Problems of a strict reading, reported to a sink.
   *
   * @param sink where each problem goes
   */
  public Problems(ViolationSink sink) {
    this(sink, false);
  }

  /**
   * Problems reported to a sink.
   *
   * @param sink where each problem goes
   * @param lenient whether unknown properties are skipped instead of reported
   */
  public Problems(ViolationSink sink, boolean lenient) {
    this.sink = sink;
    this.lenient = lenient;
  }

  /**
   * Whether unknown properties are skipped, for a reader older than the writer.
   *
   * @return true if lenient
   */
  public boolean lenient() {
    return lenient;
  }

  /**
   * Reports a problem at a path.
   *
   * @param path where
   * @param message the rule broken and the value given ("must be at most 20, got 31")
   */
  public void report(Path path, String message) {
    count++;
    Violation v = Violation.of(path.toString(), message);
    sink.report(v);
  }

  /**
   * Reports a problem at a path, as a message of the library.
   *
   * @param path where
   * @param message the rule broken and the value given
   */
  public void report(Path path, Message message) {
    count++;
    sink.report(Violation.of(path.toString(), message));
  }

  /**
   * Reports a violation whose path is already the full JSON path.
   *
   * @param violation the violation
   */
  public void report(Violation violation) {
    count++;
    sink.report(violation);
  }

  /**
   * Reports every violation of a domain rule found in a value at a path: the violation's own path
   * is relative to that value and is put under it.
   *
   * @param path where the value is
   * @param e the value's violations
   */
  public void reportAll(Path path, ValidationException e) {
    String prefix = path.toString();
    e.forEachViolation(v -> {
      count++;
      sink.report(v.under(prefix));
    });
  }

  /**
   * How many problems have been reported so far: a reader compares the count before and after a
   * value to know whether the value was valid.
   *
   * @return the count
   */
  public long count() {
    return count;
  }
}
