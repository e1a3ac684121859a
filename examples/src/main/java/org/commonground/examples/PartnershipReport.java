// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonground.core.measure.Period;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.readiness.Band;
import org.commonground.core.readiness.ReadinessAssessment;
import org.commonground.core.readiness.Survey;
import org.commonground.core.relationship.Challenge;
import org.commonground.core.relationship.Classification;
import org.commonground.core.relationship.Fit;
import org.commonground.core.relationship.GroundRule;
import org.commonground.core.relationship.PartnerRatings;
import org.commonground.core.relationship.Partnership;
import org.commonground.core.relationship.Relationships;
import org.commonground.core.relationship.Shortfall;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.alignment.AlignmentScoring;
import org.commonground.scoring.alignment.FrameworkProfile;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.Disaggregation;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.Scorecard;
import org.commonground.scoring.measure.ScorecardRow;
import org.commonground.scoring.measure.Scorecards;
import org.commonground.scoring.numeric.ExactSum;
import org.commonground.scoring.readiness.CommunityReadinessScore;
import org.commonground.scoring.readiness.FactorScore;
import org.commonground.scoring.readiness.StageScoring;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.readiness.SurveyScoring;
import org.commonground.scoring.relationship.NetworkMeasures;
import org.commonground.scoring.relationship.NetworkScoring;
import org.commonground.scoring.relationship.PartnerRatingScoring;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.DisclosureAudit;
import org.commonground.scoring.suppression.PublishedCell;
import org.commonground.scoring.suppression.SmallCellSuppression;
import org.commonground.scoring.suppression.SuppressedTable;
import org.commonground.scoring.suppression.Suppression;
import org.commonground.scoring.suppression.SuppressionRule;
import org.commonground.serialization.text.TextTable;
import org.commonground.serialization.text.TextTables;

/**
 * Prints a report about the {@link SamplePartnership sample partnership}: its members and the
 * sectors they come from, their relationships on the collaboration continuum with a recommendation,
 * its alignment on the five alignments, its readiness (a Collaboration Factors Inventory survey and a Community
 * Readiness assessment), its shared-measures scorecard, and graduation disaggregated by income with
 * a small-cell-suppressed table and its disclosure audit. The report grows with the library: each capability adds its
 * section.
 *
 * <pre>{@code
 * ./mvnw -q -Preport -DskipTests package   # also writes examples/target/report.html
 * }</pre>
 */
public final class PartnershipReport {

  private PartnershipReport() {}

  /**
   * Prints the report to standard output and, given a path, writes the same report as a
   * self-contained HTML page with its charts ({@link HtmlReport#sample()}) to that file. The
   * {@code report} profile passes {@code examples/target/report.html}.
   *
   * @param args none, or the path of the HTML report to write
   * @throws IOException if the HTML report cannot be written
   */
  public static void main(String[] args) throws IOException {
    System.out.print(render(SamplePartnership.NAME, SamplePartnership.members()));
    System.out.print(relationships(SampleRelationships.partnership(), SampleRelationships.pairs(),
        Relationships.fit(SampleRelationships.question())));
    System.out.print(partnerMatrix(SampleRelationships.partnerRatings()));
    System.out.print(network(NetworkScoring.score(SampleRelationships.network())));
    System.out.print(alignment(AlignmentScoring.withDefaults().profile(SampleAlignment.ratings(), Option.of(SampleMeasures.measures()))));
    System.out.print(readiness(SampleReadiness.survey(), SampleReadiness.assessment()));
    System.out.print(scorecard(Scorecards.of(SampleMeasures.observations(), SampleMeasures::reporters)));
    System.out.print(disaggregation(SampleRecords.partial()));
    if (args.length > 0) {
      Path html = Path.of(args[0]);
      Files.writeString(html, HtmlReport.sample(), StandardCharsets.UTF_8);
      System.out.println("\nThe same report with its charts: " + html);
    }
  }

