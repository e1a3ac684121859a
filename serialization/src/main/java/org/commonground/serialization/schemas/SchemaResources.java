// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.schemas;

/**
 * Where the documents' JSON Schemas are in the jar: this package, as resources named
 * {@code <name>-v<version>.schema.json}. The class also makes the package a package of the
 * module, so that it can be opened to other modules.
 *
 * <pre>{@code
 * SchemaResources.FOLDER + "organization-v1.schema.json"   // PartnerJson.ORGANIZATION.schemaResource()
 * }</pre>
 */
public final class SchemaResources {

  /** The resource folder of the schemas, with its final slash and without a leading one. */
  public static final String FOLDER = "org/commonground/serialization/schemas/";

  private SchemaResources() {}
}
