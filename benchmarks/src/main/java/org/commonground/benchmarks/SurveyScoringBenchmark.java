// SPDX-License-Identifier: Apache-2.0
package org.commonground.benchmarks;

import java.util.concurrent.TimeUnit;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Survey;
import org.commonground.scoring.readiness.ResponseMatrix;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.readiness.SurveyScoring;
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
 * Bulk readiness scoring of a Collaboration Factors Inventory survey ({@link Workloads#inventory()}:
 * 20 factors, 44 items, 4 of them reverse-coded, 1–5) — factor means, standard deviations,
 * distributions, Cronbach's alpha and bands — on the library's primitive path (a respondents ×
 * items matrix), on its object path (a {@link Survey} of responses), and by a hand-written loop
 * computing the same statistics from the same answers ({@link SurveyHandLoop}).
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="SurveyScoring -p respondents=100000"
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SurveyScoringBenchmark {

  /** The answers as a matrix for the library and as the raw array for the hand loop. */
  @State(Scope.Benchmark)
  public static class MatrixState {

    /** How many respondents. */
    @Param({"1000", "100000"})
    public int respondents;

    /** The instrument. */
    Instrument instrument;

    /** The raw answers. */
    int[] answers;

    /** The same answers, as the library's matrix. */
    ResponseMatrix matrix;

    /** Draws the answers. */
    @Setup(Level.Trial)
    public void draw() {
      instrument = Workloads.inventory();
      answers = Workloads.answers(respondents, RecordStates.SEED);
      matrix = ResponseMatrix.of(instrument, respondents, answers);
    }
  }

  /** The same answers as a survey of response objects. */
  @State(Scope.Benchmark)
  public static class SurveyState {

    /** How many respondents. */
    @Param({"1000", "100000"})
    public int respondents;

    /** The survey. */
    Survey survey;

    /** Draws the answers and makes their responses. */
    @Setup(Level.Trial)
    public void draw() {
      survey = Workloads.survey(Workloads.responses(respondents, RecordStates.SEED));
    }
  }

  private static final SurveyScoring SCORING = SurveyScoring.withDefaults();

  /**
   * The library's primitive path: scores the matrix.
   *
   * @param state the matrix
   * @return the score
   */
  @Benchmark
  public SurveyScore scoreMatrix(MatrixState state) {
    return SCORING.score(state.matrix);
  }

  /**
   * The library's object path: scores the same answers as response objects.
   *
   * @param state the survey
   * @return the score, equal to the matrix's
   */
  @Benchmark
  public SurveyScore scoreSurvey(SurveyState state) {
    return SCORING.score(state.survey);
  }

  /**
   * The hand-written loop over the raw answers.
   *
   * @param state the answers
   * @return the statistics of every factor
   */
  @Benchmark
  public SurveyHandLoop.FactorStatistics[] handLoop(MatrixState state) {
    return SurveyHandLoop.score(state.instrument, state.respondents, state.answers);
  }
}
