// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.function.Function;
import org.commonground.core.relationship.Continuum;
import org.commonground.core.relationship.Level;
import org.commonground.core.relationship.MissingRatings;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.TieRule;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Measures a partner network, and the change between two rounds of it: the entry point for
 * PARTNER-style network measures (the PARTNER Tool, Varda, University of Colorado Denver, as health
 * coalitions use it) and the network reading of the Levels of Collaboration Scale (Frey, Lohmeier,
 * Lee and Tollefson 2006). The graph algorithms are JGraphT's.
 *
 * <p>A {@link TieRule} says which rating counts as a tie (a level threshold on the continuum; any
 * assessment on a network without one) and what a missing rating means: by default it is reported
 * and never taken for "no tie". Each measure says whether it treats ties as directed ({@link
 * NetworkMeasure#directed()}):
 *
 * <ul>
 *   <li>undirected — two members are tied when either's rating makes a tie, so one member's answer
 *       stands for a pair the other left unrated: density = ties / (n (n − 1) / 2); degree
 *       centralization (Freeman 1979) = Σ (max degree − degree) / ((n − 1)(n − 2)); degree,
 *       closeness (Bavelas 1950) and harmonic closeness; betweenness (Freeman 1977) normalized by
 *       the (n − 1)(n − 2) / 2 pairs of other members, and its centralization Σ (max − b) / (n − 1);
 *       components, brokers (articulation points) and isolates, also at each level;
 *   <li>directed — a rating from A to B is not one from B to A: in- and out-degree, directed
 *       density over the ordered pairs with an answer, reciprocity over the ties whose reverse has
 *       an answer, each member's share of ties returned, and the asymmetric pairs;
 *   <li>trust and value = the means of the trust and value items of the assessments a member
 *       received.
 * </ul>
 *
 * <pre>{@code
 * NetworkMeasures m = NetworkScoring.score(PartnerNetwork.of(members, assessments));
 * m.density();
 * m.member("lincoln-hs").get().betweenness();
 * NetworkChange c = NetworkScoring.compare(firstYear, secondYear);
 * c.tiesGained();
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class NetworkScoring {

  private static final String K = "scoring.relationship.network.";

  /** A tie: the rating reaches the threshold. */
  private static final int TIE = 1;

  /** No tie: rated below the threshold, not assessed by a member who answered, or not a member. */
  private static final int NONE = 0;

  /** Unknown: a missing rating, reported. */
  private static final int UNKNOWN = -1;

  private NetworkScoring() {}

  /**
   * Measures a checked network with the standard rule: on a continuum, a rating above its first
   * level is a tie; without one, an assessment is; missing ratings are reported.
   *
   * @param network the network
   * @return its measures; the order of the assessments and ratings does not change them
   * @throws org.commonground.core.validation.ValidationException if the network is null
   */
  public static NetworkMeasures score(PartnerNetwork network) {
    return score(network, TieRule.standard());
  }

  /**
   * Measures a checked network with a rule.
   *
   * @param network the network
   * @param rule which rating counts as a tie, and what a missing rating means
   * @return its measures; the order of the assessments and ratings does not change them
   * @throws org.commonground.core.validation.ValidationException naming every problem: a null
   *     argument, a threshold that is not a level of the network's continuum, a threshold on a
   *     network without a continuum
   */
  public static NetworkMeasures score(PartnerNetwork network, TieRule rule) {
    Violations.none().notNull("network", network).notNull("rule", rule).throwIfAny("NetworkScoring");
    thresholdProblems(network.continuum(), rule).throwIfAny("NetworkScoring");
    return measure(network, resolve(network.continuum(), rule));
  }

  /**
   * Compares two rounds of a network with the standard rule.
   *
   * @param before the first round
   * @param after the second round, on the same continuum
   * @return the change
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static NetworkChange compare(PartnerNetwork before, PartnerNetwork after) {
    return compare(before, after, TieRule.standard());
  }

  /**
   * Compares two rounds of a network: ties gained, lost and rated at another level, members who
   * joined or left, and every measure side by side.
   *
   * @param before the first round
   * @param after the second round, on the same continuum
   * @param rule which rating counts as a tie in both rounds, and what a missing rating means
   * @return the change; comparing a round with itself shows none
   * @throws org.commonground.core.validation.ValidationException naming every problem: a null
   *     argument, rounds on different continua, a threshold that is not a level of their continuum
   */
  public static NetworkChange compare(PartnerNetwork before, PartnerNetwork after, TieRule rule) {
    Violations.none().notNull("before", before).notNull("after", after).notNull("rule", rule)
        .throwIfAny("NetworkScoring.compare");
    Violations found = Violations.none();
    if (!before.continuum().equals(after.continuum())) {
      found = found.add(Violation.of("after.continuum",
          Message.of("core.network.sameContinuum", continuumName(before.continuum()), continuumName(after.continuum()))));
    }
    found.addAll("", thresholdProblems(before.continuum(), rule).toList()).throwIfAny("NetworkScoring.compare");
    TieRule resolved = resolve(before.continuum(), rule);
    NetworkMeasures first = measure(before, resolved);
    NetworkMeasures second = measure(after, resolved);

    List<String> joined = after.members().filter(m -> !before.members().contains(m));
    List<String> left = before.members().filter(m -> !after.members().contains(m));
    List<String> everyone = before.members().appendAll(joined);
    Function<Tuple2<String, String>, Integer> was = states(before, resolved);
    Function<Tuple2<String, String>, Integer> is = states(after, resolved);
    java.util.List<TieChange> gained = new java.util.ArrayList<>();
    java.util.List<TieChange> lost = new java.util.ArrayList<>();
    java.util.List<TieChange> changed = new java.util.ArrayList<>();
    java.util.List<String> notCompared = new java.util.ArrayList<>();
    for (String a : everyone) {
      for (String b : everyone) {
        if (a.equals(b)) {
          continue;
        }
        Tuple2<String, String> pair = Tuple.of(a, b);
        int s0 = was.apply(pair);
        int s1 = is.apply(pair);
        TieChange tie = ImmutableTieChange.of(a, b, before.level(a, b), after.level(a, b));
        if (s0 == UNKNOWN || s1 == UNKNOWN) {
          notCompared.add(a + " → " + b);
        } else if (s0 == NONE && s1 == TIE) {
          gained.add(tie);
        } else if (s0 == TIE && s1 == NONE) {
          lost.add(tie);
        } else if (s0 == TIE && !tie.before().equals(tie.after())) {
          changed.add(tie);
        }
      }
    }
    List<MeasureChange> network =
        List.of(NetworkMeasure.values()).filter(NetworkMeasure::ofNetwork)
            .map(m -> ImmutableMeasureChange.of(m, networkValue(first, m), networkValue(second, m)));
    List<MemberChange> members =
        everyone.map(member -> ImmutableMemberChange.of(member,
            List.of(NetworkMeasure.values()).filter(m -> !m.ofNetwork())
                .map(m -> ImmutableMeasureChange.of(m,
                    first.member(member).flatMap(x -> memberValue(x, m)),
                    second.member(member).flatMap(x -> memberValue(x, m))))));

    Message explanation =
        Message.of(K + "change",
            gained.size(), lost.size(), changed.size(),
            notCompared.isEmpty() ? "" : Message.of(K + "change.notCompared", notCompared.size()),
            names(joined), names(left),
            figure(Option.of(first.density())), figure(Option.of(second.density())),
            figure(first.reciprocity()), figure(second.reciprocity()),
            figure(first.betweennessCentralization()), figure(second.betweennessCentralization()),
            names(first.brokers()), names(second.brokers()),
            ruleMessage(resolved));
    return ImmutableNetworkChange.builder()
        .tieRule(resolved)
        .tiesGained(List.ofAll(gained))
        .tiesLost(List.ofAll(lost))
        .tiesChangedLevel(List.ofAll(changed))
        .notCompared(List.ofAll(notCompared))
        .joined(joined)
        .left(left)
        .network(network)
        .members(members)
        .explanationMessage(explanation)
        .build();
  }

  // ---------------------------------------------------------------- the rule

  private static Violations thresholdProblems(Option<Continuum> continuum, TieRule rule) {
    if (rule.threshold().isEmpty()) {
      return Violations.none();
    }
    Level threshold = rule.threshold().get();
    if (continuum.isEmpty()) {
      return Violations.none().add(Violation.of("rule.threshold",
          Message.of("core.network.threshold.noContinuum", threshold.name())));
    }
    Continuum on = continuum.get();
    return Violations.none().require(on.id().equals(threshold.continuum()) && on.levels().contains(threshold),
        "rule.threshold", () -> Message.of("core.network.threshold", on.name(), threshold.name(), threshold.continuum()));
  }

  private static TieRule resolve(Option<Continuum> continuum, TieRule rule) {
    if (continuum.isEmpty() || rule.threshold().isDefined()) {
      return rule;
    }
    return TieRule.atLeast(continuum.get().levels().get(1)).withMissing(rule.missing());
  }

  private static String continuumName(Option<Continuum> continuum) {
    return continuum.map(Continuum::name).getOrElse("—");
  }

  /** Which rating counts as a tie, and what a missing one means; an assessment on a network without a continuum. */
  private static Message ruleMessage(TieRule resolved) {
    return resolved.threshold().isDefined() ? resolved.description()
        : Message.of("core.network.rule", Message.of(K + "rule.assessment"), resolved.missing().label());
  }

  // ---------------------------------------------------------------- ties

  /**
   * The state of every ordered pair: a tie, no tie, or unknown (a missing rating, reported). A pair
   * with a member who is not in the network is no tie.
   */
  private static Function<Tuple2<String, String>, Integer> states(PartnerNetwork network, TieRule resolved) {
    java.util.Set<String> members = new java.util.HashSet<>(network.members().asJava());
    java.util.Set<String> silent = new java.util.HashSet<>(network.nonRespondents().asJava());
    return pair -> members.contains(pair._1) && members.contains(pair._2)
        ? state(network, pair._1, pair._2, resolved.threshold(), resolved.missing(), silent) : NONE;
  }

  private static int state(PartnerNetwork network, String a, String b, Option<Level> threshold, MissingRatings missing,
      java.util.Set<String> silent) {
    if (network.continuum().isDefined()) {
      Option<Level> level = network.level(a, b);
      if (level.isEmpty()) {
        return missing == MissingRatings.NO_TIE ? NONE : UNKNOWN;
      }
      return level.get().rank() >= threshold.get().rank() ? TIE : NONE;
    }
    if (network.assessed(a, b)) {
      return TIE;
    }
    return missing == MissingRatings.REPORT && silent.contains(a) ? UNKNOWN : NONE;
  }

  /** The ties of a network at one threshold, as a matrix in the members' order and an undirected graph. */
  private static final class Ties {
    final String[] member;
    final int[][] state;
    final Graph<String, DefaultEdge> undirected = new SimpleGraph<>(DefaultEdge.class);

    Ties(PartnerNetwork network, Option<Level> threshold, MissingRatings missing) {
      member = network.members().toJavaArray(String[]::new);
      int n = member.length;
      java.util.Set<String> silent = new java.util.HashSet<>(network.nonRespondents().asJava());
      state = new int[n][n];
      for (String m : member) {
        undirected.addVertex(m);
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          state[i][j] = i == j ? NONE : state(network, member[i], member[j], threshold, missing, silent);
        }
      }
      // edges in the members' order, whatever the order of the ratings: the same graph, the same sums
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (state[i][j] == TIE || state[j][i] == TIE) {
            undirected.addEdge(member[i], member[j]);
          }
        }
      }
    }

    int count(int wanted) {
      int count = 0;
      for (int i = 0; i < member.length; i++) {
        for (int j = 0; j < member.length; j++) {
          count += i != j && state[i][j] == wanted ? 1 : 0;
        }
      }
      return count;
    }

    int answered() {
      return member.length * (member.length - 1) - count(UNKNOWN);
    }

    Option<Double> directedDensity() {
      int answered = answered();
      return answered == 0 ? Option.none() : Option.of((double) count(TIE) / answered);
    }

    List<String> brokers() {
      java.util.Set<String> cut = new BiconnectivityInspector<>(undirected).getCutpoints();
      return List.of(member).filter(cut::contains);
    }

    List<String> isolates() {
      return List.of(member).filter(m -> undirected.degreeOf(m) == 0);
    }

    int components() {
      return new ConnectivityInspector<>(undirected).connectedSets().size();
    }
  }

  // ---------------------------------------------------------------- measures

  private static NetworkMeasures measure(PartnerNetwork network, TieRule resolved) {
    Ties ties = new Ties(network, resolved.threshold(), resolved.missing());
    Graph<String, DefaultEdge> graph = ties.undirected;
    List<String> members = network.members();
    int n = members.size();
    int tieCount = graph.edgeSet().size();
    int possible = n * (n - 1) / 2;
    double density = (double) tieCount / possible;
    List<Integer> degrees = members.map(graph::degreeOf);
    int maxDegree = degrees.max().get();
    Option<Double> centralization =
        n < 3 ? Option.none()
            : Option.of((double) degrees.map(d -> (long) (maxDegree - d)).sum().longValue() / ((n - 1) * (long) (n - 2)));
    ClosenessCentrality<String, DefaultEdge> closeness = new ClosenessCentrality<>(graph);
    HarmonicCentrality<String, DefaultEdge> harmonic = new HarmonicCentrality<>(graph);
    // JGraphT's own normalization divides by (n − 1)(n − 2), which gives a star's centre 0.5 on an
    // undirected graph: its raw count is divided here by the (n − 1)(n − 2) / 2 pairs of other members.
    BetweennessCentrality<String, DefaultEdge> betweenness = new BetweennessCentrality<>(graph, false);
    double pairs = (n - 1) * (double) (n - 2) / 2;
    java.util.Map<String, Double> between = new java.util.HashMap<>();
    for (String m : members) {
      between.put(m, n < 3 ? 0.0 : unit(betweenness.getVertexScore(m) / pairs));
    }
    double maxBetween = members.map(between::get).max().get();
    Option<Double> betweennessCentralization =
        n < 3 ? Option.none() : Option.of(unit(members.map(m -> maxBetween - between.get(m)).sum().doubleValue() / (n - 1)));
    int components = ties.components();
    List<String> brokers = ties.brokers();
    List<String> isolates = ties.isolates();

    int judged = 0;
    int returned = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && ties.state[i][j] == TIE && ties.state[j][i] != UNKNOWN) {
          judged++;
          returned += ties.state[j][i] == TIE ? 1 : 0;
        }
      }
    }
    Option<Double> reciprocity = judged == 0 ? Option.none() : Option.of((double) returned / judged);

    Map<String, List<PartnerAssessment>> receivedBy = network.assessments().groupBy(PartnerAssessment::partner);
    java.util.Set<String> cut = new java.util.HashSet<>(brokers.asJava());
    List<MemberMeasures> measures =
        List.range(0, n).map(i -> {
          String m = ties.member[i];
          List<PartnerAssessment> received = receivedBy.get(m).getOrElse(List.empty());
          int k = received.size();
          int in = 0;
          int out = 0;
          int mine = 0;
          int mineReturned = 0;
          for (int j = 0; j < n; j++) {
            if (i != j) {
              in += ties.state[j][i] == TIE ? 1 : 0;
              out += ties.state[i][j] == TIE ? 1 : 0;
              if (ties.state[i][j] == TIE && ties.state[j][i] != UNKNOWN) {
                mine++;
                mineReturned += ties.state[j][i] == TIE ? 1 : 0;
              }
            }
          }
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
              .betweenness(between.get(m))
              .inDegree(in)
              .outDegree(out)
              .reciprocatedShare(mine == 0 ? Option.none() : Option.of((double) mineReturned / mine))
              .broker(cut.contains(m))
              .isolate(graph.degreeOf(m) == 0)
              .build();
        });

    List<LevelShare> shares = List.empty();
    List<AsymmetricPair> asymmetric = List.empty();
    List<LevelMeasures> levels = List.empty();
    if (network.continuum().isDefined()) {
      Continuum on = network.continuum().get();
      List<Level> rated = network.ratings().map(PartnerRating::level).map(id -> on.level(id).get());
      int r = rated.size();
      shares = on.levels().map(l -> {
        int count = rated.count(l::equals);
        return ImmutableLevelShare.of(l, count, r == 0 ? 0.0 : (double) count / r);
      });
      java.util.List<AsymmetricPair> found = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          Option<Level> ab = network.level(ties.member[i], ties.member[j]);
          Option<Level> ba = network.level(ties.member[j], ties.member[i]);
          if (ab.isDefined() && ba.isDefined() && !ab.get().equals(ba.get())) {
            found.add(ImmutableAsymmetricPair.of(ties.member[i], ties.member[j], ab.get(), ba.get()));
          }
        }
      }
      // a stable sort: pairs as far apart keep the members' order
      asymmetric = List.ofAll(found).sortBy(p -> -p.difference());
      levels = on.levels().map(l -> {
        Ties at = new Ties(network, Option.of(l), resolved.missing());
        int undirectedTies = at.undirected.edgeSet().size();
        return ImmutableLevelMeasures.builder()
            .level(l)
            .ties(undirectedTies)
            .density((double) undirectedTies / possible)
            .directedTies(at.count(TIE))
            .directedDensity(at.directedDensity())
            .components(at.components())
            .brokers(at.brokers())
            .isolates(at.isolates())
            .build();
      });
    }

    Message tied = resolved.threshold()
        .map(l -> Message.of(K + "tied.atLeast", l.name()))
        .getOrElse(() -> Message.of(K + "tied.assessed"));
    Message explanation =
        Message.of(K + "explanation",
            n, tieCount, possible, String.format(Locale.ROOT, "%.2f", density), tied,
            centralization.map(c -> (Object) String.format(Locale.ROOT, "%.2f", c)).getOrElse(() -> Message.of(K + "undefinedForTwo")),
            components == 1 ? Message.of(K + "connected") : Message.of(K + "inParts", components));
    List<String> missing = network.missingRatings();
    List<String> silent = network.nonRespondents();
    NetworkFigures figures = new NetworkFigures(tieCount, possible, density, centralization, betweennessCentralization,
        components, brokers, isolates, ties.count(TIE), ties.answered(), ties.directedDensity(), reciprocity,
        asymmetric.size(), missing.size(), silent);
    return ImmutableNetworkMeasures.builder()
        .ties(tieCount)
        .possibleTies(possible)
        .density(density)
        .degreeCentralization(centralization)
        .components(components)
        .members(measures)
        .tieRule(resolved)
        .betweennessCentralization(betweennessCentralization)
        .brokers(brokers)
        .isolates(isolates)
        .directedTies(ties.count(TIE))
        .answeredPairs(ties.answered())
        .directedDensity(ties.directedDensity())
        .reciprocity(reciprocity)
        .asymmetricPairs(asymmetric)
        .levelShares(shares)
        .levels(levels)
        .missingRatings(missing)
        .nonRespondents(silent)
        .notes(notes(figures, ruleMessage(resolved)))
        .explanationMessage(explanation)
        .build();
  }

  /** A share computed from floating-point sums, kept within [0, 1] against rounding. */
  private static double unit(double share) {
    return Math.max(0.0, Math.min(1.0, share));
  }

  /** The network figures the notes state. */
  private record NetworkFigures(int ties, int possible, double density, Option<Double> degreeCentralization,
      Option<Double> betweennessCentralization, int components, List<String> brokers, List<String> isolates,
      int directedTies, int answered, Option<Double> directedDensity, Option<Double> reciprocity, int asymmetricPairs,
      int missing, List<String> nonRespondents) {}

  private static List<Message> notes(NetworkFigures f, Message rule) {
    return List.of(NetworkMeasure.values()).map(m -> {
      Object figure = switch (m) {
        case TIES -> Message.of(K + "figure.of", f.ties(), f.possible());
        case DENSITY -> figure(Option.of(f.density()));
        case DEGREE_CENTRALIZATION -> figure(f.degreeCentralization());
        case BETWEENNESS_CENTRALIZATION -> figure(f.betweennessCentralization());
        case COMPONENTS -> String.valueOf(f.components());
        case BROKERS -> Message.of(K + "figure.named", f.brokers().size(), names(f.brokers()));
        case ISOLATES -> Message.of(K + "figure.named", f.isolates().size(), names(f.isolates()));
        case DIRECTED_TIES -> Message.of(K + "figure.of", f.directedTies(), f.answered());
        case DIRECTED_DENSITY -> figure(f.directedDensity());
        case RECIPROCITY -> figure(f.reciprocity());
        case ASYMMETRIC_PAIRS -> String.valueOf(f.asymmetricPairs());
        case MISSING_RATINGS -> Message.of(K + "figure.missing", f.missing(), names(f.nonRespondents()));
        default -> null;
      };
      return figure == null
          ? Message.of(K + "note.member", m.label(), m.direction(), m.definition(), rule)
          : Message.of(K + "note", m.label(), figure, m.direction(), m.definition(), rule);
    });
  }

  /** A figure to two decimals, or "undefined". */
  private static Object figure(Option<Double> value) {
    return value.map(v -> (Object) String.format(Locale.ROOT, "%.2f", v)).getOrElse(() -> Message.of(K + "undefined"));
  }

  /** Member ids, or "none". */
  private static Object names(List<String> ids) {
    return ids.isEmpty() ? Message.of("core.text.none") : ids.mkString(", ");
  }

  private static Option<Double> networkValue(NetworkMeasures m, NetworkMeasure measure) {
    return switch (measure) {
      case TIES -> Option.of((double) m.ties());
      case DENSITY -> Option.of(m.density());
      case DEGREE_CENTRALIZATION -> m.degreeCentralization();
      case BETWEENNESS_CENTRALIZATION -> m.betweennessCentralization();
      case COMPONENTS -> Option.of((double) m.components());
      case BROKERS -> Option.of((double) m.brokers().size());
      case ISOLATES -> Option.of((double) m.isolates().size());
      case DIRECTED_TIES -> Option.of((double) m.directedTies());
      case DIRECTED_DENSITY -> m.directedDensity();
      case RECIPROCITY -> m.reciprocity();
      case ASYMMETRIC_PAIRS -> Option.of((double) m.asymmetricPairs().size());
      case MISSING_RATINGS -> Option.of((double) m.missingRatings().size());
      default -> Option.none();
    };
  }

  private static Option<Double> memberValue(MemberMeasures m, NetworkMeasure measure) {
    return switch (measure) {
      case ASSESSMENTS_RECEIVED -> Option.of((double) m.assessmentsReceived());
      case TRUST -> m.trust();
      case VALUE -> m.value();
      case DEGREE -> Option.of((double) m.degree());
      case DEGREE_CENTRALITY -> Option.of(m.degreeCentrality());
      case CLOSENESS -> Option.of(m.closeness());
      case HARMONIC_CLOSENESS -> Option.of(m.harmonicCloseness());
      case BETWEENNESS -> Option.of(m.betweenness());
      case IN_DEGREE -> Option.of((double) m.inDegree());
      case OUT_DEGREE -> Option.of((double) m.outDegree());
      case RECIPROCATED_SHARE -> m.reciprocatedShare();
      default -> Option.none();
    };
  }
}
