// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.function.Function;
import org.commonground.core.measure.AggregationType;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Unit;
import org.commonground.core.measure.UnitKind;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;
import org.commonground.scoring.numeric.ExactSum;

/**
 * Rolls partners' observations up to community values: the entry point of roll-up.
 *
 * <p>The rules: a proportion or rate is <b>pooled</b> — Σ numerators / Σ denominators × multiplier,
 * never the mean of the partners' rates (a partner with 2,000 students weighs more than one with
 * 20); a mean is Σ sums / Σ counts; a count is summed (and so are "last" and "first" values across
 * partners, as DHIS2 defines them); "min" and "max" take the lowest and highest partner value. Sums
 * are exact ({@link ExactSum}), so neither partner order nor how a partner's data are split changes
 * a bit. Only whole-population observations (no subgroup) count toward the community value.
 * Coverage names every expected partner that did not report (Clear Impact's missing-input flag).
 *
 * <pre>{@code
 * List<CommunityValue> values = RollUp.communityValues(data, List.of("lincoln-hs", "eastside-hs"));
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class RollUp {

  private RollUp() {}

  /**
   * The community value of every indicator in every period reported, in the set's indicator order
   * and then by period.
   *
   * @param data conforming observations
   * @param expectedPartners the partners expected to report every indicator and period: distinct
   *     ids, none blank
   * @return the community values
   * @throws org.commonground.core.validation.ValidationException naming, by index, every expected
   *     partner that is not an id or repeats an earlier one
   */
  public static List<CommunityValue> communityValues(ObservationSet data, List<String> expectedPartners) {
    checkExpected("expectedPartners", expectedPartners);
    return communityValues(data, indicator -> expectedPartners);
  }

  /**
   * The same as {@link #communityValues(ObservationSet, List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param data conforming observations
   * @param expectedPartners the partners expected to report every indicator and period: distinct
   *     ids, none blank
   * @return the community values
   * @throws org.commonground.core.validation.ValidationException naming, by index, every expected
   *     partner that is not an id or repeats an earlier one
   */
  public static List<CommunityValue> communityValues(ObservationSet data, Iterable<String> expectedPartners) {
    return communityValues(data, JavaInputs.list(expectedPartners));
  }

  /**
   * The community value of every indicator in every period reported, when each indicator has its
   * own reporting partners (the school reports graduation, the clinic reports visits).
   *
   * @param data conforming observations
   * @param expectedPartners the partners expected to report each indicator: for each, distinct
   *     ids, none blank
   * @return the community values, in the set's indicator order and then by period
   * @throws org.commonground.core.validation.ValidationException naming, by indicator and index,
   *     every expected partner that is not an id or repeats an earlier one
   */
  public static List<CommunityValue> communityValues(
      ObservationSet data, Function<Indicator, List<String>> expectedPartners) {
    Violations.none().notNull("data", data).notNull("expectedPartners", expectedPartners).throwIfAny("RollUp");
    // One pass puts each whole-population observation under its indicator and period, in the
    // order given; filtering the whole list per indicator and again per period would be quadratic.
    // An indicator's periods share its calendar, so they are ordered.
    java.util.Map<String, java.util.TreeMap<Period, java.util.ArrayList<Observation>>> byIndicator =
        new java.util.HashMap<>();
    for (Observation o : data.observations()) {
      if (o.subgroup().isEmpty()) {
        byIndicator.computeIfAbsent(o.indicator(), i -> new java.util.TreeMap<>())
            .computeIfAbsent(o.period(), p -> new java.util.ArrayList<>())
            .add(o);
      }
    }
    return data.measures().indicators().flatMap(indicator -> {
      List<String> expected = expectedPartners.apply(indicator);
      checkExpected("expectedPartners(" + indicator.id() + ")", expected);
      java.util.TreeMap<Period, java.util.ArrayList<Observation>> periods = byIndicator.get(indicator.id());
      return periods == null
          ? List.<CommunityValue>empty()
          : List.ofAll(periods.entrySet()).map(e -> rollUp(indicator, e.getKey(), List.ofAll(e.getValue()), expected));
    });
  }

  /**
   * The community value of one indicator in one period.
   *
   * @param data conforming observations
   * @param indicatorId the indicator
   * @param period the period
   * @param expectedPartners the partners expected to report: distinct ids, none blank
   * @return the value, or none when no partner reported that indicator and period (or the
   *     indicator is not in the set)
   * @throws org.commonground.core.validation.ValidationException naming, by index, every expected
   *     partner that is not an id or repeats an earlier one
   */
  public static Option<CommunityValue> communityValue(
      ObservationSet data, String indicatorId, Period period, List<String> expectedPartners) {
    checkExpected("expectedPartners", expectedPartners);
    return data.measures().indicator(indicatorId).flatMap(indicator -> {
      List<Observation> inputs =
          data.observations().filter(o -> o.subgroup().isEmpty()
              && o.indicator().equals(indicatorId) && o.period().equals(period));
      return inputs.isEmpty() ? Option.none() : Option.of(rollUp(indicator, period, inputs, expectedPartners));
    });
  }

  /**
   * The same as {@link #communityValue(ObservationSet, String, Period, List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param data conforming observations
   * @param indicatorId the indicator
   * @param period the period
   * @param expectedPartners the partners expected to report: distinct ids, none blank
   * @return the value, or none when no partner reported that indicator and period (or the
   *     indicator is not in the set)
   * @throws org.commonground.core.validation.ValidationException naming, by index, every expected
   *     partner that is not an id or repeats an earlier one
   */
  public static Option<CommunityValue> communityValue(
      ObservationSet data, String indicatorId, Period period, Iterable<String> expectedPartners) {
    return communityValue(data, indicatorId, period, JavaInputs.list(expectedPartners));
  }

  /**
   * Requires the expected partners to be distinct ids (none blank, none with control characters,
   * line breaks or surrounding white space), naming each bad one by its index.
   *
   * @param path the path of the list, for the message
   * @param expectedPartners the list; null counts as a problem
   * @throws org.commonground.core.validation.ValidationException naming every bad entry
   */
  static void checkExpected(String path, List<String> expectedPartners) {
    if (expectedPartners == null) {
      Violations.none().require(false, path, () -> Message.of("scoring.measure.partnerIds", "null")).throwIfAny("Expected partners");
      return;
    }
    Violations found = Violations.none();
    java.util.Map<String, Integer> firstSeen = new java.util.HashMap<>();
    int index = 0;
    for (String partner : expectedPartners) {
      String at = path + "[" + index + "]";
      found = found.id(at, partner);
      if (Violations.isId(partner)) {
        Integer first = firstSeen.putIfAbsent(partner, index);
        found = found.require(first == null, at,
            () -> Message.of("scoring.measure.expectedPartner.duplicate", path + "[" + first + "]", partner));
      }
      index++;
    }
    found.throwIfAny("Expected partners");
  }

  /**
   * The community value of one indicator in one period from its observations.
   *
   * @param indicator the indicator
   * @param period the period
   * @param inputs the observations of that indicator and period, at least one, one per partner
   * @param expectedPartners the partners expected to report
   * @return the community value
   */
  static CommunityValue rollUp(
      Indicator indicator, Period period, List<Observation> inputs, List<String> expectedPartners) {
    Unit unit = indicator.unit();
    AggregationType aggregation = indicator.aggregation();
    ExactSum numerator = new ExactSum();
    ExactSum denominator = new ExactSum();
    for (Observation o : inputs) {
      numerator.add(o.numerator());
      o.denominator().forEach(denominator::add);
    }
    // Sorted with java.util's sets: a persistent tree per community value costs more than all the
    // rest of the roll-up when a partial holds 10⁵ cells.
    java.util.TreeMap<String, Contribution> byPartner = new java.util.TreeMap<>();
    for (Observation o : inputs) {
      byPartner.merge(o.partner(), ImmutableContribution.builder()
          .partner(o.partner()).numerator(o.numerator()).denominator(o.denominator()).records(o.records()).build(),
          (a, b) -> ImmutableContribution.builder().partner(a.partner())
              .numerator(ExactSum.of(a.numerator(), b.numerator()))
              .denominator(a.denominator().isDefined() && b.denominator().isDefined()
                  ? Option.of(ExactSum.of(a.denominator().get(), b.denominator().get())) : a.denominator().orElse(b.denominator()))
              .records(a.records().isDefined() && b.records().isDefined()
                  ? Option.of(a.records().get() + b.records().get()) : Option.none())
              .build());
    }
    java.util.Set<String> partnerSet = byPartner.keySet();
    java.util.TreeSet<String> missingSet = new java.util.TreeSet<>();
    expectedPartners.forEach(missingSet::add);
    missingSet.removeAll(partnerSet);
    List<String> partners = List.ofAll(partnerSet);
    List<String> missing = List.ofAll(missingSet);
    Option<Long> records =
        inputs.forAll(o -> o.records().isDefined())
            ? Option.of(inputs.map(o -> o.records().get()).sum().longValue())
            : Option.none();

    double value;
    Message formula;
    switch (aggregation) {
      case MIN:
        value = inputs.map(Observation::numerator).min().get();
        formula = Message.of("scoring.measure.rollUp.lowest");
        break;
      case MAX:
        value = inputs.map(Observation::numerator).max().get();
        formula = Message.of("scoring.measure.rollUp.highest");
        break;
      case AVERAGE:
        value = unit.display(numerator.value(), denominator.value());
        formula =
            Message.of(unit.kind() == UnitKind.MEAN ? "scoring.measure.rollUp.pooledMean" : "scoring.measure.rollUp.pooled",
                unit.multiplier() == 1 ? "" : " × " + number(unit.multiplier()),
                number(numerator.value()), number(denominator.value()),
                unit.multiplier() == 1 ? "" : " × " + number(unit.multiplier()));
        break;
      default:
        value = numerator.value();
        formula = Message.of("scoring.measure.rollUp.sum");
        break;
    }
    Message coverage =
        missing.isEmpty()
            ? Message.of("scoring.measure.rollUp.allReported", expectedPartners.size())
            : Message.of("scoring.measure.rollUp.missing", missing.mkString(", "));
    Message explanation =
        Message.of("scoring.measure.rollUp",
            indicator.name(), period, number(value) + (unit.multiplier() == 100 ? " %" : ""),
            formula, partners.size(), partners.mkString(", "), coverage);
    return ImmutableCommunityValue.builder()
        .indicator(indicator.id())
        .period(period)
        .value(value)
        .unit(unit)
        .aggregation(aggregation)
        .numerator(numerator.value())
        .denominator(unit.hasDenominator() ? Option.of(denominator.value()) : Option.none())
        .partners(partners)
        .missingPartners(missing)
        .contributions(List.ofAll(byPartner.values()))
        .records(records)
        .explanationMessage(explanation)
        .build();
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
