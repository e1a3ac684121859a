// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark.example;

import io.vavr.collection.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import io.vavr.control.Option;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.ImmutableIndicator;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.IndicatorKind;
import org.commonground.core.measure.Outcome;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.PeriodType;
import org.commonground.core.measure.Polarity;
import org.commonground.core.measure.RbaCategory;
import org.commonground.core.measure.SharedMeasureSet;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.scoring.measure.SubgroupDimension;

/**
 * A statewide network's synthetic student records, the same from Spark ({@link #dataset}) and
 * from plain Java ({@link #table}): record {@code n} of a dataset is a pure function of {@code n},
 * computed with the same integer and IEEE 754 arithmetic on both sides, so that the Spark roll-up
 * and the library's can be held to each other bit for bit.
 *
 * <p>40 partners ({@code partner-00} to {@code partner-39}, the last a small one, a two-thousandth
 * of the others' size, whose rarest cells fall under the suppression threshold), three school
 * years, two income groups and three home languages; four indicators: two proportions of 0/1
 * outcomes (graduation, rising two points a year; chronic absence, falling one), a count
 * (counseling visits) and a mean with fractional values (grade point average), so that the sums
 * take both the integer and the exact floating-point path.
 *
 * <p>{@link #VERSION} names the formula: Parquet files written by another version hold other
 * records.
 *
 * <pre>{@code
 * Dataset<Row> rows = SyntheticRecords.dataset(spark, 1_000_000, 8);   // columns of the record format
 * MeasureTable same = SyntheticRecords.table(0, 1_000_000);            // the same records, in memory
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class SyntheticRecords {

  /** The version of the formula; a change to it changes the records. */
  public static final int VERSION = 3;

  /** The number of partners. */
  public static final int PARTNERS = 40;

  private static final List<String> INDICATORS = List.of("grad-rate", "chronic-absence", "counseling-visits", "gpa");
  private static final List<String> PERIODS = List.of("SY2021-22", "SY2022-23", "SY2023-24");
  private static final List<String> INCOMES = List.of("low", "not low");
  private static final List<String> LANGUAGES = List.of("english", "spanish", "other");
  /** The small partner keeps one of this many of its records; the others go to other partners. */
  private static final long SMALL_SHARE = 2_000;

  private SyntheticRecords() {}

  /**
   * The partners' ids.
   *
   * @return {@code partner-00} to {@code partner-39}
   */
  public static List<String> partners() {
    return List.range(0, PARTNERS).map(p -> String.format("partner-%02d", p));
  }

  /**
   * The network's shared measures: four indicators on school years.
   *
   * @return the measure set
   */
  public static SharedMeasureSet measures() {
    return SharedMeasureSet.of("Statewide network shared measures",
        List.of(Outcome.of("graduation", "Every student graduates ready for a career or college")),
        List.of(
            indicator("grad-rate", "Graduation rate", Unit.PERCENT, Polarity.HIGHER_IS_BETTER)
                .baseline(Option.of(Baseline.of(Period.schoolYear(2020), 70.0)))
                .targets(List.of(Target.interim(Period.schoolYear(2023), 75.0), Target.longTerm(Period.schoolYear(2027), 85.0)))
                .build(),
            indicator("chronic-absence", "Chronic absence", Unit.PERCENT, Polarity.LOWER_IS_BETTER).build(),
            indicator("counseling-visits", "Counseling visits", Unit.COUNT, Polarity.HIGHER_IS_BETTER).build(),
            indicator("gpa", "Grade point average", Unit.MEAN, Polarity.HIGHER_IS_BETTER).build()));
  }

  private static ImmutableIndicator.Builder indicator(String id, String name, Unit unit, Polarity polarity) {
    return Indicator.builder().id(id).name(name).outcome("graduation").unit(unit).polarity(polarity)
        .periodType(PeriodType.SCHOOL_YEAR).kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR);
  }

  /**
   * The layout: partners, three school years, income and home language.
   *
   * @return the layout (2,880 cells)
   */
  public static MeasureLayout layout() {
    return MeasureLayout.of(measures(), CodeList.of(partners()),
        CodeList.of(List.of(Period.schoolYear(2021), Period.schoolYear(2022), Period.schoolYear(2023))),
        List.of(SubgroupDimension.of("income", INCOMES), SubgroupDimension.of("language", LANGUAGES)));
  }

  /**
   * Records {@code 0} to {@code records - 1} as a Spark dataset with the columns of the record
   * format: {@code partner}, {@code indicator}, {@code period}, {@code income}, {@code language}
   * (strings), {@code numerator}, {@code denominator} (doubles).
   *
   * @param spark the session
   * @param records how many
   * @param partitions the partitions of the range they are made from
   * @return the rows, lazily
   */
  public static Dataset<Row> dataset(SparkSession spark, long records, int partitions) {
    Column id = functions.col("id");
    Column h = hash(id);
    Column p0 = id.mod(PARTNERS);
    // A second hash, independent of the first, picks the small partner's records.
    Column g = id.multiply(104_729L).plus(7919L).mod(999_983L);
    Column partner = functions.when(p0.equalTo(PARTNERS - 1).and(g.mod(SMALL_SHARE).notEqual(0)), g.mod(PARTNERS - 1))
        .otherwise(p0);
    Column indicator = div(id, PARTNERS).mod(4);
    Column period = div(id, 4 * PARTNERS).mod(3);
    Column income = h.mod(2);
    Column v = div(h, 2).mod(100);
    Column language = functions.when(v.lt(70), 0).when(v.lt(98), 1).otherwise(2);
    Column u = div(h, 200);
    Column numerator = functions.when(indicator.equalTo(0),
            functions.when(u.mod(100).lt(p0.mod(30).plus(60).plus(period.multiply(2))), 1.0).otherwise(0.0))
        .when(indicator.equalTo(1), functions.when(u.mod(100).lt(p0.mod(15).plus(12).minus(period)), 1.0).otherwise(0.0))
        .when(indicator.equalTo(2), u.mod(5).cast("double"))
        .otherwise(u.mod(401).cast("double").divide(functions.lit(100.0)));
    Column denominator = functions.when(indicator.equalTo(2), 0.0).otherwise(1.0);
    return spark.range(0, records, 1, partitions).select(
        code(partners(), partner).as("partner"),
        code(INDICATORS, indicator).as("indicator"),
        code(PERIODS, period).as("period"),
        code(INCOMES, income).as("income"),
        code(LANGUAGES, language).as("language"),
        numerator.as("numerator"),
        denominator.as("denominator"));
  }

  private static Column hash(Column id) {
    return id.multiply(7919L).plus(104_729L).mod(1_000_003L);
  }

  private static Column div(Column x, long by) {
    return functions.floor(x.divide(functions.lit(by))).cast("long");
  }

  private static Column code(List<String> codes, Column index) {
    return functions.element_at(functions.array(codes.map(functions::lit).toJavaArray(Column[]::new)), index.cast("int").plus(1));
  }

  /**
   * Records {@code from} to {@code to - 1}, the same as {@link #dataset}'s, as a table of the
   * layout's codes.
   *
   * @param from the first record
   * @param to past the last record; at most {@code from + 2³¹ - 1}
   * @return the table
   */
  public static MeasureTable table(long from, long to) {
    int n = Math.toIntExact(to - from);
    int[] partner = new int[n];
    int[] indicator = new int[n];
    int[] period = new int[n];
    int[][] groups = new int[2][n];
    double[] numerator = new double[n];
    double[] denominator = new double[n];
    for (int r = 0; r < n; r++) {
      long id = from + r;
      long h = (id * 7919L + 104_729L) % 1_000_003L;
      int p0 = (int) (id % PARTNERS);
      long g = (id * 104_729L + 7919L) % 999_983L;
      partner[r] = p0 == PARTNERS - 1 && g % SMALL_SHARE != 0 ? (int) (g % (PARTNERS - 1)) : p0;
      int i = (int) (id / PARTNERS % 4);
      indicator[r] = i;
      period[r] = (int) (id / (4 * PARTNERS) % 3);
      groups[0][r] = (int) (h % 2);
      long v = h / 2 % 100;
      groups[1][r] = v < 70 ? 0 : v < 98 ? 1 : 2;
      long u = h / 200;
      switch (i) {
        case 0:
          numerator[r] = u % 100 < p0 % 30 + 60 + 2 * period[r] ? 1.0 : 0.0;
          break;
        case 1:
          numerator[r] = u % 100 < p0 % 15 + 12 - period[r] ? 1.0 : 0.0;
          break;
        case 2:
          numerator[r] = u % 5;
          break;
        default:
          numerator[r] = (double) (u % 401) / 100.0;
      }
      denominator[r] = i == 2 ? 0.0 : 1.0;
    }
    return MeasureTable.of(layout(), partner, indicator, period, groups, numerator, denominator);
  }
}
