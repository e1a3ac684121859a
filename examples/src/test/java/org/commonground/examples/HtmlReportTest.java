// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonground.core.readiness.CollaborationFactorsInventory;
import org.commonground.scoring.relationship.NetworkScoring;
import org.commonground.serialization.rendering.Charts;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportTest {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private final String page = HtmlReport.sample();
  private final Document document = parse(page);

  @Test
  void thePageIsWellFormedXmlWithNoScriptsOrExternalResources() {
    assertEquals("html", document.getDocumentElement().getLocalName());
    assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength());
    assertEquals(0, document.getElementsByTagNameNS("*", "link").getLength());
    assertEquals(0, document.getElementsByTagNameNS("*", "img").getLength());
    assertFalse(page.contains("src="), "a resource is loaded");
    assertFalse(page.contains("url(http"), "a resource is loaded");
    for (Element a : elements(document.getElementsByTagNameNS(XHTML, "a"))) {
      assertTrue(a.getAttribute("href").startsWith("#"), a.getAttribute("href"));
    }
  }

  @Test
  void everySectionOfTheTextReportIsOnThePage() {
    List<String> titles = elements(document.getElementsByTagNameNS(XHTML, "h2")).map(Element::getTextContent);

    assertEquals(8, titles.size(), titles.toString());
    List.of("Members", "Relationships on the", "How members rate each other", "Partner network", "Alignment: ",
            "Readiness", "Shared measures: ", "Graduation by income (1710 student records)")
        .forEach(t -> assertTrue(titles.exists(h -> h.startsWith(t)), t + " missing from " + titles));
    String text = elements(document.getElementsByTagNameNS(XHTML, "pre")).map(Element::getTextContent).mkString("\n");
    SamplePartnership.members().forEach(m -> assertTrue(text.contains(m.name()), m.name()));
    assertTrue(text.contains("public     lincoln-hs, county-health"), text);
    assertTrue(text.contains("Sectors"), text);
    assertTrue(text.contains("Stage 3 vague awareness"), text);
    assertTrue(text.contains("1122.0† 2023"), text);
    assertTrue(text.contains("youth-works × other: fewer than 10 records (6)"), text);
    assertTrue(text.contains("Disclosure audit of the published table"), text);
  }

  @Test
  void everyChartIsInlinedAndParsesOnItsOwn() throws Exception {
    List<Element> svgs = elements(document.getElementsByTagNameNS(SVG, "svg"));
    int indicators = SampleMeasures.measures().indicators().size();

    assertEquals(indicators + 4, svgs.size());
    List<String> kinds = svgs.map(s -> s.getAttribute("data-chart"));
    assertEquals(indicators, kinds.count("trend"::equals), kinds.toString());
    List.of("factors", "alignment", "groups", "network")
        .forEach(k -> assertEquals(1, kinds.count(k::equals), k + " in " + kinds));
    assertFalse(page.contains("<?xml"), "an XML declaration inside the page");
    // each inlined chart, cut out of the page, is an SVG document of its own
    int from = 0;
    for (int i = 0; i < svgs.size(); i++) {
      int start = page.indexOf("<svg ", from);
      int end = page.indexOf("</svg>", start) + "</svg>".length();
      Document svg = parse(page.substring(start, end));
      assertEquals(SVG, svg.getDocumentElement().getNamespaceURI());
      assertTrue(svg.getElementsByTagNameNS(SVG, "title").getLength() > 0);
      from = end;
    }
  }

  @Test
  void theChartsShowTheSamplesData() {
    String trends = chartText("trend");
    SampleMeasures.measures().indicators().forEach(i -> assertTrue(trends.contains(i.name()), i.name() + ":\n" + trends));
    String factors = chartText("factors");
    CollaborationFactorsInventory.FACTORS.take(2).forEach(f -> assertTrue(factors.contains(f.name()), f.name()));
    String network = chartText("network");
    SampleRelationships.network().members().forEach(m -> assertTrue(network.contains(m), m + ":\n" + network));
    assertTrue(chartText("groups").contains("low"), chartText("groups"));
    assertFalse(chartText("alignment").isBlank());
  }

  @Test
  void idsAreUniqueAndEveryLabelReferenceResolves() {
    List<Element> all = elements(document.getElementsByTagNameNS("*", "*"));
    List<String> ids = all.map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty());
    Set<String> unique = HashSet.ofAll(ids);

    assertEquals(ids.size(), unique.size(), "duplicate ids: " + ids.groupBy(id -> id).filter(g -> g._2.size() > 1).keySet());
    for (Element e : all) {
      for (String ref : e.getAttribute("aria-labelledby").split(" ")) {
        assertTrue(ref.isEmpty() || unique.contains(ref), ref + " does not resolve");
      }
    }
  }

  @Test
  void theSameChartTwiceKeepsItsIdsApart() {
    String network = Charts.network(SampleRelationships.network(), NetworkScoring.score(SampleRelationships.network()));
    String twice = HtmlReport.render("Twice", List.of(HtmlReport.Section.of("Network", "", network, network)));
    Document parsed = parse(twice);
    List<String> ids = elements(parsed.getElementsByTagNameNS("*", "*"))
        .map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty());

    assertTrue(ids.size() >= 4, ids.toString());
    assertEquals(ids.size(), ids.distinct().size(), ids.toString());
    assertNotEquals(HtmlReport.inline(network, "c1-"), HtmlReport.inline(network, "c2-"));
  }

  @Test
  void everyTextIsEscaped() {
    String nasty = "<b>Fish & \"Chips\"</b> 'n' </pre>";
    Document parsed = parse(HtmlReport.render(nasty, List.of(HtmlReport.Section.of(nasty, nasty + "\n<script>"))));

    assertEquals(nasty, parsed.getElementsByTagNameNS(XHTML, "title").item(0).getTextContent());
    assertEquals(nasty, parsed.getElementsByTagNameNS(XHTML, "h2").item(0).getTextContent());
    assertEquals(nasty + "\n<script>", parsed.getElementsByTagNameNS(XHTML, "pre").item(0).getTextContent());
    assertEquals(0, parsed.getElementsByTagNameNS("*", "script").getLength());
    assertEquals(0, parsed.getElementsByTagNameNS("*", "b").getLength());
  }

  @Test
  void thePageIsTheSameEveryTime() {
    assertEquals(page, HtmlReport.sample());
  }

  private String chartText(String kind) {
    return elements(document.getElementsByTagNameNS(SVG, "svg"))
        .filter(s -> s.getAttribute("data-chart").equals(kind))
        .map(Element::getTextContent)
        .mkString("\n");
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> out = List.empty();
    for (int i = 0; i < nodes.getLength(); i++) {
      out = out.append((Element) nodes.item(i));
    }
    return out;
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }
}
