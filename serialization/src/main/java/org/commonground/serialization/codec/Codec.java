// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The JSON form of one type: how to read it strictly from a token stream, reporting every problem
 * with its path; how to write it; and its JSON Schema.
 *
 * @param <T> the type
 */
public interface Codec<T> {

  /**
   * Reads a value whose first token is the parser's current token, and leaves the parser on the
   * value's last token. Every problem is reported, and reading goes on past it: an array reads
   * every element, an object every property.
   *
   * @param parser the parser, on the value's first token
   * @param path where the value is
   * @param problems where problems go
   * @return the value, or null if it has a problem (which was reported)
   * @throws IOException if the text is not well-formed JSON
   */
  T read(JsonParser parser, Path path, Problems problems) throws IOException;

  /**
   * Writes a value.
   *
   * @param generator where to write
   * @param value the value, not null
   * @throws IOException if the generator fails
   */
  void write(JsonGenerator generator, T value) throws IOException;

  /**
   * The JSON Schema (2020-12) of the value.
   *
   * @param schemas where to register named definitions ({@code $defs}) the schema refers to
   * @return the schema
   */
  ObjectNode schema(Schemas schemas);

  /**
   * What the value is, for messages: {@code "an id"}, {@code "a number"}, {@code "an organization"}.
   *
   * @return the description
   */
  String description();
}
