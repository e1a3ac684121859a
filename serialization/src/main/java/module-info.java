/**
 * JSON for Common Ground's values: a Jackson module and a ready mapper.
 */
module org.commonground.serialization {
  requires transitive org.commonground.scoring;
  requires transitive com.fasterxml.jackson.databind;
  requires io.vavr.jackson;

  exports org.commonground.serialization;
}
