// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class SpanishMessagesTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void aChangeTestExplainsItselfInSpanish() {
    ChangeTest t = ChangeTests.proportions(45, 60, 52, 58, 0.95, IntervalMethod.WILSON);
    assertEquals("intervalo híbrido de puntuación de Newcombe (Wilson) para una diferencia de proporciones (Newcombe "
        + "1998): 45/60 = 0.7500 → 52/58 = 0.8966, cambio +0.1466, el intervalo al 95 % [+0.007220, +0.2807] excluye "
        + "el 0, por lo que el cambio supera su incertidumbre.", t.explanation(ES));
    assertEquals("Newcombe's hybrid score interval (Wilson) for a difference of proportions (Newcombe 1998): 45/60 = "
        + "0.7500 → 52/58 = 0.8966, change +0.1466, 95 % interval [+0.007220, +0.2807] excludes 0, so the change "
        + "exceeds its uncertainty.", t.explanation());
    assertEquals("scoring.uncertainty.proportions", t.explanationMessage().key());

    ChangeTest w = ChangeTests.wald(-2.5, 1.4, 0.95, Message.of("scoring.measure.gap.sizeChange"));
    assertEquals("prueba z de Wald del cambio en el tamaño de la brecha: -2.500 con error estándar 1.400, el intervalo "
        + "al 95 % [-5.244, +0.2439] incluye el 0 (p = 0.0741), por lo que el cambio está dentro de su incertidumbre.",
        w.explanation(ES));
    assertEquals(ChangeTests.wald(-2.5, 1.4, 0.95, "change in the gap's size").explanation(), w.explanation());

    ChangeTest p = ChangeTests.poissonRates(10, 1, 30, 1, 0.95);
    assertEquals("prueba condicional exacta de dos tasas de Poisson (Przyborowski y Wilenski 1940): 10 eventos sobre "
        + "1.00000 → 30 sobre 1.00000, cambio en la tasa +20.00, p bilateral = 0.00222 < 0.0500, por lo que el cambio "
        + "supera su incertidumbre.", p.explanation(ES));
  }

  @Test
  void everyViolationIsInSpanish() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> ConfidenceIntervals.proportion(-1, 0, 2, IntervalMethod.GARWOOD));
    assertEquals(List.of(
            "n: debe ser al menos 1, se recibió 0",
            "x: debe estar entre 0 y n (0), se recibió -1",
            "level: debe estar entre 0 y 1 (excluidos), se recibió 2.0",
            "method: debe ser WILSON o CLOPPER_PEARSON, se recibió GARWOOD"),
        e.violations().map(v -> v.toString(ES)));
  }

  @Test
  void labelsAreInSpanish() {
    assertEquals("muestra pequeña", ReliabilityConcern.SMALL_SAMPLE.label().text(ES));
    assertEquals("Wilson score", IntervalMethod.WILSON.label());
    assertEquals("exacto de Clopper-Pearson", IntervalMethod.CLOPPER_PEARSON.labelMessage().text(ES));
  }
}
