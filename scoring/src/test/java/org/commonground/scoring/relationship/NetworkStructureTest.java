// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.Level;
import org.commonground.core.relationship.MissingRatings;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.TieRule;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The acceptance networks, worked by hand: a star, a ring, a path, reciprocity, a bowtie, rounds. */
class NetworkStructureTest {

  private static final Level NO_INTERACTION = Continua.LEVELS_OF_COLLABORATION.level("no-interaction").get();
  private static final Level COOPERATION = Continua.LEVELS_OF_COLLABORATION.level("cooperation").get();

  private static PartnerAssessment assess(String rater, String partner) {
    return PartnerAssessment.builder().rater(rater).partner(partner)
        .reliability(3).missionSupport(3).openness(3).powerInfluence(3).involvement(3).resourceContribution(3).build();
  }

  /** A network of assessments from ties written "a>b". */
  private static PartnerNetwork assessed(List<String> members, String... ties) {
    return PartnerNetwork.of(members, List.of(ties).map(t -> assess(t.split(">")[0], t.split(">")[1])));
  }

  /** A network rated on the Levels of Collaboration Scale from ratings written "a>b:level". */
  private static PartnerNetwork rated(List<String> members, String... ratings) {
    return PartnerNetwork.rated(Continua.LEVELS_OF_COLLABORATION, members,
        List.of(ratings).map(r -> {
          String[] tie = r.split("[>:]");
          return PartnerRating.of(tie[0], tie[1], tie[2]);
        }), List.empty());
  }

  private static List<Double> betweenness(NetworkMeasures m) {
    return m.members().map(MemberMeasures::betweenness);
  }

  @Test
  void aStarHasDegreeCentralizationOneAndItsCentreBetweennessOne() {
    NetworkMeasures star = NetworkScoring.score(assessed(List.of("hub", "a", "b", "c", "d"), "hub>a", "b>hub", "hub>c", "hub>d"));
    assertEquals(Option.of(1.0), star.degreeCentralization());
    // raw count 6 = the C(4, 2) pairs of leaves, over (n − 1)(n − 2)/2 = 6
    assertEquals(List.of(1.0, 0.0, 0.0, 0.0, 0.0), betweenness(star));
    assertEquals(Option.of(1.0), star.betweennessCentralization());
    assertEquals(List.of("hub"), star.brokers());
    assertEquals(List.empty(), star.isolates());
  }

  @Test
  void aRingHasNoCentralization() {
    NetworkMeasures ring = NetworkScoring.score(assessed(List.of("a", "b", "c", "d", "e"), "a>b", "b>c", "c>d", "d>e", "e>a"));
    assertEquals(Option.of(0.0), ring.degreeCentralization());
    assertEquals(Option.of(0.0), ring.betweennessCentralization());
    // each member lies on the one shortest path between its two neighbours: 1 of 6 pairs
    ring.members().forEach(m -> assertEquals(1 / 6.0, m.betweenness(), 1e-15));
    assertEquals(List.empty(), ring.brokers());
  }

  @Test
  void onAPathTheMiddleHasBetweennessOneAndIsABroker() {
    NetworkMeasures path = NetworkScoring.score(assessed(List.of("a", "b", "c"), "a>b", "c>b"));
    assertEquals(List.of(0.0, 1.0, 0.0), betweenness(path));
    assertEquals(List.of("b"), path.brokers());
    assertEquals(List.of(true), path.member("b").map(MemberMeasures::broker).toList());
  }

