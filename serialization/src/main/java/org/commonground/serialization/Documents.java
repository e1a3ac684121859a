// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import io.vavr.collection.List;

/**
 * Every kind of document the library reads and writes, for tools that handle them all (schema
 * export, fuzzing, documentation).
 *
 * <pre>{@code
 * Documents.all().map(DocumentKind::format);   // commonground.organization, …
 * }</pre>
 */
public final class Documents {

  private Documents() {}

  /**
   * Every document kind.
   *
   * @return the kinds, grouped by domain
   */
  public static List<DocumentKind<?>> all() {
    return List.<DocumentKind<?>>empty()
        .appendAll(PartnerJson.DOCUMENTS)
        .appendAll(RelationshipJson.DOCUMENTS)
        .appendAll(AlignmentJson.DOCUMENTS)
        .appendAll(ReadinessJson.DOCUMENTS)
        .appendAll(MeasureJson.DOCUMENTS)
        .appendAll(SuppressionJson.DOCUMENTS);
  }
}
