// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ViolationProperties {

  private static final Gen<String> NAMES = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8);

  @Test
  void reRootingTwiceIsReRootingOnceUnderTheJoinedPath() {
    qt().forAll(NAMES, NAMES, NAMES)
        .checkAssert(
            (leaf, inner, outer) ->
                assertEquals(
                    Violation.of(leaf, "m").under(outer + "." + inner),
                    Violation.of(leaf, "m").under(inner).under(outer)));
  }

  @Test
  void reRootingKeepsTheMessageAndEndsWithTheOriginalPath() {
    qt().forAll(NAMES, NAMES)
        .check(
            (leaf, prefix) -> {
              Violation v = Violation.of(leaf, "must be set").under(prefix);
              return v.message().equals("must be set")
                  && v.path().startsWith(prefix)
                  && v.path().endsWith(leaf);
            });
  }
}
