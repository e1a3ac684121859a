// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.scoring.relationship.NetworkChange;
import org.commonground.scoring.relationship.NetworkMeasure;
import org.commonground.scoring.relationship.NetworkScoring;
import org.junit.jupiter.api.Test;

/** The tables of a network's structure, its levels, and the change between two rounds. */
class NetworkTablesTest {

  private static PartnerNetwork rated(List<String> members, String... ratings) {
    return PartnerNetwork.rated(Continua.LEVELS_OF_COLLABORATION, members, List.of(ratings).map(r -> {
      String[] t = r.split("[>:]");
      return PartnerRating.of(t[0], t[1], t[2]);
    }), List.empty());
  }

  private static final PartnerNetwork FIRST = rated(List.of("a", "b", "c"),
      "a>b:cooperation", "b>a:cooperation", "a>c:networking", "c>a:no-interaction", "b>c:no-interaction", "c>b:no-interaction");
  private static final PartnerNetwork SECOND = rated(List.of("a", "b", "d"),
      "a>b:coalition", "b>a:cooperation", "a>d:networking", "d>a:networking", "b>d:no-interaction", "d>b:cooperation");

  @Test
  void theStructureAndTheLevels() {
    assertEquals(
        "member  betweenness  in  out  returned  broker  isolate\n"
            + "------  -----------  --  ---  --------  ------  -------\n"
            + "a       1.00         1   2    50 %      yes\n"
            + "b       0.00         1   1    100 %\n"
            + "c       0.00         1   0    -\n",
        TextTables.structure(NetworkScoring.score(FIRST)).render());
    assertEquals(
        "at or above       ties  density  directed  components  brokers  isolates\n"
            + "----------------  ----  -------  --------  ----------  -------  --------\n"
            + "0 No interaction  3     1.00     1.00      1           -        -\n"
            + "1 Networking      2     0.67     0.50      1           a        -\n"
            + "2 Cooperation     1     0.33     0.33      2           -        c\n"
            + "3 Coordination    0     0.00     0.00      3           -        a, b, c\n"
            + "4 Coalition       0     0.00     0.00      3           -        a, b, c\n"
            + "5 Collaboration   0     0.00     0.00      3           -        a, b, c\n",
        TextTables.levels(NetworkScoring.score(FIRST)).render());
  }

  @Test
  void theChangeBetweenTwoRounds() {
    NetworkChange change = NetworkScoring.compare(FIRST, SECOND);
    String table = TextTables.of(change).render();
    assertEquals("density                     undirected  0.67    1.00   +0.33", table.lines().toList().get(3));
    assertEquals("reciprocity                 directed    0.67    0.80   +0.13", table.lines().toList().get(11));
    assertEquals(
        "tie      rater  partner  before         after\n"
            + "-------  -----  -------  -------------  -------------\n"
            + "gained   a      d        -              1 Networking\n"
            + "gained   d      a        -              1 Networking\n"
            + "gained   d      b        -              2 Cooperation\n"
            + "lost     a      c        1 Networking   -\n"
            + "changed  a      b        2 Cooperation  4 Coalition\n",
        TextTables.ties(change).render());
    assertEquals(
        "member  degree  betweenness\n"
            + "------  ------  -----------\n"
            + "a       2 → 2   1.00 → 0.00\n"
            + "b       1 → 2   0.00 → 0.00\n"
            + "c       1 → -   0.00 → -\n"
            + "d       - → 2   - → 0.00\n",
        TextTables.members(change, NetworkMeasure.DEGREE, NetworkMeasure.BETWEENNESS).render());
  }
}
