package org.commonground.serialization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The entry point for JSON: a mapper configured for Common Ground's values.
 *
 * <pre>{@code
 * JsonMapper json = CommonGroundJson.mapper();
 * String text = json.writeValueAsString(partnership);
 * Organization school = json.readValue("{\"id\":\"lincoln-hs\",\"name\":\"Lincoln High School\","
 *     + "\"sectors\":[{\"kind\":\"PUBLIC\",\"field\":\"education\"}]}", Organization.class);
 * }</pre>
 *
 * <p>The mapper registers {@link CommonGroundModule}, writes properties in a stable order (so the
 * same value always gives the same text), rejects unknown properties, and refuses to read a number
 * with a fraction into an integer attribute or a {@code null} into a primitive. Each call returns a
 * new mapper that the caller may reconfigure; a configured {@code JsonMapper} is thread-safe.
 */
public final class CommonGroundJson {

  private CommonGroundJson() {}

  /**
   * A new mapper configured for Common Ground's values.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .addModule(new CommonGroundModule())
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .build();
  }
}
