// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.commonground.scoring.relationship.NetworkChange;
import org.commonground.scoring.relationship.NetworkMeasure;
import org.commonground.scoring.relationship.NetworkScoring;
import org.commonground.scoring.relationship.TieChange;
import org.junit.jupiter.api.Test;

/** The sample partnership's network a year later, and the report's before-and-after. */
class NetworkChangeReportTest {

  private final NetworkChange change =
      NetworkScoring.compare(SampleRelationships.firstRound(), SampleRelationships.secondRound());

  @Test
  void theSecondRoundGainsTiesAndAMember() {
    assertEquals(List.of("eastside-library"), change.joined());
    assertTrue(change.left().isEmpty());
    assertEquals(List.of("eastside-parents → eastside-cc: Networking → No interaction"),
        change.tiesLost().map(TieChange::toString));
    assertEquals(7, change.tiesGained().size());
    assertEquals(5, change.tiesChangedLevel().size());
    assertEquals(-1.0, change.measure(NetworkMeasure.BROKERS).get().difference().get());
  }

  @Test
  void theReportShowsTheChangeBetweenRounds() {
    String section = PartnershipReport.networkChange(change);
    assertTrue(section.startsWith("\nPartner network: change between rounds\n"), section);
    assertTrue(section.contains("lost     eastside-parents  eastside-cc       1 Networking      0 No interaction"), section);
    assertTrue(section.matches("(?s).*\\nties +undirected +7 +11 +\\+4\\n.*"), section);
    assertTrue(section.matches("(?s).*\\nlincoln-hs +4 → 6 .*"), section);
    assertTrue(section.contains("From the first round to the second: 7 ties gained, 1 lost, 5 rated at another level"), section);
    assertTrue(HtmlReport.sample().contains("Partner network: change between rounds"));
  }

  @Test
  void theNetworkSectionNamesItsBrokers() {
    String section = PartnershipReport.network(NetworkScoring.score(SampleRelationships.network()));
    assertTrue(section.contains("brokers 2 (lincoln-hs, youth-works) (undirected)"), section);
  }
}