  /**
   * The report as text.
   *
   * @param name the partnership's name
   * @param members its member organizations
   * @return the report
   */
  public static String render(String name, List<Organization> members) {
    StringBuilder report = new StringBuilder();
    report.append(name).append('\n').append("=".repeat(name.length())).append("\n\n");

    report.append("Members\n\n");
    TextTable table = TextTable.of("id", "name", "sectors");
    for (Organization member : members) {
      table = table.row(member.id(), member.name(), member.sectors().mkString(", "));
    }
    report.append(table.render()).append('\n');

    report.append("Sectors\n\n");
    TextTable sectors = TextTable.of("sector", "members");
    for (Sector.Kind kind : Sector.Kind.values()) {
      List<Organization> in = members.filter(m -> m.isIn(kind));
      sectors = sectors.row(kind, in.isEmpty() ? "(none)" : in.map(Organization::id).mkString(", "));
    }
    report.append(sectors.render());
    return report.toString();
  }

  /**
   * The relationships section: what pairs of members do together, classified on the partnership's
   * continuum with what the next level would need and any inconsistency; the recommendation for
   * the partnership's goal with every unmet requirement and the next step; the ground rules still
   * to settle and the challenges flagged, with the suggested responses.
   *
   * @param partnership the partnership
   * @param pairs (member id, member id) → observed activity ids
   * @param fit the answer to the partnership's question of fit
   * @return the section
   */
  public static String relationships(
      Partnership partnership, SortedMap<Tuple2<String, String>, List<String>> pairs, Fit fit) {
    StringBuilder report = new StringBuilder("\nRelationships on the ")
        .append(partnership.continuum()).append(", currently ")
        .append(partnership.currentLevel().map(Object::toString).getOrElse("none")).append("\n\n")
        .append("Common goal: ").append(partnership.commonGoal()).append("\n\n");
    TextTable table = TextTable.of("pair", "level", "next level would need");
    List<String> notes = List.empty();
    for (Tuple2<Tuple2<String, String>, List<String>> pair : pairs) {
      Classification c = Relationships.classify(partnership.continuum(), pair._2,
          partnership.members().filter(m -> m.id().equals(pair._1._1) || m.id().equals(pair._1._2))
              .flatMap(m -> m.sectors().map(Sector::kind)).toSortedSet());
      List<String> needs = c.missingForNext()
          .appendAll(c.missingSectors().map(k -> k + " member"));
      table = table.row(pair._1._1 + " – " + pair._1._2, c.level().map(Object::toString).getOrElse("none"),
          needs.isEmpty() ? "-" : needs.mkString(", "));
      notes = notes.appendAll(c.inconsistencies().map(r -> pair._1._1 + " – " + pair._1._2 + ": " + r.sentence()));
    }
    report.append(table.render());
    for (String note : notes) {
      report.append("Inconsistent: ").append(note).append('\n');
    }
    report.append("\nFit for the goal: necessary ").append(fit.question().necessary().map(Object::toString).getOrElse("-"))
        .append(", feasible ").append(fit.feasible().map(Object::toString).getOrElse("none"))
        .append(", recommended ").append(fit.recommended().map(Object::toString).getOrElse("none"))
        .append(", next step ").append(fit.nextStep().map(Object::toString).getOrElse("none")).append("\n\n");
    if (!fit.shortfalls().isEmpty()) {
      TextTable unmet = TextTable.of("requirement", "needed", "available");
      for (Shortfall s : fit.shortfalls()) {
        unmet = unmet.row(s.requirement(), s.needed() + " of 5", s.available() + " of 5");
      }
      report.append(unmet.render()).append('\n');
    }
    report.append(fit.explanation()).append('\n');
    List<GroundRule> missing = partnership.groundRules().missing();
    report.append("\nGround rules: ").append(GroundRule.values().length - missing.size()).append(" of ")
        .append(GroundRule.values().length).append(" settled")
        .append(missing.isEmpty() ? "" : "; still to settle: " + missing.mkString(", ")).append('\n');
    for (Challenge challenge : partnership.challenges()) {
      report.append("Challenge: ").append(challenge).append(". Response: ").append(challenge.response()).append(".\n");
    }
    return report.toString();
  }

