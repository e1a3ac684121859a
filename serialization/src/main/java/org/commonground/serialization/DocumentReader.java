// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.commonground.core.validation.Check;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.serialization.codec.Codecs;
import org.commonground.serialization.codec.ObjectCodec;
import org.commonground.serialization.codec.Path;
import org.commonground.serialization.codec.Problems;

/**
 * Reads documents strictly: the format tag first, then the content in one pass that reports every
 * problem. The text is held as bytes, so that the exception can read it again for the problems
 * past its detail cap.
 */
final class DocumentReader {

  /** Nesting deeper than any document of the library needs. */
  static final int MAX_NESTING_DEPTH = 64;

  /** Longer numbers than any finite double or long needs. */
  static final int MAX_NUMBER_LENGTH = 400;

  /** The longest string token: a text is at most 100,000 characters, an id 200. */
  static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest property name. */
  static final int MAX_NAME_LENGTH = 1_000;

  /** The strict parser factory: duplicate keys refused, limits set. Thread-safe. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .build())
      .build();

  private DocumentReader() {}

  static <T> T read(DocumentKind<T> kind, byte[] text, boolean lenient) {
    checkTag(kind, text);
    ObjectCodec<T> codec = kind.codec();
    AtomicReference<T> result = new AtomicReference<>();
    Check check = sink -> {
      Problems problems = new Problems(sink, lenient);
      try (JsonParser p = FACTORY.createParser(text)) {
        p.nextToken();
        T value = codec.readObject(p, Path.ROOT, problems, (name, parser, path, found) ->
            name.equals("format") || name.equals("version"));
        if (p.nextToken() != null) {
          problems.report(Path.ROOT, "must end after the document, found " + Codecs.got(p) + " after it");
        } else if (value != null && problems.count() == 0) {
          result.compareAndSet(null, value);
        }
      } catch (IOException e) {
        // The text is in memory: every failure of the parser is a malformed text.
        problems.report(Path.ROOT, notJson(e));
      }
    };
    check.throwIfAny(subject(kind));
    return result.get();
  }

  /** Checks the format tag and version before anything else, so a wrong document gets one clear problem. */
  private static void checkTag(DocumentKind<?> kind, byte[] text) {
    String format = null;
    JsonToken versionToken = null;
    String versionText = null;
    java.util.List<Violation> found = new java.util.ArrayList<>();
    String encoding = otherEncoding(text);
    if (encoding != null) {
      throw new ValidationException(subject(kind), io.vavr.collection.List.of(Violation.of("$",
          "must be UTF-8 (RFC 8259), got " + encoding)));
    }
    int malformed = malformedUtf8(text);
    if (malformed >= 0) {
      throw new ValidationException(subject(kind), io.vavr.collection.List.of(Violation.of("$",
          "must be UTF-8 (RFC 8259), got a malformed byte sequence at byte " + malformed + " (line "
              + (1 + lineEnds(text, malformed)) + ")")));
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken root = p.nextToken();
      if (root != JsonToken.START_OBJECT) {
        found.add(Violation.of("$", "must be a " + kind.format() + " document (an object), got " + Codecs.got(p)));
      } else {
        String name;
        while ((name = p.nextFieldName()) != null) {
          JsonToken t = p.nextToken();
          if (name.equals("format") && t == JsonToken.VALUE_STRING) {
            format = p.getText();
          } else if (name.equals("format")) {
            format = "";
            found.add(Violation.of("$.format", "must be the string \"" + kind.format() + "\", got " + Codecs.got(p)));
          } else if (name.equals("version")) {
            versionToken = t;
            versionText = p.getText();
          }
          if (format != null && versionToken != null) {
            // Both found: the rest of the document is the content's, read in the second pass.
            // The library writes them first, so this pass reads two properties.
            break;
          }
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      // The text is in memory: every failure of the parser is a malformed text.
      found.add(Violation.of("$", notJson(e)));
    }
    if (found.isEmpty()) {
      if (format == null) {
        found.add(Violation.of("$.format", "is required: \"" + kind.format() + "\""));
      } else if (!format.equals(kind.format())) {
        found.add(Violation.of("$.format", "must be \"" + kind.format() + "\" (this reader reads " + kind.format()
            + " documents), got \"" + format + "\""));
      }
      if (versionToken == null) {
        found.add(Violation.of("$.version", "is required: one of " + kind.readableVersions().mkString(", ")));
      } else if (versionToken != JsonToken.VALUE_NUMBER_INT
          || !kind.readableVersions().map(String::valueOf).contains(versionText)) {
        found.add(Violation.of("$.version", "must be " + (kind.readableVersions().size() == 1 ? "" : "one of ")
            + kind.readableVersions().mkString(", ") + " (the versions of " + kind.format()
            + " this library reads), got " + versionText));
      }
    }
    if (!found.isEmpty()) {
      throw new ValidationException(subject(kind), io.vavr.collection.List.ofAll(found));
    }
  }

  private static String subject(DocumentKind<?> kind) {
    return kind.format() + " document (version " + kind.version() + ")";
  }

  /**
   * The encoding of a text that is UTF-16 or UTF-32 rather than UTF-8 (which Jackson would detect
   * and read), or null. UTF-8 JSON never has a NUL byte among its first two bytes, nor begins with
   * the bytes FE FF or FF FE.
   */
  private static String otherEncoding(byte[] text) {
    if (text.length < 2) {
      return null;
    }
    int b0 = text[0] & 0xFF;
    int b1 = text[1] & 0xFF;
    if (b0 == 0 || b1 == 0) {
      return "UTF-16 or UTF-32 (a NUL byte at the start)";
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      return "UTF-16 or UTF-32 (a byte order mark)";
    }
    return null;
  }

  /**
   * The offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no overlong
   * forms, no surrogates, nothing past U+10FFFF), or -1. Checked before parsing because Jackson
   * does not check every byte: a property name it has met before is matched by its bytes, and the
   * table it matches in pads names with 0xFF bytes, so the malformed name {@code "form\xFF\xFFat"}
   * was read as {@code "format"} once a document had been read.
   */
  static int malformedUtf8(byte[] text) {
    int i = 0;
    int n = text.length;
    while (i < n) {
      int b = text[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int length;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + length > n) {
        return i;
      }
      int code = b & (0xFF >> (length + 1));
      for (int k = 1; k < length; k++) {
        int c = text[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          return i;
        }
        code = (code << 6) | (c & 0x3F);
      }
      if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  private static int lineEnds(byte[] text, int before) {
    int lines = 0;
    for (int i = 0; i < before; i++) {
      if (text[i] == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /** A parse error as a problem: where it is, and what the parser expected. */
  static String notJson(IOException e) {
    String where = "";
    String message = e.getMessage();
    if (e instanceof JsonProcessingException) {
      JsonProcessingException json = (JsonProcessingException) e;
      com.fasterxml.jackson.core.JsonLocation at = json.getLocation();
      where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      message = json.getOriginalMessage();
    }
    return "must be well-formed JSON within the reader's limits" + where + ": " + message;
  }
}
