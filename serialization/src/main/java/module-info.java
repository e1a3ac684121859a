/**
 * JSON for Common Ground's values: versioned documents read strictly with every problem at its
 * JSON path, their JSON Schemas, problem details for HTTP 400 responses, and a Jackson module.
 */
module org.commonground.serialization {
  requires transitive org.commonground.scoring;
  requires transitive com.fasterxml.jackson.databind;
  requires io.vavr.jackson;

  exports org.commonground.serialization;
  exports org.commonground.serialization.codec;
  exports org.commonground.serialization.text;
  // Resources only: the documents' JSON Schemas, open so that other modules can read them.
  exports org.commonground.serialization.schemas;
  opens org.commonground.serialization.schemas;

  provides com.fasterxml.jackson.databind.Module with org.commonground.serialization.CommonGroundModule;
}
