// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

/**
 * Why a cell of a published table is hidden.
 */
public enum Suppression {
  /** Primary: the cell rests on fewer records than the threshold. */
  PRIMARY,
  /**
   * Complementary: the cell is hidden so that a primary cell cannot be recovered from the
   * published totals.
   */
  COMPLEMENTARY
}
