// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import java.util.Locale;
import org.commonground.core.partner.Sector.Kind;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The relationship package's sentences and violations in Spanish; English stays the root. */
class SpanishMessagesTest {

  private static final Locale ES = Locale.forLanguageTag("es");
  private static final Continuum CTB = Continua.COMMUNITY_TOOL_BOX;

  @Test
  void aFitIsExplainedInSpanishWithItsCodesAndDataUnchanged() {
    Fit fit = Relationships.fit(FitQuestion.builder().continuum(CTB).necessary(CTB.level("multisector-collaboration"))
        .current(CTB.level("collaboration"))
        .available(TreeMap.ofEntries(Continua.REQUIREMENTS.map(r -> Tuple.of(r, 5))))
        .sectors(TreeSet.of(Kind.PUBLIC)).build());

    assertEquals(
        "Multisector collaboration es necesario para la meta, pero ahora solo Collaboration es viable: recomendado, "
            + "avanzando hacia Multisector collaboration. Multisector collaboration requiere miembros de los sectores "
            + "privado, sin fines de lucro. La relación actual, Collaboration, ya alcanza la recomendación. "
            + "Próximo paso: Multisector collaboration, un nivel por encima de Collaboration — avanzar paso a paso; "
            + "el éxito en un nivel genera la confianza para el siguiente.",
        fit.explanation(ES));
    assertEquals("core.relationship.reason.NECESSARY_LEVEL_NOT_FEASIBLE", fit.reasons().head().sentenceMessage().key());
    assertEquals(fit.explanation(), fit.explanation(Locale.ROOT));
  }

  @Test
  void groundRulesAndChallengesSpeakSpanish() {
    GroundRules rules = GroundRules.of(TreeMap.of(GroundRule.DECISION_MAKING, "by consensus",
        GroundRule.MEDIA, "the chair", GroundRule.CONFIDENTIALITY, "data stays in the partnership",
        GroundRule.INFORMATION_DISTRIBUTION, "minutes by email"));

    assertEquals("4 de 5 reglas básicas acordadas; falta acordar: el papel de los representantes "
        + "(Community Tool Box: acordarlas pronto evita errores y malentendidos).", rules.explanation(ES));
    assertEquals("las personas desconfían", Challenge.MISTRUST.label().text(ES));
    assertEquals("people are mistrustful", Challenge.MISTRUST.toString());
    assertEquals(7, List.of(Challenge.values()).filter(c -> !c.responseMessage().text(ES).equals(c.response())).size());
    assertEquals(5, List.of(GroundRule.values()).filter(r -> !r.label().text(ES).equals(r.toString())).size());
  }

  @Test
  void anUnknownActivityIsRefusedInSpanish() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Relationships.classify(CTB, List.of("merge"), TreeSet.empty()));

    assertEquals("debe ser una actividad de Collaboration continuum (Community Tool Box) (exchange-information, "
        + "alter-activities, share-resources, enhance-capacity), se recibió \"merge\"",
        e.violations().head().message(ES));
  }
}
