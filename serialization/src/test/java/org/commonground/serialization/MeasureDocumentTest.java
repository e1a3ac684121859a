// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Validation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The findings of issue 14 on observation batches: each test fails on the old annotation-based
 * JSON, whose behaviour is given in a comment.
 */
class MeasureDocumentTest {

  private static final String MEASURES = "\"measures\":{\"name\":\"Eastside\","
      + "\"outcomes\":[{\"id\":\"graduation\",\"name\":\"Graduate\"}],"
      + "\"indicators\":[{\"id\":\"grad-rate\",\"name\":\"Graduation rate\",\"outcome\":\"graduation\","
      + "\"unit\":{\"kind\":\"PROPORTION\",\"multiplier\":100.0},\"polarity\":\"HIGHER_IS_BETTER\","
      + "\"periodType\":\"SCHOOL_YEAR\",\"kind\":\"CORE\",\"rbaCategory\":\"POPULATION_INDICATOR\"%s}]}";

  private static String batch(String indicatorExtra, String... observations) {
    return "{\"format\":\"commonground.observations\",\"version\":1," + String.format(MEASURES, indicatorExtra)
        + ",\"observations\":[" + String.join(",", observations) + "]}";
  }

  private static String observation(String partner, int year, String rest) {
    return "{\"partner\":\"" + partner + "\",\"indicator\":\"grad-rate\",\"period\":\"SY" + year + "-"
        + String.format("%02d", (year + 1) % 100) + "\"," + rest + "}";
  }

  private static List<String> problems(String json) {
    return assertThrows(ValidationException.class, () -> CommonGroundJson.read(MeasureJson.OBSERVATIONS, json))
        .violations().map(Violation::toString);
  }

  @Test
  void aValidBatchReads() {
    ObservationSet set = CommonGroundJson.read(MeasureJson.OBSERVATIONS,
        batch("", observation("lincoln-hs", 2022, "\"numerator\":421,\"denominator\":510,\"records\":510"),
            observation("lincoln-hs", 2023, "\"subgroup\":{\"income\":\"low\"},\"numerator\":20,\"denominator\":31")));
    assertEquals(2, set.observations().size());
    assertEquals(set, CommonGroundJson.read(MeasureJson.OBSERVATIONS, CommonGroundJson.write(MeasureJson.OBSERVATIONS, set)));
  }

  @Test
  void anEmptyDenominatorIsRefusedNotReadAsNone() {
    // Before: "" was coerced to null, so the observation had no denominator, as if it were a count.
    assertEquals(List.of("$.observations[0].denominator: must be a number, got the string \"\""),
        problems(batch("", observation("lincoln-hs", 2022, "\"numerator\":4,\"denominator\":\"\""))));
  }

  @Test
  void aNullSubgroupIsRefusedWithItsPath() {
    // Before: the null was kept as the group of "income" (or failed later without a path).
    assertEquals(List.of("$.observations[0].subgroup.income: must be an id (a string), got null"),
        problems(batch("", observation("lincoln-hs", 2022, "\"subgroup\":{\"income\":null},\"numerator\":4,\"denominator\":5"))));
  }

  @Test
  void numbersInStringsAreNotCoerced() {
    // Before: "4" and "31" were read as the numbers 4.0 and 31.0.
    assertEquals(List.of(
            "$.measures.indicators[0].baseline.value: must be a number, got the string \"4\"",
            "$.observations[0].numerator: must be a number, got the string \"31\""),
        problems(batch(",\"baseline\":{\"period\":\"SY2020-21\",\"value\":\"4\"}",
            observation("lincoln-hs", 2022, "\"numerator\":\"31\",\"denominator\":40"))));
  }

  @Test
  void aBatchWithThreeBadObservationsListsAllThree() {
    // Before: the batch failed on the first bad observation, or was read whole and checked later.
    List<String> found = problems(batch("",
        observation("lincoln-hs", 2020, "\"numerator\":31,\"denominator\":20"),
        observation("lincoln-hs", 2021, "\"numerator\":12,\"denominator\":20"),
        observation("eastside-hs", 2021, "\"numerator\":45,\"denominator\":40"),
        observation("eastside-hs", 2022, "\"numerator\":12,\"denominator\":20"),
        observation("eastside-hs", 2023, "\"numerator\":-1,\"denominator\":20")));
    assertEquals(3, found.size(), found.mkString("\n"));
    assertTrue(found.get(0).startsWith("$.observations[0].numerator: must be at most the denominator"), found.get(0));
    assertTrue(found.get(0).endsWith("got 31.0"), found.get(0));
    assertTrue(found.get(1).startsWith("$.observations[2].numerator: must be at most the denominator"), found.get(1));
    assertTrue(found.get(2).startsWith("$.observations[4].numerator: must not be negative"), found.get(2));
  }

