// SPDX-License-Identifier: Apache-2.0
/**
 * Runnable examples of Common Ground: a report about a sample partnership, and JSON round trips.
 */
module org.commonground.examples {
  requires transitive org.commonground.serialization;

  exports org.commonground.examples;
}
