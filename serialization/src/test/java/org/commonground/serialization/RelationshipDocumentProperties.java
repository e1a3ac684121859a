// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.Random;
import java.util.function.Function;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Criterion;
import org.commonground.core.alignment.Dimension;
import org.commonground.core.alignment.Framework;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.alignment.Rating;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.relationship.Activity;
import org.commonground.core.relationship.Challenge;
import org.commonground.core.relationship.Classification;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.Continuum;
import org.commonground.core.relationship.Fit;
import org.commonground.core.relationship.FitQuestion;
import org.commonground.core.relationship.GroundRule;
import org.commonground.core.relationship.GroundRules;
import org.commonground.core.relationship.Level;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.PartnerRatings;
import org.commonground.core.relationship.Partnership;
import org.commonground.core.relationship.Relationships;
import org.commonground.scoring.alignment.AlignmentScoring;
import org.commonground.scoring.alignment.FrameworkProfile;
import org.commonground.scoring.relationship.NetworkMeasures;
import org.commonground.scoring.relationship.NetworkScoring;
import org.commonground.scoring.relationship.PartnerRatingSummary;
import org.commonground.scoring.relationship.PartnerRatingScoring;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every relationship and alignment document reads back equal to what was written:
 * {@code read(write(x)).equals(x)}, built-ins (written by reference) and custom values alike. The
 * values are built from a random seed, so every generated value is valid and nothing is filtered.
 */
class RelationshipDocumentProperties {

  private static <T> Gen<T> from(Function<Random, T> make) {
    return longs().all().map(seed -> make.apply(new Random(seed)));
  }

  private static <T> void roundTrips(DocumentKind<T> kind, Gen<T> values) {
    qt().withExamples(150).forAll(values).checkAssert(x -> {
      String json = CommonGroundJson.write(kind, x);
      assertEquals(x, CommonGroundJson.read(kind, json), json);
    });
  }

  // ------------------------------------------------------------ random values

  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_. é'\"\\/";

