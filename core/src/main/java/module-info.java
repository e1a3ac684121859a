// SPDX-License-Identifier: Apache-2.0
/**
 * Common Ground's immutable domain model and rules: partners and partnerships, relationship types on
 * the collaboration continuum, alignment frameworks, readiness instruments and shared measures.
 *
 * <p>Core does no I/O: no files, network, clock, logging or static mutable state. It knows nothing of
 * JSON: the JSON forms live in the {@code serialization} module. The Immutables annotations are
 * compile-time only ({@code requires static}).
 */
// The qualified export names scoring, which is not compiled yet when core is.
@SuppressWarnings("module")
module org.commonground.core {
  requires transitive io.vavr;
  requires static org.immutables.value.annotations;

  exports org.commonground.core;
  exports org.commonground.core.alignment;
  exports org.commonground.core.measure;
  exports org.commonground.core.partner;
  exports org.commonground.core.readiness;
  exports org.commonground.core.relationship;
  exports org.commonground.core.validation;
  // The conversions of java.util inputs, shared with scoring; not an API.
  exports org.commonground.core.internal to org.commonground.scoring;
}
