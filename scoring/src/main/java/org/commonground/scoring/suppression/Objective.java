// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

/**
 * What complementary suppression keeps small: the number of entries hidden, or the total value
 * hidden. Hiding fewer cells keeps more of the table readable; hiding less value keeps the large
 * cells, which carry most of the information, in view.
 *
 * <pre>{@code
 * SmallCellSuppression.apply(table, SuppressionRule.DEFAULT, Objective.VALUE);
 * }</pre>
 */
public enum Objective {
  /** Hide as few entries as possible (the default). */
  CELLS,
  /** Hide as little of the table's value as possible. */
  VALUE
}
