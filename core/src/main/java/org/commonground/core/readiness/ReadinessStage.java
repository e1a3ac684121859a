// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import org.commonground.core.validation.Message;

/**
 * The nine stages of the Community Readiness Model (Tri-Ethnic Center for Prevention Research,
 * Colorado State University; Plested, Edwards and Jumper-Thurman, <i>Community Readiness: A
 * Handbook for Successful Change</i>, 2006 and 2014 editions). A score's stage is its integer part:
 * 3.75 is stage 3, vague awareness — never rounded up.
 *
 * <pre>{@code
 * ReadinessStage.of(4);        // PREPLANNING
 * ReadinessStage.PREPLANNING.number();  // 4
 * }</pre>
 */
public enum ReadinessStage {
  /** 1: the issue is not generally recognized by the community or leaders as a problem. */
  NO_AWARENESS(1),
  /** 2: at least some believe there is a concern, but little recognition that it is local. */
  DENIAL_RESISTANCE(2),
  /** 3: most feel there is a local concern, but there is no immediate motivation to act. */
  VAGUE_AWARENESS(3),
  /** 4: there is clear recognition that something must be done; there may be a group addressing it. */
  PREPLANNING(4),
  /** 5: active leaders begin planning in earnest; the community offers modest support. */
  PREPARATION(5),
  /** 6: enough information is available to justify efforts; activities are under way. */
  INITIATION(6),
  /** 7: activities are supported by administrators or community decision makers; staff are trained. */
  STABILIZATION(7),
  /** 8: efforts are in place; the community supports expanding or improving them. */
  CONFIRMATION_EXPANSION(8),
  /** 9: detailed and sophisticated knowledge exists; effective evaluation guides new directions. */
  HIGH_LEVEL_OF_COMMUNITY_OWNERSHIP(9);

  private final int number;

  ReadinessStage(int number) {
    this.number = number;
  }

  /**
   * The stage with a number.
   *
   * @param number 1 to 9
   * @return the stage
   * @throws IllegalArgumentException if the number is not 1 to 9
   */
  public static ReadinessStage of(int number) {
    if (number < 1 || number > 9) {
      throw new IllegalArgumentException("stage: must be between 1 and 9, got " + number);
    }
    return values()[number - 1];
  }

  /**
   * The stage's number.
   *
   * @return 1 to 9
   */
  public int number() {
    return number;
  }

  /** Returns {@code 3 vague awareness}. */
  /**
   * The stage as reports show it, its number and name, as a message: {@code 4 preplanning} in
   * English.
   *
   * @return the label
   */
  public Message label() {
    return Message.of("core.readiness.stage", number, nameMessage());
  }

  /**
   * The stage's name alone, as a message: {@code core.readiness.ReadinessStage.PREPLANNING}.
   *
   * @return the name
   */
  public Message nameMessage() {
    return Message.of("core.readiness.ReadinessStage." + name());
  }

  @Override
  public String toString() {
    return label().text();
  }
}
