// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.scoring.relationship.NetworkScoring;
import org.junit.jupiter.api.Test;

/** The network chart rings its brokers. */
class NetworkBrokersChartTest {

  @Test
  void brokersAreMarked() {
    PartnerNetwork network = ChartSamples.network("a", "b", "c", "d", "e");
    String svg = Charts.network(network, NetworkScoring.score(network));
    // b – a – c – d: a and c hold the path together
    assertEquals(List.of("a", "c"), List.of(svg.split("\n"))
        .filter(l -> l.contains("data-broker=\"true\""))
        .map(l -> l.replaceAll(".*data-member=\"([^\"]*)\".*", "$1")));
    assertTrue(svg.contains("orange ring: a broker"), svg);
  }
}
