// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.commonground.core.relationship.MissingRatings;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.TieRule;
import org.junit.jupiter.api.Test;

/**
 * Betweenness, brokers, reciprocity, density, directed density, components and betweenness
 * centralization against networkx on 300 random directed networks (networkx-structure.csv, written
 * by networkx_structure.py beside it): ties are assessments, missing ratings counted as no tie.
 */
class NetworkxStructureTest {

  private static final double TOLERANCE = 1e-12;

  private static List<String> split(String field) {
    return field.isEmpty() ? List.empty() : List.of(field.split(","));
  }

  private static Option<Double> number(String field) {
    return field.isEmpty() ? Option.none() : Option.of(Double.parseDouble(field));
  }

  private static void assertClose(Option<Double> expected, Option<Double> actual, String what) {
    assertEquals(expected.isDefined(), actual.isDefined(), what);
    expected.forEach(e -> assertEquals(e, actual.get(), TOLERANCE, what));
  }

  @Test
  void theStructureIsNetworkxs() throws IOException {
    int networks = 0;
    try (InputStream in = NetworkxStructureTest.class.getResourceAsStream("networkx-structure.csv");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(";", -1);
        List<String> members = split(f[0]);
        List<PartnerAssessment> ties = split(f[1]).map(t -> PartnerAssessment.builder()
            .rater(t.split(">")[0]).partner(t.split(">")[1])
            .reliability(2).missionSupport(2).openness(2).powerInfluence(2).involvement(2).resourceContribution(2).build());
        NetworkMeasures m = NetworkScoring.score(PartnerNetwork.of(members, ties),
            TieRule.standard().withMissing(MissingRatings.NO_TIE));
        String what = line;
        List<Double> between = split(f[2]).map(Double::parseDouble);
        for (int i = 0; i < members.size(); i++) {
          assertEquals(between.get(i), m.members().get(i).betweenness(), TOLERANCE, what);
        }
        assertEquals(split(f[3]), m.brokers(), what);
        assertClose(number(f[4]), m.reciprocity(), what);
        assertEquals(Double.parseDouble(f[5]), m.density(), TOLERANCE, what);
        assertClose(number(f[6]), m.directedDensity(), what);
        assertEquals(Integer.parseInt(f[7]), m.components(), what);
        assertClose(number(f[8]), m.betweennessCentralization(), what);
        networks++;
      }
    }
    assertEquals(300, networks);
  }
}
