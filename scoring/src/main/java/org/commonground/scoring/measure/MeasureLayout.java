// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import java.math.BigInteger;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.SharedMeasureSet;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;

/**
 * What the columns of a {@link MeasureTable} mean: the shared measure set (its indicators are the
 * indicator codes, in the set's order), the partners, the periods, and the subgroup dimensions.
 * Tables and partial aggregates with the same layout can be merged.
 *
 * <p>A cell is one combination of indicator, period, partner and one group of every dimension; its
 * key is the mixed-radix number of those codes, so the layout's cells must number fewer than 2⁶³.
 *
 * <pre>{@code
 * MeasureLayout layout = MeasureLayout.of(measures,
 *     CodeList.of(List.of("lincoln-hs", "eastside-hs")),
 *     CodeList.of(List.of(Period.schoolYear(2022), Period.schoolYear(2023))),
 *     List.of(SubgroupDimension.of("income", List.of("low", "not low"))));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeasureLayout {

  private final SharedMeasureSet measures;
  private final CodeList<Indicator> indicators;
  private final CodeList<String> partners;
  private final CodeList<Period> periods;
  private final List<SubgroupDimension> dimensions;
  /** Radices, most significant first: indicator, period, partner, then each dimension. */
  private final long[] radices;
  /** The product of the radices: every key is below it. */
  private final long cells;
  /** The product of the dimensions' radices: the cells of one partner, indicator and period. */
  private final long groupCells;

  private MeasureLayout(
      SharedMeasureSet measures, CodeList<String> partners, CodeList<Period> periods, List<SubgroupDimension> dimensions) {
    this.measures = measures;
    this.indicators = CodeList.of(measures.indicators());
    this.partners = partners;
    this.periods = periods;
    this.dimensions = dimensions;
    this.radices = new long[3 + dimensions.size()];
    radices[0] = indicators.size();
    radices[1] = periods.size();
    radices[2] = partners.size();
    for (int d = 0; d < dimensions.size(); d++) {
      radices[3 + d] = dimensions.get(d).groups().size();
    }
    long groups = 1;
    for (int d = 0; d < dimensions.size(); d++) {
      groups *= radices[3 + d];
    }
    this.groupCells = groups;
    this.cells = radices[0] * radices[1] * radices[2] * groups;
  }

  /**
   * A layout.
   *
   * @param measures the shared measure set, with at least one indicator
   * @param partners the partners
   * @param periods the periods
   * @param dimensions the subgroup dimensions, with distinct names; may be empty
   * @return the layout
   * @throws org.commonground.core.validation.ValidationException naming each null argument or
   *     dimension; or if the set has no indicator, two
   *     dimensions share a name, or the cells number 2⁶³ or more
   */
  public static MeasureLayout of(
      SharedMeasureSet measures, CodeList<String> partners, CodeList<Period> periods, List<SubgroupDimension> dimensions) {
    Violations.none()
        .notNull("measures", measures)
        .notNull("partners", partners)
        .notNull("periods", periods)
        .noNullElements("dimensions", dimensions)
        .throwIfAny("MeasureLayout");
    BigInteger cells =
        dimensions.map(d -> BigInteger.valueOf(d.groups().size()))
            .fold(BigInteger.valueOf((long) measures.indicators().size() * periods.size() * partners.size()), BigInteger::multiply);
    Violations.none()
        .atLeast("measures.indicators", measures.indicators().size(), 1)
        .distinct("dimensions", dimensions, SubgroupDimension::name)
        .require(
            cells.bitLength() < 64,
            "dimensions",
            () -> Message.of("scoring.measure.layout.cells", cells))
        .throwIfAny("MeasureLayout");
    return new MeasureLayout(measures, partners, periods, dimensions);
  }

  /**
   * The same as {@link #of(SharedMeasureSet, CodeList, CodeList, List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param measures the shared measure set, with at least one indicator
   * @param partners the partners
   * @param periods the periods
   * @param dimensions the subgroup dimensions, with distinct names; may be empty
   * @return the layout
   * @throws org.commonground.core.validation.ValidationException naming each null argument or
   *     dimension; or if the set has no indicator, two
   *     dimensions share a name, or the cells number 2⁶³ or more
   */
  public static MeasureLayout of(
      SharedMeasureSet measures, CodeList<String> partners, CodeList<Period> periods,
      Iterable<? extends SubgroupDimension> dimensions) {
    return of(measures, partners, periods, JavaInputs.<SubgroupDimension>list(dimensions));
  }

  /**
   * The shared measure set.
   *
   * @return the set
   */
  public SharedMeasureSet measures() {
    return measures;
  }

  /**
   * The indicators, coded in the set's order.
   *
   * @return the indicator codes
   */
  public CodeList<Indicator> indicators() {
    return indicators;
  }

  /**
   * The partners.
   *
   * @return the partner codes
   */
  public CodeList<String> partners() {
    return partners;
  }

  /**
   * The periods.
   *
   * @return the period codes
   */
  public CodeList<Period> periods() {
    return periods;
  }

  /**
   * The subgroup dimensions.
   *
   * @return the dimensions, in column order
   */
  public List<SubgroupDimension> dimensions() {
    return dimensions;
  }

  /** The number of cells, below 2⁶³: every key lies in {@code [0, cells())}. */
  long cells() {
    return cells;
  }

  /**
   * The number of cells of one partner, indicator and period: the subgroup cells. Keys divided by
   * it give the partner's whole-population cell, so the cells of one whole-population cell are
   * contiguous in key order.
   */
  long groupCells() {
    return groupCells;
  }

  /** A radix, most significant first: 0 indicator, 1 period, 2 partner, 3 + d dimension d. */
  long radix(int position) {
    return radices[position];
  }

  /** The key of a cell: its codes as one mixed-radix number. */
  long key(int indicator, int period, int partner, int[] groups) {
    long key = ((long) indicator * radices[1] + period) * radices[2] + partner;
    for (int d = 0; d < groups.length; d++) {
      key = key * radices[3 + d] + groups[d];
    }
    return key;
  }

  /** The codes of a key: indicator, period, partner, then each dimension's group. */
  int[] decode(long key) {
    int[] codes = new int[radices.length];
    long rest = key;
    for (int i = radices.length - 1; i >= 0; i--) {
      codes[i] = (int) (rest % radices[i]);
      rest /= radices[i];
    }
    return codes;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MeasureLayout)) {
      return false;
    }
    MeasureLayout o = (MeasureLayout) other;
    return o.measures.equals(measures) && o.partners.equals(partners) && o.periods.equals(periods)
        && o.dimensions.equals(dimensions);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(measures, partners, periods, dimensions);
  }

  /** Returns the sizes of the code lists. */
  @Override
  public String toString() {
    return "MeasureLayout[" + indicators.size() + " indicators × " + periods.size() + " periods × "
        + partners.size() + " partners" + dimensions.map(d -> " × " + d).mkString() + "]";
  }
}
