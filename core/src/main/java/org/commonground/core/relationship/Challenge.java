// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import org.commonground.core.validation.Message;

/**
 * The challenges organizations confront when working together (Community Tool Box, ch. 24 §5,
 * "What are some of the challenges…"; seed 002), each with the response the same chapter
 * suggests.
 *
 * <pre>{@code
 * Challenge.MISTRUST.response();  // "Establish one-to-one relationships and build trust slowly; ..."
 * }</pre>
 */
public enum Challenge {
  /** People believe individual effort is more beneficial than cooperation. */
  BELIEF_IN_INDIVIDUAL_EFFORT,
  /** People are mistrustful. */
  MISTRUST,
  /** People lack the communication skills for working together. */
  WEAK_COMMUNICATION_SKILLS,
  /** Racism and other discrimination keep people and organizations isolated. */
  DISCRIMINATION,
  /** A lack of strong leadership. */
  WEAK_LEADERSHIP,
  /** People internalize a sense of powerlessness. */
  INTERNALIZED_POWERLESSNESS,
  /** Funders require organizations to collaborate in order to receive funds. */
  FUNDER_DRIVEN;

  /**
   * The challenge in words, as a message: {@code core.relationship.Challenge.MISTRUST}.
   *
   * @return the label
   */
  public Message label() {
    return Message.of("core.relationship.Challenge." + name());
  }

  /**
   * The response the Community Tool Box suggests, as a message.
   *
   * @return the response, e.g. {@code core.relationship.Challenge.response.MISTRUST}
   */
  public Message responseMessage() {
    return Message.of("core.relationship.Challenge.response." + name());
  }

  /**
   * The response the Community Tool Box suggests.
   *
   * @return the response
   */
  public String response() {
    return responseMessage().text();
  }

  /** Returns the challenge in words: {@code people are mistrustful}. */
  @Override
  public String toString() {
    return label().text();
  }
}
