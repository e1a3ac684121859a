// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.csv;

import static org.commonground.serialization.csv.MeasureCsvTest.HEADER;
import static org.commonground.serialization.csv.MeasureCsvTest.csv;
import static org.commonground.serialization.csv.MeasureCsvTest.refused;
import static org.commonground.serialization.csv.MeasureCsvTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** A CSV file's problems in Spanish: the sentence after each line and column is translated. */
class CsvSpanishTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void badCellsReadInSpanish() {
    ValidationException e = refused(csv(HEADER,
        row("lincoln-hs", "grad-rate", "SY2030-31", "low", 1, 2),
        row("lincoln-hs", "grad-rate", "SY2022-23", "low", 3, 2),
        row("lincoln-hs", "grad-rate", "SY2022-23", "low", "x", 2),
        row("lincoln-hs", "incidents", "SY2022-23", "low", -1, 0)));
    assertEquals(List.of(
        "line 2, column period: debe ser un período del diseño (SY2022-23, SY2023-24, 2024), se recibió \"SY2030-31\""
            + " (SCHOOL_YEAR, no está en el diseño)",
        "line 3, column numerator: debe ser como máximo el denominador 2, se recibió 3",
        "line 4, column numerator: debe ser un número finito, se recibió \"x\"",
        "line 5, column numerator: no debe ser negativo para un conteo, se recibió -1"),
        e.violations().map(v -> v.toString(ES)));
    assertEquals("line 3, column numerator: must be at most the denominator 2, got 3", e.violations().get(1).toString());
    assertEquals(List.of("serialization.csv.unknown", "serialization.csv.aboveDenominator", "core.validation.finiteNumber",
        "serialization.csv.negative"), e.violations().map(Violation::code));
  }

  @Test
  void theHeaderReadsInSpanish() {
    ValidationException e = refused("partner,indicator,period,income,numerator\n");
    assertEquals("line 1: debe tener una columna \"denominator\", se recibieron las columnas"
        + " partner, indicator, period, income, numerator", e.violations().head().toString(ES));
  }

  @Test
  void theKindsPastTheListedProblemsReadInSpanish() {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int r = 0; r < 150; r++) {
      text.append("lincoln-hs,grad-rate,SY2022-23,low,3,2\n");
    }
    ValidationException e = refused(text.toString());
    assertEquals("line *, column numerator: debe ser como máximo el denominador",
        e.countsByKind().keySet().head().toString(ES));
  }
}
