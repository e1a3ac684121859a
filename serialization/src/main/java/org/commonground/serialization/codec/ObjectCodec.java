// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.io.IOException;
import java.util.HashMap;
import java.util.function.Function;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.ValidationException;

/**
 * The JSON form of a value as an object of named properties, read strictly:
 *
 * <ul>
 *   <li>every property is read and every problem reported before the value is refused: a wrong
 *       type, a bad element, an unknown property and a missing one all in the same pass;
 *   <li>when every property reads, the value is built by its factory, and each domain rule it
 *       breaks is reported under the value's path ({@code $.indicators[3].target: …});
 *   <li>unknown properties are problems unless the reading is lenient ({@link Problems#lenient()}),
 *       for forward compatibility, and then they are skipped.
 * </ul>
 *
 * <pre>{@code
 * ObjectCodec<Sector> SECTOR = ObjectCodec.of("a sector", "Sector", List.of(KIND, FIELD),
 *     v -> ImmutableSector.builder().kind(v.get(KIND)).field(v.get(FIELD)).build());
 * }</pre>
 *
 * @param <T> the value
 */
public final class ObjectCodec<T> implements Codec<T> {

  /** The values of an object's properties, as read, for its factory. */
  public static final class Values {
    private final Field<?, ?>[] fields;
    private final Object[] values;

    Values(Field<?, ?>[] fields, Object[] values) {
      this.fields = fields;
      this.values = values;
    }

    /**
     * The value of a property.
     *
     * @param field the property
     * @param <V> its type
     * @return the value read, or the field's default when it was absent
     */
    @SuppressWarnings("unchecked")
    public <V> V get(Field<?, V> field) {
      for (int i = 0; i < fields.length; i++) {
        if (fields[i] == field) {
          return (V) values[i];
        }
      }
      throw new IllegalArgumentException("field: must be a property of this object, got " + field.name());
    }
  }

  private final String description;
  private final String definition;
  private final List<Field<T, ?>> fields;
  private final java.util.Map<String, Integer> byName = new HashMap<>();
  private final Field<?, ?>[] order;
  private final Function<Values, T> factory;

  private ObjectCodec(String description, String definition, List<Field<T, ?>> fields, Function<Values, T> factory) {
    this.description = description;
    this.definition = definition;
    this.fields = fields;
    this.factory = factory;
    this.order = new Field<?, ?>[fields.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = fields.get(i);
    }
    for (int i = 0; i < order.length; i++) {
      byName.put(order[i].name(), i);
    }
  }

  /**
   * A strict object codec.
   *
   * @param description what the value is, for messages ("an organization")
   * @param definition its name among a schema's definitions ("Organization")
   * @param fields its properties, in the order they are written
   * @param factory builds the value from its properties; may throw the library's
   *     {@link ValidationException}
   * @param <T> the value
   * @return the codec
   */
  public static <T> ObjectCodec<T> of(
      String description, String definition, List<Field<T, ?>> fields, Function<Values, T> factory) {
    return new ObjectCodec<>(description, definition, fields, factory);
  }

  /**
   * The properties, in the order they are written.
   *
   * @return the fields
   */
  public List<Field<T, ?>> fields() {
    return fields;
  }

  @Override
  public T read(JsonParser p, Path path, Problems problems) throws IOException {
    return readObject(p, path, problems, null);
  }

