package org.commonground.benchmarks;

import java.util.concurrent.TimeUnit;
import org.commonground.core.readiness.Survey;
import org.commonground.scoring.readiness.ResponseMatrix;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.readiness.SurveyScoring;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bulk readiness scoring: a Collaboration Factors Inventory survey (20 factors, 40 items, 1–5) with
 * factor means, standard deviations, Cronbach's alpha and bands, on the primitive path (a
 * respondents × items matrix) and on the object path (a {@link Survey} of responses).
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="SurveyScoring"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class SurveyScoringBenchmark {

  /** How many respondents. */
  @Param({"1000", "100000"})
  public int respondents;

  private final SurveyScoring scoring = SurveyScoring.withDefaults();
  private ResponseMatrix matrix;
  private Survey survey;

  /** Draws the answers, as a matrix and as a survey of the same answers. */
  @Setup(Level.Trial)
  public void draw() {
    matrix = Workloads.responses(respondents, 42);
    survey = Workloads.survey(matrix);
  }

  /**
   * Scores the matrix.
   *
   * @return the score
   */
  @Benchmark
  public SurveyScore scoreMatrix() {
    return scoring.score(matrix);
  }

  /**
   * Scores the same answers as objects.
   *
   * @return the score, equal to the matrix's
   */
  @Benchmark
  public SurveyScore scoreSurvey() {
    return scoring.score(survey);
  }
}
