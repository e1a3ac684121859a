// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.quicktheories.QuickTheory.qt;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

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
 * (valid documents, of every kind for {@link #anyDocument}, truncated ones, deep nesting, huge
 * numbers, duplicate keys, other encodings, and every input fuzzing ever found wrong), in a few
 * seconds. The inputs of {@link #anyDocument} end with the byte that picks the kind: the
 * hand-written ones with 0, the organization.
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

  /** The system property that writes {@link #anyDocument}'s valid seeds anew. */
  static final String SEEDS_UPDATE = "commonground.fuzz.seeds.update";

  /** The committed inputs of {@link #anyDocument} (Maven runs tests in the module's folder). */
  private static final Path ANY_DOCUMENT_INPUTS =
      Paths.get("src", "test", "resources", "org", "commonground", "serialization", "DocumentFuzzTestInputs", "anyDocument");

  private static final String REGENERATE = "write the seeds anew with ./mvnw -B -o test -pl serialization "
      + "-Dtest=DocumentFuzzTest -D" + SEEDS_UPDATE + "=true";

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
   * Every kind's reader: the input's last byte, modulo the number of kinds, is the index of the
   * kind in {@link Documents#all()} (one byte while there are at most 256 kinds), the rest is the
   * document; so a kind added to {@link Documents#all()} is fuzzed without a test of its own. The
   * committed inputs hold a valid document of every kind ({@link #everyKindHasAValidSeed()}).
   *
   * @param data the fuzzer's input
   */
  @FuzzTest
  void anyDocument(FuzzedDataProvider data) {
    List<DocumentKind<?>> kinds = Documents.all();
    DocumentKind<?> kind = kinds.get(data.consumeInt(0, kinds.size() - 1));
    readAnything(kind, data.consumeRemainingAsBytes());
  }

  /**
   * The seeds of {@link #anyDocument}: for every kind, {@code valid-<name>.bin}, the shortest of
   * a few generated documents ({@link DocumentExamples}) followed by the byte that picks the kind,
   * so that the regression run reads a valid document with every reader. Kinds are picked by
   * their index in {@link Documents#all()}: after adding or reordering kinds, write the seeds anew
   * with
   *
   * <pre>
   * ./mvnw -B -o test -pl serialization -Dtest=DocumentFuzzTest -Dcommonground.fuzz.seeds.update=true
   * </pre>
   *
   * @return one test per kind
   */
  @TestFactory
  Stream<DynamicTest> everyKindHasAValidSeed() {
    List<DocumentKind<?>> kinds = Documents.all();
    return kinds.zipWithIndex().toJavaStream().map(k -> DynamicTest.dynamicTest(k._1.toString(), () -> {
      Path file = ANY_DOCUMENT_INPUTS.resolve("valid-" + k._1.name() + ".bin");
      if (Boolean.getBoolean(SEEDS_UPDATE)) {
        byte[] document = shortestExample(k._1).getBytes(StandardCharsets.UTF_8);
        byte[] seed = java.util.Arrays.copyOf(document, document.length + 1);
        seed[document.length] = (byte) (int) k._2;
        Files.write(file, seed);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError(file + " is missing: " + REGENERATE);
      }
      byte[] seed = Files.readAllBytes(file);
      check(Byte.toUnsignedInt(seed[seed.length - 1]) % kinds.size() == k._2, file + " picks another kind: " + REGENERATE);
      CommonGroundJson.read(k._1, java.util.Arrays.copyOf(seed, seed.length - 1));
    }));
  }

  /** The shortest of 100 documents of a kind, always the same. */
  private static String shortestExample(DocumentKind<?> kind) {
    DocumentExamples.Example<?> example = DocumentExamples.of(kind).getOrElseThrow(() ->
        new AssertionError("no example of " + kind + " in DocumentExamples.ALL"));
    java.util.concurrent.atomic.AtomicReference<String> shortest = new java.util.concurrent.atomic.AtomicReference<>();
    qt().withFixedSeed(14).withExamples(100).forAll(example.documents())
        .checkAssert(d -> shortest.accumulateAndGet(d, (a, b) -> a == null || b.length() < a.length() ? b : a));
    return shortest.get();
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
      check(lenient != null && same(kind, value, lenient), "the lenient reader read another value, or refused it: " + text);
      String written = CommonGroundJson.write(kind, value);
      check(same(kind, value, CommonGroundJson.read(kind, written)), "the value does not read back equal: " + written);
      check(SCHEMAS.get(kind.format()).get().validate(tree(input)).isEmpty(),
          "the reader took a document its schema refuses: " + text);
    }
    readThroughTheModule(STRICT_MAPPER, kind, input);
    readThroughTheModule(PLAIN_MAPPER, kind, input);
  }

  /**
   * Whether two values of a kind are the same: by {@code equals}, or, for the types that keep the
   * identity's (a response matrix, a count table), by their written documents.
   */
  private static <T> boolean same(DocumentKind<T> kind, T a, T b) {
    if (hasEquals(a.getClass())) {
      return a.equals(b);
    }
    return CommonGroundJson.write(kind, a).equals(CommonGroundJson.write(kind, b));
  }

  private static boolean hasEquals(Class<?> type) {
    try {
      return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
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
