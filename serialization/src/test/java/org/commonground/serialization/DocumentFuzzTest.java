package org.commonground.serialization;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.commonground.core.validation.ValidationException;

/**
 * Fuzzing of every document reader with Jazzer: arbitrary bytes go to
 * {@link CommonGroundJson#read(DocumentKind, byte[])}, {@link CommonGroundJson#readLenient} and a
 * Jackson mapper with {@link CommonGroundModule}, and nothing may come out but a value or the
 * library's {@link ValidationException}.
 *
 * <p><b>What counts as a finding.</b>
 *
 * <ul>
 *   <li>The document readers ({@code read}, {@code readLenient}): any exception but
 *       {@code ValidationException}, or a {@code ValidationException} with no problem in it. A
 *       document the strict reader takes must also: be taken by the lenient reader as the same
 *       value; write and read back equal; validate against the kind's shipped JSON Schema (the
 *       schema is never stricter than the reader); and its problem details must write.
 *   <li>The module path ({@code ObjectMapper.readValue(bytes, kind.type())}, with
 *       {@link CommonGroundJson#mapper()} and with a plain mapper and the module): a value,
 *       {@code null} for the JSON text {@code null} (Jackson's rule for every type), our
 *       {@code ValidationException}, or Jackson's own refusals: a {@link JacksonException}
 *       (malformed JSON, a broken limit, or ours wrapped with the path of the value in a
 *       collection) as long as nothing in its chain of causes is another runtime exception (that
 *       would be a bug of ours that Jackson wrapped), or the {@code CharConversionException} of a
 *       malformed UTF-32 text (the mapper, unlike the document readers, takes UTF-16 and UTF-32).
 * </ul>
 *
 * <p><b>In the default build</b> (CI), Jazzer runs in regression mode: each fuzz test replays the
 * committed inputs in {@code src/test/resources/org/commonground/serialization/DocumentFuzzTestInputs/<method>/}
 * (valid documents, truncated ones, deep nesting, huge numbers, duplicate keys, other encodings,
 * and every input fuzzing ever found wrong), in well under a second.
 *
 * <p><b>Fuzzing locally.</b> Set {@code JAZZER_FUZZ=1} and run one fuzz test at a time; bound it
 * by executions or by time ({@code jazzer.max_duration}, default 5 minutes, overrides
 * {@code @FuzzTest(maxDuration)}):
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o test -pl serialization -Dtest='DocumentFuzzTest#organization' \
 *     -Djazzer.max_executions=1000000 -Djazzer.max_duration=1h
 * JAZZER_FUZZ=1 ./mvnw -B -o test -pl serialization -Dtest='DocumentFuzzTest#anyDocument' -Djazzer.max_duration=10m
 * </pre>
 *
 * <p>The growing corpus goes to {@code serialization/.cifuzz-corpus/} (not committed). A finding
 * fails the test and is written to {@code DocumentFuzzTestInputs/<method>/crash-…} in the test
 * resources: fix the bug and commit the input, so that the regression run keeps it fixed. Which
 * classes are instrumented for coverage is set in {@code src/test/resources/junit-platform.properties}.
 */
class DocumentFuzzTest {

  private static final JsonMapper STRICT_MAPPER = CommonGroundJson.mapper();
  private static final JsonMapper PLAIN_MAPPER = JsonMapper.builder().addModule(new CommonGroundModule()).build();
  private static final ObjectMapper TREES = new ObjectMapper();

  /** Each kind's shipped schema, read once. */
  private static final Map<String, JsonSchema> SCHEMAS =
      Documents.all().toMap(k -> k.format(), SchemaValidationTest::schemaOf);

  /**
   * The organization reader.
   *
   * @param input any bytes
   */
  @FuzzTest
  void organization(byte[] input) {
    readAnything(PartnerJson.ORGANIZATION, input);
  }

  /**
   * Every kind's reader: the input's last bytes pick the kind, the rest is the document, so a
   * kind added to {@link Documents#all()} is fuzzed without a test of its own.
   *
   * @param data the fuzzer's input
   */
  @FuzzTest
  void anyDocument(FuzzedDataProvider data) {
    List<DocumentKind<?>> kinds = Documents.all();
    DocumentKind<?> kind = kinds.get(data.consumeInt(0, kinds.size() - 1));
    readAnything(kind, data.consumeRemainingAsBytes());
  }

  private static <T> void readAnything(DocumentKind<T> kind, byte[] input) {
    T value = null;
    try {
      value = CommonGroundJson.read(kind, input);
      check(value != null, "the reader returned null");
    } catch (ValidationException e) {
      refusedProperly(e);
    }
    String text = new String(input, StandardCharsets.UTF_8);
    T lenient = null;
    try {
      lenient = CommonGroundJson.readLenient(kind, text);
      check(lenient != null, "the lenient reader returned null");
    } catch (ValidationException e) {
      refusedProperly(e);
    }
    if (value != null) {
      check(value.equals(lenient), "the lenient reader read another value, or refused it");
      String written = CommonGroundJson.write(kind, value);
      check(value.equals(CommonGroundJson.read(kind, written)), "the value does not read back equal: " + written);
      check(SCHEMAS.get(kind.format()).get().validate(tree(input)).isEmpty(),
          "the reader took a document its schema refuses: " + text);
    }
    readThroughTheModule(STRICT_MAPPER, kind, input);
    readThroughTheModule(PLAIN_MAPPER, kind, input);
  }

  private static void readThroughTheModule(ObjectMapper mapper, DocumentKind<?> kind, byte[] input) {
    try {
      Object value = mapper.readValue(input, kind.type());
      check(value != null || tree(input).isNull(), "the mapper returned null for " + new String(input, StandardCharsets.UTF_8));
    } catch (ValidationException e) {
      refusedProperly(e);
    } catch (JacksonException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof RuntimeException && !(cause instanceof ValidationException)) {
          throw new AssertionError("Jackson wrapped an unexpected exception", e);
        }
      }
    } catch (java.io.CharConversionException e) {
      // Jackson's refusal of a malformed UTF-32 text (it detects UTF-16 and UTF-32): not ours.
    } catch (IOException e) {
      throw new AssertionError("reading bytes in memory failed", e);
    }
  }

  private static void refusedProperly(ValidationException e) {
    check(e.count() > 0 && !e.violations().isEmpty(), "a ValidationException with no problem");
    check(ProblemDetails.json(e).startsWith("{"), "problem details did not write");
  }

  private static JsonNode tree(byte[] input) {
    try {
      return TREES.readTree(input);
    } catch (IOException e) {
      throw new AssertionError("a document the reader took is not JSON to Jackson", e);
    }
  }

  private static void check(boolean holds, String message) {
    if (!holds) {
      throw new AssertionError(message);
    }
  }
}
