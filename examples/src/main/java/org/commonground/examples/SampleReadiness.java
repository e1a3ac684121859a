// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import java.util.Random;
import org.commonground.core.readiness.CollaborationFactorsInventory;
import org.commonground.core.readiness.CommunityReadinessModel;
import org.commonground.core.readiness.DimensionRating;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Interview;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ReadinessAssessment;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;

/**
 * The sample partnership's readiness data: a Collaboration Factors Inventory survey of 40
 * respondents from the member organizations, and a Community Readiness assessment of the
 * community around them from five key-informant interviews.
 *
 * <pre>{@code
 * SurveyScoring.withDefaults().score(SampleReadiness.survey());
 * StageScoring.score(SampleReadiness.assessment());
 * }</pre>
 */
public final class SampleReadiness {

  private SampleReadiness() {}

  /**
   * The inventory with two items per factor, identified by number only: the published item texts
   * are the publisher's, and a real survey would supply them.
   *
   * @return the instrument
   */
  public static Instrument inventory() {
    List<Item> items =
        CollaborationFactorsInventory.FACTORS.zipWithIndex()
            .flatMap(f -> List.of(
                Item.of(String.format("q%02d", 2 * f._2 + 1), f._1.id()),
                Item.of(String.format("q%02d", 2 * f._2 + 2), f._1.id())));
    return CollaborationFactorsInventory.secondEdition(items);
  }

  /**
   * Forty respondents' answers, drawn around a level per factor that makes the partnership strong
   * on trust and communication and weak on resources and climate; each respondent sees each factor
   * a little differently, and answers its items around that view; about one answer in twenty is
   * skipped. The draw is seeded, so the survey is the same on every run.
   *
   * @return the survey
   */
  public static Survey survey() {
    Instrument inventory = inventory();
    Random random = new Random(2026);
    List<SurveyResponse> responses =
        List.range(1, 41)
            .map(r -> {
              // How this respondent sees each factor; the items of a factor vary around it.
              io.vavr.collection.Map<String, Double> view =
                  io.vavr.collection.HashMap.ofEntries(
                      inventory.factors().map(f -> Tuple.of(f.id(), level(f) + random.nextGaussian() * 0.7)));
              return SurveyResponse.of(
                  String.format("r%02d", r),
                  TreeMap.ofEntries(
                      inventory.items()
                          .filter(i -> random.nextInt(20) != 0)
                          .map(i -> Tuple.of(i.id(), answer(view.get(i.factor()).get(), random)))));
            });
    return Survey.of(inventory, responses);
  }

  /**
   * Five interviews with the community's key informants, scored on the 2014 edition.
   *
   * @return the assessment
   */
  public static ReadinessAssessment assessment() {
    return ReadinessAssessment.of(
        CommunityReadinessModel.HANDBOOK_2014,
        "youth mental health",
        List.of(
            interview("principal", 5, 4, 4, 4, 3, 4, 3, 4, 3, 3),
            interview("pastor", 4, 4, 5, 4, 3, 3, 4, 4, 2, 3),
            interview("nurse", 5, 5, 4, 5, 4, 4, 4, 5, 3, 3),
            interview("youth-leader", 3, 4, 4, 4, 3, 3, 3, 3, 2, 2),
            interview("council-member", 4, 4, 5, 5, 4, 4, 3, 3, 3, 3)));
  }

  /** Ratings as (first scorer, second scorer) pairs in the 2014 edition's dimension order. */
  private static Interview interview(String id, double... pairs) {
    List<String> dimensions =
        CommunityReadinessModel.HANDBOOK_2014.dimensions().map(d -> d.id());
    return Interview.of(
        id,
        dimensions.zipWithIndex().map(d -> {
          double first = pairs[2 * d._2];
          double second = pairs[2 * d._2 + 1];
          return first == second
              ? DimensionRating.agreed(d._1, first)
              : DimensionRating.of(d._1, first, second, Math.min(first, second) + 0.5);
        }));
  }

  private static double level(Factor factor) {
    switch (factor.category()) {
      case "environment":
        return 2.8;
      case "membership":
        return 4.1;
      case "communication":
        return 4.3;
      case "resources":
        return 2.5;
      default:
        return 3.5;
    }
  }

  private static int answer(double level, Random random) {
    long drawn = Math.round(level + random.nextGaussian() * 0.4);
    return (int) Math.max(1, Math.min(5, drawn));
  }
}
