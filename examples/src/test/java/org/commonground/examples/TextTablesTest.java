// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.commonground.scoring.alignment.AlignmentScoring;
import org.commonground.scoring.alignment.FrameworkProfile;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.Disaggregation;
import org.commonground.scoring.measure.Scorecard;
import org.commonground.scoring.measure.Scorecards;
import org.commonground.scoring.readiness.CommunityReadinessScore;
import org.commonground.scoring.readiness.StageScoring;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.readiness.SurveyScoring;
import org.commonground.scoring.relationship.NetworkMeasures;
import org.commonground.scoring.relationship.NetworkScoring;
import org.commonground.scoring.relationship.PartnerRatingScoring;
import org.commonground.scoring.relationship.PartnerRatingSummary;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.DisclosureAudit;
import org.commonground.scoring.suppression.SmallCellSuppression;
import org.commonground.scoring.suppression.SuppressedTable;
import org.commonground.scoring.suppression.SuppressionRule;
import org.commonground.serialization.text.TextTable;
import org.commonground.serialization.text.TextTables;
import org.junit.jupiter.api.Test;

/** The full text table of each result, on the sample partnership: headers and a few cells. */
class TextTablesTest {

  private static final CountTable COUNTS = CountTable.of(List.of("lincoln-hs", "youth-works"), List.of("en", "es", "so"),
      new double[][] {{212, 31, 4}, {118, 22, 15}}, new long[][] {{250, 40, 5}, {140, 30, 20}}, true, true);

  /** The lines of a table, each split on its runs of two or more spaces. */
  private static List<List<String>> cells(TextTable table) {
    return List.of(table.render().split("\n")).map(line -> List.of(line.trim().split(" {2,}")));
  }

  private static List<String> header(TextTable table) {
    return cells(table).head();
  }

  private static List<String> rowStarting(TextTable table, String first) {
    return cells(table).find(r -> r.head().equals(first)).getOrElseThrow(() -> new AssertionError(first + " in\n" + table));
  }

  @Test
  void aScorecardHasARowPerIndicatorAndTablesOfItsValuesAndComparisons() {
    Scorecard scorecard = Scorecards.of(SampleMeasures.observations(), SampleMeasures::reporters);
    TextTable table = TextTables.of(scorecard);
    assertEquals(List.of("indicator", "better", "prior", "current", "target", "vs target", "since baseline", "trend", "progress"),
        header(table));
    assertEquals(2 + scorecard.rows().size(), cells(table).size());
    String first = scorecard.rows().head().indicator().name() + " (" + scorecard.rows().head().indicator().unit() + ")";
    assertEquals(scorecard.rows().head().progress().status().toString(), rowStarting(table, first).last());
    assertEquals(List.of("indicator", "period", "value", "95 % interval", "reliability", "coverage"),
        header(TextTables.values(scorecard)));
    assertEquals(2 + scorecard.rows().map(r -> r.series().size()).sum().intValue(), cells(TextTables.values(scorecard)).size());
    assertEquals(List.of("indicator", "compared", "on partners", "left out", "change", "test", "verdict"),
        header(TextTables.comparisons(scorecard)));
    assertEquals(table.render(), table.toString());
  }

  @Test
  void aSurveyScoreHasARowPerFactorWithItsBand() {
    SurveyScore score = SurveyScoring.withDefaults().score(SampleReadiness.survey());
    TextTable byName = TextTables.of(score, SampleReadiness.inventory());
    TextTable byId = TextTables.of(score);
    assertEquals(List.of("category", "factor", "score", "sd", "n", "alpha", "band"), header(byName));
    assertEquals(2 + score.factors().size(), cells(byName).size());
    var first = score.factors().head();
    List<String> row = cells(byId).get(2);
    assertEquals(List.of(first.factor().category(), first.factor().name(),
        String.format(java.util.Locale.ROOT, "%.2f", first.mean().get())), row.take(3));
    assertEquals(first.band().get() + " (" + first.band().get().action() + ")", row.last());
  }

  @Test
  void aCommunityReadinessScoreEndsWithTheOverallStage() {
    CommunityReadinessScore score = StageScoring.score(SampleReadiness.assessment());
    TextTable table = TextTables.of(score);
    assertEquals(List.of("dimension", "score", "stage", "scorers agreed"), header(table));
    assertEquals(List.of("overall", String.format(java.util.Locale.ROOT, "%.2f", score.score()), score.stage().toString()),
        cells(table).last());
    assertEquals(score.lowestFirst().head().dimension().name(), cells(table).get(2).head());
  }

