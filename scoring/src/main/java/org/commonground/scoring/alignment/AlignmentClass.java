// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.alignment;

/**
 * How a dimension stands once its level and agreement are read together: alignment is both how far
 * a dimension is in place and whether partners see it the same way, and the two must not be
 * confused (DOMAIN.md §2).
 */
public enum AlignmentClass {
  /** High level and high agreement: partners agree it is in place. */
  ALIGNED("aligned"),
  /** High agreement, low level: partners agree it is not yet in place — work to do, together. */
  AGREED_BUT_WEAK("agreed but weak"),
  /** Low agreement: partners see the dimension differently — talk before acting. */
  CONTESTED("contested"),
  /** Fewer than two partners rated it: agreement is undefined, so no class is given. */
  UNDETERMINED("undetermined");

  private final String label;

  AlignmentClass(String label) {
    this.label = label;
  }

  /** Returns the class as reports show it: {@code agreed but weak}. */
  @Override
  public String toString() {
    return label;
  }
}
