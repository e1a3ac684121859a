// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.util.Random;
import java.util.function.Function;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.alignment.Rating;
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
import org.commonground.core.readiness.Category;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.scoring.alignment.AlignmentScoring;
import org.commonground.scoring.measure.Scorecards;
import org.commonground.scoring.readiness.SurveyScoring;
import org.commonground.scoring.relationship.NetworkScoring;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.w3c.dom.Document;

/**
 * For random valid results, every chart parses as XML, is an accessible image with a title and a
 * description, has one mark per data point, and is the same string when drawn twice. The inputs
 * are built from a random seed, so every one is valid and nothing is filtered.
 */
class ChartsProperties {

  /** Labels with the characters markup cares about, and some it does not. */
  private static final List<String> PIECES =
      List.of("a", "Zed", " ", "<", ">", "&", "\"", "'", "&amp;", "]]>", "é", "\uD83D\uDE00", "\u0085", "school-1");

  private static <T> Gen<T> from(Function<Random, T> make) {
    return longs().all().map(seed -> make.apply(new Random(seed)));
  }

  private static String label(Random random) {
    StringBuilder b = new StringBuilder("n");
    for (int i = random.nextInt(6); i > 0; i--) {
      b.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return b.toString();
  }

  /** An id: a label without the characters ids may not hold. */
  private static String id(Random random) {
    return label(random).replace("\u0085", "") + "-i";
  }

  private static void check(String svg, String role, int marks) {
    Document doc = ChartsTest.parse(svg);
    ChartsTest.assertAccessible(doc);
    assertEquals(marks, ChartsTest.marks(doc, role).size(), svg);
  }

  @Test
  void trends() {
    qt().forAll(from(random -> {
      Indicator indicator = Indicator.builder()
          .id("i").name(label(random)).outcome("o")
          .unit(random.nextBoolean() ? Unit.PERCENT : Unit.COUNT)
          .polarity(random.nextBoolean() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER)
          .periodType(PeriodType.CALENDAR_YEAR)
          .kind(IndicatorKind.CORE).rbaCategory(RbaCategory.POPULATION_INDICATOR)
          .baseline(random.nextBoolean() ? Option.of(Baseline.of(Period.year(2010), random.nextInt(100))) : Option.none())
          .targets(random.nextBoolean() ? List.of(Target.longTerm(Period.year(2030), random.nextInt(100))) : List.empty())
          .build();
      List<String> partners = List.of(id(random) + "1", id(random) + "2");
      List<Observation> observations = List.empty();
      for (int year = 2011; year < 2011 + random.nextInt(10); year++) {
        for (String partner : partners) {
          if (random.nextInt(4) > 0) {
            int total = 1 + random.nextInt(500);
            observations = observations.append(indicator.unit().hasDenominator()
                ? Observation.ratio(partner, "i", Period.year(year), random.nextInt(total + 1), total)
                : Observation.count(partner, "i", Period.year(year), random.nextInt(total)));
          }
        }
      }
      SharedMeasureSet set = SharedMeasureSet.of("Test", List.of(Outcome.of("o", "Outcome")), List.of(indicator));
      return Scorecards.of(ObservationSet.of(set, observations), partners).row("i").get();
    })).checkAssert(row -> {
      String svg = Charts.trend(row);
      assertEquals(svg, Charts.trend(row));
      check(svg, "value", row.series().size());
    });
  }

  @Test
  void factors() {
    qt().forAll(from(random -> {
      int factors = 1 + random.nextInt(5);
      Instrument instrument = Instrument.builder()
          .id(id(random)).name("I").edition("1")
          .scale(ResponseScale.AGREEMENT_1_TO_5)
          .categories(List.of(Category.of("c", "C")))
          .factors(List.range(0, factors).map(f -> Factor.of("f" + f, label(random), "c")))
          .items(List.range(0, factors).map(f -> Item.of("q" + f, "f" + f)))
          .build();
      List<SurveyResponse> responses = List.range(0, random.nextInt(8)).map(r -> SurveyResponse.of("r" + r,
          TreeMap.ofEntries(List.range(0, factors).filter(f -> random.nextInt(5) > 0)
              .map(f -> io.vavr.Tuple.of("q" + f, 1 + random.nextInt(5))))));
      return SurveyScoring.withDefaults().score(Survey.of(instrument, responses));
    })).checkAssert(score -> {
      String svg = Charts.factors(score);
      assertEquals(svg, Charts.factors(score));
      check(svg, "bar", score.factors().count(f -> f.mean().isDefined()));
    });
  }

  @Test
  void alignments() {
    List<String> dimensions = Frameworks.FIVE_ALIGNMENTS.dimensions().map(d -> d.id());
    qt().forAll(from(random -> {
      List<String> raters = List.range(0, 1 + random.nextInt(6)).map(r -> id(random) + r);
      List<Rating> ratings = raters.flatMap(r -> dimensions.filter(d -> random.nextBoolean())
          .map(d -> Rating.of(r, d, 1 + random.nextInt(5))));
      return AlignmentScoring.withDefaults()
          .profile(AlignmentRatings.of(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE, ratings));
    })).checkAssert(profile -> {
      String svg = Charts.alignment(profile);
      assertEquals(svg, Charts.alignment(profile));
      check(svg, "dimension", profile.dimensions().count(d -> d.mean().isDefined() && d.agreement().isDefined()));
    });
  }

  @Test
  void networks() {
    qt().forAll(from(random -> {
      List<String> members = List.range(0, 2 + random.nextInt(8)).map(m -> id(random) + m);
      List<PartnerAssessment> assessments = members.flatMap(a -> members.filter(b -> !a.equals(b) && random.nextInt(3) == 0)
          .map(b -> ChartSamples.assess(a, b, 1 + random.nextInt(4), 1 + random.nextInt(4))));
      return PartnerNetwork.of(members, assessments);
    })).checkAssert(network -> {
      String svg = Charts.network(network, NetworkScoring.score(network));
      assertEquals(svg, Charts.network(network, NetworkScoring.score(network)));
      check(svg, "member", network.members().size());
    });
  }
}
