// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import org.commonground.core.validation.Message;

/**
 * The procedures partners should settle early (Community Tool Box, ch. 24 §5, "Establish
 * procedural ground rules"; seed 002): "Ironing out these policies early will prevent mistakes and
 * misunderstandings."
 */
public enum GroundRule {
  /** How decisions will be made. */
  DECISION_MAKING,
  /** Who will speak to the media. */
  MEDIA,
  /** What should be considered confidential. */
  CONFIDENTIALITY,
  /** How information will be distributed. */
  INFORMATION_DISTRIBUTION,
  /** The role of representatives. */
  REPRESENTATIVES;

  /**
   * The question the rule answers, as a message: {@code core.relationship.GroundRule.MEDIA}.
   *
   * @return the label
   */
  public Message label() {
    return Message.of("core.relationship.GroundRule." + name());
  }

  /** Returns the question the rule answers: {@code who will speak to the media}. */
  @Override
  public String toString() {
    return label().text();
  }
}
