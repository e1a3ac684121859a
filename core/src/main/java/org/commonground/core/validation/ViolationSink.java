// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * Where a {@link Check} reports the problems it finds, one at a time. A problem comes with its
 * {@link ViolationKind} and a supplier of its full {@link Violation}: the sink calls the supplier
 * only for the problems it spells out, so a check over a million bad answers builds a hundred
 * messages, not a million.
 *
 * <pre>{@code
 * Check check = sink -> {
 *   for (int r = 0; r < answers.length; r++) {
 *     if (!scale.contains(answers[r])) {
 *       int row = r;
 *       sink.report(OUT_OF_RANGE, () -> Violation.of("answers[" + row + "]", scale.outOfRangeMessage(answers[row])));
 *     }
 *   }
 * };
 * }</pre>
 *
 * <p>Sinks are made by the library and confined to the thread that runs the check.
 */
public interface ViolationSink {

  /**
   * Reports one problem.
   *
   * @param kind the kind of problem; not null
   * @param detail the full violation, built only if the sink needs it; not null, and gives the
   *     same violation each time it is called
   */
  void report(ViolationKind kind, Supplier<Violation> detail);

  /**
   * Reports one problem at a position of the input, with one function that builds the violation
   * of any position. A check over primitive data makes the function once and passes positions, so
   * that counting a problem allocates nothing: a matrix of 44 million bad answers is counted
   * without 44 million suppliers.
   *
   * @param kind the kind of problem; not null
   * @param at the position of the problem in the input, as the check numbers them
   * @param detail builds the full violation of a position, only if the sink needs it; not null
   */
  default void report(ViolationKind kind, long at, LongFunction<Violation> detail) {
    report(kind, () -> detail.apply(at));
  }

  /**
   * Reports one problem whose violation is already built; its kind is derived from its text
   * ({@link ViolationKind#of(Violation)}).
   *
   * @param violation the violation; not null
   */
  default void report(Violation violation) {
    report(ViolationKind.of(violation), () -> violation);
  }

  /**
   * Reports every violation found in a nested value, re-rooted under its path.
   *
   * @param prefix the path of the nested value ("observations[3]"); not null
   * @param nested the nested value's violations; not null
   */
  default void reportAll(String prefix, Iterable<Violation> nested) {
    for (Violation v : nested) {
      report(v.under(prefix));
    }
  }
}
