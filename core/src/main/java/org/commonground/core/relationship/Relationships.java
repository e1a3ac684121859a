// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.partner.Sector;
import org.commonground.core.validation.Message;
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
        found = found.add(Violation.of("activities[" + i + "]", Message.of("core.relationship.activity.unknown",
            continuum, continuum.activities().map(Activity::id).mkString("(", ", ", ")"), "\"" + activity + "\"")));
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
                    Message.of("core.relationship.reason.ACTIVITY_WITHOUT_PREREQUISITE", describe(continuum, a), l,
                        Message.join("core.text.comma", skipped.map(x ->
                            Message.of("core.relationship.reason.skipped", describe(continuum, x), levelOf(continuum, x)))))));
          }
        }
      }
    }

    List<Reason> reasons =
        List.of(level.isDefined()
            ? Reason.of(ReasonCode.LEVEL_REACHED, Message.of("core.relationship.reason.LEVEL_REACHED", level.get(),
                continuum, level.get().definition().toLowerCase(java.util.Locale.ROOT)))
            : Reason.of(ReasonCode.NO_LEVEL_REACHED, Message.of("core.relationship.reason.NO_LEVEL_REACHED", continuum.levels().head())));
    if (next.isEmpty()) {
      reasons = reasons.append(Reason.of(ReasonCode.TOP_LEVEL, Message.of("core.relationship.reason.TOP_LEVEL.classification")));
    } else {
      if (!missing.isEmpty()) {
        reasons = reasons.append(Reason.of(ReasonCode.MISSING_FOR_NEXT_LEVEL, Message.of(
            "core.relationship.reason.MISSING_FOR_NEXT_LEVEL", next.get(), missing.map(a -> describe(continuum, a)).mkString("; "))));
      }
      if (!missingSectors.isEmpty()) {
        reasons = reasons.append(Reason.of(ReasonCode.SECTORS_MISSING, Message.of(
            "core.relationship.reason.SECTORS_MISSING.next." + (missingSectors.size() > 1 ? "many" : "one"), next.get(), sectors(missingSectors))));
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
              Message.of("core.relationship.reason.NO_COLLECTIVE_APPROACH_NEEDED"))))
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
                ? Reason.of(outcome, Message.of("core.relationship.reason.NECESSARY_LEVEL_FEASIBLE", necessary))
                : feasible.isDefined()
                    ? Reason.of(outcome, Message.of("core.relationship.reason.NECESSARY_LEVEL_NOT_FEASIBLE", necessary, feasible.get()))
                    : Reason.of(outcome, Message.of("core.relationship.reason.NOTHING_FEASIBLE", continuum.levels().head())));
    reasons = reasons.appendAll(shortfalls.map(s -> Reason.of(ReasonCode.REQUIREMENT_UNMET,
        Message.of("core.relationship.reason.REQUIREMENT_UNMET", necessary, s.requirement(), s.needed(), s.available()))));
    if (!missingSectors.isEmpty()) {
      reasons = reasons.append(Reason.of(ReasonCode.SECTORS_MISSING, Message.of(
          "core.relationship.reason.SECTORS_MISSING." + (missingSectors.size() > 1 ? "many" : "one"), necessary, sectors(missingSectors))));
    }
    if (question.current().isDefined() && recommended.exists(r -> !r.isAbove(question.current().get()))) {
      reasons = reasons.append(Reason.of(ReasonCode.CURRENT_MEETS_RECOMMENDATION,
          Message.of("core.relationship.reason.CURRENT_MEETS_RECOMMENDATION", question.current().get())));
    }
    reasons = reasons.append(nextStep
        .map(n -> Reason.of(ReasonCode.NEXT_STEP, question.current().isDefined()
            ? Message.of("core.relationship.reason.NEXT_STEP", n, question.current().get())
            : Message.of("core.relationship.reason.NEXT_STEP.start", n)))
        .getOrElse(() -> Reason.of(ReasonCode.TOP_LEVEL, Message.of("core.relationship.reason.TOP_LEVEL"))));
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

  private static Message sectors(Set<Sector.Kind> kinds) {
    return Message.join("core.text.comma", kinds.toList().map(Sector.Kind::label));
  }

  private static String describe(Continuum continuum, String activity) {
    return continuum.activity(activity).get().description().toLowerCase(java.util.Locale.ROOT);
  }

  private static Level levelOf(Continuum continuum, String activity) {
    return continuum.levels().find(l -> l.activities().contains(activity)).get();
  }
}
