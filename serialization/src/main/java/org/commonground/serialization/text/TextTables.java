// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.text;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.measure.Polarity;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.relationship.PartnerRatings;
import org.commonground.scoring.alignment.DimensionAlignment;
import org.commonground.scoring.alignment.FrameworkProfile;
import org.commonground.scoring.measure.CommunityValue;
import org.commonground.scoring.measure.Comparison;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.GroupSeries;
import org.commonground.scoring.measure.GroupValue;
import org.commonground.scoring.measure.Scorecard;
import org.commonground.scoring.measure.ScorecardRow;
import org.commonground.scoring.measure.Trend;
import org.commonground.scoring.measure.Uncertainty;
import org.commonground.scoring.readiness.CommunityReadinessScore;
import org.commonground.scoring.readiness.DimensionStage;
import org.commonground.scoring.readiness.FactorScore;
import org.commonground.scoring.readiness.LadderPosition;
import org.commonground.scoring.readiness.LadderProfile;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.relationship.AsymmetricPair;
import org.commonground.scoring.relationship.LevelShare;
import org.commonground.scoring.relationship.MemberMeasures;
import org.commonground.scoring.relationship.NetworkMeasures;
import org.commonground.scoring.relationship.PartnerRatingSummary;
import org.commonground.scoring.suppression.AuditedEntry;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.DisclosureAudit;
import org.commonground.scoring.suppression.Hierarchy;
import org.commonground.scoring.suppression.PublishedCell;
import org.commonground.scoring.suppression.SuppressedTable;
import org.commonground.scoring.suppression.Suppression;

/**
 * The full text table of each result: one overload of {@code of} per result type, each giving a
 * {@link TextTable} whose {@link TextTable#render() render()} (and {@code toString()}) is the
 * aligned table. A result's own {@code toString()} is a one-line summary; this is the whole of it.
 *
 * <pre>{@code
 * Scorecard scorecard = Scorecards.of(observations, reporters);
 * System.out.println(scorecard);
 * // Scorecard "Eastside shared measures": 4 indicators, 4 of 4 comparable improving (100 %), proof point met
 * System.out.print(TextTables.of(scorecard));         // indicator  better  prior  current  target  ...
 * System.out.print(TextTables.values(scorecard));     // each period's value, its 95 % interval, coverage
 * CountTable counts = CountTable.of(List.of("lincoln-hs", "youth-works"), List.of("en", "so"),
 *     new double[][] {{212, 4}, {118, 15}}, new long[][] {{250, 5}, {140, 20}}, true, true);
 * System.out.print(TextTables.of(SmallCellSuppression.apply(counts, SuppressionRule.DEFAULT), "partner"));
 * // partner      en   so  total
 * // -----------  ---  --  -----
 * // lincoln-hs   +    *   216
 * // ...
 * }</pre>
 *
 * <p>Numbers are written with {@link Locale#ROOT}: means and agreements to two places, values and
 * gaps to one; a missing number is {@code -}. Every method is pure and thread-safe.
 */
public final class TextTables {

  private TextTables() {}

  /**
   * A scorecard, one row per indicator: which way is better, the prior and current values with
   * their periods, the target in force (or the next one), the variance from it, the change since
   * the baseline, the trend and the progress status. A value flagged {@code *} is unreliable; one
   * flagged {@code †} lacks an expected partner.
   *
   * @param scorecard the scorecard
   * @return the table
   */
  public static TextTable of(Scorecard scorecard) {
    TextTable table =
        TextTable.of("indicator", "better", "prior", "current", "target", "vs target", "since baseline", "trend", "progress");
    for (ScorecardRow row : scorecard.rows()) {
      table =
          table.row(
              row.indicator().name() + " (" + row.indicator().unit() + ")",
              row.indicator().polarity() == Polarity.HIGHER_IS_BETTER ? "higher" : "lower",
              row.prior().map(v -> oneDecimal(v.value()) + flag(v) + " " + v.period()).getOrElse("-"),
              row.current().map(v -> oneDecimal(v.value()) + flag(v) + " " + v.period()).getOrElse("-"),
              row.currentTarget().orElse(row.nextTarget()).map(t -> oneDecimal(t.value()) + " " + t.period()).getOrElse("-"),
              row.varianceFromTarget().map(TextTables::signedPercent).getOrElse("-"),
              row.baselineChange().map(TextTables::signedPercent).getOrElse("-"),
              row.trend().map(Trend::toString).getOrElse("-"),
              row.progress().status());
    }
    return table;
  }

