// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.DisclosureAudit;
import org.commonground.scoring.suppression.Hierarchy;
import org.commonground.scoring.suppression.SuppressionRule;

import org.junit.jupiter.api.Test;

class PartnershipReportTest {

  private final String report =
      PartnershipReport.render(SamplePartnership.NAME, SamplePartnership.members());

  @Test
  void theReportListsEveryMemberWithItsSectors() {
    SamplePartnership.members()
        .forEach(m -> assertTrue(report.contains(m.name()), m.name() + " missing:\n" + report));
    assertTrue(report.contains("nonprofit (workforce), private (workforce)"), report);
  }

  @Test
  void theReportShowsWhichMembersComeFromEachSector() {
    assertTrue(report.contains("community  eastside-parents"), report);
    assertTrue(report.contains("public     lincoln-hs, county-health"), report);
  }

  @Test
  void theReadinessSectionShowsEveryFactorWithItsBandAndTheCommunitysStage() {
    String readiness = PartnershipReport.readiness(SampleReadiness.survey(), SampleReadiness.assessment());

    org.commonground.core.readiness.CollaborationFactorsInventory.FACTORS.forEach(
        f -> assertTrue(readiness.contains(f.name()), f.name() + " missing:\n" + readiness));
    assertTrue(readiness.contains("40 respondents"), readiness);
    assertTrue(readiness.contains("concern (address it)"), readiness);
    assertTrue(readiness.contains("Stage 3 vague awareness"), readiness);
    assertTrue(readiness.contains("Address first: Sufficient funds, staff, materials, and time"), readiness);
  }

  @Test
  void theScorecardSectionShowsEveryIndicatorItsProgressAndMissingInput() {
    String section =
        PartnershipReport.scorecard(
            org.commonground.scoring.measure.Scorecards.of(SampleMeasures.observations(), SampleMeasures::reporters));

    SampleMeasures.measures().indicators().forEach(i -> assertTrue(section.contains(i.name()), i.name() + ":\n" + section));
    // Eastside did not report its 2023 visits: the value is marked, its coverage names the missing
    // partner, and the comparisons are made on county-health alone, 960 → 1122 and 1010 → 1122.
    assertTrue(section.contains("1122.0† 2023"), section);
    assertTrue(section.contains("1 of 2 expected partners reported (missing eastside-cc)"), section);
    assertTrue(section.contains("Counseling visits             2022 → 2023            county-health              eastside-cc  "
        + "+112.0  p = 0.016"), section);
    assertTrue(section.contains("Counseling visits (count)               higher  3125.0 2022     1122.0† 2023"), section);
    assertTrue(section.contains("[79.5, 85.7] Wilson score"), section);
    assertTrue(section.contains("4 of 4 comparable indicators (100 %) improved since their baseline beyond the "
        + "uncertainty of their numbers"), section);
    assertTrue(section.contains("(Statistics Canada / Open SDG)"), section);
  }

  @Test
  void theDisaggregationSectionShowsGapsAndASuppressedTable() {
    String section = PartnershipReport.disaggregation(SampleRecords.partial());

    assertTrue(section.contains("(1710 student records)"), section);
    assertTrue(section.contains("low      SY2021-22  66.4  [60.2, 72.1]   238       -21.3  yes"), section);
    // the gap shrinks 21.3 → 19.1 → 16.3 points on about 240 low-income students a year: by less
    // than its uncertainty each time, so it is not called narrowing
    assertTrue(section.contains("within uncertainty for 2 periods"), section);
    assertTrue(section.contains("youth-works  26       +        *      40"), section);
    assertTrue(section.contains("* youth-works × other: fewer than 10 records (6)"), section);
  }

  @Test
  void theDisaggregationSectionAuditsThePublishedTable() {
    String section = PartnershipReport.disaggregation(SampleRecords.partial());
    String audit = section.substring(section.indexOf("\nDisclosure audit of the published table"));

    // one row per hidden entry of the published table (the four marked + or * above), in the table's order
    assertTrue(audit.matches("(?s).*\n"
        + "lincoln-hs × spanish +93 +\\[89, 103\\] +- +not recoverable\n"
        + "lincoln-hs × other +39 +\\[29, 43\\] +- +not recoverable\n"
        + "youth-works × spanish +10 +\\[0, 14\\] +- +not recoverable\n"
        + "youth-works × other +4 +\\[0, 14\\] +1 / 1 +protected\n"
        + "\n.*"), audit);
    // youth-works' spanish and other, both hidden, add up to 14 (40 − 26): the small cell's 4 lies anywhere in [0, 14]
    assertTrue(audit.endsWith("\nAudited 4 hidden entries against 7 published equations, non-negativity and whole counts, "
        + "each bound by maximum flow (a two-way table with all its totals); 8 of 8 bounds attained by a whole-number completion checked in integer arithmetic. "
        + "No entry discloses.\n"), audit);
    assertTrue(!audit.contains("under-protected") && !audit.contains("recovered exactly"), audit);
    // the same report every time
    assertEquals(section, PartnershipReport.disaggregation(SampleRecords.partial()));
  }

