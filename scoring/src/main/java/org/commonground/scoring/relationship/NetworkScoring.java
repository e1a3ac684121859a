// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.validation.Violations;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Measures a partner network: the entry point for PARTNER-style network measures (the PARTNER
 * Tool, Varda, University of Colorado Denver, as health coalitions use it). Two members are tied
 * when either assessed the other; the graph measures are JGraphT's.
 *
 * <ul>
 *   <li>density = ties / (n (n − 1) / 2);
 *   <li>degree centralization (Freeman 1979) = Σ (max degree − degree) / ((n − 1)(n − 2));
 *   <li>each member's degree centrality = degree / (n − 1), closeness (Bavelas 1950) and harmonic
 *       closeness over shortest paths of ties;
 *   <li>each member's trust and value = the means of the trust and value items of the assessments
 *       it received.
 * </ul>
 *
 * <pre>{@code
 * NetworkMeasures m = NetworkScoring.score(PartnerNetwork.of(members, assessments));
 * m.density();
 * m.member("lincoln-hs").get().trust();
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class NetworkScoring {

  private NetworkScoring() {}

  /**
   * Measures a checked network.
   *
   * @param network the network
   * @return its measures; the order of the assessments does not change them
   */
  public static NetworkMeasures score(PartnerNetwork network) {
    Violations.none().notNull("network", network).throwIfAny("NetworkScoring");
    Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    List<String> members = network.members();
    members.forEach(graph::addVertex);
    for (PartnerAssessment a : network.assessments()) {
      if (!graph.containsEdge(a.rater(), a.partner())) {
        graph.addEdge(a.rater(), a.partner());
      }
    }
    int n = members.size();
    int ties = graph.edgeSet().size();
    int possible = n * (n - 1) / 2;
    double density = (double) ties / possible;
    List<Integer> degrees = members.map(graph::degreeOf);
    int maxDegree = degrees.max().get();
    Option<Double> centralization =
        n < 3 ? Option.none()
            : Option.of((double) degrees.map(d -> (long) (maxDegree - d)).sum().longValue() / ((n - 1) * (long) (n - 2)));
    ClosenessCentrality<String, DefaultEdge> closeness = new ClosenessCentrality<>(graph);
    HarmonicCentrality<String, DefaultEdge> harmonic = new HarmonicCentrality<>(graph);
    int components = new ConnectivityInspector<>(graph).connectedSets().size();

    Map<String, List<PartnerAssessment>> receivedBy = network.assessments().groupBy(PartnerAssessment::partner);
    List<MemberMeasures> measures =
        members.map(m -> {
          List<PartnerAssessment> received = receivedBy.get(m).getOrElse(List.empty());
          int k = received.size();
          return ImmutableMemberMeasures.builder()
              .member(m)
              .assessmentsReceived(k)
              .trust(k == 0 ? Option.none()
                  : Option.of((double) received.map(a -> (long) a.reliability() + a.missionSupport() + a.openness()).sum().longValue() / (3L * k)))
              .value(k == 0 ? Option.none()
                  : Option.of((double) received.map(a -> (long) a.powerInfluence() + a.involvement() + a.resourceContribution()).sum().longValue() / (3L * k)))
              .degree(graph.degreeOf(m))
              .degreeCentrality((double) graph.degreeOf(m) / (n - 1))
              .closeness(closeness.getVertexScore(m))
              .harmonicCloseness(harmonic.getVertexScore(m))
              .build();
        });

    String explanation =
        String.format(Locale.ROOT,
            "%d members, %d of %d possible ties (density %.2f; two members are tied when either assessed the other); "
                + "degree centralization %s (Freeman: Σ (max degree − degree) / ((n − 1)(n − 2))); %s. "
                + "Trust and value are the means of the items of the assessments each member received, on 1 to 4. "
                + "Measures as the PARTNER Tool reports them (Varda); graph measures by JGraphT.",
            n, ties, possible, density,
            centralization.map(c -> String.format(Locale.ROOT, "%.2f", c)).getOrElse("undefined for two members"),
            components == 1 ? "the network is connected"
                : "the network falls into " + components + " parts, so classical closeness is 0 for everyone: read harmonic closeness");
    return ImmutableNetworkMeasures.builder()
        .ties(ties)
        .possibleTies(possible)
        .density(density)
        .degreeCentralization(centralization)
        .components(components)
        .members(measures)
        .explanation(explanation)
        .build();
  }
}
