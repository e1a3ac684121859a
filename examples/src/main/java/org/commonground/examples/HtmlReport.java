// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.Relationships;
import org.commonground.scoring.alignment.AlignmentScoring;
import org.commonground.scoring.alignment.FrameworkProfile;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.Disaggregation;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.Scorecard;
import org.commonground.scoring.measure.Scorecards;
import org.commonground.scoring.readiness.SurveyScoring;
import org.commonground.scoring.relationship.NetworkMeasures;
import org.commonground.scoring.relationship.NetworkScoring;
import org.commonground.serialization.rendering.Charts;

/**
 * The {@link PartnershipReport partnership report} as one self-contained HTML page: every section of
 * the text report, its text tables in {@code <pre>} blocks, and its charts inlined as SVG. The page
 * has its CSS inline and no scripts or external resources, so it can be mailed or opened from disk;
 * its markup is also well-formed XML (void elements self-closed, every text escaped), so it can be
 * checked with an XML parser.
 *
 * <p>Building the page does no I/O: {@link PartnershipReport#main} writes it.
 *
 * <pre>{@code
 * String page = HtmlReport.sample();
 * String custom = HtmlReport.render("Our partnership",
 *     List.of(HtmlReport.Section.of("Partner network", PartnershipReport.network(measures),
 *         Charts.network(network, measures))));
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class HtmlReport {

  private static final Pattern IDS = Pattern.compile("(?<=\\s)(id|aria-labelledby)=\"([^\"]*)\"");

  private static final String STYLE =
      "body{font-family:sans-serif;color:#1f2933;max-width:1040px;margin:2em auto;padding:0 1em;"
          + "line-height:1.4}"
          + "h1{border-bottom:2px solid #1b6ca8;padding-bottom:.2em}"
          + "h2{margin-top:2em;border-bottom:1px solid #d9dee3;padding-bottom:.2em}"
          + "pre{font-size:12px;background:#f6f8fa;padding:.8em;overflow-x:auto;border-radius:4px}"
          + "figure{margin:1em 0}"
          + "svg{max-width:100%;height:auto}"
          + "nav ul{columns:2}"
          + "footer{margin-top:3em;font-size:12px;color:#5c6b73}";

  private HtmlReport() {}

  /**
   * A section of the page: a title, the section's text (its text tables and sentences, shown as
   * preformatted text) and its charts, each an SVG document as {@link Charts} returns it.
   */
  public static final class Section {

    private final String title;
    private final String text;
    private final List<String> charts;

    private Section(String title, String text, List<String> charts) {
      this.title = title;
      this.text = text;
      this.charts = charts;
    }

    /**
     * A section.
     *
     * <pre>{@code
     * Section network = Section.of("Partner network", text, Charts.network(partners, measures));
     * }</pre>
     *
     * @param title the section's title
     * @param text its text, shown preformatted
     * @param charts its charts, SVG documents (an XML declaration is dropped when inlined)
     * @return the section
     * @throws NullPointerException if any argument is null
     */
    public static Section of(String title, String text, String... charts) {
      return new Section(
          Objects.requireNonNull(title, "title"), Objects.requireNonNull(text, "text"), List.of(charts));
    }

    /**
     * The section's title.
     *
     * @return the title
     */
    public String title() {
      return title;
    }

    /**
     * The section's text.
     *
     * @return the text
     */
    public String text() {
      return text;
    }

    /**
     * The section's charts.
     *
     * @return the SVG documents
     */
    public List<String> charts() {
      return charts;
    }
  }

  /**
   * The report about the {@link SamplePartnership sample partnership}, with the same sections as
   * {@link PartnershipReport#main}'s text and a chart for each: every indicator's trend, the
   * survey's factor scores, the alignment profile, graduation by income, and the partner network.
   *
   * @return the page
   */
  public static String sample() {
    PartnerNetwork network = SampleRelationships.network();
    NetworkMeasures measures = NetworkScoring.score(network);
    FrameworkProfile profile =
        AlignmentScoring.withDefaults().profile(SampleAlignment.ratings(), Option.of(SampleMeasures.measures()));
    Scorecard scorecard = Scorecards.of(SampleMeasures.observations(), SampleMeasures::reporters);
    MeasurePartial partial = SampleRecords.partial();
    DisaggregatedIndicator byIncome =
        Disaggregation.of(partial, "grad-rate", List.of("income"), TreeMap.of("income", "not low"));
    String members = PartnershipReport.render(SamplePartnership.NAME, SamplePartnership.members());
    members = members.substring(members.indexOf("\n\n") + 2);

    List<Section> sections =
        List.of(
            section(members),
            section(PartnershipReport.relationships(SampleRelationships.partnership(), SampleRelationships.pairs(),
                Relationships.fit(SampleRelationships.question()))),
            section(PartnershipReport.partnerMatrix(SampleRelationships.partnerRatings())),
            section(PartnershipReport.network(measures), Charts.network(network, measures)),
            section(PartnershipReport.alignment(profile), Charts.alignment(profile)),
            section(PartnershipReport.readiness(SampleReadiness.survey(), SampleReadiness.assessment()),
                Charts.factors(SurveyScoring.withDefaults().score(SampleReadiness.survey()))),
            section(PartnershipReport.scorecard(scorecard), scorecard.rows().map(Charts::trend).toJavaArray(String[]::new)),
            section(PartnershipReport.disaggregation(partial), Charts.groups(byIncome)));
    return render(SamplePartnership.NAME, sections);
  }

  /**
   * The page: a title, a table of contents, and each section with its text and its charts. Every
   * text is escaped; every chart's ids are prefixed with its place on the page ({@code c1-},
   * {@code c2-}, …) so that they stay unique when one kind of chart appears more than once.
   *
   * <pre>{@code
   * String page = HtmlReport.render("Our partnership", List.of(Section.of("Members", table.render())));
   * }</pre>
   *
   * @param title the page's title
   * @param sections its sections
   * @return the page, XHTML-compatible HTML5
   */
  public static String render(String title, List<Section> sections) {
    StringBuilder page = new StringBuilder()
        .append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(escape(title)).append("</h1>\n<nav>\n<ul>\n");
    for (int s = 0; s < sections.size(); s++) {
      page.append("<li><a href=\"#section-").append(s + 1).append("\">")
          .append(escape(sections.get(s).title())).append("</a></li>\n");
    }
    page.append("</ul>\n</nav>\n");
    int chart = 0;
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      page.append("<section id=\"section-").append(s + 1).append("\">\n")
          .append("<h2>").append(escape(section.title())).append("</h2>\n");
      if (!section.text().isBlank()) {
        page.append("<pre>").append(escape(section.text())).append("</pre>\n");
      }
      for (String svg : section.charts()) {
        chart++;
        page.append("<figure>\n").append(inline(svg, "c" + chart + "-")).append("</figure>\n");
      }
      page.append("</section>\n");
    }
    return page.append("<footer>Common Ground: the sample partnership's report.</footer>\n</body>\n</html>\n")
        .toString();
  }

  /**
   * A section from a section of the text report: its first non-blank line is the title, the rest
   * its text.
   */
  private static Section section(String text, String... charts) {
    String trimmed = text.strip();
    int end = trimmed.indexOf('\n');
    String title = end < 0 ? trimmed : trimmed.substring(0, end).strip();
    String body = end < 0 ? "" : trimmed.substring(end + 1).replaceFirst("^\\s*\\n", "");
    return Section.of(title, body, charts);
  }

  /** An SVG document without its XML declaration, its ids and references to them prefixed. */
  static String inline(String svg, String prefix) {
    String body = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
    Matcher m = IDS.matcher(body);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ids = List.of(m.group(2).split(" ")).map(id -> id.isEmpty() ? id : prefix + id).mkString(" ");
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=\"" + ids + "\""));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Text escaped for HTML and XML content and attribute values.
   *
   * @param text the text
   * @return it with {@code & < > " '} escaped
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
