// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.alignment.Rating;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Alignment results and violations in Spanish, from the package's message templates. */
class SpanishTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void aDimensionExplainsItselfInSpanish() {
    List<String> partners = List.of("a", "b", "c", "d");
    AlignmentRatings ratings = AlignmentRatings.of(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE,
        List.of(5, 5, 4, 5).zip(partners).map(p -> Rating.of(p._2, "leadership", p._1)));
    DimensionAlignment leadership = AlignmentScoring.withDefaults().profile(ratings).dimension("leadership").get();
    assertEquals("Aligned leadership: alineada — nivel 4.75 (media), mediana 5, de 4 socios; acuerdo r_wg = 0.88 "
        + "(1 − s² / σ²_EU, σ²_EU = (A² − 1)/12 = 2.00 para 5 puntos); umbrales r_wg ≥ 0.70 y media ≥ 4.00; "
        + "los más alejados del grupo: c; Five alignments (United Way Worldwide).", leadership.explanation(ES));
  }

  @Test
  void aRatingOffTheScaleAndABadThresholdAreReportedInSpanish() {
    ValidationException e = assertThrows(ValidationException.class, () -> Agreement.rwg(List.of(4, 9), 5));
    assertEquals("ratings[1]: debe estar entre 1 y 5, se recibió 9", e.violations().head().toString(ES));
    ValidationException t = assertThrows(ValidationException.class,
        () -> ImmutableAlignmentScoring.builder().agreementThreshold(0).levelThreshold(0.75).build());
    assertEquals("agreementThreshold: debe ser mayor que 0 y como máximo 1, se recibió 0.0", t.violations().head().toString(ES));
    assertEquals("agreementThreshold: must be greater than 0 and at most 1, got 0.0", t.violations().head().toString());
  }
}
