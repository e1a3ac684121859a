// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Function;
import org.commonground.core.measure.AggregationType;
import org.commonground.core.measure.Baseline;
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
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.commonground.core.measure.UnitKind;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.CommunityValue;
import org.commonground.scoring.measure.Comparison;
import org.commonground.scoring.measure.ComparisonBasis;
import org.commonground.scoring.measure.ComparisonOptions;
import org.commonground.scoring.measure.Contribution;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.GapChange;
import org.commonground.scoring.measure.GapTrend;
import org.commonground.scoring.measure.GroupSeries;
import org.commonground.scoring.measure.GroupValue;
import org.commonground.scoring.measure.ImmutableCommunityValue;
import org.commonground.scoring.measure.ImmutableComparison;
import org.commonground.scoring.measure.ImmutableComparisonOptions;
import org.commonground.scoring.measure.ImmutableContribution;
import org.commonground.scoring.measure.ImmutableDisaggregatedIndicator;
import org.commonground.scoring.measure.ImmutableGapChange;
import org.commonground.scoring.measure.ImmutableGapTrend;
import org.commonground.scoring.measure.ImmutableGroupSeries;
import org.commonground.scoring.measure.ImmutableGroupValue;
import org.commonground.scoring.measure.ImmutableProgressAssessment;
import org.commonground.scoring.measure.ImmutableScorecard;
import org.commonground.scoring.measure.ImmutableScorecardRow;
import org.commonground.scoring.measure.ImmutableTrend;
import org.commonground.scoring.measure.ImmutableUncertainty;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.ProgressAssessment;
import org.commonground.scoring.measure.ProgressStatus;
import org.commonground.scoring.measure.Scorecard;
import org.commonground.scoring.measure.ScorecardRow;
import org.commonground.scoring.measure.SubgroupDimension;
import org.commonground.scoring.measure.Trend;
import org.commonground.scoring.measure.Uncertainty;
import org.commonground.scoring.uncertainty.ChangeTest;
import org.commonground.scoring.uncertainty.ConfidenceInterval;
import org.commonground.scoring.uncertainty.ImmutableChangeTest;
import org.commonground.scoring.uncertainty.ImmutableConfidenceInterval;
import org.commonground.scoring.uncertainty.ImmutableReliability;
import org.commonground.scoring.uncertainty.ImmutableReliabilityRule;
import org.commonground.scoring.uncertainty.IntervalMethod;
import org.commonground.scoring.uncertainty.Reliability;
import org.commonground.scoring.uncertainty.ReliabilityConcern;
import org.commonground.scoring.uncertainty.ReliabilityRule;
import org.commonground.serialization.codec.Codec;
import org.commonground.serialization.codec.Codecs;
import org.commonground.serialization.codec.Field;
import org.commonground.serialization.codec.ObjectCodec;
import org.commonground.serialization.codec.Path;
import org.commonground.serialization.codec.Problems;
import org.commonground.serialization.codec.Schemas;

/**
 * The JSON forms of shared measures ({@code org.commonground.core.measure}), of what scoring
 * computes from them ({@code org.commonground.scoring.measure}) and of their uncertainty
 * ({@code org.commonground.scoring.uncertainty}).
 *
 * <pre>{@code
 * String json = CommonGroundJson.write(MeasureJson.OBSERVATIONS, batch);
 * // {"format":"commonground.observations","version":1,"measures":{…},
 * //  "observations":[{"partner":"lincoln-hs","indicator":"grad-rate","period":"SY2023-24",
 * //                   "numerator":212.0,"denominator":251.0}, …]}
 * ObservationSet back = CommonGroundJson.read(MeasureJson.OBSERVATIONS, json);
 * }</pre>
 *
 * <p>An observation batch is read whole and checked against its measures: every bad observation
 * is reported with its path ({@code $.observations[1207].numerator: must be at most the
 * denominator …}), not just the first.
 *
 * <p><b>Partials.</b> A {@link MeasurePartial} is written through its public accessors as parallel
 * arrays ({@code keys}, {@code records}, {@code numeratorTerms}, {@code denominatorTerms}); every
 * term is written in the shortest form that reads back to the same {@code double}, so a round trip
 * keeps every bit and reads back {@code equals}. Measured on a sample of 20,636 cells (10⁵ records
 * of 0/1 outcomes over 200 partners, 4 periods and 26 subgroups; one numerator and one denominator
 * term per cell) the document takes 19.3 bytes per cell beyond its layout.
 */
public final class MeasureJson {

  private MeasureJson() {}

  // ---------------------------------------------------------------- enums

  /** An aggregation type, by name: {@code "SUM"}, {@code "AVERAGE"}, … */
  public static final Codec<AggregationType> AGGREGATION_TYPE =
      Codecs.enumeration(AggregationType.class, "an aggregation type");

  /** An indicator kind, by name: {@code "CORE"} or {@code "CONTRIBUTING"}. */
  public static final Codec<IndicatorKind> INDICATOR_KIND = Codecs.enumeration(IndicatorKind.class, "an indicator kind");

  /** A period type, by name: {@code "SCHOOL_YEAR"}, … */
  public static final Codec<PeriodType> PERIOD_TYPE = Codecs.enumeration(PeriodType.class, "a period type");

  /** A polarity, by name: {@code "HIGHER_IS_BETTER"} or {@code "LOWER_IS_BETTER"}. */
  public static final Codec<Polarity> POLARITY = Codecs.enumeration(Polarity.class, "a polarity");

  /** An RBA category, by name: {@code "POPULATION_INDICATOR"}, … */
  public static final Codec<RbaCategory> RBA_CATEGORY = Codecs.enumeration(RbaCategory.class, "an RBA category");

  /** A unit kind, by name: {@code "COUNT"}, {@code "PROPORTION"}, {@code "RATE"}, {@code "MEAN"}. */
  public static final Codec<UnitKind> UNIT_KIND = Codecs.enumeration(UnitKind.class, "a unit kind");

  /** A target's horizon, by name: {@code "INTERIM"} or {@code "LONG_TERM"}. */
  public static final Codec<Target.Horizon> HORIZON = Codecs.enumeration(Target.Horizon.class, "a target horizon");

  /** A comparison basis, by name: {@code "MATCHED"}, … */
  public static final Codec<ComparisonBasis> COMPARISON_BASIS =
      Codecs.enumeration(ComparisonBasis.class, "a comparison basis");

  /** A progress status, by name: {@code "ON_TRACK"}, … */
  public static final Codec<ProgressStatus> PROGRESS_STATUS =
      Codecs.enumeration(ProgressStatus.class, "a progress status");

  /** A trend's direction, by name: {@code "UP"}, {@code "DOWN"}, {@code "FLAT"}. */
  public static final Codec<Trend.Direction> TREND_DIRECTION =
      Codecs.enumeration(Trend.Direction.class, "a trend direction");

  /** A trend's judgement, by name: {@code "IMPROVING"}, … */
  public static final Codec<Trend.Judgement> TREND_JUDGEMENT =
      Codecs.enumeration(Trend.Judgement.class, "a trend judgement");

  /** A gap's direction, by name: {@code "NARROWING"}, … */
  public static final Codec<GapTrend.Direction> GAP_DIRECTION =
      Codecs.enumeration(GapTrend.Direction.class, "a gap direction");

  /** An interval method, by name: {@code "WILSON"}, {@code "CLOPPER_PEARSON"}, {@code "GARWOOD"}. */
  public static final Codec<IntervalMethod> INTERVAL_METHOD =
      Codecs.enumeration(IntervalMethod.class, "an interval method");

  /** A reliability concern, by name: {@code "FEW_EVENTS"}, … */
  public static final Codec<ReliabilityConcern> RELIABILITY_CONCERN =
      Codecs.enumeration(ReliabilityConcern.class, "a reliability concern");

  // ---------------------------------------------------------------- shared measures

  private static final Field<Unit, UnitKind> UNIT_KIND_FIELD = Field.required("kind", UNIT_KIND, Unit::kind);
  private static final Field<Unit, Double> MULTIPLIER = Field.required("multiplier", Codecs.DOUBLE, Unit::multiplier);

  /** A unit: {@code {"kind": "PROPORTION", "multiplier": 100.0}}. */
  public static final Codec<Unit> UNIT = ObjectCodec.of("a unit", "Unit", List.of(UNIT_KIND_FIELD, MULTIPLIER),
      v -> org.commonground.core.measure.ImmutableUnit.of(v.get(UNIT_KIND_FIELD), v.get(MULTIPLIER)));

  private static final Field<Baseline, Period> BASELINE_PERIOD = Field.required("period", Codecs.PERIOD, Baseline::period);
  private static final Field<Baseline, Double> BASELINE_VALUE = Field.required("value", Codecs.DOUBLE, Baseline::value);

