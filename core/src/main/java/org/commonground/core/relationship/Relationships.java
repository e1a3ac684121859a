// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.partner.Sector;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;

/**
 * The rules of relationship types: {@link #classify classify} a relationship from what the
 * organizations do, and {@link #fit fit} a relationship to what they want to accomplish, the
 * resources and trust they have — the entry point of this package.
 *
 * <p>Sources: the Community Tool Box, ch. 24 §5 (seed 002): the continuum's definitions, "How do you
 * choose among relationships?" (what is necessary, whether the resources and trust are there) and
 * "You can always build organizational relationships, one step at a time"; "Shared Values in
 * Working Together" (seed 000), step 1: "Not every issue requires a collective approach."
 *
 * <pre>{@code
 * Classification c = Relationships.classify(Continua.COMMUNITY_TOOL_BOX,
 *     List.of("exchange-information", "share-resources"), partnership.sectors());
 * c.inconsistencies();  // shares resources without altering activities
 * Fit fit = Relationships.fit(question);
 * }</pre>
 */
public final class Relationships {

  private Relationships() {}

  /**
   * Classifies a relationship from its observed activities. The order of the activities does not
   * matter, and observing one more activity never lowers the level.
   *
   * @param continuum the continuum
   * @param activities the activity ids observed, in any order; repeats are ignored
   * @param sectors the sectors the organizations span
   * @return the classification
   * @throws org.commonground.core.validation.ValidationException naming every activity the
   *     continuum does not know, with its position
   */
  public static Classification classify(Continuum continuum, List<String> activities, Set<Sector.Kind> sectors) {
    Violations.none()
        .notNull("continuum", continuum)
        .noNullElements("activities", activities)
        .noNullElements("sectors", sectors)
        .throwIfAny("Classification");
    Violations found = Violations.none();
    int i = 0;
    for (String activity : activities) {
      if (continuum.activity(activity).isEmpty()) {
        found = found.add(Violation.of("activities[" + i + "]",
            "must be an activity of " + continuum + " " + continuum.activities().map(Activity::id).mkString("(", ", ", ")")
                + ", got \"" + activity + "\""));
      }
      i++;
    }
    found.throwIfAny("Classification");

    Set<String> observed = TreeSet.ofAll(activities);
    // Cumulative: the highest level reached with every level below it; otherwise the highest
    // level whose own activities were all observed.
    Option<Level> level = Option.none();
    for (Level l : continuum.levels()) {
      if (reached(continuum, l, observed, sectors)) {
        level = Option.of(l);
      } else if (continuum.cumulative()) {
        break;
      }
    }
    Option<Level> next = level.isEmpty() ? continuum.levels().headOption() : continuum.next(level.get());
    List<String> missing =
        next.map(n -> continuum.activities().map(Activity::id).filter(a -> continuum.activitiesThrough(n).contains(a) && !observed.contains(a)))
            .getOrElse(List.empty());
    Set<Sector.Kind> missingSectors = next.map(n -> n.requiredSectors().removeAll(sectors)).getOrElse(TreeSet.empty());

    List<Reason> inconsistencies = List.empty();
    if (continuum.cumulative()) {
      for (Level l : continuum.levels()) {
        for (String a : l.activities().filter(observed::contains)) {
          List<String> skipped =
              continuum.levels().take(l.rank()).flatMap(Level::activities).filter(x -> !observed.contains(x));
          if (!skipped.isEmpty()) {
            inconsistencies =
                inconsistencies.append(Reason.of(ReasonCode.ACTIVITY_WITHOUT_PREREQUISITE,
                    "Observed \"" + describe(continuum, a) + "\" (" + l + ") without "
                        + skipped.map(x -> "\"" + describe(continuum, x) + "\" (" + levelOf(continuum, x) + ")").mkString(", ") + "."));
          }
        }
      }
    }

    List<Reason> reasons =
        List.of(level.isDefined()
            ? Reason.of(ReasonCode.LEVEL_REACHED, "The relationship is at the level of " + level.get()
                + " on the " + continuum + ": " + level.get().definition().toLowerCase(java.util.Locale.ROOT) + ".")
            : Reason.of(ReasonCode.NO_LEVEL_REACHED, "The observed activities do not reach " + continuum.levels().head() + "."));
    if (next.isEmpty()) {
      reasons = reasons.append(Reason.of(ReasonCode.TOP_LEVEL, "It is at the top of the continuum."));
    } else {
      if (!missing.isEmpty()) {
        reasons = reasons.append(Reason.of(ReasonCode.MISSING_FOR_NEXT_LEVEL, next.get() + " would also need: "
            + missing.map(a -> describe(continuum, a)).mkString("; ") + "."));
      }
      if (!missingSectors.isEmpty()) {
        reasons = reasons.append(Reason.of(ReasonCode.SECTORS_MISSING, next.get() + " would also need members from the "
            + missingSectors.mkString(", ") + " sector" + (missingSectors.size() > 1 ? "s" : "") + "."));
      }
    }
    return ImmutableClassification.builder()
        .continuum(continuum.id())
        .observed(observed)
        .level(level)
        .missingForNext(missing)
        .missingSectors(missingSectors)
        .inconsistencies(inconsistencies)
        .reasons(reasons.appendAll(inconsistencies))
        .build();
  }

