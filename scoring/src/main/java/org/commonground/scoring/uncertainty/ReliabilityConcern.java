// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import org.commonground.core.validation.Message;

/**
 * Why a {@link ReliabilityRule} flags an estimate as unreliable.
 *
 * <pre>{@code
 * ReliabilityRule.nchs().assessCount(5).concerns();   // List(FEW_EVENTS, HIGH_RELATIVE_STANDARD_ERROR)
 * }</pre>
 */
public enum ReliabilityConcern {
  /** Fewer events than the rule's minimum (NCHS: fewer than 20). */
  FEW_EVENTS,
  /** A relative standard error above the rule's maximum (NCHS: above 30 %), or undefined. */
  HIGH_RELATIVE_STANDARD_ERROR,
  /** A proportion's denominator below the rule's minimum sample size (NCHS 2017: 30). */
  SMALL_SAMPLE;

  /**
   * The concern as reports show it, in any language: {@code "few events"} in English.
   *
   * @return the message {@code scoring.uncertainty.ReliabilityConcern.<name>}
   */
  public Message label() {
    return Message.of("scoring.uncertainty.ReliabilityConcern." + name());
  }
}
