// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The sink a {@link Check} runs into when it is first run: counts every problem, keeps the first
 * {@code detailCap} in full and counts the rest by kind. Each report is O(1): one count, at most one
 * hash lookup, and no message built past the cap. At most {@value #KINDS} kinds are told apart;
 * further kinds are counted together, so that a check whose every problem is a kind of its own
 * still runs in bounded memory. Mutable, confined to the thread running the check.
 */
final class ViolationTally implements ViolationSink {

  /** The most kinds counted apart. */
  static final int KINDS = 256;

  /** Stands for every kind past the first {@value #KINDS}. */
  static final ViolationKind OTHER =
      ViolationKind.of(Violation.of("", org.commonground.core.validation.Message.of("core.validation.otherProblems")));

  private final int detailCap;
  private final ArrayList<Violation> listed = new ArrayList<>();
  private final Map<ViolationKind, long[]> all = new LinkedHashMap<>();
  private final Map<ViolationKind, long[]> unlisted = new LinkedHashMap<>();
  private long count;

  ViolationTally(int detailCap) {
    if (detailCap < 1) {
      throw new IllegalArgumentException("detailCap: must be at least 1, got " + detailCap);
    }
    this.detailCap = detailCap;
  }

  @Override
  public void report(ViolationKind kind, Supplier<Violation> detail) {
    if (counts(kind)) {
      listed.add(detail.get());
    }
  }

  @Override
  public void report(ViolationKind kind, long at, LongFunction<Violation> detail) {
    if (counts(kind)) {
      listed.add(detail.apply(at));
    }
  }

  /** Counts a problem of a kind; whether it is among the first {@code detailCap}, to be listed. */
  private boolean counts(ViolationKind kind) {
    count++;
    tally(all, kind);
    if (listed.size() < detailCap) {
      return true;
    }
    tally(unlisted, kind);
    return false;
  }

  private static void tally(Map<ViolationKind, long[]> counts, ViolationKind kind) {
    long[] n = counts.get(kind);
    if (n == null) {
      if (counts.size() < KINDS) {
        n = new long[1];
        counts.put(kind, n);
      } else {
        n = counts.computeIfAbsent(OTHER, k -> new long[1]);
      }
    }
    n[0]++;
  }

  long count() {
    return count;
  }

  int detailCap() {
    return detailCap;
  }

  java.util.List<Violation> listed() {
    return listed;
  }

  Map<ViolationKind, long[]> all() {
    return all;
  }

  Map<ViolationKind, long[]> unlisted() {
    return unlisted;
  }
}
