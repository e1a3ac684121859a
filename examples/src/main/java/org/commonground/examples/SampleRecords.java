// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import io.vavr.collection.List;
import org.commonground.core.measure.Period;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.scoring.measure.SubgroupDimension;
import org.commonground.scoring.suppression.CountTable;

/**
 * Student-level graduation records of the sample partnership for three school years, by income and
 * home language, as a columnar {@link MeasureTable}: one record per student, 1 over 1 for a
 * graduate and 0 over 1 otherwise.
 *
 * <pre>{@code
 * MeasurePartial partial = SampleRecords.partial();
 * Disaggregation.of(partial, "grad-rate", List.of("income"), TreeMap.of("income", "not low"));
 * }</pre>
 */
public final class SampleRecords {

  private SampleRecords() {}

  /** The partners whose students are in the records. */
  public static final List<String> PARTNERS = List.of("lincoln-hs", "youth-works");

  /**
   * Students and graduates per partner, year, income (low, not low) and language (english,
   * spanish, other); a fresh array each time, since an array is never immutable.
   */
  private static int[][][][][] counts() {
    return new int[][][][][] {
    { // lincoln-hs
      {{{120, 88}, {60, 41}, {12, 8}}, {{230, 205}, {50, 43}, {33, 29}}},  // SY2021-22
      {{{118, 90}, {63, 46}, {14, 10}}, {{232, 209}, {49, 43}, {34, 31}}}, // SY2022-23
      {{{121, 95}, {62, 48}, {13, 10}}, {{233, 212}, {51, 45}, {32, 29}}}, // SY2023-24
    },
    { // youth-works
      {{{30, 14}, {12, 5}, {4, 2}}, {{9, 6}, {2, 1}, {1, 1}}},
      {{{32, 17}, {13, 7}, {5, 2}}, {{8, 6}, {2, 1}, {1, 1}}},
      {{{34, 20}, {14, 8}, {5, 3}}, {{8, 6}, {2, 2}, {1, 1}}},
    },
    };
  }

  /**
   * The layout: the sample shared measures, the two partners, three school years, income and
   * language.
   *
   * @return the layout
   */
  public static MeasureLayout layout() {
    return MeasureLayout.of(
        SampleMeasures.measures(),
        CodeList.of(PARTNERS),
        CodeList.of(List.of(Period.schoolYear(2021), Period.schoolYear(2022), Period.schoolYear(2023))),
        List.of(
            SubgroupDimension.of("income", List.of("low", "not low")),
            SubgroupDimension.of("language", List.of("english", "spanish", "other"))));
  }

  /**
   * The student records, appended row by row.
   *
   * @return the table
   */
  public static MeasureTable table() {
    MeasureLayout layout = layout();
    int graduation = layout.indicators().values().indexWhere(i -> i.id().equals("grad-rate"));
    MeasureTable.Builder rows = MeasureTable.builder(layout);
    forEachStudent((partner, year, income, language, graduated) ->
        rows.add(partner, graduation, year, new int[] {income, language}, graduated ? 1 : 0, 1));
    return rows.build();
  }

  /** One student record, by the codes of its partner, year, income and language. */
  @FunctionalInterface
  private interface StudentRecord {
    void accept(int partner, int year, int income, int language, boolean graduated);
  }

  /** Hands every student record, in the order of the counts, to an action. */
  private static void forEachStudent(StudentRecord action) {
    int[][][][][] counts = counts();
    for (int partner = 0; partner < counts.length; partner++) {
      for (int year = 0; year < 3; year++) {
        for (int income = 0; income < 2; income++) {
          for (int language = 0; language < 3; language++) {
            int[] cell = counts[partner][year][income][language];
            for (int student = 0; student < cell[0]; student++) {
              action.accept(partner, year, income, language, student < cell[1]);
            }
          }
        }
      }
    }
  }

  /**
   * The student records as CSV text, one row per student, as a student information system would
   * export them: {@code partner,indicator,period,income,language,numerator,denominator}, the
   * header {@code CsvReaders.measures} reads by name.
   *
   * <pre>{@code
   * Path file = Files.writeString(Files.createTempFile("students", ".csv"), SampleRecords.csv());
   * CsvReaders.measures(SampleRecords.layout(), ColumnMapping.byName(), Files.newBufferedReader(file));
   * }</pre>
   *
   * @return the CSV text, with a header and a line break after every row
   */
  public static String csv() {
    List<String> years = List.of("SY2021-22", "SY2022-23", "SY2023-24");
    List<String> incomes = List.of("low", "not low");
    List<String> languages = List.of("english", "spanish", "other");
    StringBuilder csv = new StringBuilder("partner,indicator,period,income,language,numerator,denominator\n");
    forEachStudent((partner, year, income, language, graduated) ->
        csv.append(PARTNERS.get(partner)).append(",grad-rate,").append(years.get(year)).append(',')
            .append(incomes.get(income)).append(',').append(languages.get(language)).append(',')
            .append(graduated ? 1 : 0).append(",1\n"));
    return csv.toString();
  }

  /**
   * Graduates by partner and home language in the latest school year, 2023–24, with the students
   * behind each count and every row and column total published: the table the report suppresses.
   *
   * <pre>{@code
   * SmallCellSuppression.apply(SampleRecords.graduatesByLanguage(), SuppressionRule.DEFAULT);
   * }</pre>
   *
   * @return the count table
   */
  public static CountTable graduatesByLanguage() {
    int[][][][][] counts = counts();
    int latest = 2;
    double[][] graduates = new double[PARTNERS.size()][3];
    long[][] students = new long[PARTNERS.size()][3];
    for (int partner = 0; partner < PARTNERS.size(); partner++) {
      for (int income = 0; income < 2; income++) {
        for (int language = 0; language < 3; language++) {
          graduates[partner][language] += counts[partner][latest][income][language][1];
          students[partner][language] += counts[partner][latest][income][language][0];
        }
      }
    }
    return CountTable.of(PARTNERS, List.of("english", "spanish", "other"), graduates, students, true, true);
  }

  /**
   * The records aggregated.
   *
   * @return the partial aggregate
   */
  public static MeasurePartial partial() {
    return new MeasureAccumulator(layout()).addAll(table()).snapshot();
  }
}
