// SPDX-License-Identifier: Apache-2.0
/**
 * JSON for Common Ground's values: versioned documents read strictly with every problem at its
 * JSON path, their JSON Schemas, problem details for HTTP 400 responses, and a Jackson module; and
 * SVG charts of the results, as strings (package rendering).
 */
module org.commonground.serialization {
  requires transitive org.commonground.scoring;
  requires transitive com.fasterxml.jackson.databind;
  requires io.vavr.jackson;
  requires com.fasterxml.jackson.dataformat.csv;
  // The partner network chart's layout (package rendering): JGraphT's drawing algorithms.
  requires org.jgrapht.core;
  // Compile-time only: the Immutables annotations on core's and scoring's values, which javac and
  // javadoc read from their class files.
  requires static org.immutables.value.annotations;

  exports org.commonground.serialization;
  exports org.commonground.serialization.codec;
  exports org.commonground.serialization.csv;
  exports org.commonground.serialization.rendering;
  exports org.commonground.serialization.text;
  // Resources only: the documents' JSON Schemas, open so that other modules can read them.
  exports org.commonground.serialization.schemas;
  opens org.commonground.serialization.schemas;

  provides com.fasterxml.jackson.databind.Module with org.commonground.serialization.CommonGroundModule;
}
