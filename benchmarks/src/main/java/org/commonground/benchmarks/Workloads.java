// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.IndicatorKind;
import org.commonground.core.measure.Outcome;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.PeriodType;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.RbaCategory;
import org.commonground.core.measure.SharedMeasureSet;
import org.commonground.core.measure.Unit;
import org.commonground.core.readiness.CollaborationFactorsInventory;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.scoring.measure.SubgroupDimension;
import org.commonground.scoring.readiness.ResponseMatrix;
import org.commonground.scoring.suppression.CountTable;

/**
 * The data the benchmarks run on, at the scale of a regional cradle-to-career partnership
 * (DOMAIN.md, "Scale"): 100 partners, 10 indicators, 10 yearly periods, 2 × 7 subgroups, and as
 * many student records as asked. Every workload is drawn from a seeded generator, so a run measures
 * the same data every time.
 *
 * <pre>{@code
 * MeasureTable records = Workloads.records(1_000_000, 42);
 * }</pre>
 */
public final class Workloads {

  /** The number of partners in the regional layout. */
  public static final int PARTNERS = 100;

  /** The number of indicators in the regional layout. */
  public static final int INDICATORS = 10;

  /** The number of yearly periods in the regional layout. */
  public static final int PERIODS = 10;

  /** The number of income groups in the regional layout (its first subgroup dimension). */
  public static final int INCOME_GROUPS = 2;

  /** The number of race/ethnicity groups in the regional layout (its second dimension). */
  public static final int RACE_GROUPS = 7;

  /**
   * The number of cells of the regional layout: {@value #INDICATORS} × {@value #PERIODS} ×
   * {@value #PARTNERS} × {@value #INCOME_GROUPS} × {@value #RACE_GROUPS}.
   */
  public static final int CELLS = INDICATORS * PERIODS * PARTNERS * INCOME_GROUPS * RACE_GROUPS;

  /** The number of items of {@link #inventory()}. */
  public static final int ITEMS = 44;

  private Workloads() {}

