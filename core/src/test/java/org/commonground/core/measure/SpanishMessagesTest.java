// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.util.Locale;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The measure package's labels and violations in Spanish; English stays the root. */
class SpanishMessagesTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  private static final SharedMeasureSet MEASURES =
      SharedMeasureSet.of("Eastside", List.of(Outcome.of("graduation", "Graduate")),
          List.of(MeasureModelTest.graduation().build()));

  @Test
  void aRejectedBatchIsExplainedInSpanish() {
    Validation<List<Violation>, ObservationSet> checked = ObservationSet.validate(MEASURES, List.of(
        Observation.ratio("lincoln-hs", "grad-rate", Period.schoolYear(2023), 130, 120),
        Observation.count("lincoln-hs", "dropouts", Period.year(2023), 5)));

    assertEquals(
        List.of(
            "observations[0].numerator: debe ser como mucho el denominador (120.0) para una proporción, se recibió 130.0",
            "observations[1].indicator: debe ser un indicador de Eastside, se recibió \"dropouts\""),
        checked.getError().map(v -> v.toString(ES)));
    assertEquals(
        "observations[0].numerator: must be at most the denominator (120.0) for a proportion, got 130.0",
        checked.getError().head().toString());
  }

  @Test
  void unitsAndPolaritiesHaveSpanishLabels() {
    assertEquals("tasa por 1000", Unit.ratePer(1000).label().text(ES));
    assertEquals("rate per 1000", Unit.ratePer(1000).toString());
    assertEquals("más bajo es mejor", Polarity.LOWER_IS_BETTER.label().text(ES));
    assertEquals("año escolar", PeriodType.SCHOOL_YEAR.label().text(ES));
    assertEquals("SCHOOL_YEAR", PeriodType.SCHOOL_YEAR.toString());
  }

  @Test
  void everyCodeHasALabelInEnglishAndSpanish() {
    List<org.commonground.core.validation.Message> labels = List.<org.commonground.core.validation.Message>empty()
        .appendAll(List.of(AggregationType.values()).map(AggregationType::label))
        .appendAll(List.of(PeriodType.values()).map(PeriodType::label))
        .appendAll(List.of(IndicatorKind.values()).map(IndicatorKind::label))
        .appendAll(List.of(RbaCategory.values()).map(RbaCategory::label))
        .appendAll(List.of(UnitKind.values()).map(UnitKind::label))
        .appendAll(List.of(Target.Horizon.values()).map(Target.Horizon::label))
        .appendAll(List.of(Polarity.values()).map(Polarity::label));

    assertEquals(25, labels.size());
    assertEquals(25, labels.filter(m -> !m.text(ES).isBlank() && !m.text().isBlank()).size());
    assertEquals("¿qué tan bien lo hicimos?", RbaCategory.HOW_WELL.label().text(ES));
  }
}