  /** An id: no control characters and no surrounding white space; never a built-in's id. */
  static String id(Random r) {
    StringBuilder s = new StringBuilder();
    int n = 1 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      s.append(ID_CHARS.charAt(r.nextInt(ID_CHARS.length())));
    }
    String id = s.toString().strip();
    return id.isEmpty() ? "x" + n : "c-" + id;
  }

  static String text(Random r) {
    return "Text " + id(r) + (r.nextBoolean() ? " — with ünïcode ✓ and \"quotes\"" : "");
  }

  private static <T> List<T> some(Random r, List<T> from) {
    return from.filter(x -> r.nextBoolean());
  }

  private static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private static Set<Sector.Kind> sectors(Random r) {
    return TreeSet.ofAll(some(r, List.of(Sector.Kind.values())));
  }

  static Continuum continuum(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return Continua.COMMUNITY_TOOL_BOX;
      case 1:
        return Continua.LEVELS_OF_COLLABORATION;
      case 2:
        Set<Sector.Kind> s = sectors(r).addAll(List.of(Sector.Kind.COMMUNITY, pick(r, List.of(Sector.Kind.PUBLIC, Sector.Kind.PRIVATE))));
        return Continua.communityToolBox(s);
      default:
        return custom(r);
    }
  }

  private static Continuum custom(Random r) {
    String id = id(r);
    boolean cumulative = r.nextBoolean();
    List<Activity> activities = List.range(0, r.nextInt(5)).map(i -> Activity.of("act-" + i, text(r)));
    List<String> requirements = List.range(0, r.nextInt(4)).map(i -> "req-" + i);
    int n = 2 + r.nextInt(4);
    SortedMap<String, Integer> amounts = TreeMap.empty();
    List<Level> levels = List.empty();
    for (int i = 0; i < n; i++) {
      SortedMap<String, Integer> here = TreeMap.empty();
      for (String req : requirements) {
        int below = amounts.get(req).getOrElse(0);
        if (below > 0 && cumulative) {
          here = here.put(req, below + r.nextInt(6 - below));
        } else if (r.nextBoolean()) {
          here = here.put(req, 1 + r.nextInt(5));
        }
      }
      amounts = here;
      levels = levels.append(Level.builder()
          .continuum(id)
          .rank(i)
          .id("level-" + i + id(r))
          .name(text(r))
          .definition(text(r))
          .activities(some(r, activities.map(Activity::id)))
          .requirements(here)
          .requiredSectors(sectors(r))
          .characteristics(TreeMap.ofEntries(some(r, List.of("roles", "communication", "x y")).map(k -> Tuple.of(k, r.nextBoolean() ? "" : text(r)))))
          .build());
    }
    return Continuum.builder().id(id).name(text(r)).source(text(r)).cumulative(cumulative)
        .activities(activities).requirements(requirements).levels(levels).build();
  }

  private static Option<Level> level(Random r, Continuum c) {
    return r.nextBoolean() ? Option.none() : Option.of(pick(r, c.levels()));
  }

  static Partnership partnership(Random r) {
    Continuum c = continuum(r);
    int members = 2 + r.nextInt(3);
    return Partnership.builder()
        .name(text(r))
        .members(List.range(0, members).map(i -> Organization.of("m" + i + id(r), text(r),
            List.ofAll(TreeSet.ofAll(some(r, List.of(Sector.Kind.values()))).add(pick(r, List.of(Sector.Kind.values()))))
                .map(k -> r.nextBoolean() ? Sector.of(k) : Sector.of(k, text(r))))))
        .commonGoal(text(r))
        .continuum(c)
        .currentLevel(level(r, c))
        .groundRules(GroundRules.of(TreeMap.ofEntries(some(r, List.of(GroundRule.values())).map(g -> Tuple.of(g, text(r))))))
        .challenges(TreeSet.ofAll(some(r, List.of(Challenge.values()))))
        .build();
  }

  static FitQuestion question(Random r) {
    Continuum c = continuum(r);
    boolean alone = r.nextInt(4) == 0;
    return FitQuestion.builder()
        .continuum(c)
        .oneCanReachGoalAlone(alone)
        .necessary(alone ? level(r, c) : Option.of(pick(r, c.levels())))
        .current(level(r, c))
        .available(TreeMap.ofEntries(c.requirements().map(q -> Tuple.of(q, 1 + r.nextInt(5)))))
        .sectors(sectors(r))
        .build();
  }

  private static List<String> members(Random r) {
    return List.range(0, 2 + r.nextInt(4)).map(i -> "m" + i + id(r));
  }

  static PartnerRatings ratings(Random r) {
    Continuum c = continuum(r);
    List<String> members = members(r);
    List<PartnerRating> ratings = members.crossProduct(members).filter(t -> !t._1.equals(t._2)).toList()
        .filter(t -> r.nextBoolean())
        .map(t -> PartnerRating.of(t._1, t._2, pick(r, c.levels()).id()));
    return PartnerRatings.of(c, members, ratings);
  }

  static PartnerNetwork network(Random r) {
    List<String> members = members(r);
    return PartnerNetwork.of(members, members.crossProduct(members).filter(t -> !t._1.equals(t._2)).toList()
        .filter(t -> r.nextBoolean())
        .map(t -> PartnerAssessment.builder().rater(t._1).partner(t._2)
            .reliability(1 + r.nextInt(4)).missionSupport(1 + r.nextInt(4)).openness(1 + r.nextInt(4))
            .powerInfluence(1 + r.nextInt(4)).involvement(1 + r.nextInt(4)).resourceContribution(1 + r.nextInt(4))
            .build()));
  }

  static Framework framework(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return Frameworks.FIVE_ALIGNMENTS;
      case 1:
        return Frameworks.COLLECTIVE_IMPACT;
      case 2:
        return Frameworks.WORKING_TOGETHER;
      default:
        return Framework.of(id(r), text(r), text(r), text(r), List.range(0, 1 + r.nextInt(4)).map(i ->
            Dimension.of("d" + i + id(r), text(r), text(r),
                List.range(0, r.nextInt(3)).map(j -> Criterion.of("c" + j + id(r), text(r))))));
    }
  }

  static AlignmentRatings alignmentRatings(Random r) {
    Framework f = framework(r);
    ResponseScale scale = r.nextBoolean() ? Frameworks.IN_PLACE : ResponseScale.of(r.nextInt(3) - 1, 3 + r.nextInt(5));
    List<Rating> ratings = List.empty();
    for (String partner : members(r)) {
      for (Dimension d : f.dimensions()) {
        if (r.nextInt(3) > 0) {
          ratings = ratings.append(Rating.of(partner, d.id(), scale.min() + r.nextInt(scale.points())));
        }
        for (Criterion c : some(r, d.criteria())) {
          ratings = ratings.append(Rating.ofCriterion(partner, d.id(), c.id(), scale.min() + r.nextInt(scale.points())));
        }
      }
    }
    return AlignmentRatings.of(f, scale, ratings.map(x -> Tuple.of(r.nextInt(), x)).sortBy(t -> t._1).map(t -> t._2));
  }

  // ------------------------------------------------------------ generators, one per document kind

  static final Gen<Partnership> PARTNERSHIPS = from(RelationshipDocumentProperties::partnership);
  static final Gen<Continuum> CONTINUA = from(RelationshipDocumentProperties::continuum);
  static final Gen<FitQuestion> FIT_QUESTIONS = from(RelationshipDocumentProperties::question);
  static final Gen<Fit> FITS = from(r -> Relationships.fit(question(r)));
  static final Gen<Classification> CLASSIFICATIONS = from(r -> {
    Continuum c = continuum(r);
    return Relationships.classify(c, some(r, c.activities().map(Activity::id)).map(x -> Tuple.of(r.nextInt(), x))
        .sortBy(t -> t._1).map(t -> t._2), sectors(r));
  });
  static final Gen<PartnerRatings> PARTNER_RATINGS = from(RelationshipDocumentProperties::ratings);
  static final Gen<PartnerRatingSummary> PARTNER_RATING_SUMMARIES = from(r -> PartnerRatingScoring.score(ratings(r)));
  static final Gen<PartnerNetwork> PARTNER_NETWORKS = from(RelationshipDocumentProperties::network);
  static final Gen<NetworkMeasures> NETWORK_MEASURES = from(r -> NetworkScoring.score(network(r)));
  static final Gen<Framework> FRAMEWORKS = from(RelationshipDocumentProperties::framework);
  static final Gen<AlignmentRatings> ALIGNMENT_RATINGS = from(RelationshipDocumentProperties::alignmentRatings);
  static final Gen<FrameworkProfile> FRAMEWORK_PROFILES =
      from(r -> AlignmentScoring.withDefaults().profile(alignmentRatings(r)));

  // ------------------------------------------------------------ properties

  @Test
  void partnershipsRoundTrip() {
    roundTrips(RelationshipJson.PARTNERSHIP, PARTNERSHIPS);
  }

  @Test
  void continuaRoundTrip() {
    roundTrips(RelationshipJson.CONTINUUM_DOCUMENT, CONTINUA);
  }

  @Test
  void fitQuestionsRoundTrip() {
    roundTrips(RelationshipJson.FIT_QUESTION, FIT_QUESTIONS);
  }

  @Test
  void fitsRoundTrip() {
    roundTrips(RelationshipJson.FIT, FITS);
  }

  @Test
  void classificationsRoundTrip() {
    roundTrips(RelationshipJson.CLASSIFICATION, CLASSIFICATIONS);
  }

  @Test
  void partnerRatingsAndTheirSummariesRoundTrip() {
    roundTrips(RelationshipJson.PARTNER_RATINGS, PARTNER_RATINGS);
    roundTrips(RelationshipJson.PARTNER_RATING_SUMMARY, PARTNER_RATING_SUMMARIES);
  }

  @Test
  void partnerNetworksAndTheirMeasuresRoundTrip() {
    roundTrips(RelationshipJson.PARTNER_NETWORK, PARTNER_NETWORKS);
    roundTrips(RelationshipJson.NETWORK_MEASURES, NETWORK_MEASURES);
  }

  @Test
  void frameworksRoundTrip() {
    roundTrips(AlignmentJson.FRAMEWORK, FRAMEWORKS);
  }

  @Test
  void alignmentRatingsAndTheirProfilesRoundTrip() {
    roundTrips(AlignmentJson.ALIGNMENT_RATINGS, ALIGNMENT_RATINGS);
    roundTrips(AlignmentJson.FRAMEWORK_PROFILE, FRAMEWORK_PROFILES);
  }
}
