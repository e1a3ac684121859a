// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Random;
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
import org.commonground.core.validation.Violation;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.CommunityValue;
import org.commonground.scoring.measure.DisaggregatedIndicator;
import org.commonground.scoring.measure.ProgressAssessment;
import org.commonground.scoring.measure.Uncertainty;
import org.commonground.scoring.measure.Disaggregation;
import org.commonground.scoring.measure.MeasureAccumulator;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.MeasurePartial;
import org.commonground.scoring.measure.MeasureTable;
import org.commonground.scoring.measure.RollUp;
import org.commonground.scoring.measure.Scorecard;
import org.commonground.scoring.measure.Scorecards;
import org.commonground.scoring.measure.SubgroupDimension;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.DisclosureAudit;
import org.commonground.scoring.suppression.DominanceRule;
import org.commonground.scoring.suppression.Hierarchy;
import org.commonground.scoring.suppression.PercentRule;
import org.commonground.scoring.suppression.ProtectionLevel;
import org.commonground.scoring.suppression.SmallCellSuppression;
import org.commonground.scoring.suppression.SuppressionRule;
import org.commonground.scoring.suppression.SuppressedTable;
import org.commonground.scoring.uncertainty.ChangeTest;
import org.commonground.scoring.uncertainty.ConfidenceInterval;
import org.commonground.scoring.uncertainty.Reliability;
import org.commonground.scoring.uncertainty.ChangeTests;
import org.commonground.scoring.uncertainty.ConfidenceIntervals;
import org.commonground.scoring.uncertainty.IntervalMethod;
import org.commonground.scoring.uncertainty.ReliabilityRule;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every document kind of shared measures, scoring results, uncertainty and suppression reads back
 * equal to what was written: {@code read(write(x)).equals(x)}. Values are built from a random seed
 * through the library's own factories and computations, so every one is valid (mapped, never
 * filtered: QuickTheories never gives up).
 */
class MeasureJsonRoundTripProperties {

  private static final List<String> PARTNERS = List.of("lincoln-hs", "eastside-hs", "youth works");
  private static final List<Period> PERIODS = List.range(2019, 2023).map(Period::schoolYear);

  // ---------------------------------------------------------------- generators, from a seed

  static SharedMeasureSet measures(Random r) {
    int outcomes = 1 + r.nextInt(3);
    List<Outcome> outs = List.range(0, outcomes).map(i -> Outcome.of("outcome-" + i, "Outcome " + i));
    int indicators = 1 + r.nextInt(4);
    List<Indicator> inds = List.range(0, indicators).map(i -> indicator(r, "ind-" + i, outs.get(r.nextInt(outcomes)).id()));
    return SharedMeasureSet.of("Set " + r.nextInt(100), outs, inds);
  }

  static Indicator indicator(Random r, String id, String outcome) {
    Unit[] units = {Unit.COUNT, Unit.PERCENT, Unit.ratePer(1000), Unit.MEAN, Unit.proportionPer(1000)};
    Unit unit = units[r.nextInt(units.length)];
    List<AggregationType> allowed = List.of(AggregationType.values()).filter(unit::allows);
    double max = unit.hasDenominator() && unit.kind() != org.commonground.core.measure.UnitKind.MEAN
        && unit.kind() != org.commonground.core.measure.UnitKind.RATE ? unit.multiplier() : 1000;
    org.commonground.core.measure.ImmutableIndicator.Builder b = Indicator.builder()
        .id(id).name("Indicator " + id).outcome(outcome).unit(unit)
        .polarity(r.nextBoolean() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER)
        .periodType(PeriodType.SCHOOL_YEAR)
        .kind(r.nextBoolean() ? IndicatorKind.CORE : IndicatorKind.CONTRIBUTING)
        .rbaCategory(RbaCategory.values()[r.nextInt(RbaCategory.values().length)]);
    if (r.nextBoolean()) {
      b.aggregation(allowed.get(r.nextInt(allowed.size())));
    }
    if (r.nextBoolean()) {
      b.baseline(Option.of(Baseline.of(Period.schoolYear(2018), r.nextDouble() * max)));
    }
    if (r.nextBoolean()) {
      b.targets(List.of(Target.interim(Period.schoolYear(2021), r.nextDouble() * max),
          Target.longTerm(Period.schoolYear(2025), Math.floor(r.nextDouble() * max))));
    }
    return b.build();
  }