  @Test
  void problemsInDifferentPlacesAreReportedTogether() {
    String json = "{\"format\":\"commonground.observations\",\"version\":1,"
        + "\"measures\":{\"name\":\" \",\"outcomes\":[{\"id\":\"graduation\",\"name\":\"Graduate\"}],"
        + "\"indicators\":[{\"id\":\"grad-rate\",\"name\":\"Graduation rate\",\"outcome\":\"graduation\","
        + "\"polarity\":\"UPWARDS\",\"periodType\":\"SCHOOL_YEAR\",\"kind\":\"CORE\","
        + "\"rbaCategory\":\"POPULATION_INDICATOR\",\"colour\":\"red\"}]},"
        + "\"observations\":[" + observation("lincoln-hs", 2022, "\"numerator\":true,\"denominator\":20") + ","
        + "{\"partner\":\" \",\"indicator\":\"grad-rate\",\"period\":\"2022-Q5\",\"numerator\":3}]}";
    assertEquals(List.of(
            "$.measures.name: must not be blank, got \" \"",
            "$.measures.indicators[0].polarity: must be one of HIGHER_IS_BETTER, LOWER_IS_BETTER, got \"UPWARDS\"",
            "$.measures.indicators[0].colour: must not be here: an indicator has the properties id, name, outcome, "
                + "unit, polarity, periodType, kind, rbaCategory, aggregation, baseline, targets",
            "$.measures.indicators[0].unit: is required: a unit",
            "$.observations[0].numerator: must be a number, got true",
            "$.observations[1].partner: must not be blank, got \" \"",
            "$.observations[1].period: must be a month (2024-03), quarter (2024-Q1), school year (SY2024-25), "
                + "fiscal year with its first month (FY2024-M10) or year (2024), got \"2022-Q5\""),
        problems(json));
  }

  @Test
  void aCheckHoldsTheAcceptedSetOrItsRejects() {
    ObservationSet set = CommonGroundJson.read(MeasureJson.OBSERVATIONS,
        batch("", observation("lincoln-hs", 2022, "\"numerator\":421,\"denominator\":510")));
    Validation<List<Violation>, ObservationSet> rejected =
        ObservationSet.validate(set.measures(), set.observations().appendAll(set.observations()));
    String json = CommonGroundJson.write(MeasureJson.OBSERVATION_CHECK, rejected);
    assertTrue(json.contains("\"rejects\":[{\"path\":\"observations[1]\""), json);
    assertEquals(rejected, CommonGroundJson.read(MeasureJson.OBSERVATION_CHECK, json));
    assertEquals(List.of("$.accepted: must be given exactly when rejects are not: a check accepts the batch or rejects it"),
        assertThrows(ValidationException.class, () -> CommonGroundJson.read(MeasureJson.OBSERVATION_CHECK,
            "{\"format\":\"commonground.observation-check\",\"version\":1}")).violations().map(Violation::toString));
  }

  @Test
  void aBadWholeNumberPastTheSixteenthIsReportedNotThrown() {
    // Before: the array of whole numbers grew only for good elements, so a bad one at index 16
    // (32, 64, …) left the next good one out of range: an ArrayIndexOutOfBoundsException.
    String valid = CommonGroundJson.write(MeasureJson.MEASURE_PARTIAL,
        MeasureJsonRoundTripProperties.partial(new java.util.Random(3)));
    String keys = List.range(0, 20).map(i -> i == 16 ? "\"x\"" : String.valueOf(i)).mkString("[", ",", "]");
    String json = valid.replaceFirst("\"keys\":\\[[^\\]]*\\]", "\"keys\":" + keys);
    List<String> found = assertThrows(ValidationException.class, () -> CommonGroundJson.read(MeasureJson.MEASURE_PARTIAL, json))
        .violations().map(Violation::toString);
    assertTrue(found.exists(v -> v.startsWith("$.keys[16]: must be a whole number")), found.mkString("\n"));
  }

  /** The figure in {@link MeasureJson}'s documentation: bytes per cell of a partial, beyond its layout. */
  @Test
  void aPartialTakesAboutTwentyBytesPerCell() {
    org.commonground.core.measure.SharedMeasureSet measures = CommonGroundJson.read(MeasureJson.OBSERVATIONS,
        batch("", observation("lincoln-hs", 2022, "\"numerator\":1,\"denominator\":2"))).measures();
    List<String> partners = List.range(0, 200).map(i -> "partner-" + i);
    List<org.commonground.core.measure.Period> periods =
        List.range(2020, 2024).map(org.commonground.core.measure.Period::schoolYear);
    org.commonground.scoring.measure.MeasureLayout layout = org.commonground.scoring.measure.MeasureLayout.of(measures,
        org.commonground.scoring.measure.CodeList.of(partners), org.commonground.scoring.measure.CodeList.of(periods),
        List.of(org.commonground.scoring.measure.SubgroupDimension.of("income", List.of("low", "not low")),
            org.commonground.scoring.measure.SubgroupDimension.of("grade", List.range(0, 13).map(String::valueOf))));
    java.util.Random r = new java.util.Random(7);
    int n = 100_000;
    int[] partner = new int[n];
    int[] indicator = new int[n];
    int[] period = new int[n];
    int[][] groups = new int[2][n];
    double[] numerator = new double[n];
    double[] denominator = new double[n];
    for (int i = 0; i < n; i++) {
      partner[i] = r.nextInt(200);
      period[i] = r.nextInt(4);
      groups[0][i] = r.nextInt(2);
      groups[1][i] = r.nextInt(13);
      numerator[i] = r.nextInt(2);
      denominator[i] = 1;
    }
    org.commonground.scoring.measure.MeasurePartial partial = new org.commonground.scoring.measure.MeasureAccumulator(layout)
        .addAll(org.commonground.scoring.measure.MeasureTable.of(layout, partner, indicator, period, groups, numerator,
            denominator))
        .snapshot();
    String json = CommonGroundJson.write(MeasureJson.MEASURE_PARTIAL, partial);
    int layoutBytes = CommonGroundJson.write(MeasureJson.MEASURE_LAYOUT, layout).length();
    double perCell = (json.length() - layoutBytes) / (double) partial.cells();
    System.out.printf("measure-partial: %d cells, %d bytes, %.1f bytes per cell beyond the layout%n",
        partial.cells(), json.length(), perCell);
    assertTrue(perCell < 25, "bytes per cell: " + perCell);
    assertEquals(partial, CommonGroundJson.read(MeasureJson.MEASURE_PARTIAL, json));
  }
}
