package org.commonground.serialization.codec;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The named definitions of one schema ({@code $defs}): each object type once, referred to by
 * {@code $ref} wherever it appears, so that recursive and shared types stay small. Not
 * thread-safe: one schema is built at a time.
 */
public final class Schemas {

  private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();

  /** An empty set of definitions. */
  public Schemas() {}

  /**
   * A reference to a named definition, building it the first time.
   *
   * @param name the definition's name
   * @param definition builds the definition
   * @return {@code {"$ref": "#/$defs/name"}}
   */
  public ObjectNode reference(String name, Supplier<ObjectNode> definition) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, null);
      definitions.put(name, definition.get());
    }
    return node().put("$ref", "#/$defs/" + name);
  }

  /**
   * The definitions built so far, in the order they were first referred to.
   *
   * @return name → schema
   */
  public Map<String, ObjectNode> definitions() {
    return java.util.Collections.unmodifiableMap(definitions);
  }

  /**
   * A new empty schema node.
   *
   * @return the node
   */
  public static ObjectNode node() {
    return JsonNodeFactory.instance.objectNode();
  }
}