  @Test
  void reciprocityOfTwoReturnedTiesOfThreeIsTwoThirds() {
    // {a → b, b → a, a → c}; c said it has no interaction with a, b and c did not rate each other
    NetworkMeasures m = NetworkScoring.score(rated(List.of("a", "b", "c"),
        "a>b:coordination", "b>a:networking", "a>c:cooperation", "c>a:no-interaction", "b>c:no-interaction", "c>b:no-interaction"));
    assertEquals(Option.of(2 / 3.0), m.reciprocity());
    assertEquals(3, m.directedTies());
    assertEquals(Option.of(0.5), m.directedDensity());
    assertEquals(List.of(2, 1, 0), m.members().map(MemberMeasures::outDegree));
    assertEquals(List.of(1, 1, 1), m.members().map(MemberMeasures::inDegree));
    assertEquals(Option.of(0.5), m.member("a").get().reciprocatedShare());
    assertEquals(Option.of(1.0), m.member("b").get().reciprocatedShare());
    assertEquals(Option.none(), m.member("c").get().reciprocatedShare());
    // both pairs rate each other two levels apart: in the members' order
    assertEquals(List.of("a → b: Coordination; b → a: Networking", "a → c: Cooperation; c → a: No interaction"),
        m.asymmetricPairs().map(AsymmetricPair::toString));
    assertEquals(List.of(2, 2), m.asymmetricPairs().map(AsymmetricPair::difference));
    assertEquals(List.of(3, 1, 1, 1, 0, 0), m.levelShares().map(LevelShare::ties));
  }

  @Test
  void aMissingRatingIsReportedNotTakenForNoTieUnlessTheCallerSays() {
    PartnerNetwork network = rated(List.of("a", "b", "c"), "a>b:coordination", "b>a:networking", "a>c:cooperation");
    NetworkMeasures reported = NetworkScoring.score(network);
    // c → a is unknown: a → c cannot be judged returned or not
    assertEquals(Option.of(1.0), reported.reciprocity());
    assertEquals(List.of("b → c", "c → a", "c → b"), reported.missingRatings());
    assertEquals(List.of("c"), reported.nonRespondents());
    assertEquals(Option.of(1.0), reported.directedDensity());
    assertEquals(1.0 * 2 / 3, reported.density(), 1e-15);

    NetworkMeasures noTie = NetworkScoring.score(network, TieRule.standard().withMissing(MissingRatings.NO_TIE));
    assertEquals(Option.of(2 / 3.0), noTie.reciprocity());
    assertEquals(Option.of(0.5), noTie.directedDensity());
    assertEquals(List.of("b → c", "c → a", "c → b"), noTie.missingRatings());
  }

  @Test
  void inABowtieTheKnotIsTheBroker() {
    NetworkMeasures bowtie = NetworkScoring.score(assessed(List.of("a", "b", "knot", "c", "d"),
        "a>b", "b>knot", "knot>a", "knot>c", "c>d", "d>knot"));
    assertEquals(List.of("knot"), bowtie.brokers());
    // the knot is on every shortest path between the wings: 4 pairs of 6
    assertEquals(4 / 6.0, bowtie.member("knot").get().betweenness(), 1e-15);
    assertEquals(1, bowtie.components());
  }

  @Test
  void densityComponentsBrokersAndIsolatesAtEachLevel() {
    NetworkMeasures m = NetworkScoring.score(rated(List.of("a", "b", "c", "d"),
        "a>b:collaboration", "b>c:coordination", "c>d:networking", "d>c:no-interaction"));
    // at no interaction or above, every rating is a tie: the three rated pairs
    assertEquals(List.of(3, 3, 2, 2, 1, 1), m.levels().map(LevelMeasures::ties));
    LevelMeasures coordination = m.levels().get(3);
    assertEquals(2 / 6.0, coordination.density(), 1e-15);
    assertEquals(2, coordination.components());
    assertEquals(List.of("b"), coordination.brokers());
    assertEquals(List.of("d"), coordination.isolates());
    assertEquals(List.of("b", "c"), m.levels().get(1).brokers());
    // the standard rule: networking or above
    assertEquals(Option.of("networking"), m.tieRule().threshold().map(Level::id));
    assertEquals(m.levels().get(1).ties(), m.ties());
    NetworkMeasures atCoordination = NetworkScoring.score(rated(List.of("a", "b", "c", "d"),
        "a>b:collaboration", "b>c:coordination", "c>d:networking", "d>c:no-interaction"),
        TieRule.atLeast(Continua.LEVELS_OF_COLLABORATION.level("coordination").get()));
    assertEquals(List.of("d"), atCoordination.isolates());
    assertTrue(atCoordination.member("d").get().isolate());
  }

