// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.ArrayList;
import java.util.function.Function;
import org.commonground.core.measure.Period;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;

/**
 * The codecs of plain values and collections, strict: a string is never read as a number or a
 * number as a string, {@code true} is not {@code 1}, an empty string is not {@code null}, and
 * {@code null} is accepted only where a value is optional.
 *
 * <p>Domain limits: an id is at most {@value #MAX_ID_LENGTH} characters and follows the library's
 * id rule (no control characters, line breaks or surrounding white space); a text is at most
 * {@value #MAX_TEXT_LENGTH} characters; an array holds at most {@value #MAX_ARRAY_LENGTH}
 * elements.
 */
public final class Codecs {

  /** The longest id read. */
  public static final int MAX_ID_LENGTH = 200;

  /** The longest text read (a name, a goal, an explanation). */
  public static final int MAX_TEXT_LENGTH = 100_000;

  /**
   * The most elements an array may hold: a batch of a hundred million observations is read, one
   * beyond is refused without being held.
   */
  public static final int MAX_ARRAY_LENGTH = 100_000_000;

  private Codecs() {}

  /** Any string, at most {@link #MAX_TEXT_LENGTH} characters. */
  public static final Codec<String> STRING = string("a string", "serialization.codec.describe.string", s -> null, false);

  /** A string that is not blank, at most {@link #MAX_TEXT_LENGTH} characters. */
  public static final Codec<String> TEXT =
      string("a text", "serialization.codec.describe.text", s -> s.isBlank() ? Message.of("core.validation.notBlank", "\"" + s + "\"") : null, false);

  /** An id by the library's rule, at most {@link #MAX_ID_LENGTH} characters. */
  public static final Codec<String> ID = string("an id", "serialization.codec.describe.id", Codecs::idProblem, true);

  /**
   * A message of the library (an explanation, a reason), with its code and arguments so that a
   * reader can show it in another language; plain text reads as {@link
   * org.commonground.core.validation.Message#literal}. See {@link MessageCodec} for the form.
   */
  public static final Codec<Message> MESSAGE = MessageCodec.INSTANCE;

