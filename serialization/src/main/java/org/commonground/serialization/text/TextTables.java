// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.text;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.measure.Polarity;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.relationship.PartnerRatings;
import org.commonground.core.validation.Message;
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
import org.commonground.scoring.relationship.LevelMeasures;
import org.commonground.scoring.relationship.LevelShare;
import org.commonground.scoring.relationship.MeasureChange;
import org.commonground.scoring.relationship.MemberChange;
import org.commonground.scoring.relationship.MemberMeasures;
import org.commonground.scoring.relationship.NetworkChange;
import org.commonground.scoring.relationship.NetworkMeasure;
import org.commonground.scoring.relationship.NetworkMeasures;
import org.commonground.scoring.relationship.PartnerRatingSummary;
import org.commonground.scoring.relationship.TieChange;
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

  /** The words of the tables, rendered in each table's language. */
  private static final Message HIGHER = Message.of("serialization.text.higher");
  private static final Message INTERVAL_EXCLUDES = Message.of("serialization.text.intervalExcludes");
  private static final Message INTERVAL_INCLUDES = Message.of("serialization.text.intervalIncludes");
  private static final Message LOWER = Message.of("serialization.text.lower");
  private static final Message NO = Message.of("serialization.text.no");
  private static final Message NOT_COMPARED = Message.of("serialization.text.notCompared");
  private static final Message NOT_TESTED = Message.of("serialization.text.notTested");
  private static final Message OK = Message.of("serialization.text.ok");
  private static final Message OVERALL = Message.of("serialization.text.overall");
  private static final Message REFERENCE = Message.of("serialization.text.reference");
  private static final Message STATED_BASELINE = Message.of("serialization.text.statedBaseline");
  private static final Message TOTAL = Message.of("serialization.text.total");
  private static final Message UNDEFINED = Message.of("serialization.text.undefined");
  private static final Message YES = Message.of("serialization.text.yes");

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
    return of(scorecard, Locale.ROOT);
  }

  /**
   * {@link #of(Scorecard)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param scorecard the scorecard
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(Scorecard scorecard, Locale locale) {
    TextTable table =
        TextTable.of(locale,
            Message.of("serialization.text.column.indicator"),
            Message.of("serialization.text.column.better"),
            Message.of("serialization.text.column.prior"),
            Message.of("serialization.text.column.current"),
            Message.of("serialization.text.column.target"),
            Message.of("serialization.text.column.vsTarget"),
            Message.of("serialization.text.column.sinceBaseline"),
            Message.of("serialization.text.column.trend"),
            Message.of("serialization.text.column.progress"));
    for (ScorecardRow row : scorecard.rows()) {
      table =
          table.row(
              row.indicator().name() + " (" + row.indicator().unit() + ")",
              row.indicator().polarity() == Polarity.HIGHER_IS_BETTER ? HIGHER : LOWER,
              row.prior().map(v -> oneDecimal(v.value()) + flag(v) + " " + v.period()).getOrElse("-"),
              row.current().map(v -> oneDecimal(v.value()) + flag(v) + " " + v.period()).getOrElse("-"),
              row.currentTarget().orElse(row.nextTarget()).map(t -> oneDecimal(t.value()) + " " + t.period()).getOrElse("-"),
              row.varianceFromTarget().map(TextTables::signedPercent).getOrElse("-"),
              row.baselineChange().map(TextTables::signedPercent).getOrElse("-"),
              row.trend().<Object>map(Trend::message).getOrElse("-"),
              row.progress().status().label());
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
    return values(scorecard, Locale.ROOT);
  }

  /**
   * {@link #values(Scorecard)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param scorecard the scorecard
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable values(Scorecard scorecard, Locale locale) {
    TextTable table = TextTable.of(locale,
        Message.of("serialization.text.column.indicator"),
        Message.of("serialization.text.column.period"),
        Message.of("serialization.text.column.value"),
        Message.of("serialization.text.column.interval95"),
        Message.of("serialization.text.column.reliability"),
        Message.of("serialization.text.column.coverage"));
    for (ScorecardRow row : scorecard.rows()) {
      for (CommunityValue v : row.series()) {
        Uncertainty u = v.uncertainty(row.options());
        table = table.row(row.indicator().name(), v.period(), oneDecimal(v.value()) + flag(v),
            u.interval().map(ci -> "[" + oneDecimal(ci.lower()) + ", " + oneDecimal(ci.upper()) + "] " + ci.method().label())
                .getOrElse("-"),
            u.reliability().<Object>map(r -> r.isReliable() ? OK : Message.of("serialization.text.unreliable",
                Message.join("core.text.comma", r.concerns().map(c -> c.label())))).getOrElse("-"),
            v.coverageMessage());
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
    return comparisons(scorecard, Locale.ROOT);
  }

  /**
   * {@link #comparisons(Scorecard)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param scorecard the scorecard
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable comparisons(Scorecard scorecard, Locale locale) {
    TextTable table = TextTable.of(locale,
        Message.of("serialization.text.column.indicator"),
        Message.of("serialization.text.column.compared"),
        Message.of("serialization.text.column.onPartners"),
        Message.of("serialization.text.column.leftOut"),
        Message.of("serialization.text.column.change"),
        Message.of("serialization.text.column.test"),
        Message.of("serialization.text.column.verdict"));
    for (ScorecardRow row : scorecard.rows()) {
      for (Comparison c : row.baselineComparison().toList().appendAll(row.changes().lastOption())) {
        List<String> leftOut = c.onlyInFrom().appendAll(c.onlyInTo());
        table = table.row(
            row.indicator().name(),
            c.fromPeriod() + " → " + c.toPeriod(),
            c.partners().isEmpty() ? STATED_BASELINE : c.partners().mkString(", "),
            leftOut.isEmpty() ? "-" : leftOut.mkString(", "),
            c.change().<Object>map(d -> (d > 0 ? "+" : "") + oneDecimal(d)).getOrElse(NOT_COMPARED),
            c.test().<Object>map(t -> t.pValue().<Object>map(p -> p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p))
                .getOrElse(t.exceedsUncertainty() ? INTERVAL_EXCLUDES : INTERVAL_INCLUDES))
                .getOrElse(c.comparable() ? NOT_TESTED : "-"),
            c.judgement().<Object>map(Trend.Judgement::label).getOrElse("-"));
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
    return of(score, Locale.ROOT);
  }

  /**
   * {@link #of(SurveyScore)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param score the survey's score
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(SurveyScore score, Locale locale) {
    return factors(score, id -> id, locale);
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
    return of(score, instrument, Locale.ROOT);
  }

  /**
   * {@link #of(SurveyScore, Instrument)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param score the survey's score
   * @param instrument the instrument scored, for its categories' names
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(SurveyScore score, Instrument instrument, Locale locale) {
    return factors(score, id -> instrument.categories().find(c -> c.id().equals(id)).map(c -> c.name()).getOrElse(id),
        locale);
  }

  private static TextTable factors(SurveyScore score, java.util.function.Function<String, String> category, Locale locale) {
    TextTable table = TextTable.of(locale,
        Message.of("serialization.text.column.category"),
        Message.of("serialization.text.column.factor"),
        Message.of("serialization.text.column.score"),
        Message.of("serialization.text.column.sd"),
        Message.of("serialization.text.column.n"),
        Message.of("serialization.text.column.alpha"),
        Message.of("serialization.text.column.band"));
    for (FactorScore f : score.factors()) {
      table =
          table.row(
              category.apply(f.factor().category()),
              f.factor().name(),
              f.mean().map(TextTables::twoPlaces).getOrElse("-"),
              f.standardDeviation().map(TextTables::twoPlaces).getOrElse("-"),
              f.respondents(),
              f.alpha().map(TextTables::twoPlaces).getOrElse("-"),
              f.band().<Object>map(b -> Message.of("serialization.text.bandAction", b.label(), b.actionMessage()))
                  .getOrElse(f.status().toString()));
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
    return of(score, Locale.ROOT);
  }

  /**
   * {@link #of(CommunityReadinessScore)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param score the score
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(CommunityReadinessScore score, Locale locale) {
    TextTable table = TextTable.of(locale,
        Message.of("serialization.text.column.dimension"),
        Message.of("serialization.text.column.score"),
        Message.of("serialization.text.column.stage"),
        Message.of("serialization.text.column.scorersAgreed"));
    for (DimensionStage d : score.lowestFirst()) {
      table =
          table.row(
              d.dimension().name(),
              twoPlaces(d.score()),
              d.stage().label(),
              Message.of("serialization.text.agreement", String.format(Locale.ROOT, "%.0f", d.exactAgreement() * 100),
                  String.format(Locale.ROOT, "%.0f", d.agreementWithinOne() * 100)));
    }
    return table.row(OVERALL, twoPlaces(score.score()), score.stage().label(), "");
  }

  /**
   * A ladder's positions: each respondent's highest step checked and the steps skipped below it.
   *
   * @param profile the profile
   * @return the table
   */
  public static TextTable of(LadderProfile profile) {
    return of(profile, Locale.ROOT);
  }

  /**
   * {@link #of(LadderProfile)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param profile the profile
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(LadderProfile profile, Locale locale) {
    TextTable table = TextTable.of(locale,
        Message.of("serialization.text.column.respondent"),
        Message.of("serialization.text.column.highestStep"),
        Message.of("serialization.text.column.skipped"));
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
    return of(profile, Locale.ROOT);
  }

  /**
   * {@link #of(FrameworkProfile)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param profile the profile
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(FrameworkProfile profile, Locale locale) {
    TextTable table = TextTable.of(locale,
        Message.of("serialization.text.column.dimension"),
        Message.of("serialization.text.column.mean"),
        Message.of("serialization.text.column.median"),
        Message.of("serialization.text.column.rWg"),
        Message.of("serialization.text.column.n"),
        Message.of("serialization.text.column.class"),
        Message.of("serialization.text.column.furthestFromTheGroup"));
    for (DimensionAlignment d : profile.mostContestedFirst()) {
      table =
          table.row(
              d.dimension().name(),
              d.mean().map(TextTables::twoPlaces).getOrElse("-"),
              d.median().map(TextTables::oneDecimal).getOrElse("-"),
              d.agreement().<Object>map(TextTables::twoPlaces).getOrElse(UNDEFINED),
              d.raters(),
              d.alignmentClass().label(),
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
    return of(measures, Locale.ROOT);
  }

  /**
   * {@link #of(NetworkMeasures)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param measures the network's measures
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(NetworkMeasures measures, Locale locale) {
    TextTable table = TextTable.of(locale,
        Message.of("serialization.text.column.member"),
        Message.of("serialization.text.column.assessedBy"),
        Message.of("serialization.text.column.trust"),
        Message.of("serialization.text.column.value"),
        Message.of("serialization.text.column.degree"),
        Message.of("serialization.text.column.closeness"),
        Message.of("serialization.text.column.harmonic"));
    for (MemberMeasures m : measures.members()) {
      table = table.row(m.member(), m.assessmentsReceived(), m.trust().map(TextTables::twoPlaces).getOrElse("-"),
          m.value().map(TextTables::twoPlaces).getOrElse("-"), m.degree(), twoPlaces(m.closeness()),
          twoPlaces(m.harmonicCloseness()));
    }
    return table;
  }

  /**
   * A partner network's members in its structure: normalized betweenness, in- and out-degree
   * (directed), the share of their ties returned, and whether each is a broker or an isolate.
   *
   * <pre>{@code
   * TextTables.structure(NetworkScoring.score(network)).render();
   * }</pre>
   *
   * @param measures the network's measures
   * @return the table, one row per member
   */
  public static TextTable structure(NetworkMeasures measures) {
    TextTable table = TextTable.of("member", "betweenness", "in", "out", "returned", "broker", "isolate");
    for (MemberMeasures m : measures.members()) {
      table = table.row(m.member(), twoPlaces(m.betweenness()), m.inDegree(), m.outDegree(),
          m.reciprocatedShare().map(TextTables::percent).getOrElse("-"), m.broker() ? "yes" : "", m.isolate() ? "yes" : "");
    }
    return table;
  }

  /**
   * A rated partner network read at each level of its continuum as the tie threshold: ties,
   * density, directed density, components, brokers and isolates.
   *
   * @param measures the network's measures
   * @return the table, one row per level, lowest first; no rows for a network without a continuum
   */
  public static TextTable levels(NetworkMeasures measures) {
    TextTable table = TextTable.of("at or above", "ties", "density", "directed", "components", "brokers", "isolates");
    for (LevelMeasures l : measures.levels()) {
      table = table.row(l.level().rank() + " " + l.level().name(), l.ties(), twoPlaces(l.density()),
          l.directedDensity().map(TextTables::twoPlaces).getOrElse("-"), l.components(),
          l.brokers().isEmpty() ? "-" : l.brokers().mkString(", "), l.isolates().isEmpty() ? "-" : l.isolates().mkString(", "));
    }
    return table;
  }

  /**
   * The network measures of two rounds side by side: each measure, whether it treats ties as
   * directed, its value before and after, and the difference.
   *
   * <pre>{@code
   * TextTables.of(NetworkScoring.compare(firstYear, secondYear)).render();
   * }</pre>
   *
   * @param change the change
   * @return the table, one row per network measure
   */
  public static TextTable of(NetworkChange change) {
    TextTable table = TextTable.of("measure", "ties", "before", "after", "change");
    for (MeasureChange c : change.network()) {
      table = table.row(c.measure(), c.measure().directed() ? "directed" : "undirected",
          figure(c.measure(), c.before()), figure(c.measure(), c.after()),
          c.difference().map(d -> String.format(Locale.ROOT, c.measure().count() ? "%+.0f" : "%+.2f", d)).getOrElse("-"));
    }
    return table;
  }

  /**
   * The ties that changed between two rounds: gained, lost, or rated at another level.
   *
   * @param change the change
   * @return the table, gained first, then lost, then changed; no rows when no tie changed
   */
  public static TextTable ties(NetworkChange change) {
    TextTable table = TextTable.of("tie", "rater", "partner", "before", "after");
    for (TieChange t : change.tiesGained()) {
      table = table.row("gained", t.rater(), t.partner(), level(t.before()), level(t.after()));
    }
    for (TieChange t : change.tiesLost()) {
      table = table.row("lost", t.rater(), t.partner(), level(t.before()), level(t.after()));
    }
    for (TieChange t : change.tiesChangedLevel()) {
      table = table.row("changed", t.rater(), t.partner(), level(t.before()), level(t.after()));
    }
    return table;
  }

  /**
   * Chosen member measures of two rounds side by side, one row per member of either round, each
   * cell {@code before → after}, {@code -} where the member was not in the round.
   *
   * @param change the change
   * @param measures the member measures to show, such as {@link NetworkMeasure#DEGREE}
   * @return the table
   */
  public static TextTable members(NetworkChange change, NetworkMeasure... measures) {
    List<NetworkMeasure> shown = List.of(measures);
    TextTable table = TextTable.of(List.of("member").appendAll(shown.map(NetworkMeasure::toString)).toJavaArray(String[]::new));
    for (MemberChange m : change.members()) {
      table = table.row(List.<Object>of(m.member()).appendAll(shown.map(measure -> m.measure(measure)
          .map(c -> figure(measure, c.before()) + " → " + figure(measure, c.after()))
          .getOrElse(""))).toJavaArray());
    }
    return table;
  }

  /** A count as a whole number, any other measure to two places, {@code -} where undefined. */
  private static String figure(NetworkMeasure measure, io.vavr.control.Option<Double> value) {
    return value.map(v -> measure.count() ? String.format(Locale.ROOT, "%.0f", v) : twoPlaces(v)).getOrElse("-");
  }

  private static String level(io.vavr.control.Option<org.commonground.core.relationship.Level> level) {
    return level.map(l -> l.rank() + " " + l.name()).getOrElse("-");
  }

  /**
   * How members rate each other, as a matrix: rows rate columns, each cell the level's rank and
   * id, {@code -} where a member did not rate.
   *
   * @param ratings the ratings
   * @return the table
   */
  public static TextTable of(PartnerRatings ratings) {
    return of(ratings, Locale.ROOT);
  }

  /**
   * {@link #of(PartnerRatings)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param ratings the ratings
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(PartnerRatings ratings, Locale locale) {
    List<String> members = ratings.members();
    TextTable table =
        TextTable.of(locale, List.of("").appendAll(members).map(Message::literal).toJavaArray(Message[]::new));
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
    return of(summary, Locale.ROOT);
  }

  /**
   * {@link #of(PartnerRatingSummary)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param summary the summary
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(PartnerRatingSummary summary, Locale locale) {
    TextTable table = TextTable.of(locale,
        Message.of("serialization.text.column.level"),
        Message.of("serialization.text.column.ties"),
        Message.of("serialization.text.column.share"));
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
    return asymmetricPairs(summary, Locale.ROOT);
  }

  /**
   * {@link #asymmetricPairs(PartnerRatingSummary)} in a language: its headings and its words in
   * that language; names, ids and numbers as they are.
   *
   * @param summary the summary
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable asymmetricPairs(PartnerRatingSummary summary, Locale locale) {
    TextTable table = TextTable.of(locale,
        Message.of("serialization.text.column.first"),
        Message.of("serialization.text.column.second"),
        Message.of("serialization.text.column.firstRatesSecond"),
        Message.of("serialization.text.column.secondRatesFirst"),
        Message.of("serialization.text.column.difference"));
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
    return of(indicator, Locale.ROOT);
  }

  /**
   * {@link #of(DisaggregatedIndicator)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param indicator the disaggregated indicator
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(DisaggregatedIndicator indicator, Locale locale) {
    TextTable table = TextTable.of(locale,
        Message.of("serialization.text.column.group"),
        Message.of("serialization.text.column.period"),
        Message.of("serialization.text.column.rate"),
        Message.of("serialization.text.column.interval95"),
        Message.of("serialization.text.column.students"),
        Message.of("serialization.text.column.gap"),
        Message.of("serialization.text.column.gapBeyondNoise"),
        Message.of("serialization.text.column.ratio"),
        Message.of("serialization.text.column.toTarget"),
        Message.of("serialization.text.column.gapTrend"));
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
                v.gapTest().<Object>map(t -> t.exceedsUncertainty() ? YES : NO).getOrElse("-"),
                v.gapRatio().map(TextTables::twoPlaces).getOrElse("-"),
                v.distanceToTarget().map(TextTables::oneDecimal).getOrElse("-"),
                v.period().equals(series.values().last().period())
                    ? series.gapTrend().<Object>map(Object::toString).getOrElse(REFERENCE) : "");
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
    return of(table, Locale.ROOT);
  }

  /**
   * {@link #of(CountTable)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param table the table
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(CountTable table, Locale locale) {
    List<Hierarchy> dimensions = table.dimensions();
    if (dimensions.size() == 2) {
      List<String> rows = dimensions.head().categories();
      List<String> columns = dimensions.last().categories();
      TextTable text = TextTable.of(locale, List.of(dimensions.head().name()).appendAll(columns).map(Message::literal)
          .append(TOTAL).toJavaArray(Message[]::new));
      for (String r : rows) {
        List<Double> values = columns.map(c -> table.value(List.of(r, c)));
        text = text.row(List.<Object>of(r).appendAll(values.map(TextTables::count))
            .append(count(values.sum().doubleValue())).toJavaArray());
      }
      List<Double> totals = columns.map(c -> rows.map(r -> table.value(List.of(r, c))).sum().doubleValue());
      return text.row(List.<Object>of(TOTAL).appendAll(totals.map(TextTables::count))
          .append(count(totals.sum().doubleValue())).toJavaArray());
    }
    TextTable text = TextTable.of(locale, dimensions.map(Hierarchy::name).map(Message::literal)
        .append(Message.of("serialization.text.column.value")).toJavaArray(Message[]::new));
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
    return of(table, Locale.ROOT);
  }

  /**
   * {@link #of(SuppressedTable)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param table the published table
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(SuppressedTable table, Locale locale) {
    return of(table, "", locale);
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
    return of(table, corner, Locale.ROOT);
  }

  /**
   * {@link #of(SuppressedTable, String)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param table the published table
   * @param corner the heading of the row labels, as {@code partner}
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(SuppressedTable table, String corner, Locale locale) {
    if (table.codes().size() != 2) {
      TextTable text = TextTable.of(locale,
          Message.of("serialization.text.column.entry"),
          Message.of("serialization.text.column.published"),
          Message.of("serialization.text.column.reason"));
      for (PublishedCell cell : table.entries()) {
        text = text.row(cell.codes().mkString(" × "), shown(cell), cell.suppression().isDefined() ? cell.reason() : "");
      }
      return text;
    }
    List<String> rows = table.codes().head().take(table.categories().head());
    List<String> columns = table.codes().last().take(table.categories().last());
    boolean rowTotals = !table.rowTotals().isEmpty();
    List<String> header = List.of(corner).appendAll(columns);
    List<Message> headings = header.map(Message::literal);
    TextTable text = TextTable.of(locale, (rowTotals ? headings.append(TOTAL) : headings).toJavaArray(Message[]::new));
    for (int i = 0; i < rows.size(); i++) {
      List<Object> row = List.<Object>of(rows.get(i)).appendAll(table.cells().get(i).map(TextTables::shown));
      text = text.row((rowTotals ? row.append(shown(table.rowTotals().get(i))) : row).toJavaArray());
    }
    if (!table.columnTotals().isEmpty()) {
      List<Object> row = List.<Object>of(TOTAL).appendAll(table.columnTotals().map(TextTables::shown));
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
    return of(audit, Locale.ROOT);
  }

  /**
   * {@link #of(DisclosureAudit)} in a language: its headings and its words in that language; names, ids
   * and numbers as they are.
   *
   * @param audit the audit
   * @param locale the language, {@link Locale#ROOT} for English
   * @return the table
   * @throws org.commonground.core.validation.ValidationException if the locale is null
   */
  public static TextTable of(DisclosureAudit audit, Locale locale) {
    TextTable table = TextTable.of(locale,
        Message.of("serialization.text.column.entry"),
        Message.of("serialization.text.column.trueValue"),
        Message.of("serialization.text.column.interval"),
        Message.of("serialization.text.column.needsBelowAbove"),
        Message.of("serialization.text.column.verdict"));
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

  private static Message verdict(AuditedEntry entry) {
    if (!entry.hidden()) {
      return Message.of("serialization.text.verdict.sensitiveButShown");
    }
    if (entry.exactlyRecovered()) {
      return Message.of("serialization.text.verdict.recoveredExactly");
    }
    if (!entry.protectedEnough()) {
      return Message.of("serialization.text.verdict.underProtected");
    }
    return Message.of(entry.sensitive() ? "serialization.text.verdict.protected" : "serialization.text.verdict.notRecoverable");
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