  /**
   * The partner-matrix section: how members rate each other on a continuum, as a matrix (rows
   * rate columns), with the Levels of Collaboration Scale's summary.
   *
   * @param ratings the members' ratings of each other
   * @return the section
   */
  public static String partnerMatrix(PartnerRatings ratings) {
    StringBuilder report = new StringBuilder("\nHow members rate each other (")
        .append(ratings.continuum()).append("; rows rate columns)\n\n");
    report.append(TextTables.of(ratings).render()).append('\n');
    report.append(PartnerRatingScoring.score(ratings).explanation()).append('\n');
    return report.toString();
  }

  /**
   * The partner-network section: each member's trust, value and centrality, and the network's
   * density and centralization.
   *
   * @param measures the network's measures
   * @return the section
   */
  public static String network(NetworkMeasures measures) {
    StringBuilder report = new StringBuilder("\nPartner network\n\n");
    report.append(TextTables.of(measures).render()).append('\n').append(measures.explanation()).append('\n');
    return report.toString();
  }

  /**
   * The alignment section: every dimension's level and agreement side by side, the most contested
   * first, with seed 001's checks.
   *
   * @param profile the framework profile
   * @return the section
   */
  public static String alignment(FrameworkProfile profile) {
    StringBuilder report = new StringBuilder("\nAlignment: ")
        .append(profile.name()).append(" (").append(profile.edition()).append("), most contested first\n\n");
    report.append(TextTables.of(profile).render()).append('\n');
    report.append(profile.mostContestedFirst().head().explanation()).append('\n');
    for (Violation check : profile.checks()) {
      report.append("Check: ").append(check).append('\n');
    }
    return report.toString();
  }

  /**
   * The readiness section: a survey's factor table with bands, and a community readiness
   * assessment's stages.
   *
   * @param survey a survey, scored with the default rules
   * @param assessment a Community Readiness assessment
   * @return the section
   */
  public static String readiness(Survey survey, ReadinessAssessment assessment) {
    StringBuilder report = new StringBuilder("\nReadiness\n\n");
    SurveyScore score = SurveyScoring.withDefaults().score(survey);
    report
        .append(survey.instrument())
        .append(", ")
        .append(score.respondents())
        .append(" respondents (bands: ")
        .append(score.rules().bands())
        .append(")\n\n");
    report.append(TextTables.of(score, survey.instrument()).render());
    List<FactorScore> concerns = score.inBand(Band.CONCERN);
    if (!concerns.isEmpty()) {
      report.append("\nAddress first: ").append(concerns.head().explanation()).append('\n');
    }

    CommunityReadinessScore readiness = StageScoring.score(assessment);
    report
        .append("\nCommunity readiness for ")
        .append(assessment.issue())
        .append(" (")
        .append(assessment.model())
        .append(", ")
        .append(assessment.interviews().size())
        .append(" interviews), lowest dimensions first\n\n");
    report.append(TextTables.of(readiness).render()).append('\n').append(readiness.explanation()).append('\n');
    return report.toString();
  }

