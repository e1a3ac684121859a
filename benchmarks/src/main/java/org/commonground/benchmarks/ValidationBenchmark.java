// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.IndicatorKind;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
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
import org.commonground.core.validation.ValidationException;
import org.commonground.scoring.readiness.ResponseMatrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation at every size: {@code Survey.of} over respondents answering the 44 items of a
 * Collaboration Factors Inventory, {@code ResponseMatrix.of} over the same answers as primitive
 * cells, and {@code ObservationSet.of} over partners' observations, each
 * with no bad value, one bad value at the very end (the worst place for a check that is not
 * linear), and every value bad (a file coded 0–4 against a 1–5 scale; proportions whose numerator
 * exceeds the denominator). Time per record must stay flat from 10³ to 10⁶ in all three cases;
 * divide the score by the size to read it.
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="ValidationBenchmark"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ValidationBenchmark {

  /** How many respondents, or observations. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int size;

  /** Which values are bad: none, the last one, or every one. */
  @Param({"none", "one", "every"})
  public String bad;

  private Instrument instrument;
  private List<SurveyResponse> responses;
  private int[] cells;
  private SharedMeasureSet measures;
  private List<Observation> observations;

  /** The inventory with 44 items: two per factor, three for the first four factors. */
  static Instrument inventory44() {
    return CollaborationFactorsInventory.secondEdition(
        CollaborationFactorsInventory.FACTORS.zipWithIndex().flatMap(f -> List.range(0, f._2 < 4 ? 3 : 2)
            .map(k -> Item.of(f._1.id() + "-" + (k + 1), f._1.id()))));
  }

  /**
   * Draws the responses and observations. Respondents draw their answers from a pool of 1 024
   * answer maps, so that a million respondents fit in memory; the check's work per respondent is
   * the same as with a map each.
   */
  @Setup(Level.Trial)
  public void draw() {
    instrument = inventory44();
    SplittableRandom random = new SplittableRandom(42);
    List<Item> items = instrument.items();
    java.util.List<Map<String, Integer>> pool = new java.util.ArrayList<>();
    for (int p = 0; p < 1024; p++) {
      pool.add(TreeMap.ofEntries(items.map(i -> Tuple.of(i.id(), "every".equals(bad) ? 0 : 1 + random.nextInt(5)))));
    }
    Map<String, Integer> lastBad = pool.get(0).put(items.last().id(), 6);
    java.util.List<SurveyResponse> drawn = new java.util.ArrayList<>(size);
    for (int r = 0; r < size; r++) {
      Map<String, Integer> answers = "one".equals(bad) && r == size - 1 ? lastBad : pool.get(r % pool.size());
      drawn.add(SurveyResponse.of("r" + r, answers));
    }
    responses = List.ofAll(drawn);
    cells = new int[size * items.size()];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = "every".equals(bad) ? 0 : 1 + random.nextInt(5);
    }
    if ("one".equals(bad)) {
      cells[cells.length - 1] = 6;
    }

    List<Indicator> indicators =
        List.range(0, 10).map(i -> Indicator.builder()
            .id("indicator-" + i).name("Indicator " + i).outcome("outcome")
            .unit(Unit.PERCENT).polarity(Polarity.HIGHER_IS_BETTER)
            .periodType(PeriodType.CALENDAR_YEAR)
            .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR)
            .build());
    measures = SharedMeasureSet.of("Regional partnership", List.of(Outcome.of("outcome", "Outcome")), indicators);
    Period[] years = List.range(0, 10).map(y -> Period.year(2015 + y)).toJavaArray(Period[]::new);
    java.util.List<Observation> batch = new java.util.ArrayList<>(size);
    for (int o = 0; o < size; o++) {
      double denominator = 100 + random.nextInt(900);
      boolean wrong = "every".equals(bad) || ("one".equals(bad) && o == size - 1);
      double numerator = wrong ? denominator + 1 : random.nextInt((int) denominator + 1);
      batch.add(Observation.ratio("partner-" + o / 100, "indicator-" + o % 10, years[o / 10 % 10], numerator, denominator));
    }
    observations = List.ofAll(batch);
  }

  /**
   * Checks a survey.
   *
   * @return the survey, or the exception that refused it
   */
  @Benchmark
  public Object survey() {
    try {
      return Survey.of(instrument, responses);
    } catch (ValidationException e) {
      return e;
    }
  }

  /**
   * Checks a response matrix, the bulk path: 44 primitive answers per respondent.
   *
   * @return the matrix, or the exception that refused it
   */
  @Benchmark
  public Object responseMatrix() {
    try {
      return ResponseMatrix.of(instrument, size, cells);
    } catch (ValidationException e) {
      return e;
    }
  }

  /**
   * Checks a batch of observations.
   *
   * @return the set, or the exception that refused it
   */
  @Benchmark
  public Object observationSet() {
    try {
      return ObservationSet.of(measures, observations);
    } catch (ValidationException e) {
      return e;
    }
  }
}