  /** A whole number that fits an {@code int}. */
  public static final Codec<Integer> INT = new Codec<>() {
    @Override
    public Integer read(JsonParser p, Path path, Problems problems) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        problems.report(path, Message.of("serialization.codec.wholeNumber", Integer.MIN_VALUE, Integer.MAX_VALUE,
            gotMessage(p)));
        p.skipChildren();
        return null;
      }
      return p.getIntValue();
    }

    @Override
    public void write(JsonGenerator g, Integer value) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return Schemas.node().put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
    }

    @Override
    public String description() {
      return "a whole number";
    }

    @Override
    public Message descriptionMessage() {
      return Message.of("serialization.codec.describe.wholeNumber");
    }
  };

  /** A whole number that fits a {@code long}. */
  public static final Codec<Long> LONG = new Codec<>() {
    @Override
    public Long read(JsonParser p, Path path, Problems problems) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        problems.report(path, Message.of("serialization.codec.wholeNumber", Long.MIN_VALUE, Long.MAX_VALUE,
            gotMessage(p)));
        p.skipChildren();
        return null;
      }
      return p.getLongValue();
    }

    @Override
    public void write(JsonGenerator g, Long value) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return Schemas.node().put("type", "integer").put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
    }

    @Override
    public String description() {
      return "a whole number";
    }

    @Override
    public Message descriptionMessage() {
      return Message.of("serialization.codec.describe.wholeNumber");
    }
  };

  /**
   * A finite number, written in the shortest form that reads back to the same {@code double}
   * (so a round trip keeps every bit).
   */
  public static final Codec<Double> DOUBLE = new Codec<>() {
    @Override
    public Double read(JsonParser p, Path path, Problems problems) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        problems.report(path, Message.of("serialization.codec.number", gotMessage(p)));
        p.skipChildren();
        return null;
      }
      double value = p.getValueAsDouble();
      if (!Double.isFinite(value)) {
        problems.report(path, Message.of("core.validation.finiteNumber", p.getText()));
        return null;
      }
      return value;
    }

    @Override
    public void write(JsonGenerator g, Double value) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return Schemas.node().put("type", "number");
    }

    @Override
    public String description() {
      return "a number";
    }

    @Override
    public Message descriptionMessage() {
      return Message.of("serialization.codec.describe.number");
    }
  };

  /** {@code true} or {@code false}, nothing else. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public Boolean read(JsonParser p, Path path, Problems problems) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
        problems.report(path, Message.of("serialization.codec.boolean", gotMessage(p)));
        p.skipChildren();
        return null;
      }
      return t == JsonToken.VALUE_TRUE;
    }

    @Override
    public void write(JsonGenerator g, Boolean value) throws IOException {
      g.writeBoolean(value);
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return Schemas.node().put("type", "boolean");
    }

    @Override
    public String description() {
      return "true or false";
    }

    @Override
    public Message descriptionMessage() {
      return Message.of("serialization.codec.describe.boolean");
    }
  };

  /**
   * A period from its text, as {@link Period#parse} reads it, without its regular expressions: a
   * batch names a handful of periods a million times. The five forms have fixed widths, so each
   * is matched character by character and built by the factory {@code parse} calls; anything
   * else, a school year whose years are not consecutive included, goes to {@code parse}, which
   * refuses it with its own message. No state: nothing is cached.
   */
  static Period parsePeriod(String text) {
    int n = text.length();
    if (n == 4 && digits(text, 0, 4)) {
      return Period.year(number(text, 0, 4));
    }
    if (n == 7 && digits(text, 0, 4) && text.charAt(4) == '-') {
      if (digits(text, 5, 7)) {
        return Period.month(number(text, 0, 4), number(text, 5, 7));
      }
      char q = text.charAt(6);
      if (text.charAt(5) == 'Q' && q >= '1' && q <= '4') {
        return Period.quarter(number(text, 0, 4), q - '0');
      }
    }
    if (n == 9 && text.startsWith("SY") && digits(text, 2, 6) && text.charAt(6) == '-' && digits(text, 7, 9)) {
      int start = number(text, 2, 6);
      if (number(text, 7, 9) == (start + 1) % 100) {
        return Period.schoolYear(start);
      }
    }
    if (n == 10 && text.startsWith("FY") && digits(text, 2, 6) && text.startsWith("-M", 6) && digits(text, 8, 10)) {
      return Period.fiscalYear(number(text, 2, 6), number(text, 8, 10));
    }
    return Period.parse(text);
  }

  /** Whether the characters from {@code from} to {@code to} are ASCII digits, as {@code \d} in {@link Period#parse}. */
  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = 10 * value + (text.charAt(i) - '0');
    }
    return value;
  }

  /** A period in its text form: {@code 2024-03}, {@code 2024-Q1}, {@code SY2024-25}, {@code FY2024-M10}, {@code 2024}. */
  public static final Codec<Period> PERIOD = new Codec<>() {
    @Override
    public Period read(JsonParser p, Path path, Problems problems) throws IOException {
      String text = STRING.read(p, path, problems);
      if (text == null) {
        return null;
      }
      try {
        return parsePeriod(text);
      } catch (ValidationException e) {
        // The whole text ("period") is the field itself; a part (the month) is named before its problem.
        e.forEachViolation(v -> problems.report(path,
            v.path().equals("period") ? v.detail() : Message.of("core.validation.at", v.path(), v.detail())));
        return null;
      }
    }

    @Override
    public void write(JsonGenerator g, Period value) throws IOException {
      g.writeString(value.toString());
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      return Schemas.node().put("type", "string")
          .put("pattern", "^([0-9]{4}(-[0-9]{2}|-Q[1-4])?|SY[0-9]{4}-[0-9]{2}|FY[0-9]{4}-M[0-9]{2})$");
    }

    @Override
    public String description() {
      return "a period";
    }

    @Override
    public Message descriptionMessage() {
      return Message.of("serialization.codec.describe.period");
    }
  };

  /**
   * The constants of an enum, by name.
   *
   * @param type the enum
   * @param description what it is, for messages ("a sector kind")
   * @param <E> the enum
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type, String description) {
    E[] constants = type.getEnumConstants();
    java.util.Map<String, E> byName = new java.util.HashMap<>();
    for (E e : constants) {
      byName.put(e.name(), e);
    }
    String allowed = List.of(constants).map(Enum::name).mkString(", ");
    return new Codec<>() {
      @Override
      public E read(JsonParser p, Path path, Problems problems) throws IOException {
        String name = STRING.read(p, path, problems);
        if (name == null) {
          return null;
        }
        E e = byName.get(name);
        if (e == null) {
          problems.report(path, Message.of("core.validation.oneOf", allowed, quote(name)));
        }
        return e;
      }

      @Override
      public void write(JsonGenerator g, E value) throws IOException {
        g.writeString(value.name());
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode node = Schemas.node();
        com.fasterxml.jackson.databind.node.ArrayNode values = node.putArray("enum");
        for (E e : constants) {
          values.add(e.name());
        }
        return node;
      }

      @Override
      public String description() {
        return description;
      }
    };
  }

  /**
   * An optional value: an absent property or {@code null} is none; an empty {@code Option} is
   * written as an absent property.
   *
   * @param codec the value's codec
   * @param <T> the value
   * @return the codec
   */
  public static <T> Codec<Option<T>> option(Codec<T> codec) {
    return new OptionCodec<>(codec);
  }

  /** The codec of an optional value; objects leave its property out when it is empty. */
  static final class OptionCodec<T> implements Codec<Option<T>> {
    final Codec<T> codec;

    OptionCodec(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public Option<T> read(JsonParser p, Path path, Problems problems) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return Option.none();
      }
      T value = codec.read(p, path, problems);
      return value == null ? null : Option.some(value);
    }

    @Override
    public void write(JsonGenerator g, Option<T> value) throws IOException {
      if (value.isEmpty()) {
        g.writeNull();
      } else {
        codec.write(g, value.get());
      }
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      ObjectNode node = Schemas.node();
      node.putArray("anyOf").add(codec.schema(schemas)).add(Schemas.node().put("type", "null"));
      return node;
    }

    @Override
    public String description() {
      return codec.description() + " or null";
    }

    @Override
    public Message descriptionMessage() {
      return Message.of("serialization.codec.describe.orNull", codec.descriptionMessage());
    }
  }

  /**
   * A list, read whole: every element is read, and every bad one reported, before the list is
   * refused.
   *
   * @param codec the elements' codec
   * @param <T> the element
   * @return the codec
   */
  public static <T> Codec<List<T>> list(Codec<T> codec) {
    return new Codec<>() {
      @Override
      public List<T> read(JsonParser p, Path path, Problems problems) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
          problems.report(path, Message.of("serialization.codec.array", plural(codec), gotMessage(p)));
          p.skipChildren();
          return null;
        }
        long before = problems.count();
        ArrayList<T> values = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (i == MAX_ARRAY_LENGTH) {
            problems.report(path, Message.of("serialization.codec.arrayLength", MAX_ARRAY_LENGTH));
            while (p.nextToken() != JsonToken.END_ARRAY) {
              p.skipChildren();
            }
            return null;
          }
          values.add(codec.read(p, path.element(i++), problems));
        }
        return problems.count() == before ? List.ofAll(values) : null;
      }

      @Override
      public void write(JsonGenerator g, List<T> value) throws IOException {
        g.writeStartArray();
        for (T t : value) {
          codec.write(g, t);
        }
        g.writeEndArray();
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode node = Schemas.node().put("type", "array");
        node.set("items", codec.schema(schemas));
        return node;
      }

      @Override
      public String description() {
        return "an array of " + plural(codec.description());
      }

      @Override
      public Message descriptionMessage() {
        return Message.of("serialization.codec.describe.array", plural(codec));
      }
    };
  }

  /**
   * A set as a JSON array, read into a {@link io.vavr.collection.TreeSet} (sorted by the elements'
   * natural order) and written in that order; an element given twice is a problem at its position,
   * naming the first, since the set would silently drop it.
   *
   * @param codec the elements' codec
   * @param <T> the element, comparable
   * @return the codec
   */
  public static <T extends Comparable<? super T>> Codec<io.vavr.collection.SortedSet<T>> sortedSet(Codec<T> codec) {
    Codec<List<T>> list = list(codec);
    return new Codec<>() {
      @Override
      public io.vavr.collection.SortedSet<T> read(JsonParser p, Path path, Problems problems) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
          problems.report(path, Message.of("serialization.codec.kind", descriptionMessage(), gotMessage(p)));
          p.skipChildren();
          return null;
        }
        long before = problems.count();
        java.util.TreeMap<T, Integer> seen = new java.util.TreeMap<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          T value = codec.read(p, path.element(i), problems);
          if (value != null) {
            Integer first = seen.putIfAbsent(value, i);
            if (first != null) {
              problems.report(path.element(i), Message.of("serialization.codec.repeated", path.element(first)));
            }
          }
          i++;
        }
        return problems.count() == before ? io.vavr.collection.TreeSet.ofAll(seen.keySet()) : null;
      }

      @Override
      public void write(JsonGenerator g, io.vavr.collection.SortedSet<T> value) throws IOException {
        list.write(g, value.toList());
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return list.schema(schemas).put("uniqueItems", true);
      }

      @Override
      public String description() {
        return "an array of distinct " + plural(codec.description());
      }

      @Override
      public Message descriptionMessage() {
        return Message.of("serialization.codec.describe.distinct", plural(codec));
      }
    };
  }

  /**
   * A set as {@link #sortedSet}, typed as a plain {@link io.vavr.collection.Set} for values that
   * declare their sets so.
   *
   * @param codec the elements' codec
   * @param <T> the element, comparable
   * @return the codec
   */
  public static <T extends Comparable<? super T>> Codec<io.vavr.collection.Set<T>> set(Codec<T> codec) {
    Codec<io.vavr.collection.SortedSet<T>> sorted = sortedSet(codec);
    return new Codec<>() {
      @Override
      public io.vavr.collection.Set<T> read(JsonParser p, Path path, Problems problems) throws IOException {
        return sorted.read(p, path, problems);
      }

      @Override
      public void write(JsonGenerator g, io.vavr.collection.Set<T> value) throws IOException {
        sorted.write(g, io.vavr.collection.TreeSet.ofAll(value));
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return sorted.schema(schemas);
      }

      @Override
      public String description() {
        return sorted.description();
      }

      @Override
      public Message descriptionMessage() {
        return sorted.descriptionMessage();
      }
    };
  }

  /**
   * A map from text keys to values, as a JSON object, keeping the document's order
   * ({@link io.vavr.collection.LinkedHashMap}).
   *
   * @param codec the values' codec
   * @param <T> the value
   * @return the codec
   */
  public static <T> Codec<Map<String, T>> map(Codec<T> codec) {
    return mapOf(codec, io.vavr.collection.LinkedHashMap::ofAll);
  }

  /**
   * A map from text keys to values, as a JSON object, sorted by key ({@link TreeMap}).
   *
   * @param codec the values' codec
   * @param <T> the value
   * @return the codec
   */
  public static <T> Codec<SortedMap<String, T>> sortedMap(Codec<T> codec) {
    return mapOf(codec, TreeMap::ofAll);
  }

  private static <T, M extends Map<String, T>> Codec<M> mapOf(
      Codec<T> codec, Function<java.util.Map<String, T>, M> make) {
    return new Codec<>() {
      @Override
      public M read(JsonParser p, Path path, Problems problems) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          problems.report(path, Message.of("serialization.codec.objectOf", plural(codec), gotMessage(p)));
          p.skipChildren();
          return null;
        }
        long before = problems.count();
        java.util.LinkedHashMap<String, T> values = new java.util.LinkedHashMap<>();
        String key;
        while ((key = p.nextFieldName()) != null) {
          p.nextToken();
          values.put(key, codec.read(p, path.property(key), problems));
        }
        return problems.count() == before ? make.apply(values) : null;
      }

      @Override
      public void write(JsonGenerator g, M value) throws IOException {
        g.writeStartObject();
        for (io.vavr.Tuple2<String, T> e : value) {
          g.writeFieldName(e._1);
          codec.write(g, e._2);
        }
        g.writeEndObject();
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode node = Schemas.node().put("type", "object");
        node.set("additionalProperties", codec.schema(schemas));
        return node;
      }

      @Override
      public String description() {
        return "an object of " + plural(codec.description());
      }

      @Override
      public Message descriptionMessage() {
        return Message.of("serialization.codec.describe.objectOf", plural(codec));
      }
    };
  }

  private static Codec<String> string(String description, String key, Function<String, Message> rule, boolean id) {
    return new Codec<>() {
      @Override
      public String read(JsonParser p, Path path, Problems problems) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          problems.report(path, Message.of("serialization.codec.string", Message.of(key), gotMessage(p)));
          p.skipChildren();
          return null;
        }
        String text = p.getText();
        int max = id ? MAX_ID_LENGTH : MAX_TEXT_LENGTH;
        // Characters are code points, as JSON Schema's maxLength counts them (an emoji is one).
        if (text.length() > max && text.codePointCount(0, text.length()) > max) {
          problems.report(path, Message.of("serialization.codec.length", max, text.codePointCount(0, text.length())));
          return null;
        }
        Message problem = rule.apply(text);
        if (problem != null) {
          problems.report(path, problem);
          return null;
        }
        return text;
      }

      @Override
      public void write(JsonGenerator g, String value) throws IOException {
        g.writeString(value);
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        ObjectNode node = Schemas.node().put("type", "string");
        if (id) {
          node.put("minLength", 1).put("maxLength", MAX_ID_LENGTH).put("pattern", ID_PATTERN);
        } else if (description.equals("a text")) {
          node.put("minLength", 1).put("maxLength", MAX_TEXT_LENGTH).put("pattern", TEXT_PATTERN);
        } else {
          node.put("maxLength", MAX_TEXT_LENGTH);
        }
        return node;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public Message descriptionMessage() {
        return Message.of(key);
      }
    };
  }

  /**
   * Java's white space ({@link Character#isWhitespace}, which {@code String.isBlank} and
   * {@code strip} use), spelled out as a character class that ECMA-262 (JSON Schema's regular
   * expressions) and {@code java.util.regex} read alike: their {@code \s} differ (ECMA's takes in
   * U+00A0 and U+FEFF, Java's leaves out U+1680, U+2000…), and {@code \p{…}} needs ECMA's
   * {@code u} flag, which a schema cannot set.
   */
  private static final String WHITE_SPACE =
      "\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000";

  /** The characters an id must not contain: controls ({@link Character#isISOControl}) and line breaks. */
  private static final String CONTROL = "\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029";

  /** {@link #CONTROL} and {@link #WHITE_SPACE} together: what an id must not begin or end with. */
  private static final String CONTROL_OR_SPACE =
      "\\u0000-\\u0020\\u007F-\\u009F\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000";

  /**
   * The id rule as a pattern: no control characters or line breaks, and neither first nor last
   * character white space (so not blank).
   */
  static final String ID_PATTERN = "^[^" + CONTROL_OR_SPACE + "](?:[^" + CONTROL + "]*[^" + CONTROL_OR_SPACE + "])?$";

  /** The text rule as a pattern: some character that is not white space. */
  static final String TEXT_PATTERN = "[^" + WHITE_SPACE + "]";

  private static Message idProblem(String text) {
    java.util.List<Violation> found = Violations.none().id("", text).toList().asJava();
    return found.isEmpty() ? null : found.get(0).detail();
  }

  /**
   * The current token, described for a message, in English: a string in quotes (cut after 40
   * characters), a number, {@code true}, {@code null}, an object or an array.
   *
   * @param p the parser
   * @return the description
   * @throws IOException if the parser fails
   */
  public static String got(JsonParser p) throws IOException {
    return gotMessage(p).text();
  }

  /**
   * The current token, described for a message as a message of the library, so that it is
   * rendered in the problem's language: {@code serialization.codec.got.string} with the string in
   * quotes (cut after 40 characters), {@code serialization.codec.got.number}, {@code …got.object},
   * {@code …got.array}, {@code …got.nothing}; {@code true}, {@code false} and {@code null} as
   * they are written.
   *
   * <pre>{@code
   * problems.report(path, Message.of("serialization.codec.number", Codecs.gotMessage(p)));
   * }</pre>
   *
   * @param p the parser
   * @return the description
   * @throws IOException if the parser fails
   */
  public static Message gotMessage(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return Message.of("serialization.codec.got.nothing");
    }
    switch (t) {
      case START_OBJECT:
        return Message.of("serialization.codec.got.object");
      case START_ARRAY:
        return Message.of("serialization.codec.got.array");
      case VALUE_STRING:
        return Message.of("serialization.codec.got.string", quote(p.getText()));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Message.of("serialization.codec.got.number", cut(p.getText()));
      case VALUE_TRUE:
        return Message.literal("true");
      case VALUE_FALSE:
        return Message.literal("false");
      case VALUE_NULL:
        return Message.literal("null");
      default:
        return Message.literal(t.asString() == null ? t.name() : t.asString());
    }
  }

  static String quote(String text) {
    return "\"" + cut(text) + "\"";
  }

  private static String cut(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /**
   * The plural of a codec's description, as a message: the plain codecs' own plurals
   * ({@code serialization.codec.describe.id.plural}, "ids"), else the English plural as text.
   */
  static Message plural(Codec<?> codec) {
    String key = codec.descriptionMessage().key() + ".plural";
    return key.startsWith("serialization.codec.describe.") && Message.isKnown(key)
        ? Message.of(key) : Message.literal(plural(codec.description()));
  }

  static String plural(String description) {
    String bare = description.replaceFirst("^(an?|the) ", "");
    return bare.endsWith("s") ? bare : bare + "s";
  }
}
