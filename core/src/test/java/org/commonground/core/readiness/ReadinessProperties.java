// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class ReadinessProperties {

  @Test
  void reverseCodingTwiceIsTheIdentity() {
    qt().forAll(integers().between(-5, 5), integers().between(1, 10), integers().all())
        .check(
            (min, width, seed) -> {
              ResponseScale scale = ResponseScale.of(min, min + width);
              int answer = min + Math.floorMod(seed, width + 1);
              return scale.reverse(scale.reverse(answer)) == answer && scale.contains(scale.reverse(answer));
            });
  }

  @Test
  void bandsAreMonotoneInTheScore() {
    qt().forAll(doubles().between(0, 6), doubles().between(0, 6))
        .check(
            (a, b) -> {
              double low = Math.min(a, b);
              double high = Math.max(a, b);
              return Bands.WILDER.classify(low).compareTo(Bands.WILDER.classify(high)) >= 0;
            });
  }
}
