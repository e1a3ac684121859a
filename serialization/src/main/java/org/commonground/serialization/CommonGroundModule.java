package org.commonground.serialization;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import io.vavr.control.Option;
import io.vavr.jackson.datatype.VavrModule;
import java.util.List;

/**
 * The Jackson module for Common Ground's values. Register it on any {@code ObjectMapper} to read
 * and write the library's values as JSON:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new CommonGroundModule()).build();
 * String json = mapper.writeValueAsString(organization);
 * Organization back = mapper.readValue(json, Organization.class);
 * }</pre>
 *
 * <p>The values bind through the JSON delegates Immutables generates for them; this module adds
 * what they need besides: Vavr's collections and {@code Option} (through {@link VavrModule}, which
 * it declares as a dependency so Jackson registers it first). An empty {@code Option} is written as
 * {@code null} and read back from {@code null} or an absent property. Reading rejects unknown
 * properties unless the mapper is configured otherwise; a value that breaks a domain rule fails
 * with the library's {@code ValidationException} as the cause.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CommonGroundModule extends Module {

  private static final String GROUP_ID = "org.commonground";
  private static final String ARTIFACT_ID = "commonground-serialization";

  // From the jar manifest; running from a classes directory there is none, and the version says so.
  private static final Version VERSION =
      Option.of(CommonGroundModule.class.getPackage().getImplementationVersion())
          .map(v -> VersionUtil.parseVersion(v, GROUP_ID, ARTIFACT_ID))
          .getOrElse(() -> new Version(0, 0, 0, "unknown", GROUP_ID, ARTIFACT_ID));

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
   * Registers nothing of its own yet: the values carry their own bindings. Later additions
   * (mix-ins, schema-aware deserializers) go here.
   *
   * @param context Jackson's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    // The dependencies returned by getDependencies() are registered by Jackson itself.
  }
}
