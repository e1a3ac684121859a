// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import org.commonground.core.validation.Message;

/**
 * The progress categories of the Statistics Canada method, as used by Open SDG: the observed
 * compound annual growth rate compared with the rate needed to reach the target on time, or with
 * fixed growth rates when there is no target.
 */
public enum ProgressStatus {
  /** The current value meets the target (only for indicators with a target). */
  TARGET_ACHIEVED,
  /** At least 95 % of the needed growth (with a target), or growth of at least 1.5 % a year. */
  ON_TRACK,
  /** 60 % to 95 % of the needed growth, or 0.5 % to 1.5 % a year. */
  ACCELERATION_NEEDED,
  /** 0 % to 60 % of the needed growth, or 0 % to 0.5 % a year. */
  LIMITED_PROGRESS,
  /** Movement away from the desired direction. */
  DETERIORATION,
  /**
   * Not enough to go on: fewer than two data points, or values of mixed sign, which the method's
   * exponential model cannot take.
   */
  UNABLE_TO_ASSESS;

  /**
   * The status as reports show it, in any language: {@code "on track"} in English.
   *
   * @return the message {@code scoring.measure.ProgressStatus.<name>}
   */
  public Message label() {
    return Message.of("scoring.measure.ProgressStatus." + name());
  }

  /** Returns the category as Open SDG words it: {@code progress made but acceleration needed}. */
  @Override
  public String toString() {
    return label().text();
  }
}