  @Test
  void everyMeasureSaysWhetherItIsDirectedAndWhichRatingIsATie() {
    NetworkMeasures m = NetworkScoring.score(rated(List.of("a", "b", "c"), "a>b:coordination", "b>a:networking", "a>c:cooperation"));
    assertEquals(NetworkMeasure.values().length, m.notes().size());
    assertEquals("reciprocity 1.00 (directed): the share of directed ties returned, among those whose reverse has an answer. "
            + "Ties: a rating at Networking or above counts as a tie; missing ratings reported, not counted as no tie.",
        m.notes().get(NetworkMeasure.RECIPROCITY.ordinal()).text());
    assertEquals("betweenness, for each member (undirected): the shortest paths between other members that pass through it, "
            + "divided by the (n − 1)(n − 2)/2 pairs of other members (Freeman 1977); 1 for the centre of a star. "
            + "Ties: a rating at Networking or above counts as a tie; missing ratings reported, not counted as no tie.",
        m.notes().get(NetworkMeasure.BETWEENNESS.ordinal()).text());
    assertEquals("missing ratings 3; members who did not answer: c (directed): ordered pairs with no answer, listed whatever the rule. "
            + "Ties: a rating at Networking or above counts as a tie; missing ratings reported, not counted as no tie.",
        m.notes().get(NetworkMeasure.MISSING_RATINGS.ordinal()).text());
    assertTrue(m.explanation().contains("two members are tied when either rates the other at Networking or above"), m.explanation());
    assertTrue(NetworkMeasure.RECIPROCITY.directed());
    assertFalse(NetworkMeasure.BETWEENNESS.directed());
  }

  @Test
  void theMeasuresSpeakSpanish() {
    NetworkMeasures m = NetworkScoring.score(assessed(List.of("a", "b", "c"), "a>b", "c>b"));
    assertEquals("3 socios, 2 de 3 vínculos posibles (densidad 0.67; dos socios están vinculados cuando cualquiera de los dos "
            + "evaluó al otro); centralización de grado 1.00 (Freeman: Σ (grado máx. − grado) / ((n − 1)(n − 2))); la red es conexa. "
            + "La confianza y el valor son las medias de los ítems de las evaluaciones que recibió cada socio, de 1 a 4. "
            + "Indicadores como los informa la herramienta PARTNER (Varda); indicadores de grafo calculados con JGraphT.",
        m.explanation(Locale.forLanguageTag("es")));
    assertEquals("intermediarios 1 (b) (no dirigido): socios cuya ausencia desconecta a otros (puntos de articulación). "
            + "Vínculos: una evaluación cuenta como vínculo; calificaciones faltantes informadas, no contadas como ausencia de vínculo.",
        m.notes().get(NetworkMeasure.BROKERS.ordinal()).text(Locale.forLanguageTag("es")));
    ValidationException e = assertThrows(ValidationException.class,
        () -> NetworkScoring.score(assessed(List.of("a", "b"), "a>b"), TieRule.atLeast(COOPERATION)));
    assertEquals("debe estar vacío en una red sin continuo (los vínculos son evaluaciones), se recibió Cooperation",
        e.violations().head().message(Locale.forLanguageTag("es")));
  }

