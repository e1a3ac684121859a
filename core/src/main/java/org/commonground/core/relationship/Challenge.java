// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

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
  BELIEF_IN_INDIVIDUAL_EFFORT(
      "people believe individual effort is more beneficial than cooperation",
      "Show what can be gained by working together; build on points of agreement with building-block agreements"),
  /** People are mistrustful. */
  MISTRUST(
      "people are mistrustful",
      "Establish one-to-one relationships and build trust slowly; watch the trust level and repair it when it is endangered"),
  /** People lack the communication skills for working together. */
  WEAK_COMMUNICATION_SKILLS(
      "people lack the communication, listening and negotiation skills for working together",
      "Build communication skills and learn how to listen, with a skilled facilitator if needed"),
  /** Racism and other discrimination keep people and organizations isolated. */
  DISCRIMINATION(
      "racism and other forms of discrimination keep people and organizations isolated",
      "Learn about each other's cultures and histories; address mistrust and misunderstanding throughout the relationship"),
  /** A lack of strong leadership. */
  WEAK_LEADERSHIP(
      "a lack of strong leadership hinders forming and continuing the relationship",
      "Develop leaders with vision and commitment who can win others over and weather setbacks"),
  /** People internalize a sense of powerlessness. */
  INTERNALIZED_POWERLESSNESS(
      "people have internalized a sense of powerlessness that keeps them from taking initiative",
      "Encourage everyone to be part of the process and to contribute their thinking and opinions"),
  /** Funders require organizations to collaborate in order to receive funds. */
  FUNDER_DRIVEN(
      "funders require the organizations to collaborate in order to receive funds",
      "Work with funders so the relationship develops on its own terms and pace; face the requirement honestly with partners");

  private final String description;
  private final String response;

  Challenge(String description, String response) {
    this.description = description;
    this.response = response;
  }

  /**
   * The response the Community Tool Box suggests.
   *
   * @return the response
   */
  public String response() {
    return response;
  }

  /** Returns the challenge in words: {@code people are mistrustful}. */
  @Override
  public String toString() {
    return description;
  }
}
