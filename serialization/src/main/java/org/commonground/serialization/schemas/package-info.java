// SPDX-License-Identifier: Apache-2.0
/**
 * The JSON Schemas (2020-12) of the library's documents, as resources: one
 * {@code <name>-v<version>.schema.json} per kind and version, such as
 * {@code org/commonground/serialization/schemas/organization-v1.schema.json}, generated from the
 * codecs ({@code DocumentKind.schema()}). The package is open, so that the
 * schemas can be read as resources on the module path as on the class path:
 *
 * <pre>{@code
 * ClassLoader.getSystemResourceAsStream(PartnerJson.ORGANIZATION.schemaResource());
 * PartnerJson.ORGANIZATION.publishedSchema();   // the same text
 * }</pre>
 */
package org.commonground.serialization.schemas;
