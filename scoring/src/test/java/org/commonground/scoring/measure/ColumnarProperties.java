// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.scoring.numeric.ExactSum;
import org.junit.jupiter.api.Test;

/**
 * The columnar path over random record-level tables (0–600 records, three indicators, three
 * partners, two periods, 2 × 3 subgroups): exact whatever the partitioning, merge order and number
 * of threads, and equal to the object path.
 */
class ColumnarProperties {

  private static final MeasureLayout LAYOUT = ColumnarFixtures.LAYOUT;
  private static final List<String> PARTNERS = LAYOUT.partners().values();

  @Test
  void anyPartitioningAndAnyMergeOrderGiveTheSameBits() {
    qt().forAll(integers().all(), integers().between(0, 600), integers().between(1, 6))
        .check((seed, records, parts) -> {
          Random random = new Random(seed);
          MeasureTable whole = ColumnarFixtures.table(random, records);
          MeasurePartial onePass = new MeasureAccumulator(LAYOUT).addAll(whole).snapshot();

          // Deal the records out to partitions at random, aggregate each, merge in random order.
          java.util.List<MeasureTable.Builder> builders = new ArrayList<>();
          for (int p = 0; p < parts; p++) {
            builders.add(MeasureTable.builder(LAYOUT));
          }
          for (int r = 0; r < whole.size(); r++) {
            builders.get(random.nextInt(parts)).add(whole.partner(r), whole.indicator(r), whole.period(r),
                new int[] {whole.group(0, r), whole.group(1, r)}, whole.numerator(r), whole.denominator(r));
          }
          java.util.List<MeasurePartial> partials = new ArrayList<>();
          for (MeasureTable.Builder b : builders) {
            partials.add(new MeasureAccumulator(LAYOUT).addAll(b.build()).snapshot());
          }
          Collections.shuffle(partials, random);
          MeasureAccumulator merged = new MeasureAccumulator(LAYOUT);
          partials.forEach(merged::merge);
          MeasurePartial result = merged.snapshot();

          return result.equals(onePass)
              && result.communityValues(PARTNERS).equals(onePass.communityValues(PARTNERS));
        });
  }

  @Test
  void theColumnarPathEqualsTheObjectPath() {
    qt().forAll(integers().all(), integers().between(0, 600))
        .check((seed, records) -> {
          MeasureTable table = ColumnarFixtures.table(new Random(seed), records);
          List<CommunityValue> columnar =
              new MeasureAccumulator(LAYOUT).addAll(table).snapshot().communityValues(PARTNERS);
          return columnar.equals(objectPath(table));
        });
  }

  /**
   * Several threads give the bits one gives, with dense arrays and with the hash index: tables of
   * up to 12,000 records are up to six blocks of 2,048, so up to six slices.
   */
  @Test
  void parallelAggregationEqualsSequential() {
    qt().withExamples(60)
        .forAll(integers().all(), integers().between(0, 12_000), integers().between(1, 8))
        .check((seed, records, parallelism) -> {
          MeasureTable table = ColumnarFixtures.table(new Random(seed), records);
          MeasurePartial sequential = new MeasureAccumulator(LAYOUT).addAll(table).snapshot();
          return new MeasureAccumulator(LAYOUT).addAll(table, parallelism).snapshot().equals(sequential)
              && MeasureAccumulator.hashed(LAYOUT).addAll(table, parallelism).snapshot().equals(sequential);
        });
  }

  /** Records grouped per partner, indicator and period with plain collections, then RollUp. */
  private static List<CommunityValue> objectPath(MeasureTable table) {
    Map<String, Object[]> byKey = new LinkedHashMap<>();
    for (int r = 0; r < table.size(); r++) {
      Indicator indicator = LAYOUT.indicators().value(table.indicator(r));
      Period period = LAYOUT.periods().value(table.period(r));
      String partner = LAYOUT.partners().value(table.partner(r));
      Object[] acc = byKey.computeIfAbsent(partner + "|" + indicator.id() + "|" + period,
          k -> new Object[] {partner, indicator, period, new ExactSum(), new ExactSum(), new long[1]});
      ((ExactSum) acc[3]).add(table.numerator(r));
      ((ExactSum) acc[4]).add(table.denominator(r));
      ((long[]) acc[5])[0]++;
    }
    List<Observation> observations =
        List.ofAll(byKey.values()).map(acc -> {
          Indicator indicator = (Indicator) acc[1];
          Observation o =
              indicator.unit().hasDenominator()
                  ? Observation.ratio((String) acc[0], indicator.id(), (Period) acc[2], ((ExactSum) acc[3]).value(), ((ExactSum) acc[4]).value())
                  : Observation.count((String) acc[0], indicator.id(), (Period) acc[2], ((ExactSum) acc[3]).value());
          return o.withRecords(io.vavr.control.Option.of(((long[]) acc[5])[0]));
        });
    return RollUp.communityValues(ObservationSet.of(LAYOUT.measures(), observations), PARTNERS);
  }
}
