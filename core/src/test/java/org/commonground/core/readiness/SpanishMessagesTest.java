// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import java.util.Locale;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The readiness package's labels and violations in Spanish; English stays the root. */
class SpanishMessagesTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void aSurveyIsRefusedInSpanish() {
    ValidationException e = assertThrows(ValidationException.class, () -> Survey.of(ReadinessToShare.INSTRUMENT,
        List.of(SurveyResponse.of("r1", TreeMap.of("rs-risk-int", 9, "x9", 2)))));

    assertEquals(
        List.of(
            "responses[0].answers.rs-risk-int: debe estar entre 1 y 5, se recibió 9",
            "responses[0].answers.x9: debe ser un ítem de Readiness to Share, 1 (2026), se recibió el ítem desconocido \"x9\""),
        e.violations().map(v -> v.toString(ES)));
    assertEquals("responses[0].answers.x9: must be an item of Readiness to Share, 1 (2026), got unknown item \"x9\"",
        e.violations().last().toString());
  }

  @Test
  void stagesAndBandsHaveSpanishLabels() {
    assertEquals("4 preplanificación", ReadinessStage.PREPLANNING.label().text(ES));
    assertEquals("4 preplanning", ReadinessStage.PREPLANNING.toString());
    assertEquals("conversarlo en grupo", Band.BORDERLINE.actionMessage().text(ES));
    assertEquals("discuss as a group", Band.BORDERLINE.action());
    assertEquals(9, List.of(ReadinessStage.values()).filter(s -> !s.label().text(ES).equals(s.toString())).size());
    assertEquals(3, List.of(Band.values()).filter(b -> !b.label().text(ES).equals(b.toString())).size());
  }
}
