// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.jackson.datatype.VavrModule;
import java.io.IOException;
import org.commonground.core.validation.Check;
import org.commonground.serialization.codec.Codec;
import org.commonground.serialization.codec.Path;
import org.commonground.serialization.codec.Problems;

/**
 * The Jackson module for Common Ground's values. Registering it on a plain {@code ObjectMapper}
 * is enough to read and write every value of the library in the same JSON form as the documents'
 * content ({@link CommonGroundJson}); Jackson also finds it with {@code findAndAddModules()}, through
 * {@code META-INF/services} and the module descriptor's {@code provides}.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new CommonGroundModule()).build();
 * String json = mapper.writeValueAsString(organization);
 * Organization back = mapper.readValue(json, Organization.class);
 * }</pre>
 *
 * <p>Reading a value through the module is as strict as reading a document: a value with any
 * problem fails with the library's {@code ValidationException}, listing every problem with its
 * JSON path relative to the value. The module also registers Vavr's (as a dependency, so Jackson
 * registers it first), for the caller's own Vavr values. Instances are immutable and thread-safe.
 */
public final class CommonGroundModule extends Module {

  private static final String GROUP_ID = "org.commonground";
  private static final String ARTIFACT_ID = "commonground-serialization";

  // From the jar manifest; running from a classes directory there is none, and the version says so.
  private static final Version VERSION =
      Option.of(CommonGroundModule.class.getPackage().getImplementationVersion())
          .map(v -> VersionUtil.parseVersion(v, GROUP_ID, ARTIFACT_ID))
          .getOrElse(() -> new Version(0, 0, 0, "unknown", GROUP_ID, ARTIFACT_ID));

  /** Every value type with its JSON form. */
  static final List<Binding<?>> BINDINGS = List.<Binding<?>>empty()
      .appendAll(PartnerJson.BINDINGS)
      .appendAll(RelationshipJson.BINDINGS)
      .appendAll(AlignmentJson.BINDINGS)
      .appendAll(ReadinessJson.BINDINGS)
      .appendAll(MeasureJson.BINDINGS)
      .appendAll(SuppressionJson.BINDINGS)
      .append(Binding.of(org.commonground.core.validation.Violation.class, ProblemDetails.VIOLATION));

  /** Creates the module. */
  public CommonGroundModule() {}

  /**
   * The module's name, {@code CommonGroundModule}; Jackson registers a module of a given name once.
   *
   * @return the name
   */
  @Override
  public String getModuleName() {
    return "CommonGroundModule";
  }

  /**
   * The library's version, read from the jar manifest; {@code 0.0.0-unknown} when run from a
   * classes directory, which has none.
   *
   * @return the version
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * The registration id: one per class, so registering twice is harmless.
   *
   * @return the id
   */
  @Override
  public Object getTypeId() {
    return CommonGroundModule.class.getName();
  }

  /**
   * The modules registered before this one: Vavr's.
   *
   * @return the Vavr module
   */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new VavrModule());
  }

  /**
   * Registers a serializer and a deserializer for every value type of the library (and for its
   * generated implementation), each going through the value's codec.
   *
   * @param context Jackson's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Binding<?> binding : BINDINGS) {
      register(binding, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void register(Binding<T> binding, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    Codec<T> codec = binding.codec;
    serializers.addSerializer(binding.type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        codec.write(g, value);
      }
    });
    JsonDeserializer<T> deserializer = new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
        // The value is read into a tree first, so that its problems can be listed again.
        com.fasterxml.jackson.databind.JsonNode tree = context.readTree(p);
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        Check check = sink -> {
          try (JsonParser again = tree.traverse(p.getCodec())) {
            again.nextToken();
            T value = codec.read(again, Path.ROOT, new Problems(sink));
            if (value != null) {
              result.compareAndSet(null, value);
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
        check.throwIfAny(codec.description().replaceFirst("^(an?|the) ", ""));
        return result.get();
      }
    };
    deserializers.addDeserializer(binding.type, deserializer);
    for (Class<?> implementation : implementations(binding.type)) {
      @SuppressWarnings("unchecked")
      Class<T> as = (Class<T>) implementation;
      deserializers.addDeserializer(as, deserializer);
    }
  }

  /** The generated {@code ImmutableX} of a value type {@code X}, when there is one. */
  private static List<Class<?>> implementations(Class<?> type) {
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
    try {
      return List.of(Class.forName(name, false, type.getClassLoader()));
    } catch (ClassNotFoundException e) {
      return List.empty();
    }
  }
}
