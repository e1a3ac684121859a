// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.scoring.relationship.NetworkScoring;
import org.junit.jupiter.api.Test;

/** Numbers, escapes and scales as the charts print them. */
class SvgTest {

  @Test
  void numbersAreShortPlainAndNeverNegativeZero() {
    assertEquals("0", Svg.num(-0.0));
    assertEquals("0", Svg.num(-0.001));
    assertEquals("0", Svg.num(Double.NaN));
    assertEquals("0", Svg.num(Double.POSITIVE_INFINITY));
    assertEquals("12.35", Svg.num(12.345001));
    assertEquals("1200000", Svg.num(1.2e6));
    assertEquals("-3.5", Svg.num(-3.5));
    assertEquals("0.875", Svg.value(0.875));
    assertEquals("3.3333", Svg.value(10 / 3.0));
    assertEquals("0.0001", Svg.value(1e-4));
    assertEquals("76.9", Svg.label(76.9094));
    assertEquals("3.31", Svg.label(3.3067));
    assertEquals("1250", Svg.label(1250.4));
  }

  @Test
  void ticksAreRoundAndCoverTheValues() {
    Svg.Scale scale = Svg.Scale.covering(List.of(76.9, 82.8, 90.0, 73.3), 300, 0);
    assertEquals(List.of(70.0, 75.0, 80.0, 85.0, 90.0), scale.ticks());
    assertEquals(300.0, scale.at(70));
    assertEquals(0.0, scale.at(90));
    assertEquals(List.of(0.0, 0.1, 0.2, 0.3), Svg.Scale.covering(List.of(0.01, 0.29), 0, 1).ticks());
    // a single value still gets an axis around it, 10 % either side
    assertEquals(List.of(44.0, 46.0, 48.0, 50.0, 52.0, 54.0, 56.0), Svg.Scale.covering(List.of(50.0), 0, 1).ticks());
  }

  @Test
  void idsKeepSafeCharactersAndTellApartKeysThatReadAlike() {
    String a = Svg.idPart("a<b");
    String b = Svg.idPart("a>b");
    assertEquals("a_b-", a.substring(0, 4));
    assertEquals(false, a.equals(b));
  }

  @Test
  void theNetworkDoesNotDependOnTheOrderOfTheAssessments() {
    PartnerNetwork network = ChartSamples.network("a", "b", "c", "d", "e");
    PartnerNetwork reversed = PartnerNetwork.of(network.members(), network.assessments().reverse());
    assertEquals(Charts.network(network, NetworkScoring.score(network)),
        Charts.network(reversed, NetworkScoring.score(reversed)));
  }
}
