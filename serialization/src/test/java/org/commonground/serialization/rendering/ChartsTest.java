// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.io.StringReader;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.scoring.relationship.NetworkScoring;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Each chart parsed as XML, its marks, reference lines and labels checked against the data. */
class ChartsTest {

  static final String SVG = "http://www.w3.org/2000/svg";

  /** Parses a chart with the JDK's parser, namespaces on and DTDs refused. */
  static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new InputSource(new StringReader(svg)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    }
  }

  /** The elements with the given data-role, in document order. */
  static List<Element> marks(Document doc, String role) {
    NodeList all = doc.getElementsByTagNameNS(SVG, "*");
    List<Element> found = List.empty();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (role.equals(e.getAttribute("data-role"))) {
        found = found.append(e);
      }
    }
    return found;
  }

  static List<String> attr(List<Element> elements, String name) {
    return elements.map(e -> e.getAttribute(name));
  }

  static List<String> texts(List<Element> elements) {
    return elements.map(Element::getTextContent);
  }

  /** The root is an accessible SVG 1.1 image labelled by its title and description. */
  static void assertAccessible(Document doc) {
    Element root = doc.getDocumentElement();
    assertEquals(SVG, root.getNamespaceURI());
    assertEquals("svg", root.getLocalName());
    assertEquals("1.1", root.getAttribute("version"));
    assertEquals("img", root.getAttribute("role"));
    Element title = (Element) root.getElementsByTagNameNS(SVG, "title").item(0);
    Element desc = (Element) root.getElementsByTagNameNS(SVG, "desc").item(0);
    assertEquals(title, firstChildElement(root, 0));
    assertEquals(desc, firstChildElement(root, 1));
    assertFalse(title.getTextContent().isBlank());
    assertFalse(desc.getTextContent().isBlank());
    assertEquals(title.getAttribute("id") + " " + desc.getAttribute("id"), root.getAttribute("aria-labelledby"));
  }

  private static Element firstChildElement(Element parent, int n) {
    NodeList children = parent.getChildNodes();
    int seen = 0;
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element) {
        if (seen++ == n) {
          return (Element) children.item(i);
        }
      }
    }
    throw new AssertionError("no child element " + n);
  }

  static String desc(Document doc) {
    return doc.getElementsByTagNameNS(SVG, "desc").item(0).getTextContent();
  }

  static String title(Document doc) {
    return doc.getElementsByTagNameNS(SVG, "title").item(0).getTextContent();
  }

  @Test
  void trendHasEachValueWithItsIntervalTheBaselineAndBothTargets() {
    Document doc = parse(Charts.trend(ChartSamples.graduation("Graduation rate")));
    assertAccessible(doc);

    List<Element> values = marks(doc, "value");
    assertEquals(List.of("2019", "2020", "2021", "2023", "2024"), attr(values, "data-period"));
    assertEquals(List.of("80", "82", "84", "85", "87"), attr(values, "data-value"));
    // every value has its interval, lower below the value and upper above
    for (Element v : values) {
      double value = Double.parseDouble(v.getAttribute("data-value"));
      assertTrue(Double.parseDouble(v.getAttribute("data-lower")) < value, v.getAttribute("data-period"));
      assertTrue(Double.parseDouble(v.getAttribute("data-upper")) > value, v.getAttribute("data-period"));
    }
    assertEquals(5, marks(doc, "interval").size());
    // 2019–2021 and 2023–2024 are two runs of the band: 2022 has no value
    assertEquals(2, marks(doc, "band").head().getElementsByTagNameNS(SVG, "polygon").getLength());
    assertEquals(1, marks(doc, "gap").size());
    assertEquals(3, marks(doc, "series").size());

    // 2021 misses partner b: marked on the point and labelled
    assertEquals(List.of("true", "true", "false", "true", "true"), attr(values, "data-complete"));
    assertEquals("b", values.get(2).getAttribute("data-missing"));
    assertEquals(List.of("missing b"), texts(marks(doc, "gap-label")));

    Element baseline = marks(doc, "baseline").single();
    assertEquals("2018", baseline.getAttribute("data-period"));
    assertEquals("80", baseline.getAttribute("data-value"));
    List<Element> targets = marks(doc, "target");
    assertEquals(List.of("interim", "long_term"), attr(targets, "data-horizon"));
    assertEquals(List.of("2024", "2026"), attr(targets, "data-period"));
    assertEquals(List.of("86", "90"), attr(targets, "data-value"));
    assertEquals(1, marks(doc, "baseline-line").size());
    assertEquals(2, marks(doc, "target-line").size());
    assertEquals(List.of("long-term 90 (2026)", "interim 86 (2024)", "baseline 80 (2018)"),
        texts(marks(doc, "reference-label")));

    // the axis runs over every period from the baseline to the last target, 2018–2026
    assertEquals(List.range(2018, 2027).map(String::valueOf), texts(marks(doc, "period")));
    String desc = desc(doc);
    assertTrue(desc.contains("2021: 84 (95% CI"), desc);
    assertTrue(desc.contains("1 of 2 expected partners reported (missing b)"), desc);
    assertTrue(desc.contains("Baseline 80 in 2018. Interim target 86 by 2024. Long-term target 90 by 2026."), desc);
    assertTrue(title(doc).startsWith("Graduation rate (percent)"), title(doc));
  }

  @Test
  void factorBarsSitOverTheBandsWithTheirThresholds() {
    Document doc = parse(Charts.factors(ChartSamples.survey("Mutual trust", "Clear roles", "Sufficient funds")));
    assertAccessible(doc);

    List<Element> bars = marks(doc, "bar");
    assertEquals(List.of("trust", "roles", "money"), attr(bars, "data-factor"));
    assertEquals(List.of("4.25", "3.5", "2"), attr(bars, "data-mean"));
    assertEquals(List.of("strength", "borderline", "concern"), attr(bars, "data-band"));
    assertEquals(List.of("Mutual trust", "Clear roles", "Sufficient funds"), texts(marks(doc, "factor-label")));
    assertEquals(List.of("4.25", "3.5", "2"), texts(marks(doc, "bar-label")));
    // longer bars for higher means
    List<Double> widths = bars.map(b -> Double.parseDouble(b.getAttribute("width")));
    assertTrue(widths.get(0) > widths.get(1) && widths.get(1) > widths.get(2), widths.toString());

    List<Element> thresholds = marks(doc, "threshold");
    assertEquals(List.of("borderline", "strength"), attr(thresholds, "data-band"));
    assertEquals(List.of("3", "4"), attr(thresholds, "data-value"));
    assertEquals(List.of("borderline from 3", "strength from 4"), texts(marks(doc, "threshold-label")));
    assertEquals(List.of("concern", "borderline", "strength"), texts(marks(doc, "band-label")));
    assertTrue(desc(doc).contains("Mutual trust: 4.25, strength; Clear roles: 3.5, borderline; Sufficient funds: 2, concern"),
        desc(doc));
  }

  @Test
  void alignmentPlotsLevelAgainstAgreementWithBothThresholds() {
    Document doc = parse(Charts.alignment(ChartSamples.alignment()));
    assertAccessible(doc);

    List<Element> dims = marks(doc, "dimension");
    assertEquals(List.of("leadership", "outcomes", "action"), attr(dims, "data-dimension"));
    assertEquals(List.of("4.75", "2.25", "3"), attr(dims, "data-level"));
    assertEquals(List.of("0.875", "0.875", "0"), attr(dims, "data-agreement"));
    assertEquals(List.of("aligned", "agreed but weak", "contested"), attr(dims, "data-class"));
    assertEquals(3, marks(doc, "dimension-label").size());
    // higher agreement is higher on the page (smaller y)
    assertTrue(Double.parseDouble(dims.get(0).getAttribute("cy")) < Double.parseDouble(dims.get(2).getAttribute("cy")));

    List<Element> thresholds = marks(doc, "threshold");
    assertEquals(List.of("agreement", "level"), attr(thresholds, "data-axis"));
    // r_wg 0.70; three quarters of the way up 1–5 is 4
    assertEquals(List.of("0.7", "4"), attr(thresholds, "data-value"));
    assertEquals(List.of("aligned", "agreed but weak", "contested"), texts(marks(doc, "region-label")));
    // data systems: one rater, so no agreement and no point; advocacy: no ratings; both listed instead
    assertEquals(List.of("data-systems", "advocacy"), attr(marks(doc, "unplotted"), "data-dimension"));
    assertTrue(desc(doc).contains("no agreement, undetermined (1 rater)"), desc(doc));
  }

  @Test
  void groupsAreOneLineEachAgainstTheSharedTarget() {
    Document doc = parse(Charts.groups(ChartSamples.byIncome("low", "not low")));
    assertAccessible(doc);

    List<Element> groups = marks(doc, "group");
    assertEquals(List.of("income = low", "income = not low"), attr(groups, "data-group"));
    assertEquals(List.of("false", "true"), attr(groups, "data-reference"));
    List<Element> values = marks(doc, "group-value");
    assertEquals(List.of("2021", "2022", "2023", "2021", "2022", "2023"), attr(values, "data-period"));
    assertEquals(List.of("60", "70", "78", "80", "82", "84"), attr(values, "data-value"));
    assertEquals(6, marks(doc, "interval").size());

    Element target = marks(doc, "target-line").single();
    assertEquals("90", target.getAttribute("data-value"));
    assertEquals("2030", target.getAttribute("data-period"));
    assertEquals(List.of("long-term 90 (2030)", "income = not low (reference)", "income = low"),
        texts(marks(doc, "series-label")));
    assertTrue(desc(doc).contains("income = low: 2021 60, 2022 70, 2023 78"), desc(doc));
  }

  @Test
  void theNetworkShowsEveryMemberAndTieWithItsTrust() {
    PartnerNetwork network = ChartSamples.network("a", "b", "c", "d", "e");
    Document doc = parse(Charts.network(network, NetworkScoring.score(network)));
    assertAccessible(doc);

    List<Element> members = marks(doc, "member");
    assertEquals(List.of("a", "b", "c", "d", "e"), attr(members, "data-member"));
    assertEquals(List.of("2", "1", "2", "1", "0"), attr(members, "data-degree"));
    assertEquals(List.of("a", "b", "c", "d", "e"), texts(marks(doc, "member-label")));
    List<Element> ties = marks(doc, "tie");
    assertEquals(List.of("a b", "a c", "c d"), ties.map(t -> t.getAttribute("data-from") + " " + t.getAttribute("data-to")));
    assertEquals(List.of("3.5", "2", "1"), attr(ties, "data-trust"));
    assertEquals(List.of("both", "one-way", "one-way"), attr(ties, "data-direction"));
    assertEquals(List.of("trust 3.5", "trust 2", "trust 1"), texts(marks(doc, "tie-label")));
    // every member is drawn inside the picture, and no two at the same place
    Element root = doc.getDocumentElement();
    double width = Double.parseDouble(root.getAttribute("width"));
    double height = Double.parseDouble(root.getAttribute("height"));
    for (Element m : members) {
      double cx = Double.parseDouble(m.getAttribute("cx"));
      double cy = Double.parseDouble(m.getAttribute("cy"));
      assertTrue(cx > 0 && cx < width && cy > 0 && cy < height, m.getAttribute("data-member"));
    }
    assertEquals(5, members.map(m -> m.getAttribute("cx") + "," + m.getAttribute("cy")).distinct().size());
    assertTrue(desc(doc).startsWith("5 members, 3 of 10 possible ties (density 0.3), 2 components."), desc(doc));
  }

  @Test
  void everyLabelIsEscaped() {
    String nasty = "A <b> & \"C\" 'd'";
    List<String> charts = List.of(
        Charts.trend(ChartSamples.graduation(nasty)),
        Charts.factors(ChartSamples.survey(nasty, nasty + "2", nasty + "3")),
        Charts.groups(ChartSamples.byIncome(nasty, "x & y")),
        networkChart(ChartSamples.network(nasty, "<", "&", "\"", "'")));
    for (String svg : charts) {
      assertFalse(svg.contains("<b>"), svg);
      assertFalse(svg.contains("& "), svg);
      Document doc = parse(svg);
      assertAccessible(doc);
    }
    assertTrue(title(parse(charts.get(0))).startsWith(nasty));
    assertEquals(List.of(nasty, nasty + "2", nasty + "3"), texts(marks(parse(charts.get(1)), "factor-label")));
    assertEquals(List.of("income = " + nasty, "income = x & y"), attr(marks(parse(charts.get(2)), "group"), "data-group"));
    Document network = parse(charts.get(3));
    assertEquals(List.of(nasty, "<", "&", "\"", "'"), attr(marks(network, "member"), "data-member"));
    assertEquals(List.of(nasty, "<", "&", "\"", "'"), texts(marks(network, "member-label")));
  }

  @Test
  void charactersXmlCannotHoldAreReplaced() {
    assertEquals("a\uFFFDb\uFFFD&lt;", Svg.escape("a\u0001b\uD800&lt;".replace("&lt;", "<")));
    assertEquals("\uD83D\uDE00 &amp; &quot;&apos;&gt;", Svg.escape("\uD83D\uDE00 & \"'>"));
  }

  private static String networkChart(PartnerNetwork network) {
    return Charts.network(network, NetworkScoring.score(network));
  }

  @Test
  void theSameInputGivesTheSameBytesInAnyLocale() {
    Locale before = Locale.getDefault();
    List<String> first = all();
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      assertEquals(first, all());
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertEquals(first, all());
    } finally {
      Locale.setDefault(before);
    }
    assertEquals(first, all());
    assertTrue(first.forAll(svg -> svg.contains("data-value=\"87\"") || !svg.contains("data-chart=\"trend\"")));
  }

  private static List<String> all() {
    return List.of(
        Charts.trend(ChartSamples.graduation("Graduation rate")),
        Charts.factors(ChartSamples.survey("Trust", "Roles", "Funds")),
        Charts.alignment(ChartSamples.alignment()),
        Charts.groups(ChartSamples.byIncome("low", "not low")),
        networkChart(ChartSamples.network("a", "b", "c", "d", "e")));
  }
}
