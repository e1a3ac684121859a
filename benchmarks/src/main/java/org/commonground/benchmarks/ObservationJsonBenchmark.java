// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.commonground.serialization.CommonGroundJson;
import org.commonground.serialization.MeasureJson;
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
 * The strict reading of an observation batch ({@code commonground.observations}): every value
 * checked, every observation built and the whole batch checked against its measures, side by side
 * with Jackson's {@code readTree} of the same bytes, which only parses. Divide the scores by the
 * number of observations to read them, and the first by the second for the price of strictness.
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="ObservationJson"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ObservationJsonBenchmark {

  /** How many observations the document holds. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int records;

  private final ObjectMapper jackson = new ObjectMapper();
  private byte[] document;

  /** Writes the document: two indicators, five school years, as many partners as it takes. */
  @Setup(Level.Trial)
  public void write() {
    SharedMeasureSet measures = SharedMeasureSet.of("Eastside", List.of(Outcome.of("graduation", "Graduate")),
        List.of(indicator("grad-rate", Unit.PERCENT), indicator("enrolled", Unit.COUNT)));
    SplittableRandom random = new SplittableRandom(42);
    ArrayList<Observation> observations = new ArrayList<>(records);
    for (int i = 0; i < records; i++) {
      String partner = "partner-" + i / 10;
      Period period = Period.schoolYear(2019 + i % 5);
      int n = 1 + random.nextInt(500);
      observations.add(i % 10 < 5
          ? Observation.ratio(partner, "grad-rate", period, random.nextInt(n + 1), n)
          : Observation.count(partner, "enrolled", period, n));
    }
    ObservationSet batch = ObservationSet.of(measures, List.ofAll(observations));
    document = CommonGroundJson.write(MeasureJson.OBSERVATIONS, batch).getBytes(StandardCharsets.UTF_8);
  }

  private static Indicator indicator(String id, Unit unit) {
    return Indicator.builder().id(id).name(id).outcome("graduation").unit(unit)
        .polarity(Polarity.HIGHER_IS_BETTER).periodType(PeriodType.SCHOOL_YEAR)
        .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR).build();
  }

  /**
   * Reads the batch strictly and checks it whole.
   *
   * @return the accepted batch
   */
  @Benchmark
  public ObservationSet readObservations() {
    return CommonGroundJson.read(MeasureJson.OBSERVATIONS, document);
  }

  /**
   * Parses the same bytes into Jackson's tree, with no checks.
   *
   * @return the tree
   * @throws IOException never for the document written
   */
  @Benchmark
  public JsonNode readTree() throws IOException {
    return jackson.readTree(document);
  }
}