  /** A baseline: {@code {"period": "SY2021-22", "value": 78.0}}. */
  public static final Codec<Baseline> BASELINE = ObjectCodec.of("a baseline", "Baseline",
      List.of(BASELINE_PERIOD, BASELINE_VALUE), v -> Baseline.of(v.get(BASELINE_PERIOD), v.get(BASELINE_VALUE)));

  private static final Field<Target, Period> TARGET_PERIOD = Field.required("period", Codecs.PERIOD, Target::period);
  private static final Field<Target, Double> TARGET_VALUE = Field.required("value", Codecs.DOUBLE, Target::value);
  private static final Field<Target, Target.Horizon> TARGET_HORIZON = Field.required("horizon", HORIZON, Target::horizon);

  /** A target: {@code {"period": "SY2029-30", "value": 90.0, "horizon": "LONG_TERM"}}. */
  public static final Codec<Target> TARGET = ObjectCodec.of("a target", "Target",
      List.of(TARGET_PERIOD, TARGET_VALUE, TARGET_HORIZON),
      v -> org.commonground.core.measure.ImmutableTarget.of(v.get(TARGET_PERIOD), v.get(TARGET_VALUE), v.get(TARGET_HORIZON)));

  private static final Field<Outcome, String> OUTCOME_ID = Field.required("id", Codecs.ID, Outcome::id);
  private static final Field<Outcome, String> OUTCOME_NAME = Field.required("name", Codecs.TEXT, Outcome::name);

  /** An outcome: {@code {"id": "graduation", "name": "Students graduate"}}. */
  public static final Codec<Outcome> OUTCOME = ObjectCodec.of("an outcome", "Outcome",
      List.of(OUTCOME_ID, OUTCOME_NAME), v -> Outcome.of(v.get(OUTCOME_ID), v.get(OUTCOME_NAME)));

  private static final Field<Indicator, String> INDICATOR_ID = Field.required("id", Codecs.ID, Indicator::id);
  private static final Field<Indicator, String> INDICATOR_NAME = Field.required("name", Codecs.TEXT, Indicator::name);
  private static final Field<Indicator, String> INDICATOR_OUTCOME = Field.required("outcome", Codecs.ID, Indicator::outcome);
  private static final Field<Indicator, Unit> INDICATOR_UNIT = Field.required("unit", UNIT, Indicator::unit);
  private static final Field<Indicator, Polarity> INDICATOR_POLARITY =
      Field.required("polarity", POLARITY, Indicator::polarity);
  private static final Field<Indicator, PeriodType> INDICATOR_PERIOD_TYPE =
      Field.required("periodType", PERIOD_TYPE, Indicator::periodType);
  private static final Field<Indicator, IndicatorKind> INDICATOR_KIND_FIELD =
      Field.required("kind", INDICATOR_KIND, Indicator::kind);
  private static final Field<Indicator, RbaCategory> INDICATOR_RBA =
      Field.required("rbaCategory", RBA_CATEGORY, Indicator::rbaCategory);
  // Always written; when absent, the unit's default (sum for counts, pooled average otherwise).
  private static final Field<Indicator, Option<AggregationType>> INDICATOR_AGGREGATION =
      Field.optional("aggregation", AGGREGATION_TYPE, i -> Option.some(i.aggregation()));
  private static final Field<Indicator, Option<Baseline>> INDICATOR_BASELINE =
      Field.optional("baseline", BASELINE, Indicator::baseline);
  private static final Field<Indicator, List<Target>> INDICATOR_TARGETS =
      Field.withDefault("targets", Codecs.list(TARGET), Indicator::targets, List::empty);

  /**
   * An indicator: id, name, outcome, unit, polarity, period type, kind, RBA category, aggregation
   * (the unit's default when absent), an optional baseline and its targets (none when absent).
   */
  public static final Codec<Indicator> INDICATOR = ObjectCodec.of("an indicator", "Indicator",
      List.of(INDICATOR_ID, INDICATOR_NAME, INDICATOR_OUTCOME, INDICATOR_UNIT, INDICATOR_POLARITY,
          INDICATOR_PERIOD_TYPE, INDICATOR_KIND_FIELD, INDICATOR_RBA, INDICATOR_AGGREGATION, INDICATOR_BASELINE,
          INDICATOR_TARGETS),
      v -> {
        org.commonground.core.measure.ImmutableIndicator.Builder b = Indicator.builder()
            .id(v.get(INDICATOR_ID)).name(v.get(INDICATOR_NAME)).outcome(v.get(INDICATOR_OUTCOME))
            .unit(v.get(INDICATOR_UNIT)).polarity(v.get(INDICATOR_POLARITY))
            .periodType(v.get(INDICATOR_PERIOD_TYPE)).kind(v.get(INDICATOR_KIND_FIELD))
            .rbaCategory(v.get(INDICATOR_RBA)).baseline(v.get(INDICATOR_BASELINE)).targets(v.get(INDICATOR_TARGETS));
        v.get(INDICATOR_AGGREGATION).forEach(b::aggregation);
        return b.build();
      });

  private static final Field<SharedMeasureSet, String> SET_NAME = Field.required("name", Codecs.TEXT, SharedMeasureSet::name);
  private static final Field<SharedMeasureSet, List<Outcome>> SET_OUTCOMES =
      Field.required("outcomes", Codecs.list(OUTCOME), SharedMeasureSet::outcomes);
  private static final Field<SharedMeasureSet, List<Indicator>> SET_INDICATORS =
      Field.required("indicators", Codecs.list(INDICATOR), SharedMeasureSet::indicators);

  /** A shared measure set: its name, outcomes and indicators. */
  public static final ObjectCodec<SharedMeasureSet> SHARED_MEASURE_SET_FORM = ObjectCodec.of("a shared measure set",
      "SharedMeasureSet", List.of(SET_NAME, SET_OUTCOMES, SET_INDICATORS),
      v -> SharedMeasureSet.of(v.get(SET_NAME), v.get(SET_OUTCOMES), v.get(SET_INDICATORS)));

  private static final Codec<SortedMap<String, String>> SUBGROUP = Codecs.sortedMap(Codecs.ID);

  private static final Field<Observation, String> OBS_PARTNER = Field.required("partner", Codecs.ID, Observation::partner);
  private static final Field<Observation, String> OBS_INDICATOR =
      Field.required("indicator", Codecs.ID, Observation::indicator);
  private static final Field<Observation, Period> OBS_PERIOD = Field.required("period", Codecs.PERIOD, Observation::period);
  // Left out for the whole population.
  private static final Field<Observation, Option<SortedMap<String, String>>> OBS_SUBGROUP =
      Field.optional("subgroup", SUBGROUP, o -> o.subgroup().isEmpty() ? Option.none() : Option.some(o.subgroup()));
  private static final Field<Observation, Double> OBS_NUMERATOR =
      Field.required("numerator", Codecs.DOUBLE, Observation::numerator);
  private static final Field<Observation, Option<Double>> OBS_DENOMINATOR =
      Field.optional("denominator", Codecs.DOUBLE, Observation::denominator);
  private static final Field<Observation, Option<Long>> OBS_RECORDS =
      Field.optional("records", Codecs.LONG, Observation::records);

  /**
   * An observation: {@code {"partner": "lincoln-hs", "indicator": "grad-rate", "period":
   * "SY2023-24", "subgroup": {"income": "low"}, "numerator": 212.0, "denominator": 251.0,
   * "records": 251}}; the subgroup (whole population), denominator (a count) and records
   * (unknown) may be absent.
   */
  public static final Codec<Observation> OBSERVATION = ObjectCodec.of("an observation", "Observation",
      List.of(OBS_PARTNER, OBS_INDICATOR, OBS_PERIOD, OBS_SUBGROUP, OBS_NUMERATOR, OBS_DENOMINATOR, OBS_RECORDS),
      v -> org.commonground.core.measure.ImmutableObservation.builder()
          .partner(v.get(OBS_PARTNER)).indicator(v.get(OBS_INDICATOR)).period(v.get(OBS_PERIOD))
          .subgroup(v.get(OBS_SUBGROUP).getOrElse(TreeMap::empty)).numerator(v.get(OBS_NUMERATOR))
          .denominator(v.get(OBS_DENOMINATOR)).records(v.get(OBS_RECORDS)).build());

  private static final Field<ObservationSet, SharedMeasureSet> BATCH_MEASURES =
      Field.required("measures", SHARED_MEASURE_SET_FORM, ObservationSet::measures);
  private static final Field<ObservationSet, List<Observation>> BATCH_OBSERVATIONS =
      Field.required("observations", Codecs.list(OBSERVATION), ObservationSet::observations);

