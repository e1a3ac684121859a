package org.commonground.serialization;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
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

  private static final Version VERSION =
      VersionUtil.parseVersion(
          CommonGroundModule.class.getPackage().getImplementationVersion(),
          "org.commonground",
          "commonground-serialization");

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
   * The library's version, read from the jar manifest; unknown when run from classes.
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
