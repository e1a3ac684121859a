// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.commonground.core.validation.Violations;

/**
 * The entry point for JSON: read and write the library's documents, strictly, and a ready
 * Jackson mapper.
 *
 * <pre>{@code
 * String json = CommonGroundJson.write(MeasureJson.OBSERVATIONS, data);
 * try {
 *   ObservationSet back = CommonGroundJson.read(MeasureJson.OBSERVATIONS, json);
 * } catch (ValidationException e) {
 *   e.violations();   // every problem, each with its JSON path:
 *                     // $.observations[1207].numerator: must be at most the denominator 20, got 31
 *   ProblemDetails.of(e);   // the RFC 9457 body of an HTTP 400 response
 * }
 * }</pre>
 *
 * <p><b>Strict reading.</b> A document must carry its {@code format} and {@code version}. No
 * scalar is coerced: {@code "5"} is not a number, {@code 5} is not an id, {@code 1} is not
 * {@code true}, and {@code ""} is not absent. Duplicate keys, trailing tokens, a {@code null}
 * document and unknown properties are refused; {@link #readLenient} skips unknown properties, for
 * a reader older than the writer. Every problem of the document is reported at once, with its
 * JSON path in the document's own names, in one {@link
 * org.commonground.core.validation.ValidationException}: a malformed value, a missing property and
 * a broken domain rule alike, and every bad element of an array.
 *
 * <p><b>Limits.</b> Nesting at most 64 levels, numbers at most 400 characters, strings at most
 * 1,000,000 characters and property names at most 1,000 (Jackson's {@code StreamReadConstraints});
 * an id at most 200 characters, a text at most 100,000 and an array at most 100,000,000
 * elements (the library's own, {@link org.commonground.serialization.codec.Codecs}). The text must
 * be UTF-8 (RFC 8259). The document is read into memory whole; its size is the caller's to limit.
 *
 * <p>Every method is thread-safe.
 */
public final class CommonGroundJson {

  private CommonGroundJson() {}

  /**
   * A new Jackson mapper configured for the library's values: {@link CommonGroundModule}, strict
   * reading (unknown properties, trailing tokens, duplicate keys and coerced scalars refused), and
   * a stable order of properties. Each call returns a new mapper the caller may reconfigure; a
   * configured mapper is thread-safe.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder(DocumentReader.FACTORY.copy())
        .addModule(new CommonGroundModule())
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .build();
  }

  /**
   * Reads a document, strictly.
   *
   * @param kind the kind of document expected
   * @param json the text
   * @param <T> the value
   * @return the value
   * @throws org.commonground.core.validation.ValidationException listing every problem with its
   *     JSON path, including a null or malformed text and a wrong format or version
   */
  public static <T> T read(DocumentKind<T> kind, String json) {
    check(kind, json, "json");
    return DocumentReader.read(kind, json.getBytes(StandardCharsets.UTF_8), false);
  }

  /**
   * Reads a document from UTF-8 bytes, strictly.
   *
   * @param kind the kind of document expected
   * @param json the text, UTF-8
   * @param <T> the value
   * @return the value
   * @throws org.commonground.core.validation.ValidationException listing every problem
   */
  public static <T> T read(DocumentKind<T> kind, byte[] json) {
    check(kind, json, "json");
    return DocumentReader.read(kind, json.clone(), false);
  }

  /**
   * Reads a document from a stream of UTF-8 bytes, strictly; the stream is read to its end and
   * left open.
   *
   * @param kind the kind of document expected
   * @param json the stream
   * @param <T> the value
   * @return the value
   * @throws org.commonground.core.validation.ValidationException listing every problem
   * @throws UncheckedIOException if the stream fails
   */
  public static <T> T read(DocumentKind<T> kind, InputStream json) {
    check(kind, json, "json");
    try {
      return DocumentReader.read(kind, json.readAllBytes(), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from characters, strictly; the reader is read to its end and left open.
   *
   * @param kind the kind of document expected
   * @param json the characters
   * @param <T> the value
   * @return the value
   * @throws org.commonground.core.validation.ValidationException listing every problem
   * @throws UncheckedIOException if the reader fails
   */
  public static <T> T read(DocumentKind<T> kind, Reader json) {
    check(kind, json, "json");
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      int n;
      while ((n = json.read(buffer)) >= 0) {
        text.append(buffer, 0, n);
      }
      return DocumentReader.read(kind, text.toString().getBytes(StandardCharsets.UTF_8), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document written by a newer library: as {@link #read(DocumentKind, String)}, except
   * that unknown properties are skipped instead of refused. Every other rule holds.
   *
   * @param kind the kind of document expected
   * @param json the text
   * @param <T> the value
   * @return the value
   * @throws org.commonground.core.validation.ValidationException listing every problem
   */
  public static <T> T readLenient(DocumentKind<T> kind, String json) {
    check(kind, json, "json");
    return DocumentReader.read(kind, json.getBytes(StandardCharsets.UTF_8), true);
  }

  /**
   * Writes a document: its format tag and version, then its content.
   *
   * @param kind the kind of document
   * @param value the value
   * @param <T> the value's type
   * @return the JSON text
   * @throws org.commonground.core.validation.ValidationException if an argument is null
   */
  public static <T> String write(DocumentKind<T> kind, T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(kind, value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a document as UTF-8 to a stream, which is flushed and left open.
   *
   * @param kind the kind of document
   * @param value the value
   * @param out the stream
   * @param <T> the value's type
   * @throws org.commonground.core.validation.ValidationException if an argument is null
   * @throws UncheckedIOException if the stream fails
   */
  public static <T> void write(DocumentKind<T> kind, T value, OutputStream out) {
    Violations.none()
        .require(kind != null, "kind", "must be a document kind, got null")
        .require(value != null, "value", "must be a value to write, got null")
        .require(out != null, "out", "must be a stream, got null")
        .throwIfAny("Writing a document");
    try (JsonGenerator g = DocumentReader.FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writeDocument(g, kind, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to characters, which are flushed and left open.
   *
   * @param kind the kind of document
   * @param value the value
   * @param out where to write
   * @param <T> the value's type
   * @throws org.commonground.core.validation.ValidationException if an argument is null
   * @throws UncheckedIOException if the writer fails
   */
  public static <T> void write(DocumentKind<T> kind, T value, Writer out) {
    Violations.none()
        .require(kind != null, "kind", "must be a document kind, got null")
        .require(value != null, "value", "must be a value to write, got null")
        .require(out != null, "out", "must be a writer, got null")
        .throwIfAny("Writing a document");
    try (JsonGenerator g = DocumentReader.FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writeDocument(g, kind, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> void writeDocument(JsonGenerator g, DocumentKind<T> kind, T value) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", kind.format());
    g.writeNumberField("version", kind.version());
    kind.codec().writeProperties(g, value);
    g.writeEndObject();
  }

  private static void check(DocumentKind<?> kind, Object json, String name) {
    Violations.none()
        .require(kind != null, "kind", "must be a document kind, got null")
        .require(json != null, name, "must be a document, got null")
        .throwIfAny("Reading a document");
  }
}
