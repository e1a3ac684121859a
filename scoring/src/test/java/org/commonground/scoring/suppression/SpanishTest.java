// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Suppression results and violations in Spanish, from the package's message templates. */
class SpanishTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  private final CountTable graduates = CountTable.of(
      List.of("Lincoln", "Eastside"), List.of("low income", "not low income"),
      new double[][] {{41, 212}, {6, 88}},
      new long[][] {{55, 240}, {8, 101}},
      true, true);

  @Test
  void aSuppressedTableExplainsItselfInSpanish() {
    SuppressedTable published = SmallCellSuppression.apply(graduates, SuppressionRule.DEFAULT);
    assertEquals("menos de 10 registros (8)", published.cell(1, 0).reason(ES));
    assertEquals("Las entradas que no cumplen la regla de seguridad (menos de 10 registros) se suprimen (primarias: 1); "
        + "el método del hipercubo suprime 3 más, de modo que una auditoría de divulgación sobre las 6 ecuaciones publicadas "
        + "encuentra cada entrada primaria protegida por su nivel de protección y ninguna entrada oculta recuperable exactamente. "
        + "Se auditaron 4 entradas ocultas frente a 6 ecuaciones publicadas, la no negatividad y los recuentos enteros; "
        + "cada cota se obtuvo por flujo máximo (una tabla de doble entrada con todos sus totales); "
        + "8 de 8 cotas alcanzadas por una compleción en números enteros comprobada en aritmética entera. "
        + "Ninguna entrada se divulga. La supresión usa valores exactos; redondee después.", published.explanation(ES));
    DisclosureAudit audit = DisclosureAudit.of(graduates, SuppressionRule.DEFAULT, published);
    assertEquals("Eastside × low income (6) está en [0, 47] según 4 ecuaciones publicadas "
        + "(Total × low income = Lincoln × low income + Eastside × low income; "
        + "Total × not low income = Lincoln × not low income + Eastside × not low income; "
        + "Lincoln × Total = Lincoln × low income + Lincoln × not low income; …): "
        + "protegida: necesita 1 por debajo y 1 por encima", audit.entries().find(AuditedEntry::sensitive).get().explanation(ES));
  }

  @Test
  void aNegativeCountIsReportedInSpanish() {
    ValidationException e = assertThrows(ValidationException.class, () -> CountTable.of(
        List.of("Lincoln", "Eastside"), List.of("low income", "not low income"),
        new double[][] {{41, 212}, {6, 88}},
        new long[][] {{55, -240}, {8, 101}},
        true, true));
    assertEquals("records[0][1]: no debe ser negativo, se recibió -240", e.violations().map(v -> v.toString(ES)).mkString(" | "));
  }
}
