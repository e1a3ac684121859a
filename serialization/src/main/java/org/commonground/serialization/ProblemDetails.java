// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.commonground.serialization.codec.Codec;
import org.commonground.serialization.codec.Codecs;
import org.commonground.serialization.codec.Field;
import org.commonground.serialization.codec.ObjectCodec;

/**
 * A {@link ValidationException} as the body of an HTTP 400 response: RFC 9457 problem details
 * ({@code application/problem+json}), with every listed violation and the count of the rest.
 *
 * <pre>{@code
 * catch (ValidationException e) {
 *   response.status(400).type(ProblemDetails.MEDIA_TYPE).body(ProblemDetails.json(e));
 * }
 * // {"type":"urn:commonground:problem:validation","title":"The input breaks the library's rules",
 * //  "status":400,"detail":"commonground.observations document (version 1) has 2 problems",
 * //  "count":2,"violations":[{"path":"$.observations[3].numerator","message":"must be …"}, …]}
 * }</pre>
 *
 * <p>{@code violations} lists the problems the exception spells out (by default the first 100);
 * when there are more, {@code unlisted} is how many were left out and {@code kinds} counts every
 * problem by kind ({@code path}, {@code rule}, {@code count}). The members beyond RFC 9457's
 * ({@code count}, {@code violations}, {@code unlisted}, {@code kinds}) are its extension members.
 */
public final class ProblemDetails {

  /** The media type of problem details, RFC 9457. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The problem type of a validation failure. */
  public static final String TYPE = "urn:commonground:problem:validation";

  private ProblemDetails() {}

  private static final Field<Violation, String> PATH = Field.required("path", Codecs.STRING, Violation::path);
  private static final Field<Violation, String> MESSAGE = Field.required("message", Codecs.TEXT, Violation::message);

  /** A violation: {@code {"path": "$.observations[3].numerator", "message": "must be …"}}. */
  public static final Codec<Violation> VIOLATION = ObjectCodec.of("a violation", "Violation",
      List.of(PATH, MESSAGE), v -> Violation.of(v.get(PATH), v.get(MESSAGE)));

  /**
   * The problem details of an exception, as JSON text.
   *
   * @param e the exception
   * @return the body
   * @throws ValidationException if {@code e} is null
   */
  public static String json(ValidationException e) {
    Violations.none().require(e != null, "e", "must be an exception, got null").throwIfAny("Problem details");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = DocumentReader.FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", TYPE);
      g.writeStringField("title", "The input breaks the library's rules");
      g.writeNumberField("status", 400);
      g.writeStringField("detail", e.subject() + " has " + e.count() + (e.count() == 1 ? " problem" : " problems"));
      g.writeNumberField("count", e.count());
      g.writeArrayFieldStart("violations");
      for (Violation v : e.violations()) {
        VIOLATION.write(g, v);
      }
      g.writeEndArray();
      if (!e.isComplete()) {
        g.writeNumberField("unlisted", e.count() - e.violations().size());
        g.writeArrayFieldStart("kinds");
        for (io.vavr.Tuple2<org.commonground.core.validation.ViolationKind, Long> kind : e.countsByKind()) {
          g.writeStartObject();
          g.writeStringField("path", kind._1.path());
          g.writeStringField("rule", kind._1.rule());
          g.writeNumberField("count", kind._2);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
    return out.toString();
  }
}