  @Test
  void aCountTableIsAGridWithTotals() {
    TextTable table = TextTables.of(COUNTS);
    assertEquals(List.of("en", "es", "so", "total"), header(table).drop(1));
    assertEquals(List.of("lincoln-hs", "212", "31", "4", "247"), rowStarting(table, "lincoln-hs"));
    assertEquals(List.of("total", "330", "53", "19", "402"), rowStarting(table, "total"));
  }

  @Test
  void aSuppressedTableShowsWhatIsPublished() {
    SuppressedTable published = SmallCellSuppression.apply(COUNTS, SuppressionRule.DEFAULT);
    TextTable table = TextTables.of(published, "partner");
    assertEquals(List.of("partner", "en", "es", "so", "total"), header(table));
    assertEquals("*", rowStarting(table, "lincoln-hs").get(3));
    assertTrue(rowStarting(table, "youth-works").get(3).equals("+"), table.render());
    assertEquals(List.of("en", "es", "so", "total"), header(TextTables.of(published)));
    DisclosureAudit audit = DisclosureAudit.of(COUNTS, SuppressionRule.DEFAULT, published);
    TextTable audited = TextTables.of(audit);
    assertEquals(List.of("entry", "true value", "interval", "needs below / above", "verdict"), header(audited));
    assertEquals("4", rowStarting(audited, "lincoln-hs × so").get(1));
  }

  @Test
  void aDisaggregatedIndicatorHasARowPerGroupAndPeriod() {
    DisaggregatedIndicator byIncome =
        Disaggregation.of(SampleRecords.partial(), "grad-rate", List.of("income"), TreeMap.of("income", "not low"));
    TextTable table = TextTables.of(byIncome);
    assertEquals(List.of("group", "period", "rate", "95 % interval", "students", "gap", "gap beyond noise", "ratio",
        "to target", "gap trend"), header(table));
    assertEquals(2 + byIncome.groups().map(g -> g.values().size()).sum().intValue(), cells(table).size());
    assertTrue(table.render().contains("reference"), table.render());
  }

  @Test
  void aFrameworkProfileListsTheMostContestedFirst() {
    FrameworkProfile profile =
        AlignmentScoring.withDefaults().profile(SampleAlignment.ratings(), Option.of(SampleMeasures.measures()));
    TextTable table = TextTables.of(profile);
    assertEquals(List.of("dimension", "mean", "median", "r_wg", "n", "class", "furthest from the group"), header(table));
    assertEquals(profile.mostContestedFirst().map(d -> d.dimension().name()), cells(table).drop(2).map(List::head));
  }

  @Test
  void aNetworkHasARowPerMember() {
    NetworkMeasures measures = NetworkScoring.score(SampleRelationships.network());
    TextTable table = TextTables.of(measures);
    assertEquals(List.of("member", "assessed by", "trust", "value", "degree", "closeness", "harmonic"), header(table));
    assertEquals(measures.members().map(m -> m.member()), cells(table).drop(2).map(List::head));
    assertEquals(String.valueOf(measures.members().head().degree()), cells(table).get(2).get(4));
  }

  @Test
  void partnerRatingsAreAMatrixAndTheirSummaryASharePerLevel() {
    TextTable matrix = TextTables.of(SampleRelationships.partnerRatings());
    assertEquals(SampleRelationships.partnerRatings().members(), header(matrix));
    PartnerRatingSummary summary = PartnerRatingScoring.score(SampleRelationships.partnerRatings());
    TextTable table = TextTables.of(summary);
    assertEquals(List.of("level", "ties", "share"), header(table));
    var share = summary.levelShares().head();
    assertEquals(List.of(share.level().rank() + " " + share.level().name(), String.valueOf(share.ties())),
        cells(table).get(2).take(2));
    TextTable pairs = TextTables.asymmetricPairs(summary);
    assertEquals(List.of("first", "second", "first rates second", "second rates first", "difference"), header(pairs));
    assertEquals(2 + summary.asymmetricPairs().size(), cells(pairs).size());
    assertEquals(summary.asymmetricPairs().head().first(), cells(pairs).get(2).head());
  }
}
