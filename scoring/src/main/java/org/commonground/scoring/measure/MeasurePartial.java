// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.function.Function;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.core.validation.Check;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;
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
  /**
   * Every cell's canonical terms in one array, numerator then denominator, cell after cell: a
   * partial of 10⁵ cells is a few arrays, not 2·10⁵ small ones.
   */
  private final double[] terms;
  /**
   * Where each sum's terms start: cell {@code c}'s numerator terms are {@code terms[offsets[2c]]}
   * to {@code terms[offsets[2c + 1] - 1]}, its denominator terms from {@code offsets[2c + 1]} to
   * {@code offsets[2c + 2] - 1}.
   */
  private final int[] offsets;

  private MeasurePartial(MeasureLayout layout, long[] keys, long[] records, double[] terms, int[] offsets) {
    this.layout = layout;
    this.keys = keys;
    this.records = records;
    this.terms = terms;
    this.offsets = offsets;
  }

  /**
   * Builds a partial cell by cell, in key order, from arrays no one else holds: for the
   * accumulator's snapshot and for {@link #of}.
   */
  static final class Cells {
    private final MeasureLayout layout;
    private final long[] keys;
    private final long[] records;
    private final int[] offsets;
    private final CellSum.Terms terms;
    private int cells;

    Cells(MeasureLayout layout, int cells) {
      this.layout = layout;
      this.keys = new long[cells];
      this.records = new long[cells];
      this.offsets = new int[2 * cells + 1];
      this.terms = new CellSum.Terms(2 * cells);
    }

    /** Starts the next cell; append its numerator's terms, then call {@link #denominator()}. */
    CellSum.Terms cell(long key, long count) {
      keys[cells] = key;
      records[cells] = count;
      offsets[2 * cells] = terms.size();
      return terms;
    }

    /** Ends the cell's numerator terms; append its denominator's, then start the next cell. */
    CellSum.Terms denominator() {
      offsets[2 * cells + 1] = terms.size();
      cells++;
      return terms;
    }

    MeasurePartial build() {
      offsets[2 * cells] = terms.size();
      return new MeasurePartial(layout, keys, records, terms.toArray(), offsets);
    }
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
   * @throws org.commonground.core.validation.ValidationException naming every null argument, a
   *     wrong length, or every null term array; or counting
   *     every problem with its position, the first hundred spelled out
   */
  public static MeasurePartial of(
      MeasureLayout layout, long[] keys, long[] records, double[][] numeratorTerms, double[][] denominatorTerms) {
    Violations.none()
        .notNull("layout", layout)
        .notNull("keys", keys)
        .notNull("records", records)
        .notNull("numeratorTerms", numeratorTerms)
        .notNull("denominatorTerms", denominatorTerms)
        .throwIfAny("MeasurePartial");
    Violations.none()
        .require(records.length == keys.length, "records",
            () -> Message.of("scoring.measure.partial.perKey", Message.of("scoring.measure.partial.count"), keys.length, records.length))
        .require(numeratorTerms.length == keys.length, "numeratorTerms",
            () -> Message.of("scoring.measure.partial.perKey", Message.of("scoring.measure.partial.sum"), keys.length, numeratorTerms.length))
        .require(denominatorTerms.length == keys.length, "denominatorTerms",
            () -> Message.of("scoring.measure.partial.perKey", Message.of("scoring.measure.partial.sum"), keys.length, denominatorTerms.length))
        .throwIfAny("MeasurePartial");
    // Once per call, a pass over the cells' term arrays (not over records).
    Violations.none()
        .noNullElements("numeratorTerms", Arrays.asList(numeratorTerms))
        .noNullElements("denominatorTerms", Arrays.asList(denominatorTerms))
        .throwIfAny("MeasurePartial");
    // Copied first and checked after, so that what is checked is what is kept.
    int cells = keys.length;
    long[] keyCopy = keys.clone();
    long[] recordCopy = records.clone();
    int[] given = new int[2 * cells + 1];
    int total = 0;
    for (int c = 0; c < cells; c++) {
      given[2 * c] = total;
      total = Math.addExact(total, numeratorTerms[c].length);
      given[2 * c + 1] = total;
      total = Math.addExact(total, denominatorTerms[c].length);
    }
    given[2 * cells] = total;
    double[] givenTerms = new double[total];
    for (int c = 0; c < cells; c++) {
      System.arraycopy(numeratorTerms[c], 0, givenTerms, given[2 * c], given[2 * c + 1] - given[2 * c]);
      System.arraycopy(denominatorTerms[c], 0, givenTerms, given[2 * c + 1], given[2 * c + 2] - given[2 * c + 1]);
    }
    check(layout.cells(), keyCopy, recordCopy, givenTerms, given).throwIfAny("MeasurePartial");

    Cells canonical = new Cells(layout, cells);
    for (int c = 0; c < cells; c++) {
      canonicalTerms(givenTerms, given[2 * c], given[2 * c + 1], canonical.cell(keyCopy[c], recordCopy[c]));
      canonicalTerms(givenTerms, given[2 * c + 1], given[2 * c + 2], canonical.denominator());
    }
    return canonical.build();
  }

  /**
   * Every problem of every cell, in order: one pass, a message built only for the problems spelled
   * out. A key is a cell of the layout exactly when it lies in {@code [0, cells)}: the keys are the
   * mixed-radix numbers of the codes.
   */
  private static Check check(long layoutCells, long[] keys, long[] records, double[] terms, int[] offsets) {
    ViolationKind unordered = RecordRules.kind("keys[*]", "scoring.measure.partial.unorderedRule");
    ViolationKind outside = RecordRules.kind("keys[*]", "scoring.measure.partial.outside");
    ViolationKind negative = RecordRules.kind("records[*]", "core.validation.notNegative");
    ViolationKind numeratorInfinite = RecordRules.kind("numeratorTerms[*]", "scoring.measure.partial.finite");
    ViolationKind denominatorInfinite = RecordRules.kind("denominatorTerms[*]", "scoring.measure.partial.finite");
    return sink -> {
      for (int c = 0; c < keys.length; c++) {
        int cell = c;
        if (c > 0 && keys[c] <= keys[c - 1]) {
          sink.report(unordered, () ->
              Violation.of("keys[" + cell + "]",
                  Message.of("scoring.measure.partial.unordered", "keys[" + (cell - 1) + "]", keys[cell])));
        }
        if (keys[c] < 0 || keys[c] >= layoutCells) {
          sink.report(outside, () -> Violation.of("keys[" + cell + "]",
              Message.of("scoring.measure.partial.outside", keys[cell])));
        }
        if (records[c] < 0) {
          sink.report(negative, () -> Violation.of("records[" + cell + "]",
              Message.of("core.validation.notNegative", records[cell])));
        }
        if (!finite(terms, offsets[2 * c], offsets[2 * c + 1])) {
          sink.report(numeratorInfinite, () -> Violation.of("numeratorTerms[" + cell + "]",
              Message.of("scoring.measure.partial.finite")));
        }
        if (!finite(terms, offsets[2 * c + 1], offsets[2 * c + 2])) {
          sink.report(denominatorInfinite, () -> Violation.of("denominatorTerms[" + cell + "]",
              Message.of("scoring.measure.partial.finite")));
        }
      }
    };
  }

  private static boolean finite(double[] terms, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Double.isFinite(terms[i])) {
        return false;
      }
    }
    return true;
  }

  /** Appends the canonical terms of the exact sum of {@code terms[from..to)}. */
  private static void canonicalTerms(double[] terms, int from, int to, CellSum.Terms out) {
    if (to - from == 1) {
      // One term is its own canonical form, unless it is zero.
      if (terms[from] != 0) {
        out.add(terms[from]);
      }
      return;
    }
    CellSum sum = new CellSum();
    sum.addAll(terms, from, to);
    sum.appendCanonicalTerms(out);
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
    return Arrays.copyOfRange(terms, offsets[2 * cell], offsets[2 * cell + 1]);
  }

  /**
   * The canonical terms of a cell's denominator sum.
   *
   * @param cell the cell's position
   * @return a copy of the terms
   */
  public double[] denominatorTerms(int cell) {
    return Arrays.copyOfRange(terms, offsets[2 * cell + 1], offsets[2 * cell + 2]);
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
   * <p>One pass: a whole-population cell's subgroup cells are its key's low digits, so they are
   * contiguous in key order; their integer terms are summed in a {@code long}.
   *
   * @return the observations, in key order
   */
  public List<Observation> toObservations() {
    long groupCells = layout.groupCells();
    long partners = layout.radix(2);
    long periods = layout.radix(1);
    java.util.ArrayList<Observation> observations = new java.util.ArrayList<>();
    int c = 0;
    while (c < keys.length) {
      long whole = keys[c] / groupCells;
      long count = 0;
      CellSum numerator = new CellSum();
      CellSum denominator = new CellSum();
      for (; c < keys.length && keys[c] / groupCells == whole; c++) {
        count += records[c];
        numerator.addAll(terms, offsets[2 * c], offsets[2 * c + 1]);
        denominator.addAll(terms, offsets[2 * c + 1], offsets[2 * c + 2]);
      }
      Indicator indicator = layout.indicators().value((int) (whole / partners / periods));
      Period period = layout.periods().value((int) (whole / partners % periods));
      String partner = layout.partners().value((int) (whole % partners));
      Observation o =
          indicator.unit().hasDenominator()
              ? Observation.ratio(partner, indicator.id(), period, numerator.value(), denominator.value())
              : Observation.count(partner, indicator.id(), period, numerator.value());
      observations.add(o.withRecords(Option.of(count)));
    }
    return List.ofAll(observations);
  }

  /**
   * The community values of every indicator and period, as {@link RollUp} computes them from the
   * partners' whole-population observations.
   *
   * @param expectedPartners the partners expected to report each indicator: for each, distinct
   *     ids, none blank
   * @return the community values
   * @throws org.commonground.core.validation.ValidationException naming, by indicator and index,
   *     every expected partner that is not an id or repeats an earlier one
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

  /**
   * The same as {@link #communityValues(List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param expectedPartners the partners
   * @return the community values
   */
  public List<CommunityValue> communityValues(Iterable<String> expectedPartners) {
    return communityValues(JavaInputs.list(expectedPartners));
  }

  // Where a cell's terms lie in term(i), for the accumulator's merge.

  int numeratorFrom(int cell) {
    return offsets[2 * cell];
  }

  int denominatorFrom(int cell) {
    return offsets[2 * cell + 1];
  }

  int denominatorTo(int cell) {
    return offsets[2 * cell + 2];
  }

  double term(int i) {
    return terms[i];
  }

  /** Adds a cell's numerator terms to a sum, for disaggregation. */
  void addNumerator(int cell, CellSum sum) {
    sum.addAll(terms, offsets[2 * cell], offsets[2 * cell + 1]);
  }

  /** Adds a cell's denominator terms to a sum. */
  void addDenominator(int cell, CellSum sum) {
    sum.addAll(terms, offsets[2 * cell + 1], offsets[2 * cell + 2]);
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
        && Arrays.equals(o.offsets, offsets)
        && Arrays.equals(o.terms, terms);
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
}
