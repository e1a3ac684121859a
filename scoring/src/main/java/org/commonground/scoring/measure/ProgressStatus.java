// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

/**
 * The progress categories of the Statistics Canada method, as used by Open SDG: the observed
 * compound annual growth rate compared with the rate needed to reach the target on time, or with
 * fixed growth rates when there is no target.
 */
public enum ProgressStatus {
  /** The current value meets the target (only for indicators with a target). */
  TARGET_ACHIEVED("target achieved"),
  /** At least 95 % of the needed growth (with a target), or growth of at least 1.5 % a year. */
  ON_TRACK("on track"),
  /** 60 % to 95 % of the needed growth, or 0.5 % to 1.5 % a year. */
  ACCELERATION_NEEDED("progress made but acceleration needed"),
  /** 0 % to 60 % of the needed growth, or 0 % to 0.5 % a year. */
  LIMITED_PROGRESS("limited progress"),
  /** Movement away from the desired direction. */
  DETERIORATION("deterioration"),
  /**
   * Not enough to go on: fewer than two data points, or values of mixed sign, which the method's
   * exponential model cannot take.
   */
  UNABLE_TO_ASSESS("unable to assess");

  private final String label;

  ProgressStatus(String label) {
    this.label = label;
  }

  /** Returns the category as Open SDG words it: {@code progress made but acceleration needed}. */
  @Override
  public String toString() {
    return label;
  }
}
