// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import io.vavr.collection.List;

/**
 * A table to be published: a {@link CountTable} of counts with the records behind them, or a
 * {@link MagnitudeTable} of amounts with the contributions behind them. Both publish every total
 * and subtotal their {@link Hierarchy dimensions} name.
 *
 * <pre>{@code
 * Tabulation table = CountTable.of(rows, columns, values, records, true, true);
 * table.dimensions().map(Hierarchy::name);   // List(row, column)
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Tabulation permits CountTable, MagnitudeTable {

  /**
   * The table's dimensions.
   *
   * @return the dimensions, at least one
   */
  List<Hierarchy> dimensions();
}