  /**
   * Reads the object, handing properties it does not know to {@code extra} (a document's
   * {@code format} and {@code version}) before calling them unknown.
   *
   * @param p the parser, on the object's first token
   * @param path where the object is
   * @param problems where problems go
   * @param extra takes a property name and returns true if it consumed its value; null for none
   * @return the value, or null if it has a problem
   * @throws IOException if the text is not well-formed JSON
   */
  public T readObject(JsonParser p, Path path, Problems problems, ExtraProperty extra) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      problems.report(path, Message.of("serialization.codec.object", descriptionMessage(), Codecs.gotMessage(p)));
      p.skipChildren();
      return null;
    }
    Object[] read = new Object[order.length];
    boolean[] seen = new boolean[order.length];
    // The properties that already have a problem (malformed, breaking a value rule, or missing):
    // the factory's own verdict on them would repeat it.
    java.util.Set<String> failed = null;
    int expected = 0;
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      // Documents written by the library list properties in order: try the next one first.
      int at;
      if (expected < order.length && order[expected].name().equals(name)) {
        at = expected;
      } else {
        Integer found = byName.get(name);
        at = found == null ? -1 : found;
      }
      if (at < 0) {
        if (extra == null || !extra.consume(name, p, path.property(name), problems)) {
          if (!problems.lenient()) {
            problems.report(path.property(name), Message.of("serialization.codec.unknownProperty", descriptionMessage(),
                fields.map(Field::name).mkString(", ")));
          }
          p.skipChildren();
        }
        continue;
      }
      expected = at + 1;
      long before = problems.count();
      Object value = order[at].codec().read(p, path.property(name), problems);
      read[at] = value;
      seen[at] = true;
      if (value == null || problems.count() != before) {
        failed = failed == null ? new java.util.HashSet<>() : failed;
        failed.add(name);
      }
    }
    for (int i = 0; i < order.length; i++) {
      if (!seen[i]) {
        Field<?, ?> field = order[i];
        if (field.required()) {
          problems.report(path.property(field.name()),
              Message.of("serialization.codec.required", field.codec().descriptionMessage()));
          failed = failed == null ? new java.util.HashSet<>() : failed;
          failed.add(field.name());
        } else {
          read[i] = field.absentValue();
        }
      }
    }
    // The factory runs even when some properties failed (passed as null), so that the value's
    // other rules are reported in the same pass; what it says about the failed ones is dropped.
    try {
      T value = factory.apply(new Values(order, read));
      return failed == null ? value : null;
    } catch (ValidationException e) {
      if (failed == null) {
        problems.reportAll(path, e);
      } else {
        java.util.Set<String> skip = failed;
        String prefix = path.toString();
        e.forEachViolation(v -> {
          if (!skip.contains(head(v.path()))) {
            problems.report(v.under(prefix));
          }
        });
      }
      return null;
    } catch (RuntimeException e) {
      if (failed == null) {
        // A factory's other refusals (an Immutables builder's IllegalStateException, say) are
        // problems of this value too: nothing but the library's exception leaves a reader.
        problems.report(path, Message.of("serialization.codec.invalid", description.replaceFirst("^(an?|the) ", ""),
            String.valueOf(e.getMessage())));
      }
      // With failed properties passed as null, a factory that cannot take nulls refuses them:
      // the problems are already reported.
      return null;
    }
  }

  /** The first name of a relative path: {@code sectors} of {@code sectors[2].field}. */
  private static String head(String relative) {
    int end = relative.length();
    for (int i = 0; i < relative.length(); i++) {
      char c = relative.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return relative.substring(0, end);
  }

  @Override
  public void write(JsonGenerator g, T value) throws IOException {
    g.writeStartObject();
    writeProperties(g, value);
    g.writeEndObject();
  }

  /**
   * Writes the object's properties, without the braces, for a document that adds its own.
   *
   * @param g the generator, inside an object
   * @param value the value
   * @throws IOException if the generator fails
   */
  public void writeProperties(JsonGenerator g, T value) throws IOException {
    for (Field<T, ?> field : fields) {
      writeField(g, field, value);
    }
  }

  private static <T, V> void writeField(JsonGenerator g, Field<T, V> field, T object) throws IOException {
    V v = field.get(object);
    if (field.omit(v)) {
      return;
    }
    g.writeFieldName(field.name());
    field.codec().write(g, v);
  }

  @Override
  public ObjectNode schema(Schemas schemas) {
    return schemas.reference(definition, this, () -> properties(schemas, Schemas.node()));
  }

  /**
   * The object's schema written into a node: {@code type}, {@code properties}, {@code required}
   * and {@code additionalProperties: false}.
   *
   * @param schemas where named definitions go
   * @param node the node to fill
   * @return the node
   */
  public ObjectNode properties(Schemas schemas, ObjectNode node) {
    node.put("type", "object").put("description", description);
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = node.putArray("required");
    for (Field<T, ?> field : fields) {
      properties.set(field.name(), field.codec().schema(schemas));
      if (field.required()) {
        required.add(field.name());
      }
    }
    node.put("additionalProperties", false);
    return node;
  }

  @Override
  public String description() {
    return description;
  }
  /**
   * What the value is, as a message: {@code serialization.codec.type.<definition>} when the
   * library has one for this form whose English is this codec's description ("an organization",
   * "una organización"), else the description as text.
   *
   * @return the description as a message
   */
  @Override
  public Message descriptionMessage() {
    String key = "serialization.codec.type." + definition;
    if (Message.isKnown(key)) {
      Message message = Message.of(key);
      if (message.text().equals(description)) {
        return message;
      }
    }
    return Message.literal(description);
  }


  /** Reads a property an object codec does not know, such as a document's format tag. */
  @FunctionalInterface
  public interface ExtraProperty {
    /**
     * Reads the property if it is known here.
     *
     * @param name the property's name
     * @param p the parser, on the value's first token
     * @param path the property's path
     * @param problems where problems go
     * @return true if the value was consumed
     * @throws IOException if the text is not well-formed JSON
     */
    boolean consume(String name, JsonParser p, Path path, Problems problems) throws IOException;
  }
}
