// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.numeric;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Exactness: the result is the exact sum correctly rounded, so no order, partitioning or merge
 * order can change a bit.
 */
class ExactSumProperties {

  /** Finite doubles of every magnitude, mixed with small integers and tenths (typical data). */
  private static final Gen<Double> TERMS =
      doubles()
          .between(-1e300, 1e300)
          .mix(doubles().between(-1.0, 1.0), 30)
          .mix(integers().between(-100, 100).map(i -> i / 10.0), 30);

  private static final Gen<List<Double>> TERM_LISTS = lists().of(TERMS).ofSizeBetween(0, 60);

  @Test
  void theValueIsTheExactSumCorrectlyRounded() {
    qt().forAll(TERM_LISTS)
        .check(
            terms -> {
              BigDecimal exact = BigDecimal.ZERO;
              ExactSum sum = new ExactSum();
              for (double t : terms) {
                exact = exact.add(new BigDecimal(t));
                sum.add(t);
              }
              // BigDecimal.doubleValue rounds to nearest, ties to even (it parses the exact value).
              return Double.doubleToRawLongBits(sum.value())
                  == Double.doubleToRawLongBits(exact.doubleValue() + 0.0)
                  || (sum.value() == 0.0 && exact.signum() == 0);
            });
  }

  @Test
  void anyOrderGivesTheSameBits() {
    qt().forAll(TERM_LISTS, integers().all())
        .check(
            (terms, seed) -> {
              List<Double> shuffled = new ArrayList<>(terms);
              Collections.shuffle(shuffled, new Random(seed));
              return bits(sumOf(terms)) == bits(sumOf(shuffled));
            });
  }

  @Test
  void anyPartitioningAndMergeOrderGivesTheSameBits() {
    qt().forAll(TERM_LISTS, integers().between(1, 8), integers().all())
        .check(
            (terms, parts, seed) -> {
              Random random = new Random(seed);
              List<ExactSum> partials = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                partials.add(new ExactSum());
              }
              for (double t : terms) {
                partials.get(random.nextInt(parts)).add(t);
              }
              Collections.shuffle(partials, random);
              ExactSum merged = new ExactSum();
              for (ExactSum partial : partials) {
                merged.merge(partial);
              }
              return bits(merged.value()) == bits(sumOf(terms));
            });
  }

  private static double sumOf(List<Double> terms) {
    ExactSum sum = new ExactSum();
    terms.forEach(sum::add);
    return sum.value();
  }

  private static long bits(double value) {
    return Double.doubleToRawLongBits(value);
  }
}
