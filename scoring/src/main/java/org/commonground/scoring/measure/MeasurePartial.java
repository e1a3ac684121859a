package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.function.Function;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.numeric.ExactSum;

/**
 * An immutable partial aggregate of shared-measure data: for every cell (indicator, period,
 * partner, subgroup) that has records, the record count and the exact sums of its numerators and
 * denominators. It is a plain value — sorted {@code long} keys, {@code long} counts and the
 * canonical terms of each exact sum ({@link ExactSum#canonicalTerms()}) — so a distributed engine
 * can carry partials between machines and merge them in any order: partials of the same data are
 * equal, and every figure computed from them is bit-identical.
 *
 * <pre>{@code
 * MeasurePartial partial = new MeasureAccumulator(layout).addAll(table).snapshot();
 * partial.communityValues(partners);   // the same values as RollUp over the same data as objects
 * partial.toObservations();            // one whole-population observation per partner, indicator, period
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeasurePartial {

  private final MeasureLayout layout;
  private final long[] keys;
  private final long[] records;
  private final double[][] numeratorTerms;
  private final double[][] denominatorTerms;

  private MeasurePartial(
      MeasureLayout layout, long[] keys, long[] records, double[][] numeratorTerms, double[][] denominatorTerms) {
    this.layout = layout;
    this.keys = keys;
    this.records = records;
    this.numeratorTerms = numeratorTerms;
    this.denominatorTerms = denominatorTerms;
  }

  /** For the accumulator, whose arrays are fresh and already in order. */
  static MeasurePartial trusted(
      MeasureLayout layout, long[] keys, long[] records, double[][] numeratorTerms, double[][] denominatorTerms) {
    return new MeasurePartial(layout, keys, records, numeratorTerms, denominatorTerms);
  }

  /**
   * A partial from its plain parts, as a distributed engine carried them.
   *
   * @param layout the layout
   * @param keys the cell keys, strictly increasing
   * @param records the record count of each cell, not negative
   * @param numeratorTerms the terms of each cell's numerator sum
   * @param denominatorTerms the terms of each cell's denominator sum
   * @return the partial; the arrays are copied
   * @throws org.commonground.core.validation.ValidationException naming every problem with its
   *     position
   */
  public static MeasurePartial of(
      MeasureLayout layout, long[] keys, long[] records, double[][] numeratorTerms, double[][] denominatorTerms) {
    Violations found =
        Violations.none()
            .require(records.length == keys.length, "records", "must have one count per key (" + keys.length + "), got " + records.length)
            .require(numeratorTerms.length == keys.length, "numeratorTerms", "must have one sum per key (" + keys.length + "), got " + numeratorTerms.length)
            .require(denominatorTerms.length == keys.length, "denominatorTerms", "must have one sum per key (" + keys.length + "), got " + denominatorTerms.length);
    found.throwIfAny("MeasurePartial");
    for (int c = 0; c < keys.length; c++) {
      found =
          found
              .require(c == 0 || keys[c] > keys[c - 1], "keys[" + c + "]", "must be greater than keys[" + (c - 1) + "], got " + keys[c])
              .require(keys[c] >= 0 && keys[c] == reencode(layout, keys[c]),
                  "keys[" + c + "]", "must be a cell of the layout, got " + keys[c])
              .require(records[c] >= 0, "records[" + c + "]", "must not be negative, got " + records[c])
              .require(Arrays.stream(numeratorTerms[c]).allMatch(Double::isFinite), "numeratorTerms[" + c + "]", "must be finite")
              .require(Arrays.stream(denominatorTerms[c]).allMatch(Double::isFinite), "denominatorTerms[" + c + "]", "must be finite");
    }
    found.throwIfAny("MeasurePartial");
    double[][] numerators = new double[keys.length][];
    double[][] denominators = new double[keys.length][];
    for (int c = 0; c < keys.length; c++) {
      numerators[c] = ExactSum.ofTerms(numeratorTerms[c]).canonicalTerms();
      denominators[c] = ExactSum.ofTerms(denominatorTerms[c]).canonicalTerms();
    }
    return new MeasurePartial(layout, keys.clone(), records.clone(), numerators, denominators);
  }

  /** A key beyond the layout's last cell wraps around when decoded, and so encodes to another. */
  private static long reencode(MeasureLayout layout, long key) {
    int[] codes = layout.decode(key);
    return layout.key(codes[0], codes[1], codes[2], Arrays.copyOfRange(codes, 3, codes.length));
  }

  /**
   * The layout.
   *
   * @return what the codes mean
   */
  public MeasureLayout layout() {
    return layout;
  }

  /**
   * The number of cells with records.
   *
   * @return the number of cells
   */
  public int cells() {
    return keys.length;
  }

  /**
   * The key of a cell.
   *
   * @param cell the cell's position, 0 to {@code cells() - 1}
   * @return the key
   */
  public long key(int cell) {
    return keys[cell];
  }

  /**
   * The number of records in a cell.
   *
   * @param cell the cell's position
   * @return the record count
   */
  public long records(int cell) {
    return records[cell];
  }

  /**
   * The canonical terms of a cell's numerator sum.
   *
   * @param cell the cell's position
   * @return a copy of the terms
   */
  public double[] numeratorTerms(int cell) {
    return numeratorTerms[cell].clone();
  }

  /**
   * The canonical terms of a cell's denominator sum.
   *
   * @param cell the cell's position
   * @return a copy of the terms
   */
  public double[] denominatorTerms(int cell) {
    return denominatorTerms[cell].clone();
  }

  /**
   * The codes of a cell: indicator, period, partner, then one group per dimension.
   *
   * @param cell the cell's position
   * @return the codes
   */
  public int[] codes(int cell) {
    return layout.decode(keys[cell]);
  }

  /**
   * The total number of records.
   *
   * @return the sum of the cells' record counts
   */
  public long totalRecords() {
    return Arrays.stream(records).sum();
  }

  /**
   * One whole-population observation per partner, indicator and period, summing the partner's
   * records over every subgroup, with the number of records behind it.
   *
   * @return the observations, in key order
   */
  public List<Observation> toObservations() {
    java.util.Map<Long, int[]> firstCell = new java.util.LinkedHashMap<>();
    java.util.Map<Long, ExactSum[]> sums = new java.util.HashMap<>();
    java.util.Map<Long, long[]> counts = new java.util.HashMap<>();
    long groupCells = 1;
    for (SubgroupDimension d : layout.dimensions()) {
      groupCells *= d.groups().size();
    }
    for (int c = 0; c < keys.length; c++) {
      long whole = keys[c] / groupCells;
      firstCell.putIfAbsent(whole, codes(c));
      ExactSum[] s = sums.computeIfAbsent(whole, k -> new ExactSum[] {new ExactSum(), new ExactSum()});
      s[0].merge(ExactSum.ofTerms(numeratorTerms[c]));
      s[1].merge(ExactSum.ofTerms(denominatorTerms[c]));
      counts.computeIfAbsent(whole, k -> new long[1])[0] += records[c];
    }
    return List.ofAll(firstCell.entrySet()).map(e -> {
      int[] codes = e.getValue();
      Indicator indicator = layout.indicators().value(codes[0]);
      Period period = layout.periods().value(codes[1]);
      String partner = layout.partners().value(codes[2]);
      ExactSum[] s = sums.get(e.getKey());
      Observation o =
          indicator.unit().hasDenominator()
              ? Observation.ratio(partner, indicator.id(), period, s[0].value(), s[1].value())
              : Observation.count(partner, indicator.id(), period, s[0].value());
      return o.withRecords(Option.of(counts.get(e.getKey())[0]));
    });
  }

  /**
   * The community values of every indicator and period, as {@link RollUp} computes them from the
   * partners' whole-population observations.
   *
   * @param expectedPartners the partners expected to report each indicator
   * @return the community values
   */
  public List<CommunityValue> communityValues(Function<Indicator, List<String>> expectedPartners) {
    return RollUp.communityValues(ObservationSet.of(layout.measures(), toObservations()), expectedPartners);
  }

  /**
   * The community values when every partner is expected to report every indicator.
   *
   * @param expectedPartners the partners
   * @return the community values
   */
  public List<CommunityValue> communityValues(List<String> expectedPartners) {
    return communityValues(indicator -> expectedPartners);
  }

  /** The exact sums of one cell, for disaggregation. */
  ExactSum numerator(int cell) {
    return ExactSum.ofTerms(numeratorTerms[cell]);
  }

  ExactSum denominator(int cell) {
    return ExactSum.ofTerms(denominatorTerms[cell]);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MeasurePartial)) {
      return false;
    }
    MeasurePartial o = (MeasurePartial) other;
    return o.layout.equals(layout)
        && Arrays.equals(o.keys, keys)
        && Arrays.equals(o.records, records)
        && Arrays.deepEquals(o.numeratorTerms, numeratorTerms)
        && Arrays.deepEquals(o.denominatorTerms, denominatorTerms);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(keys) + Arrays.hashCode(records);
  }

  /** Returns {@code MeasurePartial[n cells, m records]}. */
  @Override
  public String toString() {
    return "MeasurePartial[" + keys.length + " cells, " + totalRecords() + " records]";
  }

  /** The subgroup of a cell for the given dimensions, as dimension → group. */
  TreeMap<String, String> subgroup(int cell, List<Integer> dimensionIndexes) {
    int[] codes = codes(cell);
    TreeMap<String, String> subgroup = TreeMap.empty();
    for (int d : dimensionIndexes) {
      SubgroupDimension dimension = layout.dimensions().get(d);
      subgroup = subgroup.put(dimension.name(), dimension.groups().value(codes[3 + d]));
    }
    return subgroup;
  }
}