  /**
   * A scorecard's values, one row per indicator and period: the value (flagged as in {@link
   * #of(Scorecard)}), its confidence interval with the method, its reliability and who reported.
   *
   * @param scorecard the scorecard
   * @return the table
   */
  public static TextTable values(Scorecard scorecard) {
    TextTable table = TextTable.of("indicator", "period", "value", "95 % interval", "reliability", "coverage");
    for (ScorecardRow row : scorecard.rows()) {
      for (CommunityValue v : row.series()) {
        Uncertainty u = v.uncertainty(row.options());
        table = table.row(row.indicator().name(), v.period(), oneDecimal(v.value()) + flag(v),
            u.interval().map(ci -> "[" + oneDecimal(ci.lower()) + ", " + oneDecimal(ci.upper()) + "] " + ci.method().label())
                .getOrElse("-"),
            u.reliability().map(r -> r.isReliable() ? "ok" : "unreliable: " + r.concerns().map(
                c -> words(c.name())).mkString(", ")).getOrElse("-"),
            v.coverage());
      }
    }
    return table;
  }

  /**
   * How a scorecard's comparisons were made, one row per indicator for the change since the
   * baseline and the latest change: the periods, the partners compared on and those left out, the
   * change, its test and the verdict.
   *
   * @param scorecard the scorecard
   * @return the table
   */
  public static TextTable comparisons(Scorecard scorecard) {
    TextTable table = TextTable.of("indicator", "compared", "on partners", "left out", "change", "test", "verdict");
    for (ScorecardRow row : scorecard.rows()) {
      for (Comparison c : row.baselineComparison().toList().appendAll(row.changes().lastOption())) {
        List<String> leftOut = c.onlyInFrom().appendAll(c.onlyInTo());
        table = table.row(
            row.indicator().name(),
            c.fromPeriod() + " → " + c.toPeriod(),
            c.partners().isEmpty() ? "(stated baseline)" : c.partners().mkString(", "),
            leftOut.isEmpty() ? "-" : leftOut.mkString(", "),
            c.change().map(d -> (d > 0 ? "+" : "") + oneDecimal(d)).getOrElse("not compared"),
            c.test().map(t -> t.pValue().map(p -> p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p))
                .getOrElse(t.exceedsUncertainty() ? "interval excludes 0" : "interval includes 0"))
                .getOrElse(c.comparable() ? "not tested" : "-"),
            c.judgement().map(j -> words(j.name())).getOrElse("-"));
      }
    }
    return table;
  }

  /**
   * A survey's factors, in the instrument's order, with each factor's category id; {@link
   * #of(SurveyScore, Instrument)} names the categories.
   *
   * @param score the survey's score
   * @return the table
   */
  public static TextTable of(SurveyScore score) {
    return factors(score, id -> id);
  }

  /**
   * A survey's factors, in the instrument's order: the category's name, the factor, its mean,
   * standard deviation, respondents, Cronbach's alpha and band with its action (or why it has
   * none).
   *
   * @param score the survey's score
   * @param instrument the instrument scored, for its categories' names
   * @return the table
   */
  public static TextTable of(SurveyScore score, Instrument instrument) {
    return factors(score, id -> instrument.categories().find(c -> c.id().equals(id)).map(c -> c.name()).getOrElse(id));
  }

  private static TextTable factors(SurveyScore score, java.util.function.Function<String, String> category) {
    TextTable table = TextTable.of("category", "factor", "score", "sd", "n", "alpha", "band");
    for (FactorScore f : score.factors()) {
      table =
          table.row(
              category.apply(f.factor().category()),
              f.factor().name(),
              f.mean().map(TextTables::twoPlaces).getOrElse("-"),
              f.standardDeviation().map(TextTables::twoPlaces).getOrElse("-"),
              f.respondents(),
              f.alpha().map(TextTables::twoPlaces).getOrElse("-"),
              f.band().map(b -> b + " (" + b.action() + ")").getOrElse(f.status().toString()));
    }
    return table;
  }

  /**
   * A community readiness score, lowest dimension first: each dimension's score, stage and how
   * often its two scorers agreed, then the overall score and stage.
   *
   * @param score the score
   * @return the table
   */
  public static TextTable of(CommunityReadinessScore score) {
    TextTable table = TextTable.of("dimension", "score", "stage", "scorers agreed");
    for (DimensionStage d : score.lowestFirst()) {
      table =
          table.row(
              d.dimension().name(),
              twoPlaces(d.score()),
              d.stage(),
              String.format(Locale.ROOT, "%.0f%% (within one: %.0f%%)", d.exactAgreement() * 100, d.agreementWithinOne() * 100));
    }
    return table.row("overall", twoPlaces(score.score()), score.stage(), "");
  }

  /**
   * A ladder's positions: each respondent's highest step checked and the steps skipped below it.
   *
   * @param profile the profile
   * @return the table
   */
  public static TextTable of(LadderProfile profile) {
    TextTable table = TextTable.of("respondent", "highest step", "skipped");
    for (LadderPosition p : profile.positions()) {
      table = table.row(p.respondent(), p.highest().getOrElse("-"), p.skipped().isEmpty() ? "-" : p.skipped().mkString(", "));
    }
    return table;
  }

  /**
   * A framework profile, most contested dimension first: each dimension's mean, median, agreement
   * (r_wg), raters, alignment class and the raters furthest from the group.
   *
   * @param profile the profile
   * @return the table
   */
  public static TextTable of(FrameworkProfile profile) {
    TextTable table = TextTable.of("dimension", "mean", "median", "r_wg", "n", "class", "furthest from the group");
    for (DimensionAlignment d : profile.mostContestedFirst()) {
      table =
          table.row(
              d.dimension().name(),
              d.mean().map(TextTables::twoPlaces).getOrElse("-"),
              d.median().map(TextTables::oneDecimal).getOrElse("-"),
              d.agreement().map(TextTables::twoPlaces).getOrElse("undefined"),
              d.raters(),
              d.alignmentClass(),
              d.furthest().isEmpty() ? "-" : d.furthest().mkString(", "));
    }
    return table;
  }

  /**
   * A partner network's members: assessments received, mean trust and value, degree, closeness and
   * harmonic closeness.
   *
   * @param measures the network's measures
   * @return the table
   */
  public static TextTable of(NetworkMeasures measures) {
    TextTable table = TextTable.of("member", "assessed by", "trust", "value", "degree", "closeness", "harmonic");
    for (MemberMeasures m : measures.members()) {
      table = table.row(m.member(), m.assessmentsReceived(), m.trust().map(TextTables::twoPlaces).getOrElse("-"),
          m.value().map(TextTables::twoPlaces).getOrElse("-"), m.degree(), twoPlaces(m.closeness()),
          twoPlaces(m.harmonicCloseness()));
    }
    return table;
  }

  /**
   * How members rate each other, as a matrix: rows rate columns, each cell the level's rank and
   * id, {@code -} where a member did not rate.
   *
   * @param ratings the ratings
   * @return the table
   */
  public static TextTable of(PartnerRatings ratings) {
    List<String> members = ratings.members();
    TextTable table = TextTable.of(List.of("").appendAll(members).toJavaArray(String[]::new));
    for (String rater : members) {
      table = table.row(List.<Object>of(rater).appendAll(members.map(partner -> rater.equals(partner) ? "" :
          ratings.level(rater, partner).map(l -> l.rank() + " " + l.id()).getOrElse("-"))).toJavaArray());
    }
    return table;
  }

  /**
   * The Levels of Collaboration Scale's summary: how many rated ties are at each level and their
   * share; {@link #asymmetricPairs} lists the pairs who see their tie differently.
   *
   * @param summary the summary
   * @return the table
   */
  public static TextTable of(PartnerRatingSummary summary) {
    TextTable table = TextTable.of("level", "ties", "share");
    for (LevelShare s : summary.levelShares()) {
      table = table.row(s.level().rank() + " " + s.level().name(), s.ties(), percent(s.share()));
    }
    return table;
  }

  /**
   * The pairs of members who rate their tie at different levels: how each rates the other and
   * the difference in ranks.
   *
   * @param summary the summary
   * @return the table, with no rows when every pair agrees
   */
  public static TextTable asymmetricPairs(PartnerRatingSummary summary) {
    TextTable table = TextTable.of("first", "second", "first rates second", "second rates first", "difference");
    for (AsymmetricPair pair : summary.asymmetricPairs()) {
      table = table.row(pair.first(), pair.second(), pair.firstRatesSecond().rank() + " " + pair.firstRatesSecond().name(),
          pair.secondRatesFirst().rank() + " " + pair.secondRatesFirst().name(), pair.difference());
    }
    return table;
  }

  /**
   * A disaggregated indicator: each group's value per period with its interval and records, the
   * gap to the reference group and whether it exceeds its uncertainty, the ratio, the distance to
   * the shared target and, on the latest period, the gap's trend.
   *
   * @param indicator the disaggregated indicator
   * @return the table
   */
  public static TextTable of(DisaggregatedIndicator indicator) {
    TextTable table = TextTable.of(
        "group", "period", "rate", "95 % interval", "students", "gap", "gap beyond noise", "ratio", "to target", "gap trend");
    for (GroupSeries series : indicator.groups()) {
      for (GroupValue v : series.values()) {
        table =
            table.row(
                series.group().values().mkString(", "),
                v.period(),
                oneDecimal(v.value()) + (v.uncertainty().flagged() ? "*" : ""),
                v.uncertainty().interval().map(ci -> "[" + oneDecimal(ci.lower()) + ", " + oneDecimal(ci.upper()) + "]")
                    .getOrElse("-"),
                v.records(),
                v.gap().map(TextTables::oneDecimal).getOrElse("-"),
                v.gapTest().map(t -> t.exceedsUncertainty() ? "yes" : "no").getOrElse("-"),
                v.gapRatio().map(TextTables::twoPlaces).getOrElse("-"),
                v.distanceToTarget().map(TextTables::oneDecimal).getOrElse("-"),
                v.period().equals(series.values().last().period())
                    ? series.gapTrend().map(Object::toString).getOrElse("reference") : "");
      }
    }
    return table;
  }

  /**
   * A count table. A two-way table is a grid headed by its first dimension's name, with a total
   * column and a total row; any other shape is one row per cell of its categories.
   *
   * @param table the table
   * @return the text table
   */
  public static TextTable of(CountTable table) {
    List<Hierarchy> dimensions = table.dimensions();
    if (dimensions.size() == 2) {
      List<String> rows = dimensions.head().categories();
      List<String> columns = dimensions.last().categories();
      TextTable text = TextTable.of(List.of(dimensions.head().name()).appendAll(columns).append("total").toJavaArray(String[]::new));
      for (String r : rows) {
        List<Double> values = columns.map(c -> table.value(List.of(r, c)));
        text = text.row(List.<Object>of(r).appendAll(values.map(TextTables::count))
            .append(count(values.sum().doubleValue())).toJavaArray());
      }
      List<Double> totals = columns.map(c -> rows.map(r -> table.value(List.of(r, c))).sum().doubleValue());
      return text.row(List.<Object>of("total").appendAll(totals.map(TextTables::count))
          .append(count(totals.sum().doubleValue())).toJavaArray());
    }
    TextTable text = TextTable.of(dimensions.map(Hierarchy::name).append("value").toJavaArray(String[]::new));
    List<List<String>> cells = List.of(List.empty());
    for (Hierarchy dimension : dimensions) {
      cells = cells.flatMap(prefix -> dimension.categories().map(prefix::append));
    }
    for (List<String> codes : cells) {
      text = text.row(List.<Object>ofAll(codes).append(count(table.value(codes))).toJavaArray());
    }
    return text;
  }

  /**
   * A published table as readers see it, with a blank corner: see {@link #of(SuppressedTable,
   * String)}.
   *
   * @param table the published table
   * @return the text table
   */
  public static TextTable of(SuppressedTable table) {
    return of(table, "");
  }

  /**
   * A published table as readers see it: {@code *} where a cell is suppressed for being small (or
   * dominated), {@code +} where it is suppressed to protect another. A two-way table is a grid with
   * its published totals; any other shape is one row per entry.
   *
   * @param table the published table
   * @param corner the heading of the row labels, as {@code partner}
   * @return the text table
   */
  public static TextTable of(SuppressedTable table, String corner) {
    if (table.codes().size() != 2) {
      TextTable text = TextTable.of("entry", "published", "reason");
      for (PublishedCell cell : table.entries()) {
        text = text.row(cell.codes().mkString(" × "), shown(cell), cell.suppression().isDefined() ? cell.reason() : "");
      }
      return text;
    }
    List<String> rows = table.codes().head().take(table.categories().head());
    List<String> columns = table.codes().last().take(table.categories().last());
    boolean rowTotals = !table.rowTotals().isEmpty();
    List<String> header = List.of(corner).appendAll(columns);
    TextTable text = TextTable.of((rowTotals ? header.append("total") : header).toJavaArray(String[]::new));
    for (int i = 0; i < rows.size(); i++) {
      List<Object> row = List.<Object>of(rows.get(i)).appendAll(table.cells().get(i).map(TextTables::shown));
      text = text.row((rowTotals ? row.append(shown(table.rowTotals().get(i))) : row).toJavaArray());
    }
    if (!table.columnTotals().isEmpty()) {
      List<Object> row = List.<Object>of("total").appendAll(table.columnTotals().map(TextTables::shown));
      text = text.row((rowTotals ? row.append(table.grandTotal().map(TextTables::shown).getOrElse("-")) : row).toJavaArray());
    }
    return text;
  }

  /**
   * A disclosure audit, for the publisher (it shows true values): each audited entry with the
   * interval an attacker can derive for it, the protection it needs below and above, and the
   * verdict.
   *
   * @param audit the audit
   * @return the table
   */
  public static TextTable of(DisclosureAudit audit) {
    TextTable table = TextTable.of("entry", "true value", "interval", "needs below / above", "verdict");
    for (AuditedEntry entry : audit.entries()) {
      table = table.row(
          entry.codes().mkString(" × "),
          bound(entry.value()),
          "[" + bound(entry.lower()) + ", " + bound(entry.upper()) + "]",
          entry.sensitive() ? bound(entry.requiredBelow()) + " / " + bound(entry.requiredAbove()) : "-",
          verdict(entry));
    }
    return table;
  }

  private static String verdict(AuditedEntry entry) {
    if (!entry.hidden()) {
      return "sensitive but shown";
    }
    if (entry.exactlyRecovered()) {
      return "recovered exactly";
    }
    if (!entry.protectedEnough()) {
      return "under-protected";
    }
    return entry.sensitive() ? "protected" : "not recoverable";
  }

  private static String flag(CommunityValue value) {
    return (value.uncertainty().flagged() ? "*" : "") + (value.complete() ? "" : "†");
  }

  private static String bound(double value) {
    if (value == Double.POSITIVE_INFINITY) {
      return "∞";
    }
    return value == Math.rint(value) ? String.valueOf(Math.round(value)) : oneDecimal(value);
  }

  private static String count(double value) {
    return value == Math.rint(value) ? String.valueOf(Math.round(value)) : twoPlaces(value);
  }

  private static String shown(PublishedCell cell) {
    return cell.value().map(TextTables::count)
        .getOrElse(() -> cell.suppression().get() == Suppression.PRIMARY ? "*" : "+");
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String twoPlaces(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
  }

  private static String signedPercent(double fraction) {
    return String.format(Locale.ROOT, "%+.1f %%", fraction * 100);
  }
}
