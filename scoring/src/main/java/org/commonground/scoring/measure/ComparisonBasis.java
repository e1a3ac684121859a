// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import org.commonground.core.validation.Message;

/**
 * Which partners a comparison across periods rests on, when the partners reporting an indicator
 * change from one period to the next.
 *
 * <p>The default, {@link #MATCHED}, is the like-for-like comparison of official statistics: a
 * change is measured on the units present in both periods, so that a partner joining or dropping
 * out does not read as a change in the community (the "matched models" method of price indices,
 * ILO/IMF/OECD/UNECE/Eurostat/World Bank <i>Consumer Price Index Manual</i>, 2004, §§ 7.16–7.17
 * and chapter 8; and the "matched-sample" or constant-panel comparisons of survey statistics). A
 * series of changes is chain-linked: each step is matched on its own two periods.
 *
 * <pre>{@code
 * Scorecards.of(data, partners, ComparisonOptions.defaults().withBasis(ComparisonBasis.ALL_REPORTERS));
 * }</pre>
 */
public enum ComparisonBasis {
  /**
   * Compare on the partners that reported in both periods: each period's value is recomputed
   * from those partners alone. Partners that reported in only one of the two are named as
   * excluded. The default.
   */
  MATCHED,
  /**
   * Compare the values as reported, whoever reported; the result is flagged whenever the
   * reporting partners differ, naming who joined and who left.
   */
  ALL_REPORTERS,
  /**
   * Compare only when the same partners reported in both periods, and refuse otherwise (the
   * comparison is marked not comparable and names who differs).
   */
  SAME_PARTNERS_ONLY;

  /**
   * The basis in words, for explanations.
   *
   * @return the description
   */
  public String description() {
    return descriptionMessage().text();
  }

  /**
   * The basis in words, in any language.
   *
   * @return the message {@code scoring.measure.ComparisonBasis.<name>}
   */
  public Message descriptionMessage() {
    return Message.of("scoring.measure.ComparisonBasis." + name());
  }
}