  static Observation observation(Random r, Indicator indicator, String partner, Period period) {
    Observation o;
    switch (indicator.unit().kind()) {
      case COUNT:
        o = Observation.count(partner, indicator.id(), period, r.nextInt(1000));
        break;
      case PROPORTION:
        int n = 1 + r.nextInt(500);
        o = Observation.ratio(partner, indicator.id(), period, r.nextInt(n + 1), n);
        break;
      case RATE:
        o = Observation.ratio(partner, indicator.id(), period, r.nextInt(100), 1 + r.nextInt(10_000));
        break;
      default:
        o = Observation.ratio(partner, indicator.id(), period, (r.nextInt(200_000) - 100_000) / 100.0, 1 + r.nextInt(100));
    }
    if (r.nextInt(4) == 0) {
      o = o.withSubgroup(TreeMap.of("income", r.nextBoolean() ? "low" : "not low"));
    }
    return r.nextBoolean() ? o.withRecords(Option.of((long) r.nextInt(5000))) : o;
  }

  static ObservationSet observations(Random r) {
    SharedMeasureSet measures = measures(r);
    List<Observation> batch = List.empty();
    for (Indicator indicator : measures.indicators()) {
      for (String partner : PARTNERS) {
        for (Period period : PERIODS) {
          if (r.nextInt(4) != 0) {
            batch = batch.append(observation(r, indicator, partner, period));
          }
        }
      }
    }
    return ObservationSet.of(measures, batch);
  }

  static MeasureLayout layout(Random r) {
    return MeasureLayout.of(measures(r), CodeList.of(PARTNERS), CodeList.of(PERIODS),
        List.of(SubgroupDimension.of("income", List.of("low", "not low")), SubgroupDimension.of("grade", List.of("9", "10"))));
  }

  static MeasurePartial partial(Random r) {
    MeasureLayout layout = layout(r);
    int n = r.nextInt(300);
    int indicators = layout.indicators().size();
    int[] partner = new int[n];
    int[] indicator = new int[n];
    int[] period = new int[n];
    int[][] groups = new int[2][n];
    double[] numerator = new double[n];
    double[] denominator = new double[n];
    for (int i = 0; i < n; i++) {
      partner[i] = r.nextInt(PARTNERS.size());
      indicator[i] = r.nextInt(indicators);
      period[i] = r.nextInt(PERIODS.size());
      groups[0][i] = r.nextInt(2);
      groups[1][i] = r.nextInt(2);
      Unit unit = layout.indicators().value(indicator[i]).unit();
      switch (unit.kind()) {
        case COUNT:
          numerator[i] = r.nextInt(3);
          denominator[i] = 0;
          break;
        case MEAN:
          numerator[i] = r.nextInt(1000) / 10.0;
          denominator[i] = 1;
          break;
        default:
          numerator[i] = r.nextInt(2);
          denominator[i] = 1;
      }
    }
    MeasureTable table = MeasureTable.of(layout, partner, indicator, period, groups, numerator, denominator);
    return new MeasureAccumulator(layout).addAll(table).snapshot();
  }

