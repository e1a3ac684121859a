// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.rendering;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;
import org.commonground.core.readiness.Band;
import org.commonground.core.readiness.Bands;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.alignment.AlignmentClass;
import org.commonground.scoring.alignment.AlignmentScoring;
import org.commonground.scoring.alignment.DimensionAlignment;
import org.commonground.scoring.alignment.FrameworkProfile;
import org.commonground.scoring.measure.CommunityValue;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.GroupSeries;
import org.commonground.scoring.measure.GroupValue;
import org.commonground.scoring.measure.ScorecardRow;
import org.commonground.scoring.readiness.FactorScore;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.relationship.MemberMeasures;
import org.commonground.scoring.relationship.NetworkMeasures;
import org.commonground.scoring.uncertainty.ConfidenceInterval;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Charts of Common Ground's results as SVG 1.1 documents, returned as strings: the caller writes
 * them where it likes (a file, an HTML report, an HTTP response). Nothing here does I/O.
 *
 * <p>Every chart is accessible — a {@code <title>} and a {@code <desc>} that gives the data in
 * words, {@code role="img"} with {@code aria-labelledby}, text labels on its axes and marks — and
 * deterministic: the same input gives the same bytes, whatever the default locale. Each mark
 * carries its data as {@code data-*} attributes and a {@code <title>} tooltip. Every label is
 * escaped, and the document holds no scripts, external fonts or stylesheets.
 *
 * <pre>{@code
 * String trend = Charts.trend(scorecard.row("grad").get());
 * String factors = Charts.factors(SurveyScoring.withDefaults().score(survey));
 * String levels = Charts.alignment(AlignmentScoring.withDefaults().profile(ratings));
 * String groups = Charts.groups(Disaggregation.of(partial, "grad", List.of("income"), reference));
 * String picture = Charts.network(partners, NetworkScoring.score(partners));
 * Files.writeString(Path.of("trend.svg"), trend);  // the caller's I/O
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class Charts {

  private static final double WIDTH = 720;
  private static final double LEFT = 70;
  private static final double RIGHT_GUTTER = 200;
  private static final double TOP = 48;
  private static final double BOTTOM = 70;

  private static final String INK = "#1f2933";
  private static final String GRID = "#d9dee3";
  private static final List<String> PALETTE =
      List.of("#1b6ca8", "#d1495b", "#2a9d8f", "#8e5ea2", "#e09f3e", "#5c6b73", "#3d405b", "#7a9e3b");

  private Charts() {}

  // ---------------------------------------------------------------------------------------------
  // Trend

  /**
   * An indicator's values over its periods, against its baseline and its interim and long-term
   * targets, with the confidence band of each value's interval (by the row's options) and the
   * values some expected partners did not report drawn hollow and labelled. Periods without a
   * value between two values are bridged by a dashed line.
   *
   * <pre>{@code
   * String svg = Charts.trend(Scorecards.of(data, partners).row("grad").get());
   * }</pre>
   *
   * @param row a scorecard row
   * @return an SVG 1.1 document
   * @throws org.commonground.core.validation.ValidationException if the row is null
   */
  public static String trend(ScorecardRow row) {
    Violations.none().notNull("row", row).throwIfAny("Charts.trend");
    Indicator indicator = row.indicator();
    List<CommunityValue> series = row.series().sortBy(CommunityValue::period);
    List<Option<ConfidenceInterval>> intervals = series.map(v -> v.uncertainty(row.options()).interval());
    Option<Baseline> baseline = indicator.baseline();
    List<Target> targets = indicator.targets().sortBy(Target::period);
    List<Period> periods = series.map(CommunityValue::period)
        .appendAll(baseline.map(Baseline::period)).appendAll(targets.map(Target::period)).distinct().sorted();
    Function<Period, Double> position = positions(periods);

    String unit = String.valueOf(indicator.unit());
    String title = indicator.name() + " (" + unit + "): values, baseline and targets";
    String desc = trendDescription(indicator, series, intervals, baseline, targets);
    double height = 400;
    double plotRight = WIDTH - RIGHT_GUTTER;
    double plotBottom = height - BOTTOM;
    Svg svg = Svg.open("trend", indicator.id(), WIDTH, height, title, desc);
    heading(svg, indicator.name());

    List<Double> ys = series.map(CommunityValue::value)
        .appendAll(intervals.flatMap(i -> i.toList().flatMap(c -> List.of(c.lower(), c.upper()))))
        .appendAll(baseline.map(Baseline::value)).appendAll(targets.map(Target::value));
    Svg.Scale y = Svg.Scale.covering(ys, plotBottom, TOP);
    Svg.Scale x = xScale(periods, position, LEFT + 20, plotRight - 20);
    yAxis(svg, y, LEFT, plotRight, unit);
    periodAxis(svg, periods, position, x, plotBottom);

    // the confidence band: one shape per run of consecutive values with intervals
    svg.raw("<g data-role=\"band\" fill=\"#1b6ca8\" fill-opacity=\"0.15\" stroke=\"none\">\n");
    List<List<Tuple2<CommunityValue, ConfidenceInterval>>> runs = runs(series.zip(intervals), periods);
    for (List<Tuple2<CommunityValue, ConfidenceInterval>> run : runs) {
      String upper = run.map(t -> pt(x.at(position.apply(t._1.period())), y.at(t._2.upper()))).mkString(" ");
      String lower = run.reverse().map(t -> pt(x.at(position.apply(t._1.period())), y.at(t._2.lower()))).mkString(" ");
      svg.raw("<polygon points=\"" + upper + " " + lower + "\"/>\n");
    }
    svg.raw("</g>\n");

    // reference lines: baseline and targets, labelled in the right gutter
    List<Tuple2<String, Double>> refs = List.empty();
    for (Baseline b : baseline) {
      double py = y.at(b.value());
      svg.line(LEFT, py, plotRight, py, "stroke=\"#5c6b73\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\" data-role=\"baseline-line\"");
      svg.raw("<path data-role=\"baseline\" data-period=\"" + Svg.escape(b.period().toString()) + "\" data-value=\""
          + Svg.value(b.value()) + "\" d=\"" + diamond(x.at(position.apply(b.period())), py, 6)
          + "\" fill=\"#5c6b73\"><title>" + Svg.escape("baseline " + Svg.value(b.value()) + " in " + b.period())
          + "</title></path>\n");
      refs = refs.append(Tuple.of("baseline " + Svg.value(b.value()) + " (" + b.period() + ")", py));
    }
    for (Target t : targets) {
      double py = y.at(t.value());
      String name = horizonShort(t) + " " + Svg.value(t.value()) + " (" + t.period() + ")";
      svg.line(LEFT, py, plotRight, py, "stroke=\"#2a9d8f\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\" data-role=\"target-line\"");
      double px = x.at(position.apply(t.period()));
      svg.raw("<rect data-role=\"target\" data-horizon=\"" + t.horizon().name().toLowerCase(Locale.ROOT)
          + "\" data-period=\"" + Svg.escape(t.period().toString()) + "\" data-value=\"" + Svg.value(t.value())
          + "\" x=\"" + Svg.num(px - 5) + "\" y=\"" + Svg.num(py - 5) + "\" width=\"10\" height=\"10\" fill=\"#2a9d8f\"><title>"
          + Svg.escape(horizon(t) + " " + Svg.value(t.value()) + " by " + t.period()) + "</title></rect>\n");
      refs = refs.append(Tuple.of(name, py));
    }
    rightLabels(svg, refs, plotRight + 8, "reference-label");

    // the values: solid between adjacent periods, dashed across a period without a value
    for (int i = 1; i < series.size(); i++) {
      CommunityValue a = series.get(i - 1);
      CommunityValue b = series.get(i);
      boolean gap = position.apply(b.period()) - position.apply(a.period()) > 1.5;
      svg.line(x.at(position.apply(a.period())), y.at(a.value()), x.at(position.apply(b.period())), y.at(b.value()),
          gap ? "stroke=\"#9aa5b1\" stroke-width=\"2\" stroke-dasharray=\"4 4\" data-role=\"gap\""
              : "stroke=\"#1b6ca8\" stroke-width=\"2\" data-role=\"series\"");
    }
    for (Tuple2<CommunityValue, Option<ConfidenceInterval>> t : series.zip(intervals)) {
      CommunityValue v = t._1;
      double px = x.at(position.apply(v.period()));
      double py = y.at(v.value());
      StringBuilder mark = new StringBuilder("<circle data-role=\"value\" data-period=\"")
          .append(Svg.escape(v.period().toString())).append("\" data-value=\"").append(Svg.value(v.value())).append('"');
      for (ConfidenceInterval c : t._2) {
        mark.append(" data-lower=\"").append(Svg.value(c.lower())).append("\" data-upper=\"").append(Svg.value(c.upper()))
            .append('"');
        svg.line(px, y.at(c.lower()), px, y.at(c.upper()), "stroke=\"#1b6ca8\" stroke-opacity=\"0.6\" data-role=\"interval\"");
      }
      mark.append(" data-complete=\"").append(v.complete()).append('"');
      if (!v.complete()) {
        mark.append(" data-missing=\"").append(Svg.escape(v.missingPartners().mkString(", "))).append('"');
      }
      mark.append(" cx=\"").append(Svg.num(px)).append("\" cy=\"").append(Svg.num(py)).append("\" r=\"5\"")
          .append(v.complete() ? " fill=\"#1b6ca8\" stroke=\"#ffffff\"" : " fill=\"#ffffff\" stroke=\"#d1495b\" stroke-width=\"2\"")
          .append("><title>").append(Svg.escape(valueWords(v, t._2))).append("</title></circle>\n");
      svg.raw(mark.toString());
      svg.text(px, py - 10, "middle", "value-label", Svg.label(v.value()));
      if (!v.complete()) {
        svg.text(px, py + 20, "middle", "gap-label", "missing " + v.missingPartners().mkString(", "));
      }
    }
    if (series.isEmpty()) {
      svg.text((LEFT + plotRight) / 2, (TOP + plotBottom) / 2, "middle", "empty", "no values");
    }
    legend(svg, height, List.of(
        "Line: values. Shaded band and whiskers: " + levelWords(intervals) + " confidence intervals.",
        "Hollow red points: some expected partners did not report. Dashed grey: a period without a value."));
    return svg.close();
  }

  private static String trendDescription(Indicator indicator, List<CommunityValue> series,
      List<Option<ConfidenceInterval>> intervals, Option<Baseline> baseline, List<Target> targets) {
    StringBuilder d = new StringBuilder(indicator.name()).append(" (").append(indicator.unit()).append(", ")
        .append(indicator.polarity().toString().toLowerCase(Locale.ROOT).replace('_', ' ')).append("). ");
    d.append(series.isEmpty() ? "No values." : "Values: " + series.zip(intervals).map(t -> valueWords(t._1, t._2)).mkString("; ") + ".");
    baseline.forEach(b -> d.append(" Baseline ").append(Svg.value(b.value())).append(" in ").append(b.period()).append('.'));
    targets.forEach(t -> d.append(' ').append(capitalize(horizon(t))).append(' ').append(Svg.value(t.value()))
        .append(" by ").append(t.period()).append('.'));
    int partial = series.count(v -> !v.complete());
    if (partial > 0) {
      d.append(' ').append(partial).append(partial == 1 ? " value misses" : " values miss").append(" partners.");
    }
    return d.toString();
  }

  private static String valueWords(CommunityValue v, Option<ConfidenceInterval> interval) {
    return v.period() + ": " + Svg.value(v.value())
        + interval.map(c -> " (" + percent(c.level()) + " CI " + Svg.value(c.lower()) + " to " + Svg.value(c.upper()) + ")")
            .getOrElse("")
        + ", " + v.coverage();
  }

  private static String levelWords(List<Option<ConfidenceInterval>> intervals) {
    return intervals.flatMap(Option::toList).headOption().map(c -> percent(c.level())).getOrElse("95%");
  }

  private static String horizonShort(Target t) {
    return t.horizon() == Target.Horizon.INTERIM ? "interim" : "long-term";
  }

  private static String horizon(Target t) {
    return t.horizon() == Target.Horizon.INTERIM ? "interim target" : "long-term target";
  }

  /** Runs of consecutive values (adjacent periods) that all have an interval. */
  private static List<List<Tuple2<CommunityValue, ConfidenceInterval>>> runs(
      List<Tuple2<CommunityValue, Option<ConfidenceInterval>>> values, List<Period> periods) {
    Function<Period, Double> position = positions(periods);
    List<List<Tuple2<CommunityValue, ConfidenceInterval>>> runs = List.empty();
    List<Tuple2<CommunityValue, ConfidenceInterval>> run = List.empty();
    Option<Period> last = Option.none();
    for (Tuple2<CommunityValue, Option<ConfidenceInterval>> t : values) {
      boolean adjacent = last.exists(p -> position.apply(t._1.period()) - position.apply(p) <= 1.5);
      if (t._2.isEmpty() || !adjacent) {
        if (run.size() > 1) {
          runs = runs.append(run);
        }
        run = List.empty();
      }
      if (t._2.isDefined()) {
        run = run.append(Tuple.of(t._1, t._2.get()));
      }
      last = Option.of(t._1.period());
    }
    return run.size() > 1 ? runs.append(run) : runs;
  }

  // ---------------------------------------------------------------------------------------------
  // Factors

  /**
   * A survey's factor scores as horizontal bars over the bands they are read with (concern,
   * borderline, strength), with the band thresholds as labelled lines. A factor without a mean is
   * listed with its status instead of a bar.
   *
   * <pre>{@code
   * String svg = Charts.factors(SurveyScoring.withDefaults().score(survey));
   * }</pre>
   *
   * @param score a survey score
   * @return an SVG 1.1 document
   * @throws org.commonground.core.validation.ValidationException if the score is null
   */
  public static String factors(SurveyScore score) {
    Violations.none().notNull("score", score).throwIfAny("Charts.factors");
    Bands bands = score.rules().bands();
    List<FactorScore> factors = score.factors();
    double rowHeight = 26;
    double labelWidth = 230;
    double top = TOP + 20;
    double height = top + Math.max(1, factors.size()) * rowHeight + BOTTOM;
    double plotLeft = labelWidth;
    double plotRight = WIDTH - 90;
    double plotBottom = top + Math.max(1, factors.size()) * rowHeight;
    List<Double> means = factors.flatMap(f -> f.mean().toList());
    double lo = Math.min(1, Math.floor(means.min().getOrElse(1.0)));
    double hi = Math.max(Math.max(5, Math.ceil(means.max().getOrElse(5.0))), Math.ceil(bands.strengthFrom()));
    Svg.Scale x = Svg.Scale.fixed(lo, hi, hi - lo > 10 ? Math.ceil((hi - lo) / 10) : 1, plotLeft, plotRight);

    String title = "Factor scores of " + score.instrument() + " (" + score.edition() + "), " + score.respondents()
        + " respondents";
    String desc = "Mean score of each factor, read with " + bands + ". "
        + factors.map(f -> f.factor().name() + ": " + f.mean().map(m -> Svg.value(m) + ", " + bandWords(f))
            .getOrElse("not scored (" + status(f) + ")")).mkString("; ") + ".";
    Svg svg = Svg.open("factors", score.instrument(), WIDTH, height, title, desc);
    heading(svg, score.instrument() + " — factor scores");

    // the bands behind the bars
    List<Tuple2<Band, double[]>> regions = List.of(
        Tuple.of(Band.CONCERN, new double[] {lo, bands.borderlineFrom()}),
        Tuple.of(Band.BORDERLINE, new double[] {bands.borderlineFrom(), bands.strengthFrom()}),
        Tuple.of(Band.STRENGTH, new double[] {bands.strengthFrom(), hi}));
    for (Tuple2<Band, double[]> r : regions) {
      double x0 = x.at(Math.max(lo, r._2[0]));
      double x1 = x.at(Math.min(hi, r._2[1]));
      svg.raw("<rect data-role=\"band-region\" data-band=\"" + r._1 + "\" x=\"" + Svg.num(x0) + "\" y=\"" + Svg.num(top)
          + "\" width=\"" + Svg.num(Math.max(0, x1 - x0)) + "\" height=\"" + Svg.num(plotBottom - top) + "\" fill=\""
          + bandColour(r._1) + "\" fill-opacity=\"0.15\"/>\n");
      svg.text((x0 + x1) / 2, top - 6, "middle", "band-label", r._1.toString());
    }
    for (Tuple2<Band, Double> t : List.of(Tuple.of(Band.BORDERLINE, bands.borderlineFrom()), Tuple.of(Band.STRENGTH, bands.strengthFrom()))) {
      double px = x.at(t._2);
      svg.line(px, top, px, plotBottom, "stroke=\"" + INK + "\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" data-role=\"threshold\" data-band=\""
          + t._1 + "\" data-value=\"" + Svg.value(t._2) + "\"");
      svg.text(px, plotBottom + (t._1 == Band.BORDERLINE ? 32 : 46), "middle", "threshold-label", t._1 + " from " + Svg.value(t._2));
    }
    for (double tick : x.ticks()) {
      svg.text(x.at(tick), plotBottom + 16, "middle", "tick", Svg.value(tick));
    }
    svg.text(plotLeft - 8, plotBottom + 16, "end", "axis-label", "mean score:");

    for (int i = 0; i < factors.size(); i++) {
      FactorScore f = factors.get(i);
      double cy = top + i * rowHeight + rowHeight / 2;
      svg.text(plotLeft - 8, cy + 4, "end", "factor-label", shorten(f.factor().name(), 30));
      if (f.mean().isDefined()) {
        double mean = f.mean().get();
        String band = f.band().map(Band::toString).getOrElse("none");
        svg.raw("<rect data-role=\"bar\" data-factor=\"" + Svg.escape(f.factor().id()) + "\" data-mean=\""
            + Svg.value(mean) + "\" data-band=\"" + Svg.escape(band) + "\" x=\"" + Svg.num(plotLeft) + "\" y=\""
            + Svg.num(cy - 8) + "\" width=\"" + Svg.num(Math.max(0, x.at(mean) - plotLeft)) + "\" height=\"16\" fill=\""
            + f.band().map(Charts::bandColour).getOrElse("#9aa5b1") + "\"><title>" + Svg.escape(f.factor().name() + ": "
                + Svg.value(mean) + ", " + bandWords(f) + " (" + f.respondents() + " respondents)") + "</title></rect>\n");
        svg.text(x.at(mean) + 6, cy + 4, "start", "bar-label",
            Svg.label(mean) + (f.band().isEmpty() ? " (" + bandWords(f) + ")" : ""));
      } else {
        svg.raw("<g data-role=\"unscored\" data-factor=\"" + Svg.escape(f.factor().id()) + "\">");
        svg.text(plotLeft + 6, cy + 4, "start", "unscored-label", "not scored: " + status(f));
        svg.raw("</g>\n");
      }
    }
    return svg.close();
  }

  /** The factor's band, or why it has none: {@code strength}, {@code no band: too few respondents}. */
  private static String bandWords(FactorScore f) {
    return f.band().map(Band::toString).getOrElse(() -> "no band: " + status(f));
  }

  private static String status(FactorScore f) {
    return f.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String bandColour(Band band) {
    switch (band) {
      case STRENGTH:
        return "#2a9d8f";
      case BORDERLINE:
        return "#e09f3e";
      default:
        return "#d1495b";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Alignment

  /**
   * Each alignment dimension's level (its mean rating) against its agreement (r_wg), read with the
   * default thresholds on the 1–5 {@code IN_PLACE} scale: a scatter with the level and agreement
   * thresholds as lines, so that aligned, agreed-but-weak and contested dimensions fall in their
   * own regions.
   *
   * <pre>{@code
   * String svg = Charts.alignment(AlignmentScoring.withDefaults().profile(ratings));
   * }</pre>
   *
   * @param profile a framework profile
   * @return an SVG 1.1 document
   * @throws org.commonground.core.validation.ValidationException if the profile is null
   */
  public static String alignment(FrameworkProfile profile) {
    return alignment(profile, Frameworks.IN_PLACE, AlignmentScoring.withDefaults());
  }

  /**
   * Each alignment dimension's level against its agreement, on the ratings' scale and with the
   * thresholds the profile was scored with. Dimensions without a level or an agreement (fewer than
   * two raters) are listed below the plot.
   *
   * <pre>{@code
   * AlignmentScoring strict = AlignmentScoring.withDefaults().withAgreementThreshold(0.8);
   * String svg = Charts.alignment(strict.profile(ratings), ratings.scale(), strict);
   * }</pre>
   *
   * @param profile a framework profile
   * @param scale the scale the ratings were on
   * @param scoring the thresholds the profile was scored with
   * @return an SVG 1.1 document
   * @throws org.commonground.core.validation.ValidationException if an argument is null
   */
  public static String alignment(FrameworkProfile profile, ResponseScale scale, AlignmentScoring scoring) {
    Violations.none().notNull("profile", profile).notNull("scale", scale).notNull("scoring", scoring)
        .throwIfAny("Charts.alignment");
    List<DimensionAlignment> dims = profile.dimensions();
    List<DimensionAlignment> plotted = dims.filter(d -> d.mean().isDefined() && d.agreement().isDefined());
    List<DimensionAlignment> unplotted = dims.filter(d -> !plotted.contains(d));
    double height = 420 + 16 * unplotted.size();
    double plotRight = WIDTH - RIGHT_GUTTER;
    double plotBottom = 400 - BOTTOM;
    List<Double> means = plotted.map(d -> d.mean().get());
    double lo = Math.min(scale.min(), Math.floor(means.min().getOrElse((double) scale.min())));
    double hi = Math.max(scale.max(), Math.ceil(means.max().getOrElse((double) scale.max())));
    Svg.Scale x = Svg.Scale.fixed(lo, hi, hi - lo > 10 ? Math.ceil((hi - lo) / 10) : 1, LEFT, plotRight);
    Svg.Scale y = Svg.Scale.fixed(0, 1, 0.2, plotBottom, TOP);
    double levelThreshold = scale.min() + scoring.levelThreshold() * (scale.max() - scale.min());

    String title = profile.name() + " (" + profile.edition() + "): level and agreement of each dimension";
    String desc = "Level is the mean rating on " + scale.min() + " to " + scale.max() + "; agreement is r_wg from 0 to 1. "
        + "Aligned: agreement at least " + Svg.value(scoring.agreementThreshold()) + " and level at least "
        + Svg.value(levelThreshold) + ". "
        + dims.map(d -> d.dimension().name() + ": " + d.mean().map(m -> "level " + Svg.value(m)).getOrElse("no level")
            + ", " + d.agreement().map(a -> "agreement " + Svg.value(a)).getOrElse("no agreement") + ", " + d.alignmentClass()
            + " (" + d.raters() + (d.raters() == 1 ? " rater)" : " raters)")).mkString("; ") + ".";
    Svg svg = Svg.open("alignment", profile.framework(), WIDTH, height, title, desc);
    heading(svg, profile.name() + " — level against agreement");

    for (double tick : y.ticks()) {
      svg.line(LEFT, y.at(tick), plotRight, y.at(tick), "stroke=\"" + GRID + "\"");
      svg.text(LEFT - 8, y.at(tick) + 4, "end", "tick", Svg.value(tick));
    }
    for (double tick : x.ticks()) {
      svg.line(x.at(tick), TOP, x.at(tick), plotBottom, "stroke=\"" + GRID + "\"");
      svg.text(x.at(tick), plotBottom + 16, "middle", "tick", Svg.value(tick));
    }
    svg.text((LEFT + plotRight) / 2, plotBottom + 36, "middle", "axis-label", "level (mean rating)");
    svg.raw("<text x=\"16\" y=\"" + Svg.num((TOP + plotBottom) / 2) + "\" text-anchor=\"middle\" data-role=\"axis-label\""
        + " transform=\"rotate(-90 16 " + Svg.num((TOP + plotBottom) / 2) + ")\">agreement (r_wg)</text>\n");

    double ty = y.at(scoring.agreementThreshold());
    double tx = x.at(levelThreshold);
    svg.line(LEFT, ty, plotRight, ty, "stroke=\"" + INK + "\" stroke-dasharray=\"5 3\" data-role=\"threshold\" data-axis=\"agreement\""
        + " data-value=\"" + Svg.value(scoring.agreementThreshold()) + "\"");
    svg.line(tx, TOP, tx, ty, "stroke=\"" + INK + "\" stroke-dasharray=\"5 3\" data-role=\"threshold\" data-axis=\"level\""
        + " data-value=\"" + Svg.value(levelThreshold) + "\"");
    svg.text(plotRight + 6, ty + 4, "start", "threshold-label", "agreement " + Svg.value(scoring.agreementThreshold()));
    svg.text(tx, TOP - 4, "middle", "threshold-label", "level " + Svg.value(levelThreshold));
    svg.text(plotRight - 6, TOP + 14, "end", "region-label", AlignmentClass.ALIGNED.toString());
    svg.text(LEFT + 6, TOP + 14, "start", "region-label", AlignmentClass.AGREED_BUT_WEAK.toString());
    svg.text(LEFT + 6, plotBottom - 8, "start", "region-label", AlignmentClass.CONTESTED.toString());

    for (int i = 0; i < plotted.size(); i++) {
      DimensionAlignment d = plotted.get(i);
      double px = x.at(d.mean().get());
      double py = y.at(d.agreement().get());
      svg.raw("<circle data-role=\"dimension\" data-dimension=\"" + Svg.escape(d.dimension().id()) + "\" data-level=\""
          + Svg.value(d.mean().get()) + "\" data-agreement=\"" + Svg.value(d.agreement().get()) + "\" data-class=\""
          + Svg.escape(d.alignmentClass().toString()) + "\" cx=\"" + Svg.num(px) + "\" cy=\"" + Svg.num(py)
          + "\" r=\"6\" fill=\"" + classColour(d.alignmentClass()) + "\" stroke=\"#ffffff\"><title>"
          + Svg.escape(d.dimension().name() + ": level " + Svg.value(d.mean().get()) + ", agreement "
              + Svg.value(d.agreement().get()) + ", " + d.alignmentClass())
          + "</title></circle>\n");
      // alternate the label above and below so that neighbours overlap less
      svg.text(px + 9, py + (i % 2 == 0 ? -6 : 14), "start", "dimension-label", shorten(d.dimension().name(), 30));
    }
    double ly = plotBottom + 62;
    for (DimensionAlignment d : unplotted) {
      svg.raw("<g data-role=\"unplotted\" data-dimension=\"" + Svg.escape(d.dimension().id()) + "\">");
      svg.text(LEFT, ly, "start", "unplotted-label", "not plotted: " + d.dimension().name() + " ("
          + d.raters() + (d.raters() == 1 ? " rater, " : " raters, ") + d.alignmentClass() + ")");
      svg.raw("</g>\n");
      ly += 16;
    }
    return svg.close();
  }

  private static String classColour(AlignmentClass c) {
    switch (c) {
      case ALIGNED:
        return "#2a9d8f";
      case AGREED_BUT_WEAK:
        return "#e09f3e";
      case CONTESTED:
        return "#d1495b";
      default:
        return "#5c6b73";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Groups

  /**
   * A disaggregated indicator: each group's values over the periods, one line a group with its
   * intervals as whiskers, against the target the groups share. The reference group is drawn
   * thicker and labelled as such.
   *
   * <pre>{@code
   * String svg = Charts.groups(Disaggregation.of(partial, "grad", List.of("income"),
   *     TreeMap.of("income", "not low")));
   * }</pre>
   *
   * @param indicator a disaggregated indicator
   * @return an SVG 1.1 document
   * @throws org.commonground.core.validation.ValidationException if the indicator is null
   */
  public static String groups(DisaggregatedIndicator indicator) {
    Violations.none().notNull("indicator", indicator).throwIfAny("Charts.groups");
    List<GroupSeries> groups = indicator.groups();
    List<Period> periods = groups.flatMap(g -> g.values().map(GroupValue::period)).distinct().sorted();
    Function<Period, Double> position = positions(periods);
    double height = 420;
    double plotRight = WIDTH - RIGHT_GUTTER;
    double plotBottom = height - BOTTOM;
    Option<Target> target = indicator.target();

    String title = indicator.indicator() + " by " + indicator.dimensions().mkString(", ")
        + target.map(t -> ", against its " + horizon(t)).getOrElse("");
    String desc = "Reference group: " + groupLabel(indicator.reference()) + ". "
        + groups.map(g -> groupLabel(g.group()) + ": " + g.values().sortBy(GroupValue::period)
            .map(v -> v.period() + " " + Svg.value(v.value())).mkString(", ")
            + g.gapTrend().map(t -> " (gap " + t + ")").getOrElse("")).mkString("; ") + "."
        + target.map(t -> " " + capitalize(horizon(t)) + " " + Svg.value(t.value()) + " by " + t.period() + ".").getOrElse("");
    Svg svg = Svg.open("groups", indicator.indicator(), WIDTH, height, title, desc);
    heading(svg, indicator.indicator() + " by " + indicator.dimensions().mkString(", "));

    List<Double> ys = groups.flatMap(g -> g.values().flatMap(v -> List.of(v.value())
        .appendAll(v.uncertainty().interval().toList().flatMap(c -> List.of(c.lower(), c.upper())))))
        .appendAll(target.map(Target::value));
    Svg.Scale y = Svg.Scale.covering(ys, plotBottom, TOP);
    Svg.Scale x = xScale(periods, position, LEFT + 20, plotRight - 20);
    yAxis(svg, y, LEFT, plotRight, indicator.indicator());
    periodAxis(svg, periods, position, x, plotBottom);

    List<Tuple2<String, Double>> labels = List.empty();
    for (Target t : target) {
      double py = y.at(t.value());
      svg.line(LEFT, py, plotRight, py, "stroke=\"#2a9d8f\" stroke-width=\"2\" stroke-dasharray=\"2 3\" data-role=\"target-line\""
          + " data-horizon=\"" + t.horizon().name().toLowerCase(Locale.ROOT) + "\" data-period=\""
          + Svg.escape(t.period().toString()) + "\" data-value=\"" + Svg.value(t.value()) + "\"");
      labels = labels.append(Tuple.of(horizonShort(t) + " " + Svg.value(t.value()) + " (" + t.period() + ")", py));
    }
    for (int g = 0; g < groups.size(); g++) {
      GroupSeries series = groups.get(g);
      String colour = PALETTE.get(g % PALETTE.size());
      boolean reference = series.group().equals(indicator.reference());
      String label = groupLabel(series.group()) + (reference ? " (reference)" : "");
      List<GroupValue> values = series.values().sortBy(GroupValue::period);
      svg.raw("<g data-role=\"group\" data-group=\"" + Svg.escape(groupLabel(series.group())) + "\" data-reference=\""
          + reference + "\">\n");
      if (values.size() > 1) {
        svg.raw("<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + (reference ? "3" : "2") + "\" points=\""
            + values.map(v -> pt(x.at(position.apply(v.period())), y.at(v.value()))).mkString(" ") + "\"/>\n");
      }
      for (GroupValue v : values) {
        double px = x.at(position.apply(v.period()));
        StringBuilder mark = new StringBuilder("<circle data-role=\"group-value\" data-period=\"")
            .append(Svg.escape(v.period().toString())).append("\" data-value=\"").append(Svg.value(v.value())).append('"');
        for (ConfidenceInterval c : v.uncertainty().interval()) {
          mark.append(" data-lower=\"").append(Svg.value(c.lower())).append("\" data-upper=\"").append(Svg.value(c.upper()))
              .append('"');
          svg.line(px, y.at(c.lower()), px, y.at(c.upper()), "stroke=\"" + colour + "\" stroke-opacity=\"0.6\" data-role=\"interval\"");
        }
        mark.append(" cx=\"").append(Svg.num(px)).append("\" cy=\"").append(Svg.num(y.at(v.value())))
            .append("\" r=\"4\" fill=\"").append(colour).append("\"><title>")
            .append(Svg.escape(label + ", " + v.period() + ": " + Svg.value(v.value()) + " (" + v.records() + " records"
                + v.gap().map(gap -> ", gap " + Svg.value(gap)).getOrElse("") + ")"))
            .append("</title></circle>\n");
        svg.raw(mark.toString());
      }
      svg.raw("</g>\n");
      if (!values.isEmpty()) {
        labels = labels.append(Tuple.of(label, y.at(values.last().value())));
      }
    }
    rightLabels(svg, labels, plotRight + 8, "series-label");
    if (groups.isEmpty()) {
      svg.text((LEFT + plotRight) / 2, (TOP + plotBottom) / 2, "middle", "empty", "no groups");
    }
    legend(svg, height, List.of("One line per group; whiskers: confidence intervals; dotted line: the shared target."));
    return svg.close();
  }

  private static String groupLabel(SortedMap<String, String> group) {
    return group.map(e -> e._1 + " = " + e._2).mkString(", ");
  }

  // ---------------------------------------------------------------------------------------------
  // Network

  /** The seed of the force-directed layout: fixed, so that a network is drawn the same way every time. */
  private static final long LAYOUT_SEED = 15L;

  /** Up to this many ties, each is labelled with its trust; beyond, its width and tooltip say it. */
  private static final int TIE_LABELS = 15;

  /**
   * A partner network laid out by JGraphT's Fruchterman–Reingold algorithm with a fixed seed:
   * members as labelled nodes sized by degree, ties as lines as thick as the trust the partners
   * reported in each other (the mean of the assessments on the tie, 1 to 4, labelled when there are
   * at most 15 ties), a one-way tie dashed. Members without ties are set in a row beneath.
   *
   * <pre>{@code
   * String svg = Charts.network(network, NetworkScoring.score(network));
   * }</pre>
   *
   * @param network the network
   * @param measures its measures, as {@code NetworkScoring.score(network)} gives them
   * @return an SVG 1.1 document
   * @throws org.commonground.core.validation.ValidationException if an argument is null
   */
  public static String network(PartnerNetwork network, NetworkMeasures measures) {
    Violations.none().notNull("network", network).notNull("measures", measures).throwIfAny("Charts.network");
    List<String> members = network.members();
    Map<Tuple2<String, String>, PartnerAssessment> byPair =
        TreeMap.ofEntries(network.assessments().map(a -> Tuple.of(Tuple.of(a.rater(), a.partner()), a)));
    List<Tie> found = List.empty();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        String a = members.get(i);
        String b = members.get(j);
        Option<PartnerAssessment> ab = byPair.get(Tuple.of(a, b));
        Option<PartnerAssessment> ba = byPair.get(Tuple.of(b, a));
        if (ab.isDefined() || ba.isDefined()) {
          found = found.append(new Tie(a, b, ab, ba));
        }
      }
    }
    List<Tie> ties = found;
    // members with ties are laid out by force; members without are set in a row beneath them
    List<String> tied = members.filter(m -> ties.exists(t -> t.a.equals(m) || t.b.equals(m)));
    List<String> alone = members.filter(m -> !tied.contains(m));
    double height = 520;
    double left = 90;
    double right = WIDTH - 90;
    double top = TOP + 30;
    double bottom = height - BOTTOM - (alone.isEmpty() ? 10 : 70);
    java.util.Map<String, double[]> at = new java.util.TreeMap<>();
    if (tied.nonEmpty()) {
      Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
      tied.forEach(graph::addVertex);
      ties.forEach(t -> graph.addEdge(t.a, t.b));
      LayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(0, 0, 100, 100));
      new FRLayoutAlgorithm2D<String, DefaultEdge>(300, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(LAYOUT_SEED))
          .layout(graph, model);
      List<Point2D> raw = tied.map(model::get);
      double minX = raw.map(Point2D::getX).min().get();
      double maxX = raw.map(Point2D::getX).max().get();
      double minY = raw.map(Point2D::getY).min().get();
      double maxY = raw.map(Point2D::getY).max().get();
      // one scale for both axes, so that the layout keeps its shape, centred in the drawing
      double scaleX = maxX - minX < 1e-9 ? Double.POSITIVE_INFINITY : (right - left) / (maxX - minX);
      double scaleY = maxY - minY < 1e-9 ? Double.POSITIVE_INFINITY : (bottom - top) / (maxY - minY);
      double scale = Double.isInfinite(Math.min(scaleX, scaleY)) ? 1 : Math.min(scaleX, scaleY);
      double dx = (left + right) / 2 - (minX + maxX) / 2 * scale;
      double dy = (top + bottom) / 2 - (minY + maxY) / 2 * scale;
      for (int i = 0; i < tied.size(); i++) {
        Point2D p = raw.get(i);
        // positions rounded to a tenth of a pixel before anything is drawn with them
        at.put(tied.get(i), new double[] {Math.round((p.getX() * scale + dx) * 10) / 10.0,
            Math.round((p.getY() * scale + dy) * 10) / 10.0});
      }
    }
    double spacing = alone.size() <= 1 ? 0 : Math.min(120, (right - left) / (alone.size() - 1));
    for (int i = 0; i < alone.size(); i++) {
      at.put(alone.get(i), new double[] {Math.round((left + i * spacing) * 10) / 10.0, height - BOTTOM - 20});
    }

    String title = "Partner network: " + members.size() + " members, " + measures.ties() + " ties";
    String desc = members.size() + " members, " + measures.ties() + " of " + measures.possibleTies() + " possible ties (density "
        + Svg.value(measures.density()) + "), " + measures.components() + (measures.components() == 1 ? " component" : " components")
        + ". Members: " + members.map(m -> m + memberWords(measures.member(m))).mkString("; ") + ". Ties: "
        + (ties.isEmpty() ? "none" : ties.map(Tie::words).mkString("; ")) + ".";
    Svg svg = Svg.open("network", members.mkString(","), WIDTH, height, title, desc);
    heading(svg, "Partner network");

    for (Tie t : ties) {
      double[] a = at.get(t.a);
      double[] b = at.get(t.b);
      double trust = t.trust();
      svg.raw("<g data-role=\"tie\" data-from=\"" + Svg.escape(t.a) + "\" data-to=\"" + Svg.escape(t.b) + "\" data-trust=\""
          + Svg.value(trust) + "\" data-value=\"" + Svg.value(t.value()) + "\" data-direction=\""
          + (t.ab.isDefined() && t.ba.isDefined() ? "both" : "one-way") + "\">\n<title>" + Svg.escape(t.words())
          + "</title>\n");
      svg.line(a[0], a[1], b[0], b[1], "stroke=\"#5c6b73\" stroke-opacity=\"0.8\" stroke-width=\""
          + Svg.num(1 + (trust - PartnerAssessment.MIN) * 1.5) + "\""
          + (t.ab.isDefined() && t.ba.isDefined() ? "" : " stroke-dasharray=\"6 4\""));
      if (ties.size() > TIE_LABELS) {
        svg.raw("</g>\n");
        continue;
      }
      String tieLabel = "trust " + Svg.value(round1(trust));
      double mx = (a[0] + b[0]) / 2;
      double my = (a[1] + b[1]) / 2;
      double w = 6.5 * tieLabel.length() + 6;
      svg.raw("<rect x=\"" + Svg.num(mx - w / 2) + "\" y=\"" + Svg.num(my - 8) + "\" width=\"" + Svg.num(w)
          + "\" height=\"16\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>\n");
      svg.text(mx, my + 4, "middle", "tie-label", tieLabel);
      svg.raw("</g>\n");
    }
    for (String m : members) {
      double[] p = at.get(m);
      Option<MemberMeasures> mm = measures.member(m);
      int degree = mm.map(MemberMeasures::degree).getOrElse(0);
      double r = 8 + Math.min(degree, 8) * 1.5;
      svg.raw("<circle data-role=\"member\" data-member=\"" + Svg.escape(m) + "\" data-degree=\"" + degree + "\""
          + mm.flatMap(MemberMeasures::trust).map(t -> " data-trust=\"" + Svg.value(t) + "\"").getOrElse("")
          + mm.flatMap(MemberMeasures::value).map(v -> " data-value=\"" + Svg.value(v) + "\"").getOrElse("")
          + " cx=\"" + Svg.num(p[0]) + "\" cy=\"" + Svg.num(p[1]) + "\" r=\"" + Svg.num(r)
          + "\" fill=\"#1b6ca8\" stroke=\"#ffffff\" stroke-width=\"2\"><title>" + Svg.escape(m + memberWords(mm))
          + "</title></circle>\n");
      svg.text(p[0], p[1] + r + 14, "middle", "member-label", shorten(m, 28));
    }
    if (alone.nonEmpty()) {
      svg.text(left - 30, height - BOTTOM - 40, "start", "alone-label", "Members without ties:");
    }
    legend(svg, height, List.of("Line width: mean trust on the tie (1 to 4); dashed: only one partner assessed the other.",
        "Node size: degree. Layout: Fruchterman-Reingold, fixed seed."));
    return svg.close();
  }

  private static String memberWords(Option<MemberMeasures> m) {
    return m.map(x -> " (degree " + x.degree() + x.trust().map(t -> ", trust " + Svg.value(t)).getOrElse("")
        + x.value().map(v -> ", value " + Svg.value(v)).getOrElse("") + ")").getOrElse("");
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** A tie between two members, in member order, with the assessments on it. */
  private static final class Tie {
    final String a;
    final String b;
    final Option<PartnerAssessment> ab;
    final Option<PartnerAssessment> ba;

    Tie(String a, String b, Option<PartnerAssessment> ab, Option<PartnerAssessment> ba) {
      this.a = a;
      this.b = b;
      this.ab = ab;
      this.ba = ba;
    }

    List<PartnerAssessment> assessments() {
      return ab.toList().appendAll(ba);
    }

    double trust() {
      return assessments().map(PartnerAssessment::trust).sum().doubleValue() / assessments().size();
    }

    double value() {
      return assessments().map(PartnerAssessment::value).sum().doubleValue() / assessments().size();
    }

    String words() {
      return a + " – " + b + ": " + assessments().map(x -> x.rater() + " rated " + x.partner() + " trust "
          + Svg.value(x.trust()) + ", value " + Svg.value(x.value())).mkString("; ");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shared pieces

  /** Where each period falls on the x axis: periods since the first if all are of one type, else its rank. */
  private static Function<Period, Double> positions(List<Period> periods) {
    boolean oneType = periods.map(Period::type).distinct().size() <= 1;
    if (oneType && periods.nonEmpty()) {
      Period first = periods.head();
      return p -> (double) first.periodsUntil(p);
    }
    return p -> (double) periods.indexOf(p);
  }

  /** Every period from the first to the last when they are of one type (at most 400), else the periods given. */
  private static List<Period> axisPeriods(List<Period> periods) {
    if (periods.isEmpty() || periods.map(Period::type).distinct().size() > 1) {
      return periods;
    }
    long span = periods.head().periodsUntil(periods.last());
    return span > 400 ? periods : List.rangeClosed(0, (int) span).map(i -> periods.head().plus(i));
  }

  private static Svg.Scale xScale(List<Period> periods, Function<Period, Double> position, double from, double to) {
    double lo = periods.isEmpty() ? 0 : position.apply(periods.head());
    double hi = periods.isEmpty() ? 1 : position.apply(periods.last());
    return Svg.Scale.fixed(lo - 0.0, hi > lo ? hi : lo + 1, 1, from, to);
  }

  private static void heading(Svg svg, String text) {
    svg.text(LEFT, 24, "start", "heading", shorten(text, 80));
  }

  private static void yAxis(Svg svg, Svg.Scale y, double left, double right, String label) {
    for (double tick : y.ticks()) {
      svg.line(left, y.at(tick), right, y.at(tick), "stroke=\"" + GRID + "\"");
      svg.text(left - 8, y.at(tick) + 4, "end", "tick", Svg.value(tick));
    }
    double mid = (y.from + y.to) / 2;
    svg.raw("<text x=\"16\" y=\"" + Svg.num(mid) + "\" text-anchor=\"middle\" data-role=\"axis-label\" transform=\"rotate(-90 16 "
        + Svg.num(mid) + ")\">" + Svg.escape(shorten(label, 40)) + "</text>\n");
  }

  private static void periodAxis(Svg svg, List<Period> periods, Function<Period, Double> position, Svg.Scale x, double bottom) {
    svg.line(x.from - 20, bottom, x.to + 20, bottom, "stroke=\"" + INK + "\"");
    List<Period> shown = axisPeriods(periods);
    // at most about twelve labels, evenly spaced through the periods
    // as many labels as fit side by side: every n-th period counted back from the last, n from the
    // widest label
    int widest = shown.map(p -> p.toString().length()).max().getOrElse(4);
    double step = shown.size() < 2 ? x.to - x.from : (x.to - x.from) / (shown.size() - 1);
    int every = Math.max(1, (int) Math.ceil((widest * 7.0 + 8) / step));
    for (int i = 0; i < shown.size(); i++) {
      double px = x.at(position.apply(shown.get(i)));
      svg.line(px, bottom, px, bottom + 4, "stroke=\"" + INK + "\"");
      if ((shown.size() - 1 - i) % every == 0) {
        svg.text(px, bottom + 18, "middle", "period", shown.get(i).toString());
      }
    }
  }

  /** Labels in the right gutter at their lines' heights, pushed apart so that none overlap. */
  private static void rightLabels(Svg svg, List<Tuple2<String, Double>> labels, double x, String role) {
    List<Tuple2<String, Double>> sorted = labels.zipWithIndex().sortBy(t -> Tuple.of(t._1._2, t._2)).map(Tuple2::_1);
    double last = Double.NEGATIVE_INFINITY;
    for (Tuple2<String, Double> l : sorted) {
      double y = Math.max(l._2 + 4, last + 14);
      svg.text(x, y, "start", role, shorten(l._1, 30));
      last = y;
    }
  }

  private static void legend(Svg svg, double height, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      svg.raw("<text x=\"" + Svg.num(LEFT) + "\" y=\"" + Svg.num(height - 24 + i * 14 - (lines.size() - 1) * 14 + 14)
          + "\" font-size=\"10\" fill=\"#5c6b73\" data-role=\"legend\">" + Svg.escape(lines.get(i)) + "</text>\n");
    }
  }

  private static String diamond(double x, double y, double r) {
    return "M" + pt(x, y - r) + " L" + pt(x + r, y) + " L" + pt(x, y + r) + " L" + pt(x - r, y) + " Z";
  }

  private static String pt(double x, double y) {
    return Svg.num(x) + "," + Svg.num(y);
  }

  private static String percent(double level) {
    return Svg.value(level * 100) + "%";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** A visible label cut to a length, by code points; the full text stays in the title and desc. */
  private static String shorten(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }
}
