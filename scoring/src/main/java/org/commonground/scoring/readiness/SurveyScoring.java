// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.Locale;
import org.commonground.core.readiness.Band;
import org.commonground.core.readiness.Bands;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.numeric.ExactSum;
import org.immutables.value.Value;

/**
 * Scores surveys factor by factor: the entry point of survey scoring, and the rules it applies.
 *
 * <p>The rules: the {@link Bands} a mean is read with (default {@link Bands#WILDER}: 4.0 and above
 * strength, 3.0 up to 4.0 borderline, below 3.0 concern), and the fewest respondents a factor needs
 * before its score gets a band (default 3: with fewer, a mean describes individuals rather than the
 * group, and the factor is flagged {@link FactorStatus#TOO_FEW_RESPONDENTS}). See {@link
 * FactorScore} for how each figure is computed.
 *
 * <p>Two paths give bit-identical results: {@link #score(Survey)} over the object model, and
 * {@link #score(ResponseMatrix)} over a primitive respondents × items matrix for bulk data. Both
 * only count answers into primitive tallies; every figure is derived from the counts, so neither
 * respondent order nor path can change a bit.
 *
 * <pre>{@code
 * SurveyScore score = SurveyScoring.withDefaults().score(survey);
 * SurveyScore strict = SurveyScoring.withDefaults()
 *     .withBands(Bands.of(4.5, 3.5)).withMinimumRespondents(10).score(survey);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveyScoring {

  SurveyScoring() {}

  /**
   * The bands means are read with.
   *
   * @return the bands; {@link Bands#WILDER} unless set
   */
  @Value.Default
  public Bands bands() {
    return Bands.WILDER;
  }

  /**
   * The fewest respondents a factor needs before its score gets a band.
   *
   * @return at least 1; 3 unless set
   */
  @Value.Default
  public int minimumRespondents() {
    return 3;
  }

  /**
   * The published defaults: Wilder's bands, three respondents at least.
   *
   * @return the default rules
   */
  public static SurveyScoring withDefaults() {
    return ImmutableSurveyScoring.builder().build();
  }

  /**
   * These rules with other bands.
   *
   * @param bands the bands
   * @return the new rules; these are unaffected
   */
  public SurveyScoring withBands(Bands bands) {
    return ImmutableSurveyScoring.copyOf(this).withBands(bands);
  }

  /**
   * These rules with another minimum number of respondents.
   *
   * @param minimum at least 1
   * @return the new rules; these are unaffected
   * @throws org.commonground.core.validation.ValidationException if {@code minimum < 1}
   */
  public SurveyScoring withMinimumRespondents(int minimum) {
    return ImmutableSurveyScoring.copyOf(this).withMinimumRespondents(minimum);
  }

  /**
   * Scores every factor of a survey. Each response becomes one primitive row, counted by the same
   * routine as a {@link ResponseMatrix}'s rows, so this path and {@link #score(ResponseMatrix)}
   * cannot differ in what they count.
   *
   * @param survey the survey
   * @return the factor scores, in the instrument's order
   */
  public SurveyScore score(Survey survey) {
    Instrument instrument = survey.instrument();
    String[] ids = instrument.items().map(Item::id).toJavaArray(String[]::new);
    SurveyTally tally = new SurveyTally(instrument);
    int[] row = new int[ids.length];
    for (SurveyResponse response : survey.responses()) {
      Map<String, Integer> answers = response.answers();
      for (int c = 0; c < ids.length; c++) {
        row[c] = answers.get(ids[c]).getOrElse(ResponseMatrix.MISSING);
      }
      tally.add(row, 1);
    }
    return result(instrument, survey.responses().size(), tally);
  }

  /**
   * Scores every factor of a response matrix: the bulk path. A measured hot path ({@code
   * SurveyScoringBenchmark} in module {@code benchmarks}): it makes one row-major pass over the
   * cells that counts every factor at once, in the order the cells lie in memory, rather than one
   * strided pass per factor, and creates no objects per answer. Gives the same scores, to the bit,
   * as {@link #score(Survey)} on the same answers.
   *
   * @param matrix the answers
   * @return the factor scores, in the instrument's order
   */
  public SurveyScore score(ResponseMatrix matrix) {
    Instrument instrument = matrix.instrument();
    SurveyTally tally = new SurveyTally(instrument);
    tally.add(matrix.cells(), matrix.respondents());
    return result(instrument, matrix.respondents(), tally);
  }

  /** Both paths end here, so every figure comes from the tally by the same code. */
  private SurveyScore result(Instrument instrument, long respondents, SurveyTally tally) {
    List<FactorScore> scores =
        instrument.factors().zipWithIndex().map(f -> finish(instrument, f._1, f._2, tally));
    return ImmutableSurveyScore.builder()
        .instrument(instrument.id())
        .edition(instrument.edition())
        .rules(this)
        .respondents(respondents)
        .factors(scores)
        .build();
  }

  /**
   * A factor's score from its counts alone — never from the answers themselves — so that whichever
   * path filled the tally, and in whatever order, the figures are the same to the bit.
   */
  private FactorScore finish(Instrument instrument, Factor factor, int f, SurveyTally tally) {
    ResponseScale scale = tally.scale();
    List<Item> items = tally.items(f);
    int points = scale.points();

    long answers = 0;
    ExactSum weightedSum = new ExactSum();
    ExactSum weights = new ExactSum();
    BigInteger sum = BigInteger.ZERO;
    BigInteger squares = BigInteger.ZERO;
    long[] distribution = new long[points];
    List<String> used = List.empty();
    List<String> missing = List.empty();
    for (int i = 0; i < items.size(); i++) {
      long itemAnswers = 0;
      long itemSum = 0;
      for (int p = 0; p < points; p++) {
        long count = tally.count(f, i, p);
        int value = scale.min() + p;
        itemAnswers += count;
        itemSum += count * value;
        squares = squares.add(BigInteger.valueOf(count).multiply(BigInteger.valueOf((long) value * value)));
        distribution[p] += count;
      }
      answers += itemAnswers;
      sum = sum.add(BigInteger.valueOf(itemSum));
      double weight = items.get(i).weight();
      weightedSum.add(weight * itemSum);
      weights.add(weight * itemAnswers);
      if (itemAnswers > 0) {
        used = used.append(items.get(i).id());
      } else {
        missing = missing.append(items.get(i).id());
      }
    }

    FactorStatus status =
        answers == 0
            ? FactorStatus.NO_ANSWERS
            : tally.respondents(f) < minimumRespondents()
                ? FactorStatus.TOO_FEW_RESPONDENTS
                : missing.isEmpty() ? FactorStatus.SCORED : FactorStatus.INCOMPLETE;
    // The exact mean lies within the scale; the division of two correctly rounded sums can stray
    // by an ulp when items are weighted, so it is held to the scale's ends.
    Option<Double> mean =
        answers == 0
            ? Option.none()
            : Option.of(Math.max(scale.min(), Math.min(scale.max(), weightedSum.value() / weights.value())));
    Option<Double> sd =
        answers < 2
            ? Option.none()
            : Option.of(
                Math.sqrt(
                    BigInteger.valueOf(answers).multiply(squares).subtract(sum.multiply(sum)).doubleValue()
                        / ((double) answers * (answers - 1))));
    Option<Band> band =
        status == FactorStatus.SCORED || status == FactorStatus.INCOMPLETE
            ? mean.map(bands()::classify)
            : Option.none();
    Alpha alpha = alpha(tally, f);

    FactorScore draft =
        ImmutableFactorScore.builder()
            .factor(factor)
            .status(status)
            .respondents(tally.respondents(f))
            .answers(answers)
            .mean(mean)
            .standardDeviation(sd)
            .distribution(List.ofAll(distribution))
            .band(band)
            .alpha(alpha.value)
            .alphaBasisMessage(alpha.basis)
            .itemsUsed(used)
            .itemsMissing(missing)
            .explanationMessage(Message.literal(""))
            .build();
    return ImmutableFactorScore.copyOf(draft).withExplanationMessage(explain(instrument, draft, items));
  }

  private static final class Alpha {
    final Option<Double> value;
    final Message basis;

    Alpha(Option<Double> value, Message basis) {
      this.value = value;
      this.basis = basis;
    }
  }

  /**
   * Cronbach's alpha from the complete-case sums. With m respondents, the n(n − 1) of each sample
   * variance cancels: α = k/(k − 1) · (B − A)/B, A = Σᵢ (m Σxᵢ² − (Σxᵢ)²), B = m ΣT² − (ΣT)², in
   * exact integers.
   */
  private static Alpha alpha(SurveyTally tally, int f) {
    int k = tally.items(f).size();
    long m = tally.completeRespondents(f);
    if (k < 2) {
      return new Alpha(Option.none(), Message.of("scoring.readiness.alpha.fewItems"));
    }
    if (m < 2) {
      return new Alpha(
          Option.none(), Message.of("scoring.readiness.alpha.fewRespondents", k, m));
    }
    BigInteger bigM = BigInteger.valueOf(m);
    BigInteger a = BigInteger.ZERO;
    for (int i = 0; i < k; i++) {
      BigInteger s = BigInteger.valueOf(tally.completeItemSum(f, i));
      a = a.add(bigM.multiply(BigInteger.valueOf(tally.completeItemSquares(f, i))).subtract(s.multiply(s)));
    }
    BigInteger t = BigInteger.valueOf(tally.completeTotalSum(f));
    BigInteger b = bigM.multiply(BigInteger.valueOf(tally.completeTotalSquares(f))).subtract(t.multiply(t));
    if (b.signum() == 0) {
      return new Alpha(
          Option.none(), Message.of("scoring.readiness.alpha.noVariance", m));
    }
    double value = (double) k / (k - 1) * (b.subtract(a).doubleValue() / b.doubleValue());
    return new Alpha(Option.of(value), Message.of("scoring.readiness.alpha.basis", m, k));
  }

  private Message explain(Instrument instrument, FactorScore score, List<Item> items) {
    String source = instrument + (instrument.source().isDefined() ? " (" + instrument.source().get() + ")" : "");
    Message itemList = Message.join("core.text.comma",
        items.map(i -> i.reverseCoded() ? Message.of("scoring.readiness.survey.reverseCodedItem", i.id()) : Message.literal(i.id())));
    if (score.status() == FactorStatus.NO_ANSWERS) {
      return Message.of("scoring.readiness.survey.noAnswers", score.factor().name(), itemList, source);
    }
    String value = String.format(Locale.ROOT, "%.2f", score.mean().get());
    Message reading =
        score.band().isDefined()
            ? Message.of("scoring.readiness.survey.band", score.band().get(), score.band().get().action())
            : Message.of("scoring.readiness.survey.noBand", score.respondents(), minimumRespondents());
    Object incomplete =
        score.itemsMissing().isEmpty() ? "" : Message.of("scoring.readiness.survey.incomplete", score.itemsMissing().mkString(", "));
    Object reversal =
        items.exists(Item::reverseCoded) ? Message.of("scoring.readiness.survey.reversal") : "";
    return Message.of("scoring.readiness.survey.factor", score.factor().name(), value, reading, score.answers(),
        score.respondents(), itemList, reversal, incomplete, bands(), source);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("bands", bands())
        .require(minimumRespondents() >= 1, "minimumRespondents", () -> Message.of("core.validation.min", 1, minimumRespondents()))
        .throwIfAny("SurveyScoring");
  }

  /** Returns {@code SurveyScoring: bands strength from 4.0, borderline from 3.0; at least 3 respondents}. */
  @Override
  public String toString() {
    return "SurveyScoring: bands " + bands() + "; at least " + minimumRespondents() + " respondents";
  }
}