  /**
   * An observation batch: its shared measure set and its observations, accepted only when every
   * observation conforms; every reason of every reject is reported with its path.
   */
  public static final ObjectCodec<ObservationSet> OBSERVATION_SET_FORM = ObjectCodec.of("an observation batch",
      "ObservationSet", List.of(BATCH_MEASURES, BATCH_OBSERVATIONS),
      v -> ObservationSet.of(v.get(BATCH_MEASURES), v.get(BATCH_OBSERVATIONS)));

  private static final Field<Validation<List<Violation>, ObservationSet>, Option<ObservationSet>> CHECK_ACCEPTED =
      Field.optional("accepted", OBSERVATION_SET_FORM, c -> c.isValid() ? Option.some(c.get()) : Option.none());
  private static final Field<Validation<List<Violation>, ObservationSet>, Option<List<Violation>>> CHECK_REJECTS =
      Field.optional("rejects", Codecs.list(ProblemDetails.VIOLATION),
          c -> c.isInvalid() ? Option.some(c.getError()) : Option.none());

  /**
   * The verdict on a batch ({@link ObservationSet#validate}): either {@code "accepted"}, the
   * accepted set, or {@code "rejects"}, every reason of every reject with its path; exactly one.
   */
  public static final ObjectCodec<Validation<List<Violation>, ObservationSet>> OBSERVATION_CHECK_FORM =
      ObjectCodec.of("an observation check", "ObservationCheck", List.of(CHECK_ACCEPTED, CHECK_REJECTS), v -> {
        Option<ObservationSet> accepted = v.get(CHECK_ACCEPTED);
        Option<List<Violation>> rejects = v.get(CHECK_REJECTS);
        Violations.none()
            .require(accepted == null || rejects == null || accepted.isDefined() != rejects.isDefined(),
                "accepted", "must be given exactly when rejects are not: a check accepts the batch or rejects it")
            .require(rejects == null || rejects.forAll(r -> !r.isEmpty()),
                "rejects", "must hold at least one violation, got none")
            .throwIfAny("Observation check");
        return accepted.isDefined()
            ? Validation.<List<Violation>, ObservationSet>valid(accepted.get())
            : Validation.<List<Violation>, ObservationSet>invalid(rejects.get());
      });

  // ---------------------------------------------------------------- uncertainty

  private static final Field<ConfidenceInterval, Double> CI_LOWER =
      Field.required("lower", Codecs.DOUBLE, ConfidenceInterval::lower);
  private static final Field<ConfidenceInterval, Double> CI_UPPER =
      Field.required("upper", Codecs.DOUBLE, ConfidenceInterval::upper);
  private static final Field<ConfidenceInterval, Double> CI_LEVEL =
      Field.required("level", Codecs.DOUBLE, ConfidenceInterval::level);
  private static final Field<ConfidenceInterval, IntervalMethod> CI_METHOD =
      Field.required("method", INTERVAL_METHOD, ConfidenceInterval::method);

  /** A confidence interval: {@code {"lower": 0.71, "upper": 0.84, "level": 0.95, "method": "WILSON"}}. */
  public static final ObjectCodec<ConfidenceInterval> CONFIDENCE_INTERVAL_FORM = ObjectCodec.of("a confidence interval",
      "ConfidenceInterval", List.of(CI_LOWER, CI_UPPER, CI_LEVEL, CI_METHOD),
      v -> ImmutableConfidenceInterval.of(v.get(CI_LOWER), v.get(CI_UPPER), v.get(CI_LEVEL), v.get(CI_METHOD)));

  private static final Field<Reliability, Long> REL_EVENTS = Field.required("events", Codecs.LONG, Reliability::events);
  private static final Field<Reliability, Option<Double>> REL_RSE =
      Field.optional("relativeStandardError", Codecs.DOUBLE, Reliability::relativeStandardError);
  private static final Field<Reliability, List<ReliabilityConcern>> REL_CONCERNS =
      Field.withDefault("concerns", Codecs.list(RELIABILITY_CONCERN), Reliability::concerns, List::empty);

  /** A reliability flag: the events, the relative standard error when known, and the concerns (none: reliable). */
  public static final ObjectCodec<Reliability> RELIABILITY_FORM = ObjectCodec.of("a reliability flag", "Reliability",
      List.of(REL_EVENTS, REL_RSE, REL_CONCERNS),
      v -> ImmutableReliability.builder().events(v.get(REL_EVENTS)).relativeStandardError(v.get(REL_RSE))
          .concerns(v.get(REL_CONCERNS)).build());

  private static final ReliabilityRule NCHS = ReliabilityRule.nchs();
  private static final Field<ReliabilityRule, Long> RULE_EVENTS =
      Field.withDefault("minimumEvents", Codecs.LONG, ReliabilityRule::minimumEvents, NCHS::minimumEvents);
  private static final Field<ReliabilityRule, Double> RULE_RSE = Field.withDefault("maximumRelativeStandardError",
      Codecs.DOUBLE, ReliabilityRule::maximumRelativeStandardError, NCHS::maximumRelativeStandardError);
  private static final Field<ReliabilityRule, Long> RULE_SAMPLE =
      Field.withDefault("minimumSampleSize", Codecs.LONG, ReliabilityRule::minimumSampleSize, NCHS::minimumSampleSize);

  /** A reliability rule; each threshold NCHS's when absent. */
  public static final Codec<ReliabilityRule> RELIABILITY_RULE = ObjectCodec.of("a reliability rule", "ReliabilityRule",
      List.of(RULE_EVENTS, RULE_RSE, RULE_SAMPLE),
      v -> ImmutableReliabilityRule.builder().minimumEvents(v.get(RULE_EVENTS))
          .maximumRelativeStandardError(v.get(RULE_RSE)).minimumSampleSize(v.get(RULE_SAMPLE)).build());

