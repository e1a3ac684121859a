// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.Survey;
import org.commonground.serialization.CommonGroundJson;
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
 * The JSON reading path: a survey document of respondents answering the 44 items of a
 * Collaboration Factors Inventory, parsed by the library's mapper and checked whole on the way in.
 * Time per respondent must stay flat as the document grows (it once grew with the square of the
 * respondents: 50 s for 2·10⁵). Divide the score by the number of respondents to read it.
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="JsonReading"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class JsonReadingBenchmark {

  /** How many respondents the document holds. */
  @Param({"1000", "10000", "100000", "200000"})
  public int respondents;

  private final ObjectMapper mapper = CommonGroundJson.mapper();
  private String document;

  /**
   * Writes the document: the instrument, then one object per respondent with an answer to every
   * item, drawn from a seeded generator.
   *
   * @throws JsonProcessingException never for the library's own instrument
   */
  @Setup(Level.Trial)
  public void write() throws JsonProcessingException {
    Instrument instrument = ValidationBenchmark.inventory44();
    SplittableRandom random = new SplittableRandom(42);
    StringBuilder json = new StringBuilder(respondents * 1_300);
    json.append("{\"instrument\":").append(mapper.writeValueAsString(instrument)).append(",\"responses\":[");
    for (int r = 0; r < respondents; r++) {
      json.append(r == 0 ? "" : ",").append("{\"respondent\":\"r").append(r).append("\",\"answers\":{");
      boolean first = true;
      for (Item item : instrument.items()) {
        json.append(first ? "" : ",").append('"').append(item.id()).append("\":").append(1 + random.nextInt(5));
        first = false;
      }
      json.append("}}");
    }
    document = json.append("]}").toString();
  }

  /**
   * Reads and checks the survey.
   *
   * @return the survey
   * @throws JsonProcessingException never for the document written
   */
  @Benchmark
  public Survey readSurvey() throws JsonProcessingException {
    return mapper.readValue(document, Survey.class);
  }
}
