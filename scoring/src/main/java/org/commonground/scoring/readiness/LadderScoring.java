// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.control.Option;
import org.commonground.core.readiness.Ladder;
import org.commonground.core.readiness.LadderResponse;
import org.commonground.core.readiness.LadderStep;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;

/**
 * Scores "check all that apply" ladders such as the Community Collaborative Assessment's: the entry
 * point of ladder scoring. A respondent's position is the highest step checked; lower steps left
 * unchecked are reported as out of order; the distribution counts respondents per highest step.
 *
 * <pre>{@code
 * LadderProfile profile = LadderScoring.score(CommunityCollaborativeAssessment.CONSTITUENT, List.of(
 *     LadderResponse.of("school", TreeSet.of("A", "B")),
 *     LadderResponse.of("clinic", TreeSet.of("A", "C"))));
 * profile.outOfOrder();  // clinic: C without B
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class LadderScoring {

  private LadderScoring() {}

  /**
   * Scores responses to a ladder.
   *
   * @param ladder the ladder
   * @param responses one response per respondent
   * @return the profile
   * @throws org.commonground.core.validation.ValidationException naming every repeated respondent
   *     and every step the ladder does not have, with its path
   */
  public static LadderProfile score(Ladder ladder, List<LadderResponse> responses) {
    Violations.none().notNull("ladder", ladder).noNullElements("responses", responses).throwIfAny("LadderScoring");
    Violations found = Violations.none().distinct("responses", responses, LadderResponse::respondent);
    int index = 0;
    for (LadderResponse response : responses) {
      for (String step : response.checked()) {
        if (ladder.position(step).isEmpty()) {
          found = found.add(Violation.of("responses[" + index + "].checked",
              Message.of("scoring.readiness.ladder.unknownStep", ladder.name(),
                  ladder.steps().map(LadderStep::id).mkString("(", ", ", ")"), "\"" + step + "\"")));
        }
      }
      index++;
    }
    found.throwIfAny("Ladder responses");

    List<LadderPosition> positions = responses.map(r -> position(ladder, r.respondent(), r.checked()));
    int[] counts = new int[ladder.steps().size() + 1];
    for (LadderPosition p : positions) {
      counts[p.highest().map(s -> ladder.position(s).get() + 1).getOrElse(0)]++;
    }
    long outOfOrder = positions.count(LadderPosition::outOfOrder);
    Message explanation =
        Message.of("scoring.readiness.ladder.profile", ladder.name(), responses.size(), outOfOrder);
    return ImmutableLadderProfile.builder()
        .ladder(ladder.id())
        .positions(positions)
        .distribution(List.ofAll(counts))
        .explanationMessage(explanation)
        .build();
  }

  /**
   * The same as {@link #score(Ladder, List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param ladder the ladder
   * @param responses one response per respondent
   * @return the profile
   * @throws org.commonground.core.validation.ValidationException naming every repeated respondent
   *     and every step the ladder does not have, with its path
   */
  public static LadderProfile score(Ladder ladder, Iterable<? extends LadderResponse> responses) {
    return score(ladder, JavaInputs.<LadderResponse>list(responses));
  }

  private static LadderPosition position(Ladder ladder, String respondent, SortedSet<String> checked) {
    List<LadderStep> steps = ladder.steps();
    int highest = steps.lastIndexWhere(s -> checked.contains(s.id()));
    if (highest < 0) {
      return ImmutableLadderPosition.builder().respondent(respondent).build();
    }
    List<String> skipped =
        steps.take(highest).map(LadderStep::id).filter(id -> !checked.contains(id));
    return ImmutableLadderPosition.builder()
        .respondent(respondent)
        .highest(Option.of(steps.get(highest).id()))
        .skipped(skipped)
        .build();
  }
}
