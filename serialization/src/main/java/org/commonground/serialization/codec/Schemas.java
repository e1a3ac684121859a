// SPDX-License-Identifier: Apache-2.0
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
  private final Map<String, Object> owners = new java.util.HashMap<>();

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
    return reference(name, name, definition);
  }

  /**
   * A reference to a named definition of a given owner (the codec that defines it), building it
   * the first time. While it is being built, a reference to it from within (a recursive type)
   * gets the same {@code $ref}; two owners under one name are refused, as one would silently take
   * the other's definition.
   *
   * @param name the definition's name
   * @param owner what defines it, compared by identity
   * @param definition builds the definition
   * @return {@code {"$ref": "#/$defs/name"}}
   * @throws IllegalStateException if another owner already defined the name
   */
  public ObjectNode reference(String name, Object owner, Supplier<ObjectNode> definition) {
    Object known = owners.get(name);
    if (known == null) {
      owners.put(name, owner);
      // A placeholder keeps the definition's place (first referred to, first listed) while it is
      // built; it never leaves this class.
      definitions.put(name, null);
      try {
        definitions.put(name, definition.get());
      } catch (RuntimeException | Error e) {
        definitions.remove(name);
        owners.remove(name);
        throw e;
      }
    } else if (known != owner) {
      throw new IllegalStateException("Two types are defined under the schema name " + name
          + ": give each object codec its own definition name");
    }
    return node().put("$ref", "#/$defs/" + name);
  }

  /**
   * The definitions, in the order they were first referred to.
   *
   * @return name → schema
   * @throws IllegalStateException if called while a definition is being built (it would be
   *     missing)
   */
  public Map<String, ObjectNode> definitions() {
    java.util.Set<String> building = new java.util.TreeSet<>();
    definitions.forEach((name, node) -> {
      if (node == null) {
        building.add(name);
      }
    });
    if (!building.isEmpty()) {
      throw new IllegalStateException("Definitions still being built: " + building);
    }
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