  /**
   * Classifies the relationship from activities and sectors given in any {@link Iterable}, such as
   * {@code java.util} collections; otherwise as {@link #classify(Continuum, List, Set)}.
   *
   * @param continuum the continuum to classify on
   * @param activities the ids of the activities observed
   * @param sectors the sectors the partners come from
   * @return the classification
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Classification classify(
      Continuum continuum, Iterable<String> activities, Iterable<Sector.Kind> sectors) {
    return classify(continuum, JavaInputs.list(activities), JavaInputs.sortedSet(sectors));
  }

  /**
   * Answers the question of fit: the feasible level, the recommendation, every unmet requirement,
   * and the next step.
   *
   * @param question the checked question
   * @return the answer
   */
  public static Fit fit(FitQuestion question) {
    Violations.none().notNull("question", question).throwIfAny("Fit");
    Continuum continuum = question.continuum();
    Option<Level> feasible = Option.none();
    for (Level l : continuum.levels()) {
      if (!meets(l, question)) {
        break;
      }
      feasible = Option.of(l);
    }
    Option<Level> nextStep =
        question.oneCanReachGoalAlone()
            ? Option.none()
            : question.current().isEmpty() ? continuum.levels().headOption() : continuum.next(question.current().get());

    if (question.oneCanReachGoalAlone()) {
      return ImmutableFit.builder()
          .question(question)
          .outcome(ReasonCode.NO_COLLECTIVE_APPROACH_NEEDED)
          .feasible(feasible)
          .recommended(Option.none())
          .shortfalls(List.empty())
          .missingSectors(TreeSet.empty())
          .nextStep(Option.none())
          .reasons(List.of(Reason.of(ReasonCode.NO_COLLECTIVE_APPROACH_NEEDED,
              "No collective approach needed: one organization with the right expertise can reach the goal alone "
                  + "(\"not every issue requires a collective approach\", seed 000).")))
          .build();
    }
    Level necessary = question.necessary().get();
    List<Shortfall> shortfalls =
        List.ofAll(necessary.requirements().keySet())
            .filter(r -> question.available().get(r).get() < necessary.requirements().get(r).get())
            .map(r -> ImmutableShortfall.of(necessary, r, necessary.requirements().get(r).get(), question.available().get(r).get()));
    Set<Sector.Kind> missingSectors = necessary.requiredSectors().removeAll(question.sectors());
    boolean necessaryFeasible = feasible.exists(f -> !necessary.isAbove(f));
    Option<Level> recommended = necessaryFeasible ? Option.of(necessary) : feasible;
    ReasonCode outcome =
        necessaryFeasible ? ReasonCode.NECESSARY_LEVEL_FEASIBLE
            : feasible.isDefined() ? ReasonCode.NECESSARY_LEVEL_NOT_FEASIBLE
            : ReasonCode.NOTHING_FEASIBLE;

    List<Reason> reasons =
        List.of(
            necessaryFeasible
                ? Reason.of(outcome, necessary + " is necessary for the goal, and the partners' resources and trust support it: recommended.")
                : feasible.isDefined()
                    ? Reason.of(outcome, necessary + " is necessary for the goal, but only " + feasible.get()
                        + " is feasible now: recommended, building toward " + necessary + ".")
                    : Reason.of(outcome, "Not even " + continuum.levels().head() + "'s requirements are met yet."));
    reasons = reasons.appendAll(shortfalls.map(s -> Reason.of(ReasonCode.REQUIREMENT_UNMET,
        necessary + " needs " + s.requirement() + " " + s.needed() + " of 5; the partners have " + s.available() + ".")));
    if (!missingSectors.isEmpty()) {
      reasons = reasons.append(Reason.of(ReasonCode.SECTORS_MISSING,
          necessary + " needs members from the " + missingSectors.mkString(", ") + " sector" + (missingSectors.size() > 1 ? "s" : "") + "."));
    }
    if (question.current().isDefined() && recommended.exists(r -> !r.isAbove(question.current().get()))) {
      reasons = reasons.append(Reason.of(ReasonCode.CURRENT_MEETS_RECOMMENDATION,
          "The current relationship, " + question.current().get() + ", already reaches the recommendation."));
    }
    reasons = reasons.append(nextStep
        .map(n -> Reason.of(ReasonCode.NEXT_STEP, "Next step: " + n + ", one level "
            + (question.current().isDefined() ? "above " + question.current().get() : "to start with")
            + " — build one step at a time; success at one level builds the trust for the next."))
        .getOrElse(() -> Reason.of(ReasonCode.TOP_LEVEL, "The relationship is at the top of the continuum.")));
    return ImmutableFit.builder()
        .question(question)
        .outcome(outcome)
        .feasible(feasible)
        .recommended(recommended)
        .shortfalls(shortfalls)
        .missingSectors(missingSectors)
        .nextStep(nextStep)
        .reasons(reasons)
        .build();
  }

  private static boolean meets(Level level, FitQuestion question) {
    return level.requirements().forAll(r -> question.available().get(r._1).get() >= r._2)
        && question.sectors().containsAll(level.requiredSectors());
  }

  private static boolean reached(Continuum continuum, Level level, Set<String> observed, Set<Sector.Kind> sectors) {
    Set<String> needed = continuum.cumulative() ? continuum.activitiesThrough(level) : level.activities().toSet();
    return observed.containsAll(needed) && sectors.containsAll(level.requiredSectors());
  }

  private static String describe(Continuum continuum, String activity) {
    return continuum.activity(activity).get().description().toLowerCase(java.util.Locale.ROOT);
  }

  private static Level levelOf(Continuum continuum, String activity) {
    return continuum.levels().find(l -> l.activities().contains(activity)).get();
  }
}
