// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.commonground.serialization.codec.ObjectCodec;
import org.commonground.serialization.codec.Schemas;

/**
 * A kind of JSON document: its format tag, the version this library writes, the versions it reads,
 * and the JSON form of its content. Every document is an object that starts with its tag:
 *
 * <pre>{@code
 * {"format": "commonground.organization", "version": 1, "id": "lincoln-hs", "name": "Lincoln High School", …}
 * }</pre>
 *
 * <p><b>Versions.</b> A version changes only when a document written by the new library could be
 * misread by an old one: a property renamed or removed, a meaning changed. Adding an optional
 * property does not change the version (an old reader refuses it in strict mode and skips it in
 * lenient mode). When version 2 of a kind appears, its reader keeps reading version 1: it reads
 * the version 1 form and converts it, and {@link #readableVersions()} lists both; the writer
 * writes only the newest. An unknown format or version is refused with a message naming what is
 * read.
 *
 * <p><b>Schemas.</b> Each kind's JSON Schema (2020-12) is generated from its codecs
 * ({@link #schema()}) and shipped in the jar as the resource {@link #schemaResource()},
 * {@code org/commonground/serialization/schemas/<name>-v<version>.schema.json}. The schema states
 * the document's structure (types, required and unknown properties, enum constants, id and text
 * rules, lengths); the domain's rules across values (an organization's sectors distinct, say) are
 * the reader's alone, so a document valid by the schema may still be refused by
 * {@link CommonGroundJson#read(DocumentKind, String)}, never the other way round.
 *
 * <pre>{@code
 * PartnerJson.ORGANIZATION.schemaResource();   // org/commonground/serialization/schemas/organization-v1.schema.json
 * String schema = PartnerJson.ORGANIZATION.publishedSchema();   // the shipped text
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value the document holds
 */
public final class DocumentKind<T> {

  /** The prefix of every format tag. */
  private static final String PREFIX = "commonground.";

  /** Where the shipped schemas are in the jar. */
  static final String SCHEMA_FOLDER = org.commonground.serialization.schemas.SchemaResources.FOLDER;

  /** Two-space indents, {@code "name": value}, and {@code \n} line ends on every platform. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private final String format;
  private final int version;
  private final Class<T> type;
  private final ObjectCodec<T> codec;

  private DocumentKind(String format, int version, Class<T> type, ObjectCodec<T> codec) {
    this.format = format;
    this.version = version;
    this.type = type;
    this.codec = codec;
  }

  /**
   * A kind of document at version 1.
   *
   * @param name the kind's name, the format tag without its {@code commonground.} prefix
   * @param type the value's type
   * @param codec the JSON form of the value
   * @param <T> the value
   * @return the kind
   */
  public static <T> DocumentKind<T> of(String name, Class<T> type, ObjectCodec<T> codec) {
    return new DocumentKind<>(PREFIX + name, 1, type, codec);
  }

  /**
   * The kind's name: the format tag without its {@code commonground.} prefix.
   *
   * @return the name, such as {@code organization}
   */
  public String name() {
    return format.substring(PREFIX.length());
  }

  /**
   * The format tag, such as {@code commonground.observations}.
   *
   * @return the tag
   */
  public String format() {
    return format;
  }

  /**
   * The version this library writes.
   *
   * @return the version, from 1
   */
  public int version() {
    return version;
  }

  /**
   * The versions this library reads.
   *
   * @return the versions, oldest first
   */
  public List<Integer> readableVersions() {
    return List.rangeClosed(1, version);
  }

  /**
   * The type of the value the document holds.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The JSON form of the document's content.
   *
   * @return the codec
   */
  public ObjectCodec<T> codec() {
    return codec;
  }

  /**
   * The document's JSON Schema (2020-12), generated from its codecs, with {@code format} and
   * {@code version} as constants. Every object type the document uses is a named definition
   * ({@code $defs}), referred to by {@code $ref}.
   *
   * @return the schema, a new node on each call
   */
  public ObjectNode schema() {
    Schemas schemas = new Schemas();
    ObjectNode root = Schemas.node()
        .put("$schema", "https://json-schema.org/draft/2020-12/schema")
        .put("$id", "urn:commonground:schema:" + name() + ":" + version)
        .put("title", format + " version " + version);
    ObjectNode content = codec.properties(schemas, Schemas.node());
    ObjectNode properties = Schemas.node();
    properties.set("format", Schemas.node().put("type", "string").put("const", format));
    properties.set("version", Schemas.node().put("type", "integer").put("const", version));
    properties.setAll((ObjectNode) content.get("properties"));
    root.put("type", "object").put("description", content.get("description").asText());
    root.set("properties", properties);
    ArrayNode required = root.putArray("required").add("format").add("version");
    content.get("required").forEach(required::add);
    root.put("additionalProperties", false);
    if (!schemas.definitions().isEmpty()) {
      ObjectNode defs = root.putObject("$defs");
      schemas.definitions().forEach(defs::set);
    }
    return root;
  }

  /**
   * The schema as the text shipped in the jar: {@link #schema()} with two-space indents, its
   * properties in a stable order, and a final line end.
   *
   * @return the text
   */
  public String schemaText() {
    try {
      return PLAIN.writer(PRETTY).writeValueAsString(schema()) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The name of the resource in the jar that holds the schema,
   * {@code org/commonground/serialization/schemas/<name>-v<version>.schema.json}. Its package is
   * open, so {@code ClassLoader.getResource} finds it on the module path as on the class path.
   *
   * @return the resource name, without a leading slash
   */
  public String schemaResource() {
    return SCHEMA_FOLDER + name() + "-v" + version + ".schema.json";
  }

  /**
   * The schema shipped in the jar, {@link #schemaResource()}: the same text as
   * {@link #schemaText()} (a test holds them equal).
   *
   * @return the schema's text
   * @throws IllegalStateException if the jar lacks it (a kind added without regenerating the
   *     schemas)
   */
  public String publishedSchema() {
    try (InputStream in = DocumentKind.class.getResourceAsStream("/" + schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("No schema " + schemaResource() + " in the jar: regenerate the schemas");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns {@code commonground.observations v1}. */
  @Override
  public String toString() {
    return format + " v" + version;
  }
}
