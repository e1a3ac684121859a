// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON Schemas shipped in the jar are the ones the codecs generate, one per kind of
 * {@link Documents#all()}, each a valid 2020-12 schema.
 *
 * <p><b>Regenerating the schemas.</b> After adding a document kind or changing a codec, write the
 * files anew and commit them with the change:
 *
 * <pre>
 * ./mvnw -B -o test -pl serialization -Dtest=DocumentSchemasTest -Dcommonground.schemas.update=true
 * </pre>
 *
 * <p>In that mode the test writes every kind's {@link DocumentKind#schemaText()} to
 * {@code src/main/resources/}{@link DocumentKind#schemaResource()}, deletes the schemas of kinds
 * that are gone, and passes; without it, it fails on any difference, naming the command.
 */
class DocumentSchemasTest {

  /** The system property that turns on update mode. */
  static final String UPDATE = "commonground.schemas.update";

  /** The source folder of the resources (Maven runs tests in the module's folder). */
  private static final Path RESOURCES = Paths.get("src", "main", "resources");

  private static final String REGENERATE = "regenerate with ./mvnw -B -o test -pl serialization "
      + "-Dtest=DocumentSchemasTest -D" + UPDATE + "=true";

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static boolean updating() {
    return Boolean.getBoolean(UPDATE);
  }

  @TestFactory
  Stream<DynamicTest> theCommittedSchemasAreTheGeneratedOnes() {
    return Documents.all().toJavaStream().map(kind -> DynamicTest.dynamicTest(kind.toString(), () -> {
      Path file = RESOURCES.resolve(kind.schemaResource());
      String generated = kind.schemaText();
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      } else {
        assertTrue(Files.exists(file), file + " is missing: " + REGENERATE);
        assertEquals(generated, Files.readString(file, StandardCharsets.UTF_8),
            file + " differs from the generated schema: " + REGENERATE);
        assertEquals(generated, kind.publishedSchema(), "the schema on the class path is stale: rebuild");
      }
    }));
  }

  @Test
  void noSchemaIsLeftOfAKindThatIsGone() throws IOException {
    Path folder = RESOURCES.resolve(DocumentKind.SCHEMA_FOLDER);
    java.util.Set<Path> expected = Documents.all().map(k -> RESOURCES.resolve(k.schemaResource())).toJavaSet();
    if (!Files.isDirectory(folder) && updating()) {
      return;
    }
    List<Path> stale;
    try (Stream<Path> files = Files.list(folder)) {
      stale = List.ofAll(files.filter(f -> !expected.contains(f))::iterator);
    }
    if (updating()) {
      for (Path f : stale) {
        Files.delete(f);
      }
    } else {
      assertEquals(List.empty(), stale, "schemas of no kind: " + REGENERATE);
    }
  }

  @Test
  void theSchemaTextIsStable() {
    for (DocumentKind<?> kind : Documents.all()) {
      String text = kind.schemaText();
      assertEquals(text, kind.schemaText());
      assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"), "one final line end");
      assertTrue(!text.contains("\r"), "no carriage returns");
      assertTrue(text.chars().allMatch(c -> c < 128), "ASCII only: patterns are spelled with \\u escapes");
      assertTrue(text.startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"), text);
    }
  }

  @TestFactory
  Stream<DynamicTest> everySchemaIsAValid2020_12Schema() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    return Documents.all().toJavaStream().map(kind -> DynamicTest.dynamicTest(kind.toString(), () -> {
      JsonNode schema = PLAIN.readTree(kind.schemaText());
      Set<ValidationMessage> problems = meta.validate(schema);
      assertEquals(Set.of(), problems);
      assertEquals("urn:commonground:schema:" + kind.name() + ":" + kind.version(), schema.get("$id").asText());
      schema.findValues("$ref").forEach(ref -> {
        String name = ref.asText().replaceFirst("^#/\\$defs/", "");
        JsonNode definition = schema.path("$defs").get(name);
        assertNotNull(definition, "no definition for " + ref);
        if (!definition.isObject() || definition.isEmpty()) {
          fail("an empty definition for " + ref + ": " + definition);
        }
      });
    }));
  }

  @Test
  void theOrganizationSchemaNamesItsStructure() throws IOException {
    JsonNode schema = PLAIN.readTree(PartnerJson.ORGANIZATION.schemaText());
    assertEquals("org/commonground/serialization/schemas/organization-v1.schema.json",
        PartnerJson.ORGANIZATION.schemaResource());
    assertEquals(List.of("format", "version", "id", "name", "sectors"),
        List.ofAll(schema.get("required")).map(JsonNode::asText));
    assertEquals("commonground.organization", schema.at("/properties/format/const").asText());
    assertEquals("#/$defs/Sector", schema.at("/properties/sectors/items/$ref").asText());
    assertEquals(List.of("PUBLIC", "PRIVATE", "NONPROFIT", "COMMUNITY"),
        List.ofAll(schema.at("/$defs/Sector/properties/kind/enum")).map(JsonNode::asText));
    assertEquals(false, schema.at("/$defs/Sector/additionalProperties").asBoolean(true));
  }
}
