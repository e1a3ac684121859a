// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.alignment;

import org.commonground.core.validation.Message;

/**
 * How a dimension stands once its level and agreement are read together: alignment is both how far
 * a dimension is in place and whether partners see it the same way, and the two must not be
 * confused (DOMAIN.md §2).
 */
public enum AlignmentClass {
  /** High level and high agreement: partners agree it is in place. */
  ALIGNED,
  /** High agreement, low level: partners agree it is not yet in place — work to do, together. */
  AGREED_BUT_WEAK,
  /** Low agreement: partners see the dimension differently — talk before acting. */
  CONTESTED,
  /** Fewer than two partners rated it: agreement is undefined, so no class is given. */
  UNDETERMINED;

  /**
   * The class as reports show it, in any language: {@code "agreed but weak"} in English.
   *
   * @return the message {@code scoring.alignment.AlignmentClass.<name>}
   */
  public Message label() {
    return Message.of("scoring.alignment.AlignmentClass." + name());
  }

  /** Returns the class as reports show it in English: {@code agreed but weak}. */
  @Override
  public String toString() {
    return label().text();
  }
}
