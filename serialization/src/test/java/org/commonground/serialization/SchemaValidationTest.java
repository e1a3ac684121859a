// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Stream;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped schemas, checked by a maintained 2020-12 validator (networknt), agree with the
 * reader: every valid document of every kind ({@link DocumentExamples}) validates, and documents
 * broken in structure (a wrong type, a missing or unknown property, a wrong format or version)
 * fail both the schema and {@link CommonGroundJson#read(DocumentKind, String)}.
 */
class SchemaValidationTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  static JsonSchema schemaOf(DocumentKind<?> kind) {
    return FACTORY.getSchema(tree(kind.publishedSchema()));
  }

  static JsonNode tree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyKindHasAnExampleGenerator() {
    assertEquals(List.empty(), Documents.all().filter(k -> DocumentExamples.of(k).isEmpty()),
        "add a generator of each kind's values to DocumentExamples.ALL");
  }

  @TestFactory
  Stream<DynamicTest> everyExampleDocumentValidates() {
    return DocumentExamples.ALL.toJavaStream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
      JsonSchema schema = schemaOf(example.kind);
      qt().withExamples(300).forAll(example.documents())
          .checkAssert(document -> assertEquals(Set.of(), schema.validate(tree(document)), document));
    }));
  }

  /**
   * Documents broken in structure, derived from a valid one of each kind: each must fail the
   * schema and the reader alike.
   */
  @TestFactory
  Stream<DynamicTest> documentsBrokenInStructureFailTheSchemaAndTheReader() {
    return DocumentExamples.ALL.toJavaStream().flatMap(example -> {
      JsonSchema schema = schemaOf(example.kind);
      ObjectNode valid = (ObjectNode) tree(richExample(example));
      return broken(valid).toJavaStream().map(b -> DynamicTest.dynamicTest(example + ": " + b._1, () ->
          assertRefused(example.kind, schema, b._2)));
    });
  }

  /** The organization's own invalid documents, beyond the generic ones. */
  @TestFactory
  Stream<DynamicTest> invalidOrganizationsFailTheSchemaAndTheReader() {
    String tag = "\"format\":\"commonground.organization\",\"version\":1,";
    String sectors = "\"sectors\":[{\"kind\":\"PUBLIC\"}]";
    JsonSchema schema = schemaOf(PartnerJson.ORGANIZATION);
    return List.of(
            Tuple.of("an id that is a number", "{" + tag + "\"id\":5,\"name\":\"n\"," + sectors + "}"),
            Tuple.of("an empty id", "{" + tag + "\"id\":\"\",\"name\":\"n\"," + sectors + "}"),
            Tuple.of("an id with a leading space", "{" + tag + "\"id\":\" a\",\"name\":\"n\"," + sectors + "}"),
            Tuple.of("an id ending in U+3000", "{" + tag + "\"id\":\"a\u3000\",\"name\":\"n\"," + sectors + "}"),
            Tuple.of("an id with a tab", "{" + tag + "\"id\":\"a\\tb\",\"name\":\"n\"," + sectors + "}"),
            Tuple.of("an id with U+0085", "{" + tag + "\"id\":\"a\u0085b\",\"name\":\"n\"," + sectors + "}"),
            Tuple.of("an id with a line separator", "{" + tag + "\"id\":\"a\u2028b\",\"name\":\"n\"," + sectors + "}"),
            Tuple.of("an id of 201 characters", "{" + tag + "\"id\":\"" + "x".repeat(201) + "\",\"name\":\"n\"," + sectors + "}"),
            Tuple.of("a blank name", "{" + tag + "\"id\":\"a\",\"name\":\" \\u2003 \"," + sectors + "}"),
            Tuple.of("no name", "{" + tag + "\"id\":\"a\"," + sectors + "}"),
            Tuple.of("sectors not an array", "{" + tag + "\"id\":\"a\",\"name\":\"n\",\"sectors\":{\"kind\":\"PUBLIC\"}}"),
            Tuple.of("an unknown sector kind", "{" + tag + "\"id\":\"a\",\"name\":\"n\",\"sectors\":[{\"kind\":\"MARS\"}]}"),
            Tuple.of("a sector kind in lower case", "{" + tag + "\"id\":\"a\",\"name\":\"n\",\"sectors\":[{\"kind\":\"public\"}]}"),
            Tuple.of("a blank sector field", "{" + tag + "\"id\":\"a\",\"name\":\"n\",\"sectors\":[{\"kind\":\"PUBLIC\",\"field\":\"\"}]}"),
            Tuple.of("an unknown sector property", "{" + tag + "\"id\":\"a\",\"name\":\"n\",\"sectors\":[{\"kind\":\"PUBLIC\",\"since\":1990}]}"),
            Tuple.of("a null sector", "{" + tag + "\"id\":\"a\",\"name\":\"n\",\"sectors\":[null]}"),
            Tuple.of("the version as a string", "{\"format\":\"commonground.organization\",\"version\":\"1\",\"id\":\"a\",\"name\":\"n\"," + sectors + "}"),
            Tuple.of("another format", "{\"format\":\"commonground.partnership\",\"version\":1,\"id\":\"a\",\"name\":\"n\"," + sectors + "}"),
            Tuple.of("a null document", "null"),
            Tuple.of("an array", "[{" + tag + "\"id\":\"a\",\"name\":\"n\"," + sectors + "}]"))
        .toJavaStream().map(b -> DynamicTest.dynamicTest(b._1, () -> assertRefused(PartnerJson.ORGANIZATION, schema, tree(b._2))));
  }

  @Test
  void charactersJavaAndEcmaDisagreeOnAreReadAsTheSchemaSays() {
    JsonSchema schema = schemaOf(PartnerJson.ORGANIZATION);
    // U+00A0 and U+FEFF are white space to ECMA-262's \s but not to Java's isBlank or strip: the
    // reader takes them, so the schema must too.
    for (String id : List.of("a\u00A0", "\uFEFFa", "\u00A0", "\uD83D\uDE00")) {
      String document = "{\"format\":\"commonground.organization\",\"version\":1,\"id\":" + quote(id)
          + ",\"name\":" + quote(id) + ",\"sectors\":[{\"kind\":\"PUBLIC\"}]}";
      assertEquals(id, CommonGroundJson.read(PartnerJson.ORGANIZATION, document).id());
      assertEquals(Set.of(), schema.validate(tree(document)), document);
    }
    // 200 emoji are 400 UTF-16 units but 200 characters to JSON Schema's maxLength, and to the reader.
    String emoji = "\uD83D\uDE00".repeat(200);
    String document = "{\"format\":\"commonground.organization\",\"version\":1,\"id\":" + quote(emoji)
        + ",\"name\":\"n\",\"sectors\":[{\"kind\":\"PUBLIC\"}]}";
    assertEquals(emoji, CommonGroundJson.read(PartnerJson.ORGANIZATION, document).id());
    assertEquals(Set.of(), schema.validate(tree(document)));
  }

  private static String quote(String text) {
    return JsonNodeFactory.instance.textNode(text).toString();
  }

  /** The longest of 50 documents of a kind (so the most properties are present), always the same. */
  private static String richExample(DocumentExamples.Example<?> example) {
    java.util.concurrent.atomic.AtomicReference<String> longest = new java.util.concurrent.atomic.AtomicReference<>("");
    qt().withFixedSeed(14).withExamples(50).forAll(example.documents())
        .checkAssert(d -> longest.accumulateAndGet(d, (a, b) -> b.length() > a.length() ? b : a));
    return longest.get();
  }

  private static void assertRefused(DocumentKind<?> kind, JsonSchema schema, JsonNode document) {
    String text = document.toString();
    assertFalse(schema.validate(document).isEmpty(), "the schema takes " + text);
    ValidationException e = assertThrows(ValidationException.class, () -> CommonGroundJson.read(kind, text), text);
    assertTrue(e.count() > 0);
  }

  /**
   * Structural breakages of a valid document: the format or version wrong or missing, every
   * property removed in turn (only the required ones are listed: removing an optional one leaves
   * the document valid), an unknown property at the root, and every value anywhere replaced by
   * one of another JSON type.
   */
  static List<Tuple2<String, JsonNode>> broken(ObjectNode valid) {
    List<Tuple2<String, JsonNode>> out = List.of(
        Tuple.of("no format", valid.deepCopy().without("format")),
        Tuple.of("no version", valid.deepCopy().without("version")),
        Tuple.of("version 2", valid.deepCopy().put("version", 2)),
        Tuple.of("version 1.5", valid.deepCopy().put("version", 1.5)),
        Tuple.of("version \"1\"", valid.deepCopy().put("version", "1")),
        Tuple.of("format in upper case", valid.deepCopy().put("format", valid.get("format").asText().toUpperCase())),
        Tuple.of("an unknown property", valid.deepCopy().put("unknownProperty", 1)));
    return out.appendAll(wrongTypes(valid, "", valid));
  }

  /** Every node under {@code at} replaced, one at a time, by a value of another JSON type. */
  private static List<Tuple2<String, JsonNode>> wrongTypes(ObjectNode root, String pointer, JsonNode at) {
    List<Tuple2<String, JsonNode>> out = List.empty();
    if (!pointer.isEmpty() && !pointer.equals("/format") && !pointer.equals("/version")) {
      JsonNode other = at.isTextual() ? JsonNodeFactory.instance.numberNode(42)
          : at.isNumber() || at.isBoolean() || at.isNull() ? JsonNodeFactory.instance.textNode(at.asText() + "!")
          : at.isArray() ? JsonNodeFactory.instance.objectNode()
          : JsonNodeFactory.instance.arrayNode();
      out = out.append(Tuple.of(pointer + " as " + other.getNodeType(), replace(root, pointer, other)));
    }
    if (at.isObject()) {
      for (java.util.Iterator<String> names = at.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        out = out.appendAll(wrongTypes(root, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), at.get(name)));
      }
    } else if (at.isArray()) {
      for (int i = 0; i < at.size(); i++) {
        out = out.appendAll(wrongTypes(root, pointer + "/" + i, at.get(i)));
      }
    }
    return out;
  }

  private static JsonNode replace(ObjectNode root, String pointer, JsonNode value) {
    ObjectNode copy = root.deepCopy();
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, cut));
    String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
    if (parent.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return copy;
  }
}
