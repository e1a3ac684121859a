// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationSink;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The JSON form of a message ({@link Codecs#MESSAGE}): messages built from the library's real keys,
 * nested and with literals, read back equal; a plain string reads as a literal; every bad form is
 * a problem at its JSONPath.
 */
class MessageCodecTest {

  private static final JsonFactory JSON = new JsonFactory();

  /** Every key of the shipped English bundles with the number of arguments its template takes. */
  static final List<Tuple2<String, Integer>> KEYS = keys();

  private static List<Tuple2<String, Integer>> keys() {
    Path bundles = Path.of("../core/src/main/resources/org/commonground/core/validation");
    Pattern argument = Pattern.compile("\\{(\\d+)[,}]");
    java.util.List<Tuple2<String, Integer>> keys = new ArrayList<>();
    try (Stream<Path> files = Files.list(bundles)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+_[a-zA-Z]+\\.properties")).sorted()
          .toList()) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          p.load(r);
        }
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
          Matcher m = argument.matcher(p.getProperty(key));
          int n = 0;
          while (m.find()) {
            n = Math.max(n, Integer.parseInt(m.group(1)) + 1);
          }
          if (!key.equals(Message.LITERAL) && !key.equals(Message.JOINED)) {
            keys.add(new Tuple2<>(key, n));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.ofAll(keys);
  }

  /** Messages of real keys whose arguments are strings, literals or messages, nested up to a depth. */
  private static Gen<Message> messages(int depth) {
    Gen<Object> argument = depth == 0
        ? strings().betweenCodePoints(0, 0x7FF).ofLengthBetween(0, 12).map(s -> (Object) s)
        : integers().between(0, 3).zip(strings().betweenCodePoints(0, 0x7FF).ofLengthBetween(0, 12), messages(depth - 1),
            (pick, s, m) -> pick == 0 ? (Object) Message.literal(s) : pick == 1 ? m : s);
    return integers().between(0, KEYS.size() - 1).zip(lists().of(argument).ofSize(6), integers().between(0, 9),
        (k, args, join) -> {
          Tuple2<String, Integer> key = KEYS.get(k);
          if (join == 0) {
            return Message.join("core.text.comma",
                List.ofAll(args).filter(a -> a instanceof Message).map(a -> (Message) a));
          }
          return Message.of(key._1, List.ofAll(args).take(key._2).toJavaArray());
        });
  }

  @Test
  void everyMessageOfRealKeysReadsBackEqual() {
    assertFalse(KEYS.isEmpty());
    qt().withExamples(2_000).forAll(messages(2)).checkAssert(m -> {
      String json = write(m);
      java.util.List<Violation> problems = new ArrayList<>();
      Message read = read(json, problems);
      assertEquals(java.util.List.of(), problems, json);
      assertEquals(m, read, json);
      assertEquals(m.text(), read.text());
      assertEquals(m.text(Locale.forLanguageTag("es")), read.text(Locale.forLanguageTag("es")));
    });
  }

  @Test
  void aLiteralIsWrittenAsItsTextAndAStringReadsAsALiteral() {
    assertEquals("\"Lincoln's own reason\"", write(Message.literal("Lincoln's own reason")));
    assertEquals(Message.literal("plain"), read("\"plain\"", new ArrayList<>()));
    Message nested = Message.of("core.validation.min", Message.literal("2"), "1");
    assertEquals("{\"code\":\"core.validation.min\",\"arguments\":[{\"code\":\"core.text.literal\",\"arguments\":[\"2\"],"
        + "\"text\":\"2\"},\"1\"],\"text\":\"must be at least 2, got 1\"}", write(nested));
    assertEquals(nested, read(write(nested), new ArrayList<>()));
  }

  @Test
  void theTextIsInformativeAndNotRead() {
    assertEquals(Message.of("core.validation.given"),
        read("{\"code\":\"core.validation.given\",\"arguments\":[],\"text\":\"anything\"}", new ArrayList<>()));
    assertEquals(Message.of("core.validation.given"), read("{\"code\":\"core.validation.given\"}", new ArrayList<>()));
  }

  @Test
  void everyBadFormIsAProblemAtItsPath() {
    assertProblems("5", "$: must be a message (a string, or an object with code and arguments), got the number 5");
    assertProblems("[]", "$: must be a message (a string, or an object with code and arguments), got an array");
    assertProblems("{\"code\":\"no.such.key\",\"arguments\":[]}",
        "$.code: must be a message code of the library, got \"no.such.key\"");
    assertProblems("{\"code\":7}", "$.code: must be a string (a string), got the number 7");
    assertProblems("{\"arguments\":[]}", "$.code: is required: a message code of the library");
    assertProblems("{\"code\":\"core.validation.given\",\"why\":1}",
        "$.why: is not a field of a message (code, arguments, text)");
    assertProblems("{\"code\":\"core.validation.min\",\"arguments\":\"2\"}",
        "$.arguments: must be an array of strings and messages, got the string \"2\"");
    assertProblems("{\"code\":\"core.validation.min\",\"arguments\":[\"2\",true]}",
        "$.arguments[1]: must be a string or a message, got true");
    assertProblems("{\"code\":\"core.validation.min\",\"arguments\":[\"2\",{\"code\":\"x.y.z\"}]}",
        "$.arguments[1].code: must be a message code of the library, got \"x.y.z\"");
    assertProblems("{\"code\":\"core.text.literal\",\"arguments\":[\"a\",\"b\"]}",
        "$.arguments: must hold exactly one string for a message given as text, got 2 arguments");
    assertProblems("{\"code\":\"core.validation.min\",\"text\":5}",
        "$.text: must be a string (a string), got the number 5");
  }

  @Test
  void aProblemOfTheFormReadsInSpanish() {
    java.util.List<Violation> problems = new ArrayList<>();
    assertNull(read("{\"code\":\"core.validation.min\",\"arguments\":[\"2\",null]}", problems));
    assertEquals("debe ser una cadena o un mensaje, se recibió null",
        problems.get(0).message(Locale.forLanguageTag("es")));
    problems.clear();
    read("{\"code\":\"core.validation.min\",\"arguments\":[\"2\",1.5]}", problems);
    assertEquals("debe ser una cadena o un mensaje, se recibió el número 1.5",
        problems.get(0).message(Locale.forLanguageTag("es")));
  }

  private static void assertProblems(String json, String... expected) {
    java.util.List<Violation> problems = new ArrayList<>();
    assertNull(read(json, problems), json);
    assertEquals(List.of(expected), List.ofAll(problems).map(Violation::toString), json);
  }

  static String write(Message m) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      Codecs.MESSAGE.write(g, m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Message read(String json, java.util.List<Violation> found) {
    ViolationSink sink = (kind, detail) -> found.add(detail.get());
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      return Codecs.MESSAGE.read(p, org.commonground.serialization.codec.Path.ROOT, new Problems(sink));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
