// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

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
  MATCHED("matched: on the partners reporting in both periods"),
  /**
   * Compare the values as reported, whoever reported; the result is flagged whenever the
   * reporting partners differ, naming who joined and who left.
   */
  ALL_REPORTERS("all reporters: on the values as reported, whoever reported"),
  /**
   * Compare only when the same partners reported in both periods, and refuse otherwise (the
   * comparison is marked not comparable and names who differs).
   */
  SAME_PARTNERS_ONLY("same partners only: no comparison unless the same partners reported in both periods");

  private final String description;

  ComparisonBasis(String description) {
    this.description = description;
  }

  /**
   * The basis in words, for explanations.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
