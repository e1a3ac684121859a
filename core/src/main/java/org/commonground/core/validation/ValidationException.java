// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Thrown when an input breaks one or more of the domain's rules. It counts <em>every</em>
 * violation found, each with its path and the allowed range, never just the first.
 *
 * <p>Past a detail cap ({@value #DEFAULT_DETAIL_CAP} unless the check chose another), the message
 * spells out only the first violations and then counts the rest by kind, as compilers do with
 * {@code -Xmaxerrs}:
 *
 * <pre>{@code
 * try {
 *   ResponseMatrix.of(instrument, 1_000_000, cells);   // every answer coded 0–4 on a 1–5 scale
 * } catch (ValidationException e) {
 *   e.count();          // 44000000
 *   e.violations();     // the first 100, each with its path
 *   e.getMessage();     // "... (44,000,000 problems): cells[0][0] ...: must be between 1 and 5, got 0; ...
 *                       //  … and 43,999,900 more: cells[*][*]: must be between 1 and 5 (43,999,900)"
 *   e.countsByKind();   // cells[*][*]: must be between 1 and 5 → 44000000
 *   e.forEachViolation(v -> ...);   // every one of them, streamed, in constant memory
 * }
 * }</pre>
 *
 * <p>The full list stays available without being held: when the exception was thrown by a
 * {@link Check}, the violations that were not kept are produced again by running the check again
 * ({@link #forEachViolation}, {@link #page}). This class is immutable and thread-safe as long as
 * the check reads only immutable data, which every check of the library does.
 */
public final class ValidationException extends IllegalArgumentException {

  /** How many violations a message spells out unless the check chose otherwise. */
  public static final int DEFAULT_DETAIL_CAP = 100;

  /** How many kinds the summary of the unlisted violations names before counting the rest. */
  private static final int KINDS_NAMED = 10;

  private static final long serialVersionUID = 2L;

  /** What was being checked, as the message names it ("Organization"). */
  private final String subject;
  /** How many violations were found in all, listed or not. */
  private final long count;
  private final transient List<Violation> listed;
  private final transient Map<ViolationKind, Long> countsByKind;
  /** Runs the check again, or null when every violation is in {@link #listed}. */
  private final transient Check replay;

  /**
   * Creates the exception for a non-empty list of violations, all of them held.
   *
   * @param subject what was being checked, for the message ("Organization"); not null
   * @param violations every violation found; not null, not empty, without null elements
   * @throws ValidationException about this call, naming {@code subject} or {@code violations},
   *     if either is null, {@code violations} is empty or holds null
   */
  public ValidationException(String subject, List<Violation> violations) {
    this(subject, violations, tallyOf(subject, violations));
  }

  /**
   * Creates the exception for a builder whose required attributes were never set: one violation
   * per attribute, "{@code id: must be set}". The generated builders of the library's value types
   * throw it from {@code build()} (the project style names it as their exception for an incomplete
   * builder), so that an incomplete builder fails with the same exception as a bad value.
   *
   * <pre>{@code
   * Organization.builder().name("Lincoln High School").build();
   * // ValidationException: Builder is invalid (1 problem): id: must be set
   * }</pre>
   *
   * @param unsetAttributes the names of the attributes never set; not empty
   * @throws ValidationException about this call if {@code unsetAttributes} is null or empty
   */
  public ValidationException(String... unsetAttributes) {
    this("Builder", unsetAttributes == null ? null
        : List.of(unsetAttributes).map(a -> Violation.of(String.valueOf(a), Message.of("core.validation.mustBeSet"))));
  }

  private ValidationException(String subject, List<Violation> violations, ViolationTally tally) {
    super(describe(Locale.ROOT, subject, tally.count(), violations.take(DEFAULT_DETAIL_CAP), tally.unlisted()));
    this.subject = subject;
    this.count = tally.count();
    this.listed = violations;
    this.countsByKind = counts(tally.all());
    this.replay = null;
  }

  /** For a check that was run into a tally; the check is kept to produce the rest again. */
  ValidationException(String subject, Check check, ViolationTally tally) {
    super(describe(Locale.ROOT, subject, tally.count(), List.ofAll(tally.listed()), tally.unlisted()));
    this.subject = subject;
    this.count = tally.count();
    this.listed = List.ofAll(tally.listed());
    this.countsByKind = counts(tally.all());
    this.replay = listed.size() == count ? null : check;
  }

  private static ViolationTally tallyOf(String subject, List<Violation> violations) {
    Violations.none()
        .notNull("subject", subject)
        .noNullElements("violations", violations)
        .when(violations != null, v -> v.require(!violations.isEmpty(), "violations", Message.of("core.validation.notEmpty")))
        .throwIfAny("ValidationException");
    ViolationTally tally = new ViolationTally(DEFAULT_DETAIL_CAP);
    for (Violation v : violations) {
      tally.report(v);
    }
    return tally;
  }

  private static Map<ViolationKind, Long> counts(java.util.Map<ViolationKind, long[]> tallied) {
    return LinkedHashMap.ofEntries(
        List.ofAll(tallied.entrySet()).map(e -> io.vavr.Tuple.of(e.getKey(), e.getValue()[0])));
  }

  /**
   * What was checked ("Survey of Wilder Collaboration Factors Inventory, 2nd edition").
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }

  /**
   * How many violations were found: every one, listed or not.
   *
   * @return the count, at least 1
   */
  public long count() {
    return count;
  }

  /**
   * The violations held in full, in the order the rules were checked: every one when the
   * exception was made from a list or when there were no more than the detail cap, else the first
   * ones (as many as the cap). {@link #forEachViolation} and {@link #page} give every one.
   *
   * @return the violations held, never empty
   */
  public List<Violation> violations() {
    return listed;
  }

  /**
   * Whether {@link #violations()} holds every violation found.
   *
   * @return true if {@code violations().size() == count()}
   */
  public boolean isComplete() {
    return listed.size() == count;
  }

  /**
   * How many violations of each kind were found, in the order each kind first occurred. At most
   * 256 kinds are told apart; any further kinds are counted together as "other problems".
   *
   * @return kind → count; the counts add up to {@link #count()}
   */
  public Map<ViolationKind, Long> countsByKind() {
    return countsByKind;
  }

  /**
   * Hands every violation, in order, to an action: the held ones, or, when not all are held, each
   * one produced again by the check, in constant memory.
   *
   * @param action what to do with each violation; not null
   */
  public void forEachViolation(Consumer<? super Violation> action) {
    Objects.requireNonNull(action, "action");
    if (replay == null) {
      listed.forEach(action);
    } else {
      replay.forEachViolation(action);
    }
  }

  /**
   * One page of the violations, in order.
   *
   * @param from the position of the first, from 0
   * @param size how many at most, at least 1
   * @return the violations at positions {@code from} to {@code from + size - 1}; fewer at the end,
   *     none past it
   * @throws IllegalArgumentException if {@code from < 0} or {@code size < 1}
   */
  public List<Violation> page(long from, int size) {
    if (from < 0 || size < 1) {
      throw new IllegalArgumentException(
          "page: from must be at least 0 and size at least 1, got from " + from + ", size " + size);
    }
    if (replay == null || from + size <= listed.size()) {
      return listed.drop((int) Math.min(from, Integer.MAX_VALUE)).take(size);
    }
    ArrayList<Violation> page = new ArrayList<>(Math.min(size, 1 << 16));
    long end = from + size;
    try {
      replay.run(new ViolationSink() {
        private long position;

        @Override
        public void report(ViolationKind kind, java.util.function.Supplier<Violation> detail) {
          if (position >= from) {
            page.add(detail.get());
          }
          if (++position >= end) {
            throw new PageFull();
          }
        }
      });
    } catch (PageFull full) {
      // the page is complete; the rest of the check need not run
    }
    return List.ofAll(page);
  }

  /**
   * The message with another detail cap: spells out the first {@code detailCap} violations (found
   * again by the check if not held) and counts the rest by kind.
   *
   * @param detailCap how many violations to spell out, at least 1
   * @return the message
   * @throws IllegalArgumentException if {@code detailCap < 1}
   */
  public String message(int detailCap) {
    if (detailCap < 1) {
      throw new IllegalArgumentException("detailCap: must be at least 1, got " + detailCap);
    }
    return describeAgain(Locale.ROOT, detailCap);
  }

  /**
   * The message in a language: the same violations, each in that language, with the counts
   * written as the language writes numbers. {@link #getMessage()} is the English one.
   *
   * <pre>{@code
   * e.message(Locale.forLanguageTag("es"));
   * // "Partnership no es válido (1 problema): members: debe tener al menos 2, se recibió 1"
   * }</pre>
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the message
   * @throws IllegalArgumentException if the locale is null
   */
  public String message(Locale locale) {
    if (locale == null) {
      throw new IllegalArgumentException("locale: must not be null");
    }
    if (locale.equals(Locale.ROOT)) {
      return getMessage();
    }
    return describeAgain(locale, DEFAULT_DETAIL_CAP);
  }

  /** The message in a language with a detail cap, the violations tallied again (or found again by the check). */
  private String describeAgain(Locale locale, int detailCap) {
    ViolationTally tally = new ViolationTally(detailCap);
    if (replay == null) {
      listed.forEach(tally::report);
      return describe(locale, subject, count, listed.take(detailCap), tally.unlisted());
    }
    replay.run(tally);
    return describe(locale, subject, tally.count(), List.ofAll(tally.listed()), tally.unlisted());
  }

  private static String describe(Locale locale,
      String subject, long count, List<Violation> spelled, java.util.Map<ViolationKind, long[]> unlisted) {
    Objects.requireNonNull(subject, "subject");
    StringBuilder message = new StringBuilder(count == 1
        ? Message.of("core.validation.invalid.one", subject).text(locale)
        : Message.of("core.validation.invalid.many", subject, number(locale, count)).text(locale));
    message.append(spelled.map(v -> v.toString(locale)).mkString("; "));
    long rest = count - spelled.size();
    if (rest > 0) {
      message.append(Message.of("core.validation.more", number(locale, rest)).text(locale));
      int named = 0;
      long namedCount = 0;
      for (java.util.Map.Entry<ViolationKind, long[]> e : unlisted.entrySet()) {
        if (named == KINDS_NAMED) {
          break;
        }
        message.append(named == 0 ? "" : "; ").append(e.getKey().toString(locale))
            .append(" (").append(number(locale, e.getValue()[0])).append(')');
        named++;
        namedCount += e.getValue()[0];
      }
      if (namedCount < rest) {
        message.append(Message.of("core.validation.otherKinds", number(locale, rest - namedCount)).text(locale));
      }
    }
    return message.toString();
  }

  private static String number(Locale locale, long n) {
    return String.format(locale, "%,d", n);
  }

  /** Stops a check once a page is full; carries no stack trace. */
  private static final class PageFull extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PageFull() {
      super(null, null, false, false);
    }
  }
}
