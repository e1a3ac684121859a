// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import java.util.function.Consumer;

/**
 * A check of one input that reports every problem it finds to a {@link ViolationSink}, and can be
 * run again with the same result. Checks of large inputs — a survey of a million respondents, a
 * table of a hundred million records — are written as a {@code Check} so that a failure costs
 * memory for the problems it spells out, not for every problem: the {@link ValidationException}
 * it throws counts every problem, lists the first ones, and runs the check again when code asks
 * for the rest ({@link ValidationException#forEachViolation}, {@link ValidationException#page}).
 *
 * <pre>{@code
 * Check check = sink -> {
 *   for (int r = 0; r < cells.length; r++) {
 *     if (!scale.contains(cells[r])) {
 *       int row = r;
 *       sink.report(OUT_OF_RANGE, () -> Violation.of("cells[" + row + "]", scale.outOfRangeMessage(cells[row])));
 *     }
 *   }
 * };
 * check.throwIfAny("ResponseMatrix");
 * }</pre>
 *
 * <p>A check must be deterministic (the same problems in the same order every time it runs) and
 * must read only immutable data: the exception keeps it, and with it the input, until the
 * exception is dropped.
 */
@FunctionalInterface
public interface Check {

  /**
   * Runs the check, reporting every problem found, in order.
   *
   * @param sink where to report; not null
   */
  void run(ViolationSink sink);

  /**
   * Runs the check and throws if it found any problem, spelling out at most
   * {@link ValidationException#DEFAULT_DETAIL_CAP} of them.
   *
   * @param subject what was checked ("Survey of …"), for the message; not null
   * @throws ValidationException counting every problem, if there is at least one
   */
  default void throwIfAny(String subject) {
    throwIfAny(subject, ValidationException.DEFAULT_DETAIL_CAP);
  }

  /**
   * Runs the check and throws if it found any problem, spelling out at most {@code detailCap} of
   * them; the rest are counted by kind.
   *
   * @param subject what was checked, for the message; not null
   * @param detailCap how many problems to spell out, at least 1
   * @throws ValidationException counting every problem, if there is at least one
   * @throws IllegalArgumentException if {@code detailCap < 1}
   */
  default void throwIfAny(String subject, int detailCap) {
    ViolationTally tally = new ViolationTally(detailCap);
    run(tally);
    if (tally.count() > 0) {
      throw new ValidationException(subject, this, tally);
    }
  }

  /**
   * Runs the check and hands every problem, fully built, to an action: the streamed form of the
   * problems, in constant memory.
   *
   * @param action what to do with each violation; not null
   */
  default void forEachViolation(Consumer<? super Violation> action) {
    run((kind, detail) -> action.accept(detail.get()));
  }
}