  static CountTable countTable(Random r) {
    int rows = 1 + r.nextInt(4);
    int columns = 1 + r.nextInt(4);
    double[][] values = new double[rows][columns];
    long[][] records = new long[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        records[i][j] = r.nextInt(60);
        values[i][j] = r.nextInt((int) records[i][j] + 1);
      }
    }
    if (r.nextInt(3) == 0) {
      // Grouped dimensions with subtotals.
      Hierarchy grade = Hierarchy.grouped("grade", io.vavr.collection.LinkedHashMap.of(
          "elementary", List.of("K", "1"), "middle", List.of("6", "7", "8")));
      Hierarchy income = Hierarchy.flat("income", List.of("low", "not low"));
      double[] v = new double[10];
      long[] n = new long[10];
      for (int i = 0; i < 10; i++) {
        n[i] = r.nextInt(40);
        v[i] = r.nextInt((int) n[i] + 1);
      }
      return CountTable.of(List.of(grade, income), v, n);
    }
    return CountTable.of(List.range(0, rows).map(i -> "row " + i), List.range(0, columns).map(j -> "column " + j),
        values, records, columns > 1 && r.nextBoolean(), rows > 1 && r.nextBoolean());
  }

  static SuppressionRule rule(Random r) {
    SuppressionRule rule = SuppressionRule.of(1 + r.nextInt(15));
    if (r.nextBoolean()) {
      rule = rule.withProtection(r.nextBoolean()
          ? ProtectionLevel.shareOfThreshold(r.nextInt(100) / 100.0, 1 + r.nextInt(3))
          : ProtectionLevel.shareOfValue(r.nextInt(100) / 100.0, 0.5 + r.nextInt(3)));
    }
    if (r.nextInt(4) == 0) {
      rule = rule.withPercentRule(Option.of(PercentRule.of(1 + r.nextInt(99))));
    }
    if (r.nextInt(4) == 0) {
      rule = rule.withDominanceRule(Option.of(DominanceRule.of(1 + r.nextInt(3), 50 + r.nextInt(50))));
    }
    return rule;
  }

  private static <T> Gen<T> fromSeed(java.util.function.Function<Random, T> make) {
    return longs().all().map(seed -> make.apply(new Random(seed)));
  }

  // ---------------------------------------------------------------- generators, one per document kind

  static final Gen<SharedMeasureSet> SHARED_MEASURE_SETS = fromSeed(MeasureJsonRoundTripProperties::measures);
  static final Gen<ObservationSet> OBSERVATION_SETS = fromSeed(MeasureJsonRoundTripProperties::observations);
  static final Gen<Validation<List<Violation>, ObservationSet>> OBSERVATION_CHECKS = fromSeed(r -> {
    ObservationSet set = observations(r);
    if (r.nextBoolean() || set.observations().isEmpty()) {
      return Validation.<List<Violation>, ObservationSet>valid(set);
    }
    // Every observation a duplicate of itself: rejects with their paths.
    return ObservationSet.validate(set.measures(), set.observations().appendAll(set.observations()));
  });
  static final Gen<MeasureLayout> MEASURE_LAYOUTS = fromSeed(MeasureJsonRoundTripProperties::layout);
  static final Gen<MeasurePartial> MEASURE_PARTIALS = fromSeed(MeasureJsonRoundTripProperties::partial);
  static final Gen<List<CommunityValue>> COMMUNITY_VALUES = fromSeed(r -> RollUp.communityValues(observations(r), PARTNERS));
  static final Gen<Scorecard> SCORECARDS = fromSeed(r -> Scorecards.of(observations(r), PARTNERS));
  static final Gen<ProgressAssessment> PROGRESS_ASSESSMENTS = fromSeed(r -> {
    Scorecard card = Scorecards.of(observations(r), PARTNERS);
    return card.rows().get(r.nextInt(card.rows().size())).progress();
  });
  static final Gen<Uncertainty> UNCERTAINTIES = fromSeed(r -> {
    List<CommunityValue> values = RollUp.communityValues(observations(r), PARTNERS);
    return values.isEmpty()
        ? org.commonground.scoring.measure.ImmutableUncertainty.builder().explanationMessage(org.commonground.core.validation.Message.literal("No value to judge.")).build()
        : values.get(r.nextInt(values.size())).uncertainty();
  });
  static final Gen<DisaggregatedIndicator> DISAGGREGATED_INDICATORS = fromSeed(r -> {
    MeasurePartial partial = partial(r);
    return Disaggregation.of(partial, partial.layout().indicators().value(0).id(), List.of("income"),
        TreeMap.of("income", "not low"));
  });
  static final Gen<ConfidenceInterval> CONFIDENCE_INTERVALS = fromSeed(r -> {
    int n = 1 + r.nextInt(1000);
    double level = 0.5 + r.nextInt(49) / 100.0;
    switch (r.nextInt(3)) {
      case 0:
        return ConfidenceIntervals.proportion(r.nextInt(n + 1), n, level,
            r.nextBoolean() ? IntervalMethod.WILSON : IntervalMethod.CLOPPER_PEARSON);
      case 1:
        return ConfidenceIntervals.count(r.nextInt(500), level);
      default:
        return ConfidenceIntervals.rate(r.nextInt(500), n, 1000, level);
    }
  });
  static final Gen<Reliability> RELIABILITIES = fromSeed(r -> {
    int n = 1 + r.nextInt(200);
    return r.nextBoolean()
        ? ReliabilityRule.nchs().assessProportion(r.nextInt(n + 1), n)
        : ReliabilityRule.nchs().assessCount(r.nextInt(100));
  });
  static final Gen<ChangeTest> CHANGE_TESTS = fromSeed(r -> {
    int n1 = 1 + r.nextInt(500);
    int n2 = 1 + r.nextInt(500);
    return r.nextBoolean()
        ? ChangeTests.proportions(r.nextInt(n1 + 1), n1, r.nextInt(n2 + 1), n2, 0.95,
            r.nextBoolean() ? IntervalMethod.WILSON : IntervalMethod.CLOPPER_PEARSON)
        : ChangeTests.poissonRates(r.nextInt(300), n1, r.nextInt(300), n2, 0.9);
  });
  /** Count tables have no {@code equals}: {@link #countTablesRoundTrip} compares them cell by cell. */
  static final Gen<CountTable> COUNT_TABLES = fromSeed(MeasureJsonRoundTripProperties::countTable);
  static final Gen<SuppressionRule> SUPPRESSION_RULES = fromSeed(MeasureJsonRoundTripProperties::rule);
  static final Gen<SuppressedTable> SUPPRESSED_TABLES = fromSeed(r -> SmallCellSuppression.apply(countTable(r), rule(r)));
  static final Gen<DisclosureAudit> DISCLOSURE_AUDITS = fromSeed(r -> {
    CountTable table = countTable(r);
    SuppressionRule rule = rule(r);
    return DisclosureAudit.of(table, rule, SmallCellSuppression.apply(table, rule));
  });

  private static <T> void roundTrips(DocumentKind<T> kind, Gen<T> values) {
    roundTrips(kind, values, 60);
  }

  private static <T> void roundTrips(DocumentKind<T> kind, Gen<T> values, int examples) {
    qt().withExamples(examples).forAll(values).check(x -> x.equals(CommonGroundJson.read(kind, CommonGroundJson.write(kind, x))));
  }

  // ---------------------------------------------------------------- properties

  @Test
  void sharedMeasureSetsRoundTrip() {
    roundTrips(MeasureJson.SHARED_MEASURE_SET, SHARED_MEASURE_SETS);
  }

  @Test
  void observationBatchesRoundTrip() {
    roundTrips(MeasureJson.OBSERVATIONS, OBSERVATION_SETS);
  }

  @Test
  void observationChecksRoundTrip() {
    roundTrips(MeasureJson.OBSERVATION_CHECK, OBSERVATION_CHECKS);
  }

  @Test
  void measureLayoutsRoundTrip() {
    roundTrips(MeasureJson.MEASURE_LAYOUT, MEASURE_LAYOUTS);
  }

  @Test
  void measurePartialsRoundTripBitForBit() {
    roundTrips(MeasureJson.MEASURE_PARTIAL, MEASURE_PARTIALS);
  }

  @Test
  void communityValuesRoundTrip() {
    roundTrips(MeasureJson.COMMUNITY_VALUES, COMMUNITY_VALUES);
  }

  @Test
  void scorecardsRoundTrip() {
    roundTrips(MeasureJson.SCORECARD, SCORECARDS);
  }

  @Test
  void progressAssessmentsRoundTrip() {
    roundTrips(MeasureJson.PROGRESS_ASSESSMENT, PROGRESS_ASSESSMENTS);
  }

  @Test
  void uncertaintiesRoundTrip() {
    roundTrips(MeasureJson.UNCERTAINTY, UNCERTAINTIES);
  }

  @Test
  void disaggregatedIndicatorsRoundTrip() {
    roundTrips(MeasureJson.DISAGGREGATED_INDICATOR, DISAGGREGATED_INDICATORS);
  }

  @Test
  void confidenceIntervalsRoundTrip() {
    roundTrips(MeasureJson.CONFIDENCE_INTERVAL, CONFIDENCE_INTERVALS);
  }

  @Test
  void reliabilityFlagsRoundTrip() {
    roundTrips(MeasureJson.RELIABILITY, RELIABILITIES);
  }

  @Test
  void changeTestsRoundTrip() {
    roundTrips(MeasureJson.CHANGE_TEST, CHANGE_TESTS);
  }

  @Test
  void suppressionRulesRoundTrip() {
    roundTrips(SuppressionJson.SUPPRESSION_RULE, SUPPRESSION_RULES);
  }

  @Test
  void suppressedTablesRoundTrip() {
    roundTrips(SuppressionJson.SUPPRESSED_TABLE, SUPPRESSED_TABLES);
  }

  @Test
  void disclosureAuditsRoundTrip() {
    roundTrips(SuppressionJson.DISCLOSURE_AUDIT, DISCLOSURE_AUDITS, 20);
  }

  /** A count table has no {@code equals}: its dimensions, counts and records read back the same. */
  @Test
  void countTablesRoundTrip() {
    qt().withExamples(60).forAll(COUNT_TABLES).checkAssert(table -> {
      CountTable back = CommonGroundJson.read(SuppressionJson.COUNT_TABLE, CommonGroundJson.write(SuppressionJson.COUNT_TABLE, table));
      assertEquals(table.dimensions(), back.dimensions());
      for (int i = 0; i < table.rows().size(); i++) {
        for (int j = 0; j < table.columns().size(); j++) {
          assertEquals(table.records(i, j), back.records(i, j));
        }
      }
      List<List<String>> entries = List.of(List.<String>empty());
      for (Hierarchy h : table.dimensions()) {
        entries = entries.flatMap(prefix -> h.codes().map(prefix::append));
      }
      for (List<String> codes : entries) {
        assertEquals(table.value(codes), back.value(codes));
      }
    });
  }
}