  /**
   * The shared-measures section: a Clear Impact style scorecard with progress status; each
   * period's value with its confidence interval, reliability flag and coverage (who reported);
   * how each comparison was made (matched on the partners reporting in both periods, who was left
   * out, and whether the change exceeds its uncertainty); and the share of indicators improving.
   *
   * @param scorecard the scorecard
   * @return the section
   */
  public static String scorecard(Scorecard scorecard) {
    StringBuilder report = new StringBuilder("\nShared measures: ").append(scorecard.name()).append("\n\n");
    report.append(TextTables.of(scorecard).render()).append('\n');
    report.append("Values, their 95 % intervals and who reported\n\n");
    report.append(TextTables.values(scorecard).render()).append('\n');
    report.append("How the comparisons were made\n\n");
    report.append(TextTables.comparisons(scorecard).render()).append('\n');
    report.append("† not every expected partner reported; see coverage.\n");
    report.append("* flagged unreliable by the NCHS rule (fewer than 20 events, relative standard error above 30 %, "
        + "or a proportion from fewer than 30). Changes are compared on the partners reporting in both periods; "
        + "a change within its uncertainty (Newcombe's interval for proportions, the exact conditional Poisson test "
        + "for counts, 95 %) is neither improving nor worsening.\n\n");
    for (ScorecardRow row : scorecard.rows().take(1)) {
      report.append(row.explanation()).append("\n\n");
    }
    report.append(scorecard.explanation()).append('\n');
    return report.toString();
  }

  /**
   * The disaggregation section: graduation by income from student records, with gaps to the
   * reference group and the distance to the common target, a published table of graduates by
   * partner and home language with its small cells suppressed, and the disclosure audit of that
   * table: the interval an attacker can derive for each hidden entry from everything published,
   * and whether it protects the entry.
   *
   * @param partial the aggregated student records
   * @return the section
   */
  public static String disaggregation(MeasurePartial partial) {
    StringBuilder report = new StringBuilder("\nGraduation by income (")
        .append(partial.totalRecords()).append(" student records)\n\n");
    DisaggregatedIndicator byIncome =
        Disaggregation.of(partial, "grad-rate", List.of("income"), TreeMap.of("income", "not low"));
    report.append(TextTables.of(byIncome).render()).append('\n').append(byIncome.explanation()).append("\n\n");

    MeasureLayout layout = partial.layout();
    List<String> partners = layout.partners().values();
    List<String> languages = layout.dimensions().find(d -> d.name().equals("language")).get().groups().values();
    Period latest = layout.periods().values().last();
    double[][] graduates = new double[partners.size()][languages.size()];
    long[][] students = new long[partners.size()][languages.size()];
    for (int c = 0; c < partial.cells(); c++) {
      int[] codes = partial.codes(c);
      if (layout.periods().value(codes[1]).equals(latest)) {
        graduates[codes[2]][codes[4]] += ExactSum.ofTerms(partial.numeratorTerms(c)).value();
        students[codes[2]][codes[4]] += partial.records(c);
      }
    }
    CountTable byLanguage = CountTable.of(partners, languages, graduates, students, true, true);
    SuppressedTable published = SmallCellSuppression.apply(byLanguage, SuppressionRule.DEFAULT);
    report.append("Graduates by partner and home language, ").append(latest).append(", as published\n\n");
    report.append(TextTables.of(published, "partner").render()).append('\n');
    for (PublishedCell cell : published.entries().filter(e -> e.suppression().isDefined())) {
      report.append(cell.suppression().get() == Suppression.PRIMARY ? "  * " : "  + ")
          .append(cell.row()).append(" × ").append(cell.column()).append(": ").append(cell.reason()).append('\n');
    }
    report.append(published.explanation()).append('\n');
    report.append(audit(DisclosureAudit.of(byLanguage, SuppressionRule.DEFAULT, published)));
    return report.toString();
  }

  /**
   * The audit of a published table, for the publisher (it shows true values): each hidden entry
   * with the interval an attacker can derive for it from everything published, the protection it
   * needs, and the verdict.
   *
   * @param audit the audit
   * @return the section's part
   */
  static String audit(DisclosureAudit audit) {
    StringBuilder report = new StringBuilder("\nDisclosure audit of the published table (for the publisher: it shows true values)\n\n");
    report.append(TextTables.of(audit).render()).append('\n').append(audit.explanation()).append('\n');
    return report.toString();
  }
}
