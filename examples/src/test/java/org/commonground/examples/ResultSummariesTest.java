// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.commonground.core.partner.Organization;
import org.commonground.core.readiness.CommunityCollaborativeAssessment;
import org.commonground.core.readiness.LadderResponse;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.PartnerRatings;
import org.commonground.core.relationship.Relationships;
import org.commonground.scoring.alignment.AlignmentScoring;
import org.commonground.scoring.alignment.FrameworkProfile;
import org.commonground.scoring.measure.CommunityValue;
import org.commonground.scoring.measure.Comparison;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.Disaggregation;
import org.commonground.scoring.measure.GroupSeries;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.ProgressMethod;
import org.commonground.scoring.measure.Scorecard;
import org.commonground.scoring.measure.ScorecardRow;
import org.commonground.scoring.measure.Scorecards;
import org.commonground.scoring.numeric.ExactSum;
import org.commonground.scoring.readiness.CommunityReadinessScore;
import org.commonground.scoring.readiness.LadderProfile;
import org.commonground.scoring.readiness.LadderScoring;
import org.commonground.scoring.readiness.ResponseMatrix;
import org.commonground.scoring.readiness.StageScoring;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.readiness.SurveyScoring;
import org.commonground.scoring.relationship.NetworkMeasures;
import org.commonground.scoring.relationship.NetworkScoring;
import org.commonground.scoring.relationship.PartnerRatingScoring;
import org.commonground.scoring.relationship.PartnerRatingSummary;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.DisclosureAudit;
import org.commonground.scoring.suppression.DominanceRule;
import org.commonground.scoring.suppression.Hierarchy;
import org.commonground.scoring.suppression.MagnitudeTable;
import org.commonground.scoring.suppression.PercentRule;
import org.commonground.scoring.suppression.ProtectionLevel;
import org.commonground.scoring.suppression.SmallCellSuppression;
import org.commonground.scoring.suppression.SuppressedTable;
import org.commonground.scoring.suppression.SuppressionRule;
import org.commonground.scoring.uncertainty.ReliabilityRule;
import org.junit.jupiter.api.Test;

/**
 * Every result of scoring, and the values of core a researcher prints, reads as a short summary
 * in JShell: no Immutables field dump, no identity hash, no line longer than 200 characters. The
 * samples are the examples' partnership; the list of scoring's types is checked complete.
 */
class ResultSummariesTest {

  private static final int MAXIMUM_LINE = 200;

