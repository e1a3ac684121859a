/**
 * Common Ground's immutable domain model and rules: partners and partnerships, relationship types on
 * the collaboration continuum, alignment frameworks, readiness instruments and shared measures.
 *
 * <p>Core does no I/O: no files, network, clock, logging or static mutable state. Jackson and the
 * Immutables annotations are compile-time only ({@code requires static}); the packages are opened to
 * Jackson so that the {@code serialization} module can bind the generated value classes.
 */
module org.commonground.core {
  requires transitive io.vavr;
  requires static org.immutables.value.annotations;
  requires static com.fasterxml.jackson.annotation;
  requires static com.fasterxml.jackson.databind;

  exports org.commonground.core;
  exports org.commonground.core.alignment;
  exports org.commonground.core.measure;
  exports org.commonground.core.partner;
  exports org.commonground.core.readiness;
  exports org.commonground.core.relationship;
  exports org.commonground.core.validation;

  opens org.commonground.core.alignment to com.fasterxml.jackson.databind;
  opens org.commonground.core.measure to com.fasterxml.jackson.databind;
  opens org.commonground.core.partner to com.fasterxml.jackson.databind;
  opens org.commonground.core.readiness to com.fasterxml.jackson.databind;
  opens org.commonground.core.relationship to com.fasterxml.jackson.databind;
}