  @Test
  void theChangeBetweenTwoRounds() {
    PartnerNetwork first = rated(List.of("a", "b", "c"),
        "a>b:cooperation", "b>a:cooperation", "a>c:networking", "c>a:no-interaction", "b>c:no-interaction", "c>b:no-interaction");
    PartnerNetwork second = rated(List.of("a", "b", "d"),
        "a>b:coalition", "b>a:cooperation", "a>d:networking", "d>a:networking", "b>d:no-interaction", "d>b:cooperation");
    NetworkChange change = NetworkScoring.compare(first, second);

    assertEquals(List.of("d"), change.joined());
    assertEquals(List.of("c"), change.left());
    assertEquals(List.of("a → b: Cooperation → Coalition"), change.tiesChangedLevel().map(TieChange::toString));
    assertEquals(List.of("a → c: Networking → —"), change.tiesLost().map(TieChange::toString));
    assertEquals(List.of("a → d: — → Networking", "d → a: — → Networking", "d → b: — → Cooperation"),
        change.tiesGained().map(TieChange::toString));
    MeasureChange reciprocity = change.measure(NetworkMeasure.RECIPROCITY).get();
    assertEquals(Option.of(2 / 3.0), reciprocity.before());
    assertEquals(Option.of(0.8), reciprocity.after());
    assertEquals(0.8 - 2 / 3.0, reciprocity.difference().get(), 1e-15);
    assertEquals(1 / 3.0, change.measure(NetworkMeasure.DENSITY).get().difference().get(), 1e-15);
    assertEquals(Option.of(1.0), change.member("a").get().measure(NetworkMeasure.BETWEENNESS).get().before());
    assertEquals(Option.of(0.0), change.member("a").get().measure(NetworkMeasure.BETWEENNESS).get().after());
    assertEquals(Option.none(), change.member("d").get().measure(NetworkMeasure.DEGREE).get().before());
    assertEquals(Option.none(), change.member("c").get().measure(NetworkMeasure.DEGREE).get().after());
    assertEquals("From the first round to the second: 3 ties gained, 1 lost, 1 rated at another level; joined: d; left: c. "
            + "Density 0.67 → 1.00, reciprocity 0.67 → 0.80, betweenness centralization 1.00 → 0.00; brokers a → none. "
            + "Ties: a rating at Networking or above counts as a tie; missing ratings reported, not counted as no tie.",
        change.explanation());
    assertFalse(change.unchanged());
    assertTrue(NetworkScoring.compare(first, first).unchanged());
  }

  @Test
  void badInputNamesEveryProblem() {
    ValidationException network = assertThrows(ValidationException.class, () -> PartnerNetwork.rated(
        Continua.LEVELS_OF_COLLABORATION, List.of("a", "b"),
        List.of(PartnerRating.of("a", "a", "networking"), PartnerRating.of("a", "z", "networking"),
            PartnerRating.of("b", "a", "multisector-collaboration")),
        List.of(assess("b", "b"))));
    List<String> paths = network.violations().map(Violation::path);
    assertTrue(paths.containsAll(List.of("assessments[0].partner", "ratings[0].partner", "ratings[1].partner", "ratings[2].level")),
        paths.toString());
    assertTrue(network.violations().exists(v -> v.message().equals(
        "must be a level of Levels of Collaboration Scale (no-interaction, networking, cooperation, coordination, coalition, "
            + "collaboration), got \"multisector-collaboration\"")), network.violations().toString());

    ValidationException outOfRange = assertThrows(ValidationException.class, () -> PartnerAssessment.builder()
        .rater("a").partner("b").reliability(5).missionSupport(0).openness(3).powerInfluence(3).involvement(9)
        .resourceContribution(3).build());
    assertEquals(List.of("involvement", "missionSupport", "reliability"), outOfRange.violations().map(Violation::path).sorted());

    PartnerNetwork lcs = rated(List.of("a", "b"), "a>b:networking");
    PartnerNetwork ctb = PartnerNetwork.rated(Continua.COMMUNITY_TOOL_BOX, List.of("a", "b"),
        List.of(PartnerRating.of("a", "b", "networking")), List.empty());
    ValidationException rounds = assertThrows(ValidationException.class, () -> NetworkScoring.compare(lcs, ctb,
        TieRule.atLeast(Continua.COMMUNITY_TOOL_BOX.level("cooperation").get())));
    assertEquals(List.of(
            Violation.of("after.continuum",
                "must be the continuum of the first round (Levels of Collaboration Scale), got Collaboration continuum (Community Tool Box)"),
            Violation.of("rule.threshold",
                "must be a level of Levels of Collaboration Scale, got Cooperation of community-tool-box")),
        rounds.violations());
    assertThrows(ValidationException.class, () -> NetworkScoring.score(lcs, TieRule.atLeast(NO_INTERACTION).withMissing(null)));
  }

  @Test
  void javaCollectionsAreAccepted() {
    PartnerNetwork network = PartnerNetwork.of(java.util.List.of("a", "b"), java.util.List.of(assess("a", "b")));
    assertEquals(List.of("a", "b"), network.members());
    PartnerNetwork rated = PartnerNetwork.rated(Continua.LEVELS_OF_COLLABORATION, java.util.List.of("a", "b"),
        java.util.List.<PartnerRating>of(), java.util.List.<PartnerAssessment>of());
    assertEquals(List.of("a → b", "b → a"), rated.missingRatings());
  }
}