  /** One instance of every public value type of scoring, from the sample partnership. */
  static List<Object> scoringSamples() {
    Scorecard scorecard = Scorecards.of(SampleMeasures.observations(), SampleMeasures::reporters);
    ScorecardRow row = scorecard.rows().find(r -> r.baselineComparison().flatMap(Comparison::test).isDefined()).get();
    CommunityValue value = row.current().get();
    Comparison comparison = row.baselineComparison().get();
    DisaggregatedIndicator byIncome =
        Disaggregation.of(SampleRecords.partial(), "grad-rate", List.of("income"), TreeMap.of("income", "not low"));
    GroupSeries series = byIncome.groups().find(g -> g.gapTrend().isDefined()).get();
    CountTable counts = CountTable.of(List.of("lincoln-hs", "youth-works", "eastside-cc"), List.of("en", "es", "so"),
        new double[][] {{212, 31, 4}, {118, 22, 9}, {301, 60, 2}}, new long[][] {{250, 40, 5}, {140, 30, 12}, {330, 70, 3}},
        true, true);
    SuppressedTable published = SmallCellSuppression.apply(counts, SuppressionRule.DEFAULT);
    DisclosureAudit audit = DisclosureAudit.of(counts, SuppressionRule.DEFAULT, published);
    FrameworkProfile profile =
        AlignmentScoring.withDefaults().profile(SampleAlignment.ratings(), Option.of(SampleMeasures.measures()));
    SurveyScore survey = SurveyScoring.withDefaults().score(SampleReadiness.survey());
    CommunityReadinessScore readiness = StageScoring.score(SampleReadiness.assessment());
    LadderProfile ladder = LadderScoring.score(CommunityCollaborativeAssessment.ORGANIZATION, List.of(
        LadderResponse.of("school", TreeSet.of("A", "B")), LadderResponse.of("bank", TreeSet.of("C"))));
    NetworkMeasures network = NetworkScoring.score(SampleRelationships.network());
    PartnerRatingSummary ratings = PartnerRatingScoring.score(SampleRelationships.partnerRatings());
    PartnerRatingSummary lopsided = PartnerRatingScoring.score(PartnerRatings.of(Continua.LEVELS_OF_COLLABORATION,
        List.of("a", "b"), List.of(PartnerRating.of("a", "b", "networking"), PartnerRating.of("b", "a", "collaboration"))));
    return List.of(
        scorecard, row, value, comparison, value.uncertainty(), value.uncertainty().interval().get(),
        value.uncertainty().reliability().get(), comparison.test().get(), row.progress(), row.options(),
        value.contributions().head(), row.trend().get(),
        byIncome, series, series.values().last(), series.gapChanges().head(), series.gapTrend().get(),
        SampleRecords.table(), SampleRecords.layout(), SampleRecords.partial(), SampleRecords.layout().partners(),
        SampleRecords.layout().dimensions().head(), new MeasureAccumulator(SampleRecords.layout()),
        ProgressMethod.STATISTICS_CANADA, ExactSum.ofTerms(0.1, 0.2),
        counts, published, published.entries().head(), audit, audit.entries().head(), SuppressionRule.DEFAULT,
        ProtectionLevel.DEFAULT, PercentRule.of(10), DominanceRule.of(2, 85), Hierarchy.withTotal("language", List.of("en", "es")),
        MagnitudeTable.builder(List.of(Hierarchy.flat("sector", List.of("a", "b")))).add("x", 12.5, "a").add("y", 3, "b").build(),
        profile, profile.dimensions().head(), AlignmentScoring.withDefaults(),
        survey, survey.factors().head(), SurveyScoring.withDefaults(), ResponseMatrix.from(SampleReadiness.survey()),
        readiness, readiness.dimensions().head(), ladder, ladder.positions().head(),
        network, network.members().head(), ratings, ratings.levelShares().head(), lopsided.asymmetricPairs().head(),
        ReliabilityRule.nchs());
  }

  /** The values of core a researcher builds or reads in, from the sample partnership. */
  static List<Object> coreSamples() {
    return List.of(
        SamplePartnership.members().head(), SampleRelationships.partnership(), SampleRelationships.partnership().continuum(),
        SampleRelationships.partnership().groundRules(), SampleRelationships.question(),
        Relationships.fit(SampleRelationships.question()), SampleRelationships.partnerRatings(), SampleRelationships.network(),
        SampleRelationships.network().assessments().head(), SampleMeasures.measures(), SampleMeasures.measures().indicators().head(),
        SampleMeasures.measures().indicators().head().targets().head(), SampleMeasures.observations(),
        SampleMeasures.observations().observations().head(), SampleAlignment.ratings(), SampleAlignment.ratings().ratings().head(),
        SampleAlignment.ratings().framework().dimensions().head(), SampleReadiness.inventory(), SampleReadiness.survey(),
        SampleReadiness.survey().responses().head(), SampleReadiness.inventory().factors().head(),
        SampleReadiness.inventory().items().head(), SampleReadiness.assessment(),
        SampleReadiness.assessment().interviews().head(), SampleReadiness.assessment().interviews().head().ratings().head(),
        CommunityCollaborativeAssessment.ORGANIZATION);
  }