  @Test
  void theAuditShowsAnUnboundedIntervalAndASensitiveEntryThatIsShown() {
    CountTable byPartner = CountTable.frequencies(
        List.of(Hierarchy.flat("partner", List.of("lincoln-hs", "youth-works"))), new long[] {120, 6});

    String hidden = PartnershipReport.audit(DisclosureAudit.of(byPartner, SuppressionRule.DEFAULT, List.of(List.of("youth-works"))));
    String shown = PartnershipReport.audit(DisclosureAudit.of(byPartner, SuppressionRule.DEFAULT, List.empty()));

    // no total published: nothing bounds the hidden count from above
    assertTrue(hidden.matches("(?s).*\nyouth-works +6 +\\[0, ∞\\] +1 / 1 +protected\n.*"), hidden);
    assertTrue(hidden.endsWith("No entry discloses.\n"), hidden);
    assertTrue(shown.matches("(?s).*\nyouth-works +6 +\\[6, 6\\] +1 / 1 +sensitive but shown\n.*"), shown);
    assertTrue(shown.endsWith("1 entry discloses.\n"), shown);
  }

  @Test
  void theAlignmentSectionShowsLevelAgreementAndTheOutcomeCheck() {
    String section =
        PartnershipReport.alignment(
            org.commonground.scoring.alignment.AlignmentScoring.withDefaults()
                .profile(SampleAlignment.ratings(), io.vavr.control.Option.of(SampleMeasures.measures())));

    assertTrue(section.contains("Aligned data systems"), section);
    assertTrue(section.contains("contested"), section);
    assertTrue(section.contains("agreed but weak"), section);
    assertTrue(section.contains("Check: measures.outcomes: aligned outcomes: seed 001 advises a common set of eight to ten outcomes, got 3"), section);
  }

  @Test
  void theRelationshipsSectionClassifiesPairsAndRecommendsOneStepAtATime() {
    String section =
        PartnershipReport.relationships(
            SampleRelationships.partnership(),
            SampleRelationships.pairs(),
            org.commonground.core.relationship.Relationships.fit(SampleRelationships.question()));

    // the seed's school and counseling center, sharing space: cooperation
    assertTrue(section.matches("(?s).*\\nlincoln-hs – eastside-cc +Cooperation +enhance-capacity\\n.*"), section);
    assertTrue(section.matches("(?s).*\\nyouth-works – riverside-cu +Networking +alter-activities\\n.*"), section);
    assertTrue(section.contains("Inconsistent: youth-works – riverside-cu: Observed \"share resources"), section);
    assertTrue(section.contains("necessary Collaboration, feasible Cooperation, recommended Cooperation, next step Cooperation"), section);
    assertTrue(section.matches("(?s).*\\ntrust +4 of 5 +3 of 5\\n.*"), section);
    assertTrue(section.contains("Ground rules: 3 of 5 settled; still to settle: what should be considered confidential, the role of representatives"),
        section);
    assertTrue(section.contains("Challenge: people are mistrustful. Response: Establish one-to-one relationships"), section);
  }

  @Test
  void thePartnerMatrixSectionShowsWhoRatesWhomAndTheAsymmetricPairs() {
    String section = PartnershipReport.partnerMatrix(SampleRelationships.partnerRatings());

    assertTrue(section.matches("(?s).*\\neastside-parents +5 collaboration +1 networking +- *\\n.*"), section);
    assertTrue(section.contains("11 of 12 ties rated on the Levels of Collaboration Scale: mean level 2.55"), section);
    assertTrue(section.contains("2 asymmetric pairs"), section);
  }

  @Test
  void theNetworkSectionShowsTrustValueAndCentrality() {
    String section = PartnershipReport.network(
        org.commonground.scoring.relationship.NetworkScoring.score(SampleRelationships.network()));

    assertTrue(section.matches("(?s).*\\nlincoln-hs +2 +2\\.83 +3\\.33 +4 +0\\.83 +0\\.90\\n.*"), section);
    assertTrue(section.matches("(?s).*\\nriverside-cu +0 +- +- +1 .*"), section);
    assertTrue(section.contains("6 members, 6 of 15 possible ties (density 0.40;"), section);
    assertTrue(section.contains("degree centralization 0.60"), section);
  }
}
