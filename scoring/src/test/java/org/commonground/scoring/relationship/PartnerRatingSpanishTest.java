// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.PartnerRatings;
import org.junit.jupiter.api.Test;

/** A partner-rating summary in Spanish, from the package's message templates. */
class PartnerRatingSpanishTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void theSummaryExplainsItselfInSpanish() {
    PartnerRatingSummary summary =
        PartnerRatingScoring.score(PartnerRatings.of(Continua.LEVELS_OF_COLLABORATION, List.of("a", "b", "c"), List.of(
            PartnerRating.of("a", "b", "coordination"),
            PartnerRating.of("b", "a", "coalition"),
            PartnerRating.of("a", "c", "networking"))));
    assertEquals("3 de 6 vínculos calificados en Levels of Collaboration Scale: nivel medio 2.67 "
        + "(la media de los rangos de los niveles, de 0 a 5); Networking 1 (33 %), Coordination 1 (33 %), Coalition 1 (33 %). "
        + "1 par asimétrico: los dos miembros califican su relación de forma distinta, para explorar: "
        + "a → b: Coordination; b → a: Coalition. Presentado como la Levels of Collaboration Scale presenta una matriz "
        + "de socios (Frey, Lohmeier, Lee & Tollefson 2006).", summary.explanation(ES));
    PartnerRatingSummary none =
        PartnerRatingScoring.score(PartnerRatings.of(Continua.LEVELS_OF_COLLABORATION, List.of("a", "b"), List.of()));
    assertEquals("Ninguno de los 2 vínculos entre 2 miembros está calificado en Levels of Collaboration Scale.", none.explanation(ES));
  }
}
