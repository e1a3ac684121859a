// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemasTest {

  /** A tree: a node with children of its own type. */
  static final class Tree {
    final String name;
    final List<Tree> children;

    Tree(String name, List<Tree> children) {
      this.name = name;
      this.children = children;
    }
  }

  private static final Field<Tree, String> NAME = Field.required("name", Codecs.ID, t -> t.name);

  @Test
  void aRecursiveTypeRefersToItsOwnDefinitionWhichIsComplete() {
    java.util.concurrent.atomic.AtomicReference<ObjectCodec<Tree>> tree = new java.util.concurrent.atomic.AtomicReference<>();
    Codec<List<Tree>> children = new Codec<>() {
      @Override
      public List<Tree> read(com.fasterxml.jackson.core.JsonParser p, Path path, Problems problems) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void write(com.fasterxml.jackson.core.JsonGenerator g, List<Tree> value) {
        throw new UnsupportedOperationException();
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return Codecs.list(tree.get()).schema(schemas);
      }

      @Override
      public String description() {
        return "trees";
      }
    };
    tree.set(ObjectCodec.of("a tree", "Tree",
        List.of(NAME, Field.required("children", children, t -> t.children)), v -> null));
    Schemas schemas = new Schemas();
    assertEquals("#/$defs/Tree", tree.get().schema(schemas).get("$ref").asText());
    ObjectNode definition = schemas.definitions().get("Tree");
    assertEquals("#/$defs/Tree", definition.at("/properties/children/items/$ref").asText());
    assertEquals("object", definition.get("type").asText());
  }

  @Test
  void twoTypesUnderOneNameAreRefused() {
    ObjectCodec<Tree> one = ObjectCodec.of("a tree", "Tree", List.of(NAME), v -> null);
    ObjectCodec<Tree> other = ObjectCodec.of("a bush", "Tree", List.of(NAME), v -> null);
    Schemas schemas = new Schemas();
    one.schema(schemas);
    one.schema(schemas);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.schema(schemas));
    assertTrue(e.getMessage().contains("Tree"), e.getMessage());
  }

  @Test
  void aFailedDefinitionLeavesNoPlaceholder() {
    Schemas schemas = new Schemas();
    assertThrows(IllegalStateException.class, () -> schemas.reference("Broken", () -> {
      throw new IllegalStateException("cannot");
    }));
    assertEquals(java.util.Map.of(), schemas.definitions());
  }

  @Test
  void theIdAndTextPatternsAreJavasRules() {
    Pattern id = Pattern.compile(Codecs.ID_PATTERN);
    Pattern text = Pattern.compile(Codecs.TEXT_PATTERN);
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String s = String.valueOf((char) c);
      for (String candidate : List.of(s, "a" + s, s + "a", "a" + s + "a")) {
        assertEquals(org.commonground.core.validation.Violations.isId(candidate), id.matcher(candidate).matches(),
            () -> "id " + escape(candidate));
        assertEquals(!candidate.isBlank(), text.matcher(candidate).find(), () -> "text " + escape(candidate));
      }
    }
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> out.append(String.format("\\u%04X", c)));
    return out.toString();
  }
}