  @Test
  void everySummaryIsShortAndReadable() {
    for (Object sample : scoringSamples().appendAll(coreSamples())) {
      String text = sample.toString();
      String type = sample.getClass().getSimpleName();
      assertTrue(!text.contains("{"), type + " prints an Immutables dump: " + text);
      assertTrue(!text.matches("(?s).*@[0-9a-f]{4,}.*"), type + " prints an identity hash: " + text);
      for (String line : text.split("\n")) {
        assertTrue(line.length() <= MAXIMUM_LINE, type + " prints a line of " + line.length() + " characters: " + line);
      }
      assertTrue(text.split("\n").length <= 4, type + " prints more than a few lines: " + text);
    }
  }

  @Test
  void theSamplesCoverEveryPublicValueTypeOfScoring() throws IOException {
    List<Class<?>> sampled = scoringSamples().map(Object::getClass);
    List<String> missing = scoringValueTypes().filter(type -> sampled.find(type::isAssignableFrom).isEmpty()).map(Class::getName);
    assertEquals(List.empty(), missing);
  }

  @Test
  void everyImmutablesValueOfCoreAndScoringWritesItsOwnSummary() throws IOException {
    List<Class<?>> generated = classes(Organization.class, "org.commonground.core.")
        .appendAll(classes(Scorecard.class, "org.commonground.scoring."))
        .filter(type -> type.getSimpleName().startsWith("Immutable"));
    assertTrue(generated.size() > 60, "Immutables classes found: " + generated.size());
    assertEquals(List.empty(), generated.map(Class::getSuperclass).filter(type -> !declaresToString(type)).map(Class::getName));
  }

  private static boolean declaresToString(Class<?> type) {
    try {
      return type.getDeclaredMethod("toString").getDeclaringClass() == type;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  void theSummariesReadAsTheIssueAsks() {
    Scorecard scorecard = Scorecards.of(SampleMeasures.observations(), SampleMeasures::reporters);
    assertTrue(scorecard.toString().matches("Scorecard \"[^\"]+\": 4 indicators, \\d of \\d comparable improving.*"),
        scorecard.toString());
    SurveyScore survey = SurveyScoring.withDefaults().score(SampleReadiness.survey());
    assertTrue(survey.toString().matches("SurveyScore .*: \\d+ respondents, \\d+ factors \\(\\d+ strengths, .*"), survey.toString());
    CountTable counts = CountTable.of(List.of("a", "b", "c"), List.of("w", "x", "y", "z"),
        new double[][] {{100, 200, 300, 400}, {10, 20, 30, 40}, {150, 160, 150, 150}},
        new long[][] {{100, 200, 300, 400}, {10, 20, 30, 40}, {150, 160, 150, 150}}, true, true);
    assertEquals("CountTable 3 × 4 (total 1,710)", counts.toString());
  }

  /**
   * Scoring's public classes that have instances: neither enums, interfaces, generated Immutables
   * subclasses, nested builders, nor holders of static methods only.
   */
  private static List<Class<?>> scoringValueTypes() throws IOException {
    return classes(Scorecard.class, "org.commonground.scoring.").filter(ResultSummariesTest::isValueType);
  }

  /** The top-level classes of the module that holds {@code anchor}, under a package prefix. */
  private static List<Class<?>> classes(Class<?> anchor, String prefix) throws IOException {
    URI location;
    try {
      location = anchor.getProtectionDomain().getCodeSource().getLocation().toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path root = Path.of(location);
    FileSystem jar = null;
    if (Files.isRegularFile(root)) {
      jar = FileSystems.newFileSystem(root, Map.<String, Object>of());
      root = jar.getPath("/");
    }
    try (Stream<Path> files = Files.walk(root)) {
      Path base = root;
      List<String> names = List.ofAll(files)
          .map(p -> base.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.endsWith("-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .filter(n -> n.startsWith(prefix))
          .sorted();
      return names.map(ResultSummariesTest::load);
    } finally {
      if (jar != null) {
        jar.close();
      }
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ResultSummariesTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isValueType(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers()) || type.isEnum() || type.isInterface()
        || type.getSimpleName().startsWith("Immutable")) {
      return false;
    }
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
        return true;
      }
    }
    return false;
  }
}
