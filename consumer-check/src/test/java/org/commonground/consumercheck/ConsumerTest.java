// SPDX-License-Identifier: Apache-2.0
package org.commonground.consumercheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The consumer's code runs, and its java.util form gives what its Vavr form gives. */
class ConsumerTest {

  @Test
  void theJavaUtilScorecardEqualsTheVavrOne() {
    assertEquals(Consumer.scorecard().toJavaList(), Consumer.scorecardFromJavaCollections());
  }

  @Test
  void aPartnershipBuiltFromPlainValuesAndJavaUtilCollections() {
    assertEquals(java.util.List.of("lincoln-hs", "eastside-clinic"), Consumer.partnership());
  }
}
