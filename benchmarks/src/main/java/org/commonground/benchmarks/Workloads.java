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
    return parts(records, seed, 1).get(0);
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
    SplittableRandom random = new SplittableRandom(seed);
    int[] partner = new int[records];
    int[] indicator = new int[records];
    int[] period = new int[records];
    int[][] groups = new int[2][records];
    double[] numerator = new double[records];
    double[] denominator = new double[records];
    for (int r = 0; r < records; r++) {
      partner[r] = random.nextInt(PARTNERS);
      indicator[r] = random.nextInt(INDICATORS);
      period[r] = random.nextInt(PERIODS);
      groups[0][r] = random.nextInt(2);
      groups[1][r] = random.nextInt(7);
      numerator[r] = random.nextInt(4) == 0 ? 0 : 1;
      denominator[r] = 1;
    }
    MeasureLayout layout = regionalLayout();
    java.util.List<MeasureTable> result = new java.util.ArrayList<>();
    for (int p = 0; p < parts; p++) {
      int from = (int) ((long) records * p / parts);
      int to = (int) ((long) records * (p + 1) / parts);
      result.add(MeasureTable.of(layout,
          Arrays.copyOfRange(partner, from, to), Arrays.copyOfRange(indicator, from, to), Arrays.copyOfRange(period, from, to),
          new int[][] {Arrays.copyOfRange(groups[0], from, to), Arrays.copyOfRange(groups[1], from, to)},
          Arrays.copyOfRange(numerator, from, to), Arrays.copyOfRange(denominator, from, to)));
    }
    return result;
  }

  /**
   * The Collaboration Factors Inventory with two items per factor (40 items).
   *
   * @return the instrument
   */
  public static Instrument inventory() {
    return CollaborationFactorsInventory.secondEdition(
        CollaborationFactorsInventory.FACTORS.zipWithIndex()
            .flatMap(f -> List.of(
                Item.of("q" + (2 * f._2 + 1), f._1.id()),
                Item.of("q" + (2 * f._2 + 2), f._1.id()))));
  }

  /**
   * Answers to {@link #inventory()} on its 1–5 scale, about one in twenty skipped.
   *
   * @param respondents how many respondents, at least 0
   * @param seed the generator's seed
   * @return the matrix
   */
  public static ResponseMatrix responses(int respondents, long seed) {
    Instrument instrument = inventory();
    SplittableRandom random = new SplittableRandom(seed);
    int[] cells = new int[respondents * instrument.items().size()];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = random.nextInt(20) == 0 ? ResponseMatrix.MISSING : 1 + random.nextInt(5);
    }
    return ResponseMatrix.of(instrument, respondents, cells);
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
