// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

/**
 * The procedures partners should settle early (Community Tool Box, ch. 24 §5, "Establish
 * procedural ground rules"; seed 002): "Ironing out these policies early will prevent mistakes and
 * misunderstandings."
 */
public enum GroundRule {
  /** How decisions will be made. */
  DECISION_MAKING("how decisions will be made"),
  /** Who will speak to the media. */
  MEDIA("who will speak to the media"),
  /** What should be considered confidential. */
  CONFIDENTIALITY("what should be considered confidential"),
  /** How information will be distributed. */
  INFORMATION_DISTRIBUTION("how information will be distributed"),
  /** The role of representatives. */
  REPRESENTATIVES("the role of representatives");

  private final String question;

  GroundRule(String question) {
    this.question = question;
  }

  /** Returns the question the rule answers: {@code who will speak to the media}. */
  @Override
  public String toString() {
    return question;
  }
}
