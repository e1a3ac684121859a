// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.commonground.core.readiness.CommunityCollaborativeAssessment;
import org.commonground.core.readiness.LadderResponse;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class LadderScoringTest {

  @Test
  void eachRespondentStandsOnTheHighestStepChecked() {
    LadderProfile profile =
        LadderScoring.score(
            CommunityCollaborativeAssessment.ORGANIZATION,
            List.of(
                LadderResponse.of("school", TreeSet.of("A", "B")),
                LadderResponse.of("clinic", TreeSet.of("A", "B", "D")),
                LadderResponse.of("parents", TreeSet.empty()),
                LadderResponse.of("bank", TreeSet.of("C"))));

    assertEquals(
        List.of(Option.of("B"), Option.of("D"), Option.none(), Option.of("C")),
        profile.positions().map(LadderPosition::highest));
    // none, A, B, C, D, E
    assertEquals(List.of(1, 0, 1, 1, 1, 0), profile.distribution());
    assertEquals(List.of("clinic", "bank"), profile.outOfOrder().map(LadderPosition::respondent));
    assertEquals(List.of("C"), profile.positions().get(1).skipped());
    assertEquals(List.of("A", "B"), profile.positions().get(3).skipped());
  }

  @Test
  void unknownStepsAndRepeatedRespondentsAreAllReported() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                LadderScoring.score(
                    CommunityCollaborativeAssessment.CONSTITUENT,
                    List.of(
                        LadderResponse.of("school", TreeSet.of("A", "F")),
                        LadderResponse.of("school", TreeSet.of("B")))));

    assertEquals(
        List.of(
            "responses[1]: duplicates responses[0] (school)",
            "responses[0].checked: must be steps of the Constituent ladder (A, B, C, D, E), got \"F\""),
        e.violations().map(Violation::toString));
  }
}
