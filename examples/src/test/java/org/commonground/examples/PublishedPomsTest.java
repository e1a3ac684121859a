// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The POMs of the published artifacts carry what Maven Central requires, and the bill of
 * materials manages exactly the published modules. The release profile checks the flattened POMs
 * again (pomchecker); this test keeps the default build honest.
 */
class PublishedPomsTest {

  private static final Path ROOT = Path.of("..");

  /** The published library modules, by directory. */
  private static final List<String> PUBLISHED = List.of("core", "scoring", "serialization", "spark");

  /** The metadata a published POM must have, inherited from the parent or its own (the bom). */
  private static final List<String> PROJECT_METADATA =
      List.of(
          "url",
          "licenses/license/name",
          "licenses/license/url",
          "developers/developer/name",
          "scm/connection",
          "scm/developerConnection",
          "scm/url");

  @Test
  void theParentCarriesTheMetadataTheModulesInherit() throws Exception {
    Element parent = pom("pom.xml");

    for (String path : PROJECT_METADATA) {
      assertFalse(text(parent, path).isBlank(), "parent POM lacks " + path);
    }
    assertEquals("Apache-2.0", text(parent, "licenses/license/name"));
  }

  @Test
  void everyPublishedModuleHasItsOwnNameAndDescription() throws Exception {
    for (String module : PUBLISHED.append("bom")) {
      Element pom = pom(module + "/pom.xml");

      assertTrue(text(pom, "name").startsWith("Common Ground :: "), module + " has no own name");
      assertFalse(text(pom, "description").isBlank(), module + " has no description");
    }
  }

  @Test
  void theBomRepeatsTheParentsMetadataAndInheritsNothing() throws Exception {
    Element parent = pom("pom.xml");
    Element bom = pom("bom/pom.xml");

    assertTrue(children(bom, "parent").isEmpty(), "the bom must not inherit from the parent");
    assertEquals(text(parent, "version"), text(bom, "version"));
    assertEquals(text(parent, "groupId"), text(bom, "groupId"));
    for (String path : PROJECT_METADATA) {
      assertEquals(text(parent, path), text(bom, path), "bom and parent differ on " + path);
    }
  }

  @Test
  void theBomManagesExactlyThePublishedModulesAtTheProjectVersion() throws Exception {
    Element bom = pom("bom/pom.xml");
    List<Element> managed = elements(bom, "dependencyManagement/dependencies/dependency");

    assertEquals(
        PUBLISHED.map(module -> "org.commonground:commonground-" + module + ":${project.version}"),
        managed.map(
            dependency ->
                text(dependency, "groupId")
                    + ":"
                    + text(dependency, "artifactId")
                    + ":"
                    + text(dependency, "version")));
    for (String module : PUBLISHED) {
      assertEquals("commonground-" + module, text(pom(module + "/pom.xml"), "artifactId"));
    }
  }

  @Test
  void theConsumerImportsTheBomAndKeepsTheParentsVersions() throws Exception {
    Element parent = pom("pom.xml");
    Element consumer = pom("consumer-check/pom.xml");

    assertTrue(children(consumer, "parent").isEmpty(), "the consumer must build as a user's project, without the parent");
    List<Element> imports = elements(consumer, "dependencyManagement/dependencies/dependency")
        .filter(d -> text(d, "scope").equals("import") && text(d, "artifactId").equals("commonground-bom"));
    assertEquals(1, imports.size(), "the consumer must import commonground-bom");
    assertTrue(text(elements(consumer, "dependencies/dependency")
            .find(d -> text(d, "artifactId").equals("commonground-scoring")).get(), "version").isEmpty(),
        "the consumer takes the library's version from the bom");
    List<Element> properties = children(children(consumer, "properties").head(), null);
    int compared = 0;
    for (Element property : properties) {
      String name = property.getTagName();
      if (name.endsWith(".version") || name.equals("maven.compiler.release")) {
        assertEquals(text(parent, "properties/" + name), property.getTextContent().trim(),
            "consumer-check and the parent differ on " + name);
        compared++;
      }
    }
    assertTrue(compared >= 10, "compared only " + compared + " versions");
  }

  private static Element pom(String file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(ROOT.resolve(file).toFile());
    return document.getDocumentElement();
  }

  /** The text of the first element at a slash-separated path of child names, or "". */
  private static String text(Element from, String path) {
    List<Element> found = elements(from, path);
    return found.isEmpty() ? "" : found.head().getTextContent().strip();
  }

  private static List<Element> elements(Element from, String path) {
    List<Element> current = List.of(from);
    for (String name : path.split("/")) {
      current = current.flatMap(element -> children(element, name));
    }
    return current;
  }

  /** The child elements of a name, or every child element when the name is null. */
  private static List<Element> children(Element parent, String name) {
    List<Element> found = List.empty();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
        found = found.append(element);
      }
    }
    return found;
  }
}