  private static final Field<ChangeTest, String> TEST_NAME = Field.required("test", Codecs.TEXT, ChangeTest::test);
  private static final Field<ChangeTest, Double> TEST_LEVEL = Field.required("level", Codecs.DOUBLE, ChangeTest::level);
  private static final Field<ChangeTest, Double> TEST_CHANGE = Field.required("change", Codecs.DOUBLE, ChangeTest::change);
  private static final Field<ChangeTest, Option<Double>> TEST_LOWER = Field.optional("lower", Codecs.DOUBLE, ChangeTest::lower);
  private static final Field<ChangeTest, Option<Double>> TEST_UPPER = Field.optional("upper", Codecs.DOUBLE, ChangeTest::upper);
  private static final Field<ChangeTest, Option<Double>> TEST_P = Field.optional("pValue", Codecs.DOUBLE, ChangeTest::pValue);
  private static final Field<ChangeTest, Boolean> TEST_EXCEEDS =
      Field.required("exceedsUncertainty", Codecs.BOOLEAN, ChangeTest::exceedsUncertainty);
  private static final Field<ChangeTest, org.commonground.core.validation.Message> TEST_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, ChangeTest::explanationMessage);

  /** A change test: the test's name, level, change, its interval and p-value when known, the verdict and why. */
  public static final ObjectCodec<ChangeTest> CHANGE_TEST_FORM = ObjectCodec.of("a change test", "ChangeTest",
      List.of(TEST_NAME, TEST_LEVEL, TEST_CHANGE, TEST_LOWER, TEST_UPPER, TEST_P, TEST_EXCEEDS, TEST_EXPLANATION),
      v -> ImmutableChangeTest.builder().test(v.get(TEST_NAME)).level(v.get(TEST_LEVEL)).change(v.get(TEST_CHANGE))
          .lower(v.get(TEST_LOWER)).upper(v.get(TEST_UPPER)).pValue(v.get(TEST_P))
          .exceedsUncertainty(v.get(TEST_EXCEEDS)).explanationMessage(v.get(TEST_EXPLANATION)).build());

  private static final Field<Uncertainty, Option<ConfidenceInterval>> UNC_INTERVAL =
      Field.optional("interval", CONFIDENCE_INTERVAL_FORM, Uncertainty::interval);
  private static final Field<Uncertainty, Option<Reliability>> UNC_RELIABILITY =
      Field.optional("reliability", RELIABILITY_FORM, Uncertainty::reliability);
  private static final Field<Uncertainty, org.commonground.core.validation.Message> UNC_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, Uncertainty::explanationMessage);

  /** A value's uncertainty: its interval and reliability flag when known, and the explanation. */
  public static final ObjectCodec<Uncertainty> UNCERTAINTY_FORM = ObjectCodec.of("an uncertainty", "Uncertainty",
      List.of(UNC_INTERVAL, UNC_RELIABILITY, UNC_EXPLANATION),
      v -> ImmutableUncertainty.builder().interval(v.get(UNC_INTERVAL)).reliability(v.get(UNC_RELIABILITY))
          .explanationMessage(v.get(UNC_EXPLANATION)).build());

  private static final ComparisonOptions DEFAULT_OPTIONS = ComparisonOptions.defaults();
  private static final Field<ComparisonOptions, ComparisonBasis> OPT_BASIS =
      Field.withDefault("basis", COMPARISON_BASIS, ComparisonOptions::basis, DEFAULT_OPTIONS::basis);
  private static final Field<ComparisonOptions, Double> OPT_LEVEL =
      Field.withDefault("level", Codecs.DOUBLE, ComparisonOptions::level, DEFAULT_OPTIONS::level);
  private static final Field<ComparisonOptions, IntervalMethod> OPT_METHOD = Field.withDefault("proportionMethod",
      INTERVAL_METHOD, ComparisonOptions::proportionMethod, DEFAULT_OPTIONS::proportionMethod);
  private static final Field<ComparisonOptions, ReliabilityRule> OPT_RELIABILITY =
      Field.withDefault("reliability", RELIABILITY_RULE, ComparisonOptions::reliability, DEFAULT_OPTIONS::reliability);

  /** Comparison options; each the default when absent. */
  public static final Codec<ComparisonOptions> COMPARISON_OPTIONS = ObjectCodec.of("comparison options",
      "ComparisonOptions", List.of(OPT_BASIS, OPT_LEVEL, OPT_METHOD, OPT_RELIABILITY),
      v -> ImmutableComparisonOptions.builder().basis(v.get(OPT_BASIS)).level(v.get(OPT_LEVEL))
          .proportionMethod(v.get(OPT_METHOD)).reliability(v.get(OPT_RELIABILITY)).build());

  // ---------------------------------------------------------------- results

  private static final Codec<List<String>> IDS = Codecs.list(Codecs.ID);

  private static final Field<Contribution, String> CON_PARTNER = Field.required("partner", Codecs.ID, Contribution::partner);
  private static final Field<Contribution, Double> CON_NUMERATOR =
      Field.required("numerator", Codecs.DOUBLE, Contribution::numerator);
  private static final Field<Contribution, Option<Double>> CON_DENOMINATOR =
      Field.optional("denominator", Codecs.DOUBLE, Contribution::denominator);
  private static final Field<Contribution, Option<Long>> CON_RECORDS =
      Field.optional("records", Codecs.LONG, Contribution::records);

  /** One partner's contribution to a community value. */
  public static final Codec<Contribution> CONTRIBUTION = ObjectCodec.of("a contribution", "Contribution",
      List.of(CON_PARTNER, CON_NUMERATOR, CON_DENOMINATOR, CON_RECORDS),
      v -> ImmutableContribution.builder().partner(v.get(CON_PARTNER)).numerator(v.get(CON_NUMERATOR))
          .denominator(v.get(CON_DENOMINATOR)).records(v.get(CON_RECORDS)).build());

  private static final Field<CommunityValue, String> CV_INDICATOR =
      Field.required("indicator", Codecs.ID, CommunityValue::indicator);
  private static final Field<CommunityValue, Period> CV_PERIOD = Field.required("period", Codecs.PERIOD, CommunityValue::period);
  private static final Field<CommunityValue, Double> CV_VALUE = Field.required("value", Codecs.DOUBLE, CommunityValue::value);
  private static final Field<CommunityValue, Unit> CV_UNIT = Field.required("unit", UNIT, CommunityValue::unit);
  private static final Field<CommunityValue, AggregationType> CV_AGGREGATION =
      Field.required("aggregation", AGGREGATION_TYPE, CommunityValue::aggregation);
  private static final Field<CommunityValue, Double> CV_NUMERATOR =
      Field.required("numerator", Codecs.DOUBLE, CommunityValue::numerator);
  private static final Field<CommunityValue, Option<Double>> CV_DENOMINATOR =
      Field.optional("denominator", Codecs.DOUBLE, CommunityValue::denominator);
  private static final Field<CommunityValue, List<String>> CV_PARTNERS =
      Field.required("partners", IDS, CommunityValue::partners);
  private static final Field<CommunityValue, List<String>> CV_MISSING =
      Field.required("missingPartners", IDS, CommunityValue::missingPartners);
  private static final Field<CommunityValue, List<Contribution>> CV_CONTRIBUTIONS =
      Field.required("contributions", Codecs.list(CONTRIBUTION), CommunityValue::contributions);
  private static final Field<CommunityValue, Option<Long>> CV_RECORDS =
      Field.optional("records", Codecs.LONG, CommunityValue::records);
  private static final Field<CommunityValue, org.commonground.core.validation.Message> CV_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, CommunityValue::explanationMessage);

  /** A community value of one indicator and period, with its partners' contributions (its uncertainty is derived). */
  public static final Codec<CommunityValue> COMMUNITY_VALUE = ObjectCodec.of("a community value", "CommunityValue",
      List.of(CV_INDICATOR, CV_PERIOD, CV_VALUE, CV_UNIT, CV_AGGREGATION, CV_NUMERATOR, CV_DENOMINATOR, CV_PARTNERS,
          CV_MISSING, CV_CONTRIBUTIONS, CV_RECORDS, CV_EXPLANATION),
      v -> ImmutableCommunityValue.builder().indicator(v.get(CV_INDICATOR)).period(v.get(CV_PERIOD))
          .value(v.get(CV_VALUE)).unit(v.get(CV_UNIT)).aggregation(v.get(CV_AGGREGATION))
          .numerator(v.get(CV_NUMERATOR)).denominator(v.get(CV_DENOMINATOR)).partners(v.get(CV_PARTNERS))
          .missingPartners(v.get(CV_MISSING)).contributions(v.get(CV_CONTRIBUTIONS)).records(v.get(CV_RECORDS))
          .explanationMessage(v.get(CV_EXPLANATION)).build());

  private static final Field<List<CommunityValue>, List<CommunityValue>> CVS_VALUES =
      Field.required("values", Codecs.list(COMMUNITY_VALUE), l -> l);

  /** Community values, as {@code RollUp} computes them: {@code {"values": [...]}}. */
  public static final ObjectCodec<List<CommunityValue>> COMMUNITY_VALUES_FORM = ObjectCodec.of("community values",
      "CommunityValues", List.of(CVS_VALUES), v -> v.get(CVS_VALUES));

  private static final Field<Trend, Trend.Direction> TREND_DIR = Field.required("direction", TREND_DIRECTION, Trend::direction);
  private static final Field<Trend, Trend.Judgement> TREND_JUDGE =
      Field.required("judgement", TREND_JUDGEMENT, Trend::judgement);
  private static final Field<Trend, Integer> TREND_HELD = Field.required("periodsHeld", Codecs.INT, Trend::periodsHeld);

  /** A trend: direction, judgement and how many periods it held. */
  public static final Codec<Trend> TREND = ObjectCodec.of("a trend", "Trend", List.of(TREND_DIR, TREND_JUDGE, TREND_HELD),
      v -> ImmutableTrend.of(v.get(TREND_DIR), v.get(TREND_JUDGE), v.get(TREND_HELD)));

  private static final Field<Comparison, Period> CMP_FROM = Field.required("fromPeriod", Codecs.PERIOD, Comparison::fromPeriod);
  private static final Field<Comparison, Period> CMP_TO = Field.required("toPeriod", Codecs.PERIOD, Comparison::toPeriod);
  private static final Field<Comparison, ComparisonBasis> CMP_BASIS =
      Field.required("basis", COMPARISON_BASIS, Comparison::basis);
  private static final Field<Comparison, Boolean> CMP_COMPARABLE =
      Field.required("comparable", Codecs.BOOLEAN, Comparison::comparable);
  private static final Field<Comparison, List<String>> CMP_PARTNERS = Field.required("partners", IDS, Comparison::partners);
  private static final Field<Comparison, List<String>> CMP_ONLY_FROM =
      Field.required("onlyInFrom", IDS, Comparison::onlyInFrom);
  private static final Field<Comparison, List<String>> CMP_ONLY_TO = Field.required("onlyInTo", IDS, Comparison::onlyInTo);
  private static final Field<Comparison, Option<Double>> CMP_FROM_VALUE =
      Field.optional("fromValue", Codecs.DOUBLE, Comparison::fromValue);
  private static final Field<Comparison, Option<Double>> CMP_TO_VALUE =
      Field.optional("toValue", Codecs.DOUBLE, Comparison::toValue);
  private static final Field<Comparison, Option<Double>> CMP_CHANGE =
      Field.optional("change", Codecs.DOUBLE, Comparison::change);
  private static final Field<Comparison, Option<Double>> CMP_RELATIVE =
      Field.optional("relativeChange", Codecs.DOUBLE, Comparison::relativeChange);
  private static final Field<Comparison, Option<ChangeTest>> CMP_TEST =
      Field.optional("test", CHANGE_TEST_FORM, Comparison::test);
  private static final Field<Comparison, Option<Trend.Direction>> CMP_DIRECTION =
      Field.optional("direction", TREND_DIRECTION, Comparison::direction);
  private static final Field<Comparison, Option<Trend.Judgement>> CMP_JUDGEMENT =
      Field.optional("judgement", TREND_JUDGEMENT, Comparison::judgement);
  private static final Field<Comparison, org.commonground.core.validation.Message> CMP_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, Comparison::explanationMessage);

  /** A like-for-like comparison of two periods. */
  public static final Codec<Comparison> COMPARISON = ObjectCodec.of("a comparison", "Comparison",
      List.of(CMP_FROM, CMP_TO, CMP_BASIS, CMP_COMPARABLE, CMP_PARTNERS, CMP_ONLY_FROM, CMP_ONLY_TO, CMP_FROM_VALUE,
          CMP_TO_VALUE, CMP_CHANGE, CMP_RELATIVE, CMP_TEST, CMP_DIRECTION, CMP_JUDGEMENT, CMP_EXPLANATION),
      v -> ImmutableComparison.builder().fromPeriod(v.get(CMP_FROM)).toPeriod(v.get(CMP_TO)).basis(v.get(CMP_BASIS))
          .comparable(v.get(CMP_COMPARABLE)).partners(v.get(CMP_PARTNERS)).onlyInFrom(v.get(CMP_ONLY_FROM))
          .onlyInTo(v.get(CMP_ONLY_TO)).fromValue(v.get(CMP_FROM_VALUE)).toValue(v.get(CMP_TO_VALUE))
          .change(v.get(CMP_CHANGE)).relativeChange(v.get(CMP_RELATIVE)).test(v.get(CMP_TEST))
          .direction(v.get(CMP_DIRECTION)).judgement(v.get(CMP_JUDGEMENT)).explanationMessage(v.get(CMP_EXPLANATION)).build());

  private static final Field<ProgressAssessment, ProgressStatus> PA_STATUS =
      Field.required("status", PROGRESS_STATUS, ProgressAssessment::status);
  private static final Field<ProgressAssessment, Option<Period>> PA_BASE =
      Field.optional("basePeriod", Codecs.PERIOD, ProgressAssessment::basePeriod);
  private static final Field<ProgressAssessment, Option<Period>> PA_CURRENT =
      Field.optional("currentPeriod", Codecs.PERIOD, ProgressAssessment::currentPeriod);
  private static final Field<ProgressAssessment, Option<Double>> PA_OBSERVED =
      Field.optional("observedGrowth", Codecs.DOUBLE, ProgressAssessment::observedGrowth);
  private static final Field<ProgressAssessment, Option<Double>> PA_REQUIRED =
      Field.optional("requiredGrowth", Codecs.DOUBLE, ProgressAssessment::requiredGrowth);
  private static final Field<ProgressAssessment, Option<Double>> PA_RATIO =
      Field.optional("ratio", Codecs.DOUBLE, ProgressAssessment::ratio);
  private static final Field<ProgressAssessment, org.commonground.core.validation.Message> PA_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, ProgressAssessment::explanationMessage);

  /** A progress assessment: status, periods, growths and their ratio when assessable, and why. */
  public static final ObjectCodec<ProgressAssessment> PROGRESS_ASSESSMENT_FORM = ObjectCodec.of(
      "a progress assessment", "ProgressAssessment",
      List.of(PA_STATUS, PA_BASE, PA_CURRENT, PA_OBSERVED, PA_REQUIRED, PA_RATIO, PA_EXPLANATION),
      v -> ImmutableProgressAssessment.builder().status(v.get(PA_STATUS)).basePeriod(v.get(PA_BASE))
          .currentPeriod(v.get(PA_CURRENT)).observedGrowth(v.get(PA_OBSERVED)).requiredGrowth(v.get(PA_REQUIRED))
          .ratio(v.get(PA_RATIO)).explanationMessage(v.get(PA_EXPLANATION)).build());

  private static final Field<ScorecardRow, Indicator> ROW_INDICATOR =
      Field.required("indicator", INDICATOR, ScorecardRow::indicator);
  private static final Field<ScorecardRow, List<CommunityValue>> ROW_SERIES =
      Field.required("series", Codecs.list(COMMUNITY_VALUE), ScorecardRow::series);
  private static final Field<ScorecardRow, Option<CommunityValue>> ROW_CURRENT =
      Field.optional("current", COMMUNITY_VALUE, ScorecardRow::current);
  private static final Field<ScorecardRow, Option<CommunityValue>> ROW_PRIOR =
      Field.optional("prior", COMMUNITY_VALUE, ScorecardRow::prior);
  private static final Field<ScorecardRow, Option<Target>> ROW_CURRENT_TARGET =
      Field.optional("currentTarget", TARGET, ScorecardRow::currentTarget);
  private static final Field<ScorecardRow, Option<Target>> ROW_NEXT_TARGET =
      Field.optional("nextTarget", TARGET, ScorecardRow::nextTarget);
  private static final Field<ScorecardRow, Option<Double>> ROW_VARIANCE =
      Field.optional("varianceFromTarget", Codecs.DOUBLE, ScorecardRow::varianceFromTarget);
  private static final Field<ScorecardRow, ComparisonOptions> ROW_OPTIONS =
      Field.required("options", COMPARISON_OPTIONS, ScorecardRow::options);
  private static final Field<ScorecardRow, Option<Uncertainty>> ROW_UNCERTAINTY =
      Field.optional("uncertainty", UNCERTAINTY_FORM, ScorecardRow::uncertainty);
  private static final Field<ScorecardRow, List<Comparison>> ROW_CHANGES =
      Field.required("changes", Codecs.list(COMPARISON), ScorecardRow::changes);
  private static final Field<ScorecardRow, Option<Comparison>> ROW_BASELINE_COMPARISON =
      Field.optional("baselineComparison", COMPARISON, ScorecardRow::baselineComparison);
  private static final Field<ScorecardRow, Option<Double>> ROW_BASELINE_CHANGE =
      Field.optional("baselineChange", Codecs.DOUBLE, ScorecardRow::baselineChange);
  private static final Field<ScorecardRow, Option<Boolean>> ROW_IMPROVED =
      Field.optional("improvedSinceBaseline", Codecs.BOOLEAN, ScorecardRow::improvedSinceBaseline);
  private static final Field<ScorecardRow, Option<Trend>> ROW_TREND = Field.optional("trend", TREND, ScorecardRow::trend);
  private static final Field<ScorecardRow, ProgressAssessment> ROW_PROGRESS =
      Field.required("progress", PROGRESS_ASSESSMENT_FORM, ScorecardRow::progress);
  private static final Field<ScorecardRow, org.commonground.core.validation.Message> ROW_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, ScorecardRow::explanationMessage);

  /** A scorecard row: an indicator with its series, targets, comparisons, uncertainty, trend and progress. */
  public static final Codec<ScorecardRow> SCORECARD_ROW = ObjectCodec.of("a scorecard row", "ScorecardRow",
      List.of(ROW_INDICATOR, ROW_SERIES, ROW_CURRENT, ROW_PRIOR, ROW_CURRENT_TARGET, ROW_NEXT_TARGET, ROW_VARIANCE,
          ROW_OPTIONS, ROW_UNCERTAINTY, ROW_CHANGES, ROW_BASELINE_COMPARISON, ROW_BASELINE_CHANGE, ROW_IMPROVED,
          ROW_TREND, ROW_PROGRESS, ROW_EXPLANATION),
      v -> ImmutableScorecardRow.builder().indicator(v.get(ROW_INDICATOR)).series(v.get(ROW_SERIES))
          .current(v.get(ROW_CURRENT)).prior(v.get(ROW_PRIOR)).currentTarget(v.get(ROW_CURRENT_TARGET))
          .nextTarget(v.get(ROW_NEXT_TARGET)).varianceFromTarget(v.get(ROW_VARIANCE)).options(v.get(ROW_OPTIONS))
          .uncertainty(v.get(ROW_UNCERTAINTY)).changes(v.get(ROW_CHANGES))
          .baselineComparison(v.get(ROW_BASELINE_COMPARISON)).baselineChange(v.get(ROW_BASELINE_CHANGE))
          .improvedSinceBaseline(v.get(ROW_IMPROVED)).trend(v.get(ROW_TREND)).progress(v.get(ROW_PROGRESS))
          .explanationMessage(v.get(ROW_EXPLANATION)).build());

  private static final Field<Scorecard, String> CARD_NAME = Field.required("name", Codecs.TEXT, Scorecard::name);
  private static final Field<Scorecard, List<ScorecardRow>> CARD_ROWS =
      Field.required("rows", Codecs.list(SCORECARD_ROW), Scorecard::rows);
  private static final Field<Scorecard, Integer> CARD_ASSESSABLE =
      Field.required("assessable", Codecs.INT, Scorecard::assessable);
  private static final Field<Scorecard, Integer> CARD_IMPROVING = Field.required("improving", Codecs.INT, Scorecard::improving);
  private static final Field<Scorecard, Option<Double>> CARD_SHARE =
      Field.optional("shareImproving", Codecs.DOUBLE, Scorecard::shareImproving);
  private static final Field<Scorecard, org.commonground.core.validation.Message> CARD_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, Scorecard::explanationMessage);

  /** A scorecard: its rows and how many improve. */
  public static final ObjectCodec<Scorecard> SCORECARD_FORM = ObjectCodec.of("a scorecard", "Scorecard",
      List.of(CARD_NAME, CARD_ROWS, CARD_ASSESSABLE, CARD_IMPROVING, CARD_SHARE, CARD_EXPLANATION),
      v -> ImmutableScorecard.builder().name(v.get(CARD_NAME)).rows(v.get(CARD_ROWS)).assessable(v.get(CARD_ASSESSABLE))
          .improving(v.get(CARD_IMPROVING)).shareImproving(v.get(CARD_SHARE)).explanationMessage(v.get(CARD_EXPLANATION))
          .build());

  private static final Field<GapTrend, GapTrend.Direction> GT_DIRECTION =
      Field.required("direction", GAP_DIRECTION, GapTrend::direction);
  private static final Field<GapTrend, Integer> GT_HELD = Field.required("periodsHeld", Codecs.INT, GapTrend::periodsHeld);

  /** A gap's trend: direction and how many periods it held. */
  public static final Codec<GapTrend> GAP_TREND = ObjectCodec.of("a gap trend", "GapTrend", List.of(GT_DIRECTION, GT_HELD),
      v -> ImmutableGapTrend.of(v.get(GT_DIRECTION), v.get(GT_HELD)));

  private static final Field<GapChange, Period> GC_FROM = Field.required("fromPeriod", Codecs.PERIOD, GapChange::fromPeriod);
  private static final Field<GapChange, Period> GC_TO = Field.required("toPeriod", Codecs.PERIOD, GapChange::toPeriod);
  private static final Field<GapChange, ComparisonBasis> GC_BASIS = Field.required("basis", COMPARISON_BASIS, GapChange::basis);
  private static final Field<GapChange, Boolean> GC_COMPARABLE =
      Field.required("comparable", Codecs.BOOLEAN, GapChange::comparable);
  private static final Field<GapChange, List<String>> GC_PARTNERS = Field.required("partners", IDS, GapChange::partners);
  private static final Field<GapChange, List<String>> GC_ONLY_FROM = Field.required("onlyInFrom", IDS, GapChange::onlyInFrom);
  private static final Field<GapChange, List<String>> GC_ONLY_TO = Field.required("onlyInTo", IDS, GapChange::onlyInTo);
  private static final Field<GapChange, Option<Double>> GC_FROM_GAP =
      Field.optional("fromGap", Codecs.DOUBLE, GapChange::fromGap);
  private static final Field<GapChange, Option<Double>> GC_TO_GAP = Field.optional("toGap", Codecs.DOUBLE, GapChange::toGap);
  private static final Field<GapChange, Option<ChangeTest>> GC_TEST = Field.optional("test", CHANGE_TEST_FORM, GapChange::test);
  private static final Field<GapChange, Option<GapTrend.Direction>> GC_DIRECTION =
      Field.optional("direction", GAP_DIRECTION, GapChange::direction);
  private static final Field<GapChange, org.commonground.core.validation.Message> GC_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, GapChange::explanationMessage);

  /** A like-for-like change of a group's gap between two periods. */
  public static final Codec<GapChange> GAP_CHANGE = ObjectCodec.of("a gap change", "GapChange",
      List.of(GC_FROM, GC_TO, GC_BASIS, GC_COMPARABLE, GC_PARTNERS, GC_ONLY_FROM, GC_ONLY_TO, GC_FROM_GAP, GC_TO_GAP,
          GC_TEST, GC_DIRECTION, GC_EXPLANATION),
      v -> ImmutableGapChange.builder().fromPeriod(v.get(GC_FROM)).toPeriod(v.get(GC_TO)).basis(v.get(GC_BASIS))
          .comparable(v.get(GC_COMPARABLE)).partners(v.get(GC_PARTNERS)).onlyInFrom(v.get(GC_ONLY_FROM))
          .onlyInTo(v.get(GC_ONLY_TO)).fromGap(v.get(GC_FROM_GAP)).toGap(v.get(GC_TO_GAP)).test(v.get(GC_TEST))
          .direction(v.get(GC_DIRECTION)).explanationMessage(v.get(GC_EXPLANATION)).build());

  private static final Field<GroupValue, SortedMap<String, String>> GV_GROUP = Field.required("group", SUBGROUP, GroupValue::group);
  private static final Field<GroupValue, Period> GV_PERIOD = Field.required("period", Codecs.PERIOD, GroupValue::period);
  private static final Field<GroupValue, Double> GV_VALUE = Field.required("value", Codecs.DOUBLE, GroupValue::value);
  private static final Field<GroupValue, Long> GV_RECORDS = Field.required("records", Codecs.LONG, GroupValue::records);
  private static final Field<GroupValue, Option<Double>> GV_GAP = Field.optional("gap", Codecs.DOUBLE, GroupValue::gap);
  private static final Field<GroupValue, Option<Double>> GV_GAP_RATIO =
      Field.optional("gapRatio", Codecs.DOUBLE, GroupValue::gapRatio);
  private static final Field<GroupValue, Option<Double>> GV_DISTANCE =
      Field.optional("distanceToTarget", Codecs.DOUBLE, GroupValue::distanceToTarget);
  private static final Field<GroupValue, Uncertainty> GV_UNCERTAINTY =
      Field.required("uncertainty", UNCERTAINTY_FORM, GroupValue::uncertainty);
  private static final Field<GroupValue, Option<ChangeTest>> GV_GAP_TEST =
      Field.optional("gapTest", CHANGE_TEST_FORM, GroupValue::gapTest);

  /** A group's value in one period, with its gap to the reference group and its uncertainty. */
  public static final Codec<GroupValue> GROUP_VALUE = ObjectCodec.of("a group value", "GroupValue",
      List.of(GV_GROUP, GV_PERIOD, GV_VALUE, GV_RECORDS, GV_GAP, GV_GAP_RATIO, GV_DISTANCE, GV_UNCERTAINTY, GV_GAP_TEST),
      v -> ImmutableGroupValue.builder().group(v.get(GV_GROUP)).period(v.get(GV_PERIOD)).value(v.get(GV_VALUE))
          .records(v.get(GV_RECORDS)).gap(v.get(GV_GAP)).gapRatio(v.get(GV_GAP_RATIO))
          .distanceToTarget(v.get(GV_DISTANCE)).uncertainty(v.get(GV_UNCERTAINTY)).gapTest(v.get(GV_GAP_TEST))
          .build());

  private static final Field<GroupSeries, SortedMap<String, String>> GS_GROUP =
      Field.required("group", SUBGROUP, GroupSeries::group);
  private static final Field<GroupSeries, List<GroupValue>> GS_VALUES =
      Field.required("values", Codecs.list(GROUP_VALUE), GroupSeries::values);
  private static final Field<GroupSeries, List<GapChange>> GS_CHANGES =
      Field.required("gapChanges", Codecs.list(GAP_CHANGE), GroupSeries::gapChanges);
  private static final Field<GroupSeries, Option<GapTrend>> GS_TREND =
      Field.optional("gapTrend", GAP_TREND, GroupSeries::gapTrend);

  /** One group's series: its values, its gap changes and the gap's trend. */
  public static final Codec<GroupSeries> GROUP_SERIES = ObjectCodec.of("a group series", "GroupSeries",
      List.of(GS_GROUP, GS_VALUES, GS_CHANGES, GS_TREND),
      v -> ImmutableGroupSeries.builder().group(v.get(GS_GROUP)).values(v.get(GS_VALUES))
          .gapChanges(v.get(GS_CHANGES)).gapTrend(v.get(GS_TREND)).build());

  private static final Field<DisaggregatedIndicator, String> DI_INDICATOR =
      Field.required("indicator", Codecs.ID, DisaggregatedIndicator::indicator);
  private static final Field<DisaggregatedIndicator, List<String>> DI_DIMENSIONS =
      Field.required("dimensions", IDS, DisaggregatedIndicator::dimensions);
  private static final Field<DisaggregatedIndicator, SortedMap<String, String>> DI_REFERENCE =
      Field.required("reference", SUBGROUP, DisaggregatedIndicator::reference);
  private static final Field<DisaggregatedIndicator, Option<Target>> DI_TARGET =
      Field.optional("target", TARGET, DisaggregatedIndicator::target);
  private static final Field<DisaggregatedIndicator, ComparisonOptions> DI_OPTIONS =
      Field.required("options", COMPARISON_OPTIONS, DisaggregatedIndicator::options);
  private static final Field<DisaggregatedIndicator, List<GroupSeries>> DI_GROUPS =
      Field.required("groups", Codecs.list(GROUP_SERIES), DisaggregatedIndicator::groups);
  private static final Field<DisaggregatedIndicator, org.commonground.core.validation.Message> DI_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, DisaggregatedIndicator::explanationMessage);

  /** An indicator disaggregated by subgroups: every group's series against the reference group. */
  public static final ObjectCodec<DisaggregatedIndicator> DISAGGREGATED_INDICATOR_FORM = ObjectCodec.of(
      "a disaggregated indicator", "DisaggregatedIndicator",
      List.of(DI_INDICATOR, DI_DIMENSIONS, DI_REFERENCE, DI_TARGET, DI_OPTIONS, DI_GROUPS, DI_EXPLANATION),
      v -> ImmutableDisaggregatedIndicator.builder().indicator(v.get(DI_INDICATOR)).dimensions(v.get(DI_DIMENSIONS))
          .reference(v.get(DI_REFERENCE)).target(v.get(DI_TARGET)).options(v.get(DI_OPTIONS))
          .groups(v.get(DI_GROUPS)).explanationMessage(v.get(DI_EXPLANATION)).build());

  // ---------------------------------------------------------------- layouts and partials

  /**
   * A code list: its values as an array, distinct, at least one.
   *
   * @param codec the values' codec
   * @param <T> the value
   * @return the codec
   */
  public static <T> Codec<CodeList<T>> codeList(Codec<T> codec) {
    // The list's own rules name "values"; here the list is the property itself.
    return mapped(Codecs.list(codec), "a code list of " + plural(codec.description()), values -> {
      try {
        return CodeList.of(values);
      } catch (ValidationException e) {
        throw new ValidationException(e.subject(),
            e.violations().map(v -> Violation.of(v.path().replaceFirst("^values", ""), v.message())));
      }
    }, CodeList::values);
  }

  private static final Field<SubgroupDimension, String> DIM_NAME = Field.required("name", Codecs.TEXT, SubgroupDimension::name);
  private static final Field<SubgroupDimension, List<String>> DIM_GROUPS =
      Field.required("groups", Codecs.list(Codecs.ID), d -> d.groups().values());

  /** A subgroup dimension: {@code {"name": "income", "groups": ["low", "not low"]}}. */
  public static final Codec<SubgroupDimension> SUBGROUP_DIMENSION = ObjectCodec.of("a subgroup dimension",
      "SubgroupDimension", List.of(DIM_NAME, DIM_GROUPS), v -> SubgroupDimension.of(v.get(DIM_NAME), v.get(DIM_GROUPS)));

  private static final Field<MeasureLayout, SharedMeasureSet> LAYOUT_MEASURES =
      Field.required("measures", SHARED_MEASURE_SET_FORM, MeasureLayout::measures);
  private static final Field<MeasureLayout, CodeList<String>> LAYOUT_PARTNERS =
      Field.required("partners", codeList(Codecs.ID), MeasureLayout::partners);
  private static final Field<MeasureLayout, CodeList<Period>> LAYOUT_PERIODS =
      Field.required("periods", codeList(Codecs.PERIOD), MeasureLayout::periods);
  private static final Field<MeasureLayout, List<SubgroupDimension>> LAYOUT_DIMENSIONS =
      Field.withDefault("dimensions", Codecs.list(SUBGROUP_DIMENSION), MeasureLayout::dimensions, List::empty);

  /** A measure layout: the measures (whose indicators are coded in order), partners, periods and dimensions. */
  public static final ObjectCodec<MeasureLayout> MEASURE_LAYOUT_FORM = ObjectCodec.of("a measure layout",
      "MeasureLayout", List.of(LAYOUT_MEASURES, LAYOUT_PARTNERS, LAYOUT_PERIODS, LAYOUT_DIMENSIONS),
      v -> MeasureLayout.of(v.get(LAYOUT_MEASURES), v.get(LAYOUT_PARTNERS), v.get(LAYOUT_PERIODS),
          v.get(LAYOUT_DIMENSIONS)));

  /** An array of whole numbers that fit a {@code long}, read without boxing. */
  public static final Codec<long[]> LONG_ARRAY = new Codec<>() {
    @Override
    public long[] read(JsonParser p, Path path, Problems problems) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        problems.report(path, "must be an array of whole numbers, got " + Codecs.got(p));
        p.skipChildren();
        return null;
      }
      long before = problems.count();
      long[] values = new long[16];
      int n = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        // Grown for every element, refused ones too: they keep their place, so the next index stays in range.
        if (n == values.length) {
          values = Arrays.copyOf(values, 2 * n);
        }
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          problems.report(path.element(n), "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
              + ", got " + Codecs.got(p));
          p.skipChildren();
        } else {
          values[n] = p.getLongValue();
        }
        n++;
      }
      return problems.count() == before ? Arrays.copyOf(values, n) : null;
    }

    @Override
    public void write(JsonGenerator g, long[] value) throws IOException {
      g.writeArray(value, 0, value.length);
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      ObjectNode node = Schemas.node().put("type", "array");
      node.set("items", Schemas.node().put("type", "integer"));
      return node;
    }

    @Override
    public String description() {
      return "an array of whole numbers";
    }
  };

  /** An array of finite numbers, read without boxing, each written so that it reads back to the same bits. */
  public static final Codec<double[]> DOUBLE_ARRAY = new Codec<>() {
    @Override
    public double[] read(JsonParser p, Path path, Problems problems) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        problems.report(path, "must be an array of numbers, got " + Codecs.got(p));
        p.skipChildren();
        return null;
      }
      long before = problems.count();
      double[] values = new double[4];
      int n = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Double value = Codecs.DOUBLE.read(p, path.element(n), problems);
        if (n == values.length) {
          values = Arrays.copyOf(values, 2 * n);
        }
        values[n++] = value == null ? 0 : value;
      }
      return problems.count() == before ? Arrays.copyOf(values, n) : null;
    }

    @Override
    public void write(JsonGenerator g, double[] value) throws IOException {
      g.writeStartArray();
      for (double d : value) {
        g.writeNumber(d);
      }
      g.writeEndArray();
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
      ObjectNode node = Schemas.node().put("type", "array");
      node.set("items", Schemas.node().put("type", "number"));
      return node;
    }

    @Override
    public String description() {
      return "an array of numbers";
    }
  };

  /** An array of arrays of finite numbers. */
  public static final Codec<double[][]> DOUBLE_ARRAYS = mapped(Codecs.list(DOUBLE_ARRAY), "an array of arrays of numbers",
      l -> l.toJavaArray(double[][]::new), a -> List.of(a));

  private static final Field<MeasurePartial, MeasureLayout> PARTIAL_LAYOUT =
      Field.required("layout", MEASURE_LAYOUT_FORM, MeasurePartial::layout);
  private static final Field<MeasurePartial, long[]> PARTIAL_KEYS = Field.required("keys", LONG_ARRAY,
      m -> java.util.stream.IntStream.range(0, m.cells()).mapToLong(m::key).toArray());
  private static final Field<MeasurePartial, long[]> PARTIAL_RECORDS = Field.required("records", LONG_ARRAY,
      m -> java.util.stream.IntStream.range(0, m.cells()).mapToLong(m::records).toArray());
  private static final Field<MeasurePartial, double[][]> PARTIAL_NUMERATORS = Field.required("numeratorTerms",
      DOUBLE_ARRAYS, m -> java.util.stream.IntStream.range(0, m.cells()).mapToObj(m::numeratorTerms).toArray(double[][]::new));
  private static final Field<MeasurePartial, double[][]> PARTIAL_DENOMINATORS = Field.required("denominatorTerms",
      DOUBLE_ARRAYS, m -> java.util.stream.IntStream.range(0, m.cells()).mapToObj(m::denominatorTerms).toArray(double[][]::new));

  /**
   * A partial aggregate: its layout and, cell by cell in parallel arrays, the key, the record
   * count and the canonical terms of the numerator and denominator sums.
   */
  public static final ObjectCodec<MeasurePartial> MEASURE_PARTIAL_FORM = ObjectCodec.of("a measure partial",
      "MeasurePartial", List.of(PARTIAL_LAYOUT, PARTIAL_KEYS, PARTIAL_RECORDS, PARTIAL_NUMERATORS, PARTIAL_DENOMINATORS),
      v -> MeasurePartial.of(v.get(PARTIAL_LAYOUT), v.get(PARTIAL_KEYS), v.get(PARTIAL_RECORDS),
          v.get(PARTIAL_NUMERATORS), v.get(PARTIAL_DENOMINATORS)));

  // ---------------------------------------------------------------- documents

  /** The document of a shared measure set, {@code commonground.shared-measure-set}. */
  public static final DocumentKind<SharedMeasureSet> SHARED_MEASURE_SET =
      DocumentKind.of("shared-measure-set", SharedMeasureSet.class, SHARED_MEASURE_SET_FORM);

  /**
   * The document of an observation batch, {@code commonground.observations}: the measures and the
   * observations, read into an {@link ObservationSet} when every observation conforms.
   */
  public static final DocumentKind<ObservationSet> OBSERVATIONS =
      DocumentKind.of("observations", ObservationSet.class, OBSERVATION_SET_FORM);

  /** The document of a batch's verdict, {@code commonground.observation-check}: the accepted set or its rejects. */
  public static final DocumentKind<Validation<List<Violation>, ObservationSet>> OBSERVATION_CHECK =
      DocumentKind.of("observation-check", type(Validation.class), OBSERVATION_CHECK_FORM);

  /** The document of a measure layout, {@code commonground.measure-layout}. */
  public static final DocumentKind<MeasureLayout> MEASURE_LAYOUT =
      DocumentKind.of("measure-layout", MeasureLayout.class, MEASURE_LAYOUT_FORM);

  /** The document of a partial aggregate, {@code commonground.measure-partial}. */
  public static final DocumentKind<MeasurePartial> MEASURE_PARTIAL =
      DocumentKind.of("measure-partial", MeasurePartial.class, MEASURE_PARTIAL_FORM);

  /** The document of community values, {@code commonground.community-values}. */
  public static final DocumentKind<List<CommunityValue>> COMMUNITY_VALUES =
      DocumentKind.of("community-values", type(List.class), COMMUNITY_VALUES_FORM);

  /** The document of a scorecard, {@code commonground.scorecard}. */
  public static final DocumentKind<Scorecard> SCORECARD = DocumentKind.of("scorecard", Scorecard.class, SCORECARD_FORM);

  /** The document of a disaggregated indicator, {@code commonground.disaggregated-indicator}. */
  public static final DocumentKind<DisaggregatedIndicator> DISAGGREGATED_INDICATOR =
      DocumentKind.of("disaggregated-indicator", DisaggregatedIndicator.class, DISAGGREGATED_INDICATOR_FORM);

  /** The document of a progress assessment, {@code commonground.progress-assessment}. */
  public static final DocumentKind<ProgressAssessment> PROGRESS_ASSESSMENT =
      DocumentKind.of("progress-assessment", ProgressAssessment.class, PROGRESS_ASSESSMENT_FORM);

  /** The document of a confidence interval, {@code commonground.confidence-interval}. */
  public static final DocumentKind<ConfidenceInterval> CONFIDENCE_INTERVAL =
      DocumentKind.of("confidence-interval", ConfidenceInterval.class, CONFIDENCE_INTERVAL_FORM);

  /** The document of a reliability flag, {@code commonground.reliability}. */
  public static final DocumentKind<Reliability> RELIABILITY =
      DocumentKind.of("reliability", Reliability.class, RELIABILITY_FORM);

  /** The document of a change test, {@code commonground.change-test}. */
  public static final DocumentKind<ChangeTest> CHANGE_TEST = DocumentKind.of("change-test", ChangeTest.class, CHANGE_TEST_FORM);

  /** The document of a value's uncertainty, {@code commonground.uncertainty}. */
  public static final DocumentKind<Uncertainty> UNCERTAINTY = DocumentKind.of("uncertainty", Uncertainty.class, UNCERTAINTY_FORM);

  /** The document kinds of this domain. */
  static final List<DocumentKind<?>> DOCUMENTS = List.of(SHARED_MEASURE_SET, OBSERVATIONS, OBSERVATION_CHECK,
      MEASURE_LAYOUT, MEASURE_PARTIAL, COMMUNITY_VALUES, SCORECARD, DISAGGREGATED_INDICATOR, PROGRESS_ASSESSMENT,
      CONFIDENCE_INTERVAL, RELIABILITY, CHANGE_TEST, UNCERTAINTY);

  /** The codecs of this domain's types, for {@link CommonGroundModule}. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(AggregationType.class, AGGREGATION_TYPE),
      Binding.of(IndicatorKind.class, INDICATOR_KIND),
      Binding.of(PeriodType.class, PERIOD_TYPE),
      Binding.of(Polarity.class, POLARITY),
      Binding.of(RbaCategory.class, RBA_CATEGORY),
      Binding.of(UnitKind.class, UNIT_KIND),
      Binding.of(Target.Horizon.class, HORIZON),
      Binding.of(Period.class, Codecs.PERIOD),
      Binding.of(Unit.class, UNIT),
      Binding.of(Baseline.class, BASELINE),
      Binding.of(Target.class, TARGET),
      Binding.of(Outcome.class, OUTCOME),
      Binding.of(Indicator.class, INDICATOR),
      Binding.of(SharedMeasureSet.class, SHARED_MEASURE_SET_FORM),
      Binding.of(Observation.class, OBSERVATION),
      Binding.of(ObservationSet.class, OBSERVATION_SET_FORM),
      Binding.of(ComparisonBasis.class, COMPARISON_BASIS),
      Binding.of(ProgressStatus.class, PROGRESS_STATUS),
      Binding.of(Trend.Direction.class, TREND_DIRECTION),
      Binding.of(Trend.Judgement.class, TREND_JUDGEMENT),
      Binding.of(GapTrend.Direction.class, GAP_DIRECTION),
      Binding.of(IntervalMethod.class, INTERVAL_METHOD),
      Binding.of(ReliabilityConcern.class, RELIABILITY_CONCERN),
      Binding.of(ConfidenceInterval.class, CONFIDENCE_INTERVAL_FORM),
      Binding.of(Reliability.class, RELIABILITY_FORM),
      Binding.of(ReliabilityRule.class, RELIABILITY_RULE),
      Binding.of(ChangeTest.class, CHANGE_TEST_FORM),
      Binding.of(Uncertainty.class, UNCERTAINTY_FORM),
      Binding.of(ComparisonOptions.class, COMPARISON_OPTIONS),
      Binding.of(Contribution.class, CONTRIBUTION),
      Binding.of(CommunityValue.class, COMMUNITY_VALUE),
      Binding.of(Trend.class, TREND),
      Binding.of(Comparison.class, COMPARISON),
      Binding.of(ProgressAssessment.class, PROGRESS_ASSESSMENT_FORM),
      Binding.of(ScorecardRow.class, SCORECARD_ROW),
      Binding.of(Scorecard.class, SCORECARD_FORM),
      Binding.of(GapTrend.class, GAP_TREND),
      Binding.of(GapChange.class, GAP_CHANGE),
      Binding.of(GroupValue.class, GROUP_VALUE),
      Binding.of(GroupSeries.class, GROUP_SERIES),
      Binding.of(DisaggregatedIndicator.class, DISAGGREGATED_INDICATOR_FORM),
      Binding.of(SubgroupDimension.class, SUBGROUP_DIMENSION),
      Binding.of(MeasureLayout.class, MEASURE_LAYOUT_FORM),
      Binding.of(MeasurePartial.class, MEASURE_PARTIAL_FORM));

  // ---------------------------------------------------------------- helpers

  /**
   * A codec that reads and writes a value through another form: a code list as its list of values,
   * say. What {@code from} refuses with the library's exception is reported at the value's path.
   *
   * @param form the codec of the form
   * @param description what the value is, for messages
   * @param from builds the value from its form; may throw the library's exception
   * @param to the value's form
   * @param <F> the form
   * @param <T> the value
   * @return the codec
   */
  public static <F, T> Codec<T> mapped(Codec<F> form, String description, Function<F, T> from, Function<T, F> to) {
    return new Codec<>() {
      @Override
      public T read(JsonParser p, Path path, Problems problems) throws IOException {
        F read = form.read(p, path, problems);
        if (read == null) {
          return null;
        }
        try {
          return from.apply(read);
        } catch (ValidationException e) {
          problems.reportAll(path, e);
          return null;
        }
      }

      @Override
      public void write(JsonGenerator g, T value) throws IOException {
        form.write(g, to.apply(value));
      }

      @Override
      public ObjectNode schema(Schemas schemas) {
        return form.schema(schemas);
      }

      @Override
      public String description() {
        return description;
      }
    };
  }

  /** A class token for a generic type: {@code type(List.class)} as {@code Class<List<CommunityValue>>}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T> Class<T> type(Class raw) {
    return (Class<T>) raw;
  }

  private static String plural(String description) {
    String bare = description.replaceFirst("^(an?|the) ", "");
    return bare.endsWith("s") ? bare : bare + "s";
  }
}
