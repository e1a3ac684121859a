// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.util.Locale;
import org.commonground.core.readiness.CommunityCollaborativeAssessment;
import org.commonground.core.readiness.LadderResponse;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Readiness results and violations in Spanish, from the package's message templates. */
class SpanishTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void aLadderProfileExplainsItselfInSpanish() {
    LadderProfile profile =
        LadderScoring.score(
            CommunityCollaborativeAssessment.ORGANIZATION,
            List.of(
                LadderResponse.of("school", TreeSet.of("A", "B")),
                LadderResponse.of("bank", TreeSet.of("C"))));

    assertEquals("Organization ladder: 2 respondents; each stands on the highest step checked; "
        + "1 checked a step without all the steps below it.", profile.explanation());
    assertEquals("Escalera Organization: 2 encuestados; cada uno se sitúa en el peldaño más alto marcado; "
        + "marcaron un peldaño sin todos los peldaños inferiores: 1.", profile.explanation(ES));
    assertEquals("scoring.readiness.ladder.profile", profile.explanationMessage().key());
  }

  @Test
  void anUnknownStepIsReportedInSpanish() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                LadderScoring.score(
                    CommunityCollaborativeAssessment.CONSTITUENT,
                    List.of(LadderResponse.of("school", TreeSet.of("A", "F")))));

    assertEquals("deben ser peldaños de la escalera Constituent (A, B, C, D, E), se recibió \"F\"",
        e.violations().head().message(ES));
  }

  @Test
  void factorStatusesHaveLabels() {
    assertEquals("too few respondents", FactorStatus.TOO_FEW_RESPONDENTS.label().text());
    assertEquals("muy pocos encuestados", FactorStatus.TOO_FEW_RESPONDENTS.label().text(ES));
  }
}
