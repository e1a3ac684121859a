// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.measure.Baseline;
import org.commonground.core.measure.ImmutableIndicator;
import org.commonground.core.measure.Indicator;
import org.commonground.core.measure.Observation;
import org.commonground.core.measure.ObservationSet;
import org.commonground.core.measure.Period;
import org.commonground.core.measure.Target;
import org.commonground.core.measure.Unit;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class SpanishMessagesTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  private static final Indicator GRADUATION =
      ImmutableIndicator.copyOf(Fixtures.indicator("grad", Unit.PERCENT).build())
          .withBaseline(Option.of(Baseline.of(Period.year(2018), 80)))
          .withTargets(List.of(Target.interim(Period.year(2024), 86), Target.longTerm(Period.year(2028), 90)));

  private static ScorecardRow row() {
    List<Integer> values = List.of(80, 82, 84, 83, 85, 87);
    ObservationSet data =
        ObservationSet.of(Fixtures.set(GRADUATION), values.zipWithIndex().map(v ->
            Observation.ratio("school", GRADUATION.id(), Period.year(2019 + v._2), v._1 * 100, 10_000)));
    return Scorecards.of(data, List.of("school")).row(GRADUATION.id()).get();
  }

  @Test
  void aScorecardRowExplainsItselfInSpanish() {
    ScorecardRow row = row();

    assertEquals("2023 → 2024 sobre los mismos socios (school): 85 → 87, cambio +2 (+2.4 %); intervalo híbrido de "
        + "puntuación de Newcombe (Wilson) para una diferencia de proporciones (Newcombe 1998): 8500/10000 = 0.8500 → "
        + "8700/10000 = 0.8700, cambio +0.02000, el intervalo al 95 % [+0.01038, +0.02962] excluye el 0, por lo que el "
        + "cambio supera su incertidumbre. Veredicto: mejora.", row.changes().last().explanation(ES));
    assertEquals("En buen camino: R = d·CAGR / |CAGR necesario| = 118.8 % (crecimiento observado d·CAGR = +1.41 % al "
        + "año de 80 (2018) a 87 (2024); se necesitaba +1.18 % al año para llegar a 90 en 2028); umbrales 95 % y 60 % "
        + "(Statistics Canada / Open SDG).", row.progress().explanation(ES));
    assertEquals("mejora (al alza) durante 2 períodos", row.trend().get().toString(ES));
    assertEquals("intervalo de puntuación de Wilson al 95 % [86.33, 87.64]; fiable según la regla (al menos 20 eventos, "
        + "error estándar relativo como máximo del 30 %, proporciones de al menos 30 ensayos)",
        row.uncertainty().get().explanation(ES));
    assertEquals("informó el único socio", row.current().get().coverage(ES));
    assertTrue(row.explanation(ES).startsWith("grad (más alto es mejor): actual 87 en 2024 (intervalo de puntuación de "
        + "Wilson al 95 % [86.33, 87.64]; fiable según la regla"), row.explanation(ES));
    assertTrue(row.explanation(ES).contains("; meta 86, desviación respecto de la meta (real − meta)/meta = +1.2 %; "
        + "próxima meta 90 para 2028; cambio % desde la línea de base (actual − primero)/primero = +8.8 %, 2018 (línea "
        + "de base declarada) → 2024 con todos los socios previstos informando: 80 → 87, cambio +7 (+8.8 %); sin "
        + "prueba: la línea de base declarada no tiene recuentos detrás. Veredicto: mejora.; tendencia mejora (al alza) "
        + "durante 2 períodos (último cambio 2023 → 2024"), row.explanation(ES));
  }

  @Test
  void aRecordsViolationsAndTheirKindsAreInSpanish() {
    MeasureTable.Builder rows = MeasureTable.builder(ColumnarFixtures.LAYOUT);
    rows.add(0, 0, 0, new int[] {0, 0}, 1, 1);
    rows.add(0, 0, 1, new int[] {1, 1}, 2, 1);
    rows.add(0, 1, 0, new int[] {0, 0}, -1, 0);
    rows.add(3, 0, 0, new int[] {0, 0}, 1, 1);
    ValidationException e = assertThrows(ValidationException.class, rows::build);

    assertEquals(List.of(
            "numerator[1]: debe ser como máximo el denominador (1.0) para una proporción, se recibió 2.0",
            "numerator[2]: no debe ser negativo para un recuento, se recibió -1.0",
            "partner[3]: debe ser un código de su lista (0 a 2), se recibió 3"),
        e.violations().map(v -> v.toString(ES)));
    assertEquals(List.of(
            "numerator[1]: must be at most the denominator (1.0) for a proportion, got 2.0",
            "numerator[2]: must not be negative for a count, got -1.0",
            "partner[3]: must be a code of its list (0 to 2), got 3"),
        e.violations().map(v -> v.toString(Locale.ROOT)));
    assertEquals(List.of(
            "numerator[*]: debe ser como máximo el denominador para una proporción",
            "numerator[*]: no debe ser negativo para un recuento",
            "partner[*]: debe ser un código de su lista (0 a 2)"),
        e.countsByKind().keySet().toList().map(k -> k.toString(ES)).sorted());
  }

  @Test
  void theEnglishStaysTheLibrarysOwn() {
    assertEquals("progress made but acceleration needed", ProgressStatus.ACCELERATION_NEEDED.toString());
    assertEquals("avance limitado", ProgressStatus.LIMITED_PROGRESS.label().text(ES));
    assertEquals("scoring.measure.Trend.Judgement.WITHIN_UNCERTAINTY", Trend.Judgement.WITHIN_UNCERTAINTY.label().key());
    assertEquals(ComparisonBasis.MATCHED.description(), ComparisonBasis.MATCHED.descriptionMessage().text());
  }
}