  /**
   * The regional layout: {@value #PARTNERS} partners, {@value #INDICATORS} percent indicators,
   * {@value #PERIODS} calendar years from 2015, income (2 groups) and race/ethnicity (7 groups).
   *
   * @return the layout
   */
  public static MeasureLayout regionalLayout() {
    List<Indicator> indicators =
        List.range(0, INDICATORS).map(i -> Indicator.builder()
            .id("indicator-" + i).name("Indicator " + i).outcome("outcome")
            .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
            .periodType(PeriodType.CALENDAR_YEAR)
            .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR)
            .build());
    return MeasureLayout.of(
        SharedMeasureSet.of("Regional partnership", List.of(Outcome.of("outcome", "Outcome")), indicators),
        CodeList.of(List.range(0, PARTNERS).map(p -> "partner-" + p)),
        CodeList.of(List.range(0, PERIODS).map(y -> Period.year(2015 + y))),
        List.of(
            SubgroupDimension.of("income", List.of("low", "not low")),
            SubgroupDimension.of("race-ethnicity",
                List.of("american-indian", "asian", "black", "hispanic", "pacific-islander", "two-or-more", "white"))));
  }

  /**
   * Student records of the regional layout: each a 0/1 outcome out of 1, spread evenly over
   * partners, indicators, periods and subgroups.
   *
   * @param records how many records, at least 0
   * @param seed the generator's seed
   * @return the columnar table
   */
  public static MeasureTable records(int records, long seed) {
    return columns(records, seed).table(regionalLayout());
  }

  /**
   * The same records as {@link #records(int, long)} with the same seed, split by row into parts,
   * as separate machines or threads would hold them.
   *
   * @param records how many records, at least 0
   * @param seed the generator's seed
   * @param parts how many parts, at least 1
   * @return the parts, in row order
   */
  public static java.util.List<MeasureTable> parts(int records, long seed, int parts) {
    Columns all = columns(records, seed);
    MeasureLayout layout = regionalLayout();
    java.util.List<MeasureTable> result = new java.util.ArrayList<>();
    for (int p = 0; p < parts; p++) {
      int from = (int) ((long) records * p / parts);
      int to = (int) ((long) records * (p + 1) / parts);
      result.add(all.rows(from, to).table(layout));
    }
    return result;
  }

  /**
   * The raw columns of the student records of {@link #records(int, long)}: the same records with
   * the same seed, as the plain primitive arrays every peer of the roll-up comparison is built
   * from. Drawn in one pass with a {@link SplittableRandom} straight into the arrays: 10⁸ records
   * take a few seconds and 3.6 GB.
   *
   * @param records how many records, at least 0
   * @param seed the generator's seed
   * @return the columns
   */
  public static Columns columns(int records, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] partner = new int[records];
    int[] indicator = new int[records];
    int[] period = new int[records];
    int[] income = new int[records];
    int[] race = new int[records];
    double[] numerator = new double[records];
    double[] denominator = new double[records];
    for (int r = 0; r < records; r++) {
      partner[r] = random.nextInt(PARTNERS);
      indicator[r] = random.nextInt(INDICATORS);
      period[r] = random.nextInt(PERIODS);
      income[r] = random.nextInt(INCOME_GROUPS);
      race[r] = random.nextInt(RACE_GROUPS);
      numerator[r] = random.nextInt(4) == 0 ? 0 : 1;
      denominator[r] = 1;
    }
    return new Columns(partner, indicator, period, income, race, numerator, denominator);
  }

  /**
   * Student records of the regional layout as raw primitive columns, one array per field, row
   * {@code r} of every array being record {@code r}: the codes of the partner, indicator, period,
   * income group and race/ethnicity group ({@link #regionalLayout()}), and the numerator and
   * denominator. 36 bytes per record. The arrays are shared, not copied: whoever holds the columns
   * must not change them.
   *
   * @param partner partner codes, 0 to {@value #PARTNERS} − 1
   * @param indicator indicator codes, 0 to {@value #INDICATORS} − 1
   * @param period period codes, 0 to {@value #PERIODS} − 1
   * @param income income group codes, 0 to {@value #INCOME_GROUPS} − 1
   * @param race race/ethnicity group codes, 0 to {@value #RACE_GROUPS} − 1
   * @param numerator numerators: 1 for a graduate, 0 otherwise
   * @param denominator denominators: 1
   */
  public record Columns(
      int[] partner, int[] indicator, int[] period, int[] income, int[] race, double[] numerator,
      double[] denominator) {

    /**
     * The number of records.
     *
     * @return the length of every column
     */
    public int size() {
      return partner.length;
    }

    /**
     * The group columns in the layout's order of dimensions, as {@link MeasureTable#of} takes
     * them.
     *
     * @return income, then race/ethnicity
     */
    public int[][] groups() {
      return new int[][] {income, race};
    }

    /**
     * The records of a range of rows, copied.
     *
     * @param from the first row
     * @param to the row after the last
     * @return the columns of those rows
     */
    public Columns rows(int from, int to) {
      return new Columns(
          Arrays.copyOfRange(partner, from, to), Arrays.copyOfRange(indicator, from, to),
          Arrays.copyOfRange(period, from, to), Arrays.copyOfRange(income, from, to),
          Arrays.copyOfRange(race, from, to), Arrays.copyOfRange(numerator, from, to),
          Arrays.copyOfRange(denominator, from, to));
    }

    /**
     * The library's columnar table of these records, through {@link MeasureTable#of}, which checks
     * and copies them.
     *
     * @param layout the layout, {@link #regionalLayout()}
     * @return the table
     */
    public MeasureTable table(MeasureLayout layout) {
      return MeasureTable.of(layout, partner, indicator, period, groups(), numerator, denominator);
    }
  }

  /**
   * The Collaboration Factors Inventory with {@value #ITEMS} items: two per factor, and a third for
   * every fifth factor (the 5th, 10th, 15th and 20th), that third item reverse-coded. Items are
   * numbered {@code q1} to {@code q44} factor by factor.
   *
   * @return the instrument
   */
  public static Instrument inventory() {
    java.util.List<Item> items = new java.util.ArrayList<>();
    List<Factor> factors = CollaborationFactorsInventory.FACTORS;
    for (int f = 0; f < factors.size(); f++) {
      String factor = factors.get(f).id();
      items.add(Item.of("q" + (items.size() + 1), factor));
      items.add(Item.of("q" + (items.size() + 1), factor));
      if (f % 5 == 4) {
        items.add(Item.builder().id("q" + (items.size() + 1)).factor(factor).reverseCoded(true).build());
      }
    }
    return CollaborationFactorsInventory.secondEdition(List.ofAll(items));
  }

  /**
   * Answers to {@link #inventory()} on its 1–5 scale, about one in twenty skipped.
   *
   * @param respondents how many respondents, at least 0
   * @param seed the generator's seed
   * @return the matrix
   */
  public static ResponseMatrix responses(int respondents, long seed) {
    return ResponseMatrix.of(inventory(), respondents, answers(respondents, seed));
  }

  /**
   * The cells of {@link #responses(int, long)} with the same seed, respondents × items row-major,
   * {@link ResponseMatrix#MISSING} where skipped: the raw array a hand-written loop reads.
   *
   * @param respondents how many respondents, at least 0
   * @param seed the generator's seed
   * @return the cells
   */
  public static int[] answers(int respondents, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] cells = new int[respondents * ITEMS];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = random.nextInt(20) == 0 ? ResponseMatrix.MISSING : 1 + random.nextInt(5);
    }
    return cells;
  }

  /**
   * The answers of a matrix as a survey of responses, for the object path.
   *
   * @param matrix the answers
   * @return the same answers as a survey
   */
  public static Survey survey(ResponseMatrix matrix) {
    Instrument instrument = matrix.instrument();
    List<Item> items = instrument.items();
    return Survey.of(instrument, List.range(0, matrix.respondents()).map(r -> SurveyResponse.of("r" + r,
        TreeMap.ofEntries(List.range(0, items.size())
            .filter(i -> matrix.answer(r, i) != ResponseMatrix.MISSING)
            .map(i -> Tuple.of(items.get(i).id(), matrix.answer(r, i)))))));
  }

  /**
   * A table to publish: partners × subgroups, counts of graduates over students, with about one
   * cell in five based on fewer than ten students, row and column totals published.
   *
   * @param rows how many partners, at least 2
   * @param columns how many subgroups, at least 2
   * @param seed the generator's seed
   * @return the table
   */
  public static CountTable countTable(int rows, int columns, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] values = new double[rows][columns];
    long[][] records = new long[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        records[i][j] = random.nextInt(5) == 0 ? random.nextInt(10) : 10 + random.nextInt(300);
        values[i][j] = Math.round(records[i][j] * 0.8);
      }
    }
    return CountTable.of(
        List.range(0, rows).map(i -> "partner-" + i), List.range(0, columns).map(j -> "group-" + j),
        values, records, true, true);
  }

  /**
   * Doubles of mixed magnitude, as monetary amounts and rates summed together.
   *
   * @param n how many
   * @param seed the generator's seed
   * @return the values
   */
  public static double[] doubles(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4);
    }
    return values;
  }
}
