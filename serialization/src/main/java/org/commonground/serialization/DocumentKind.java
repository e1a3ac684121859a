package org.commonground.serialization;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
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
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value the document holds
 */
public final class DocumentKind<T> {

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
    return new DocumentKind<>("commonground." + name, 1, type, codec);
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
   * The document's JSON Schema (2020-12), with {@code format} and {@code version} as constants.
   *
   * @return the schema
   */
  public ObjectNode schema() {
    Schemas schemas = new Schemas();
    ObjectNode root = Schemas.node()
        .put("$schema", "https://json-schema.org/draft/2020-12/schema")
        .put("$id", "urn:commonground:schema:" + format.substring("commonground.".length()) + ":" + version)
        .put("title", format + " version " + version);
    ObjectNode content = codec.properties(schemas, Schemas.node());
    ObjectNode properties = Schemas.node();
    properties.set("format", Schemas.node().put("const", format));
    properties.set("version", Schemas.node().put("const", version));
    properties.setAll((ObjectNode) content.get("properties"));
    root.put("type", "object").put("description", content.get("description").asText());
    root.set("properties", properties);
    com.fasterxml.jackson.databind.node.ArrayNode required = root.putArray("required").add("format").add("version");
    content.get("required").forEach(required::add);
    root.put("additionalProperties", false);
    if (!schemas.definitions().isEmpty()) {
      ObjectNode defs = root.putObject("$defs");
      schemas.definitions().forEach(defs::set);
    }
    return root;
  }

  /** Returns {@code commonground.observations v1}. */
  @Override
  public String toString() {
    return format + " v" + version;
  }
}
