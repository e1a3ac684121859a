// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The alignment package's violations in Spanish; English stays the root. */
class SpanishMessagesTest {

  private static final Locale ES = Locale.forLanguageTag("es");

  @Test
  void badRatingsAreRefusedInSpanish() {
    ValidationException e = assertThrows(ValidationException.class, () -> AlignmentRatings.of(
        Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE, List.of(
            Rating.of("eastside-cc", "governance", 6),
            Rating.ofCriterion("eastside-cc", "outcomes", "nine-outcomes", 3))));

    assertEquals(
        List.of(
            "ratings[0].dimension: debe ser una dimensión de Five alignments (United Way Worldwide) "
                + "(leadership, outcomes, action, data-systems, advocacy), se recibió \"governance\"",
            "ratings[0].value: debe estar entre 1 y 5, se recibió 6",
            "ratings[1].criterion: debe ser un criterio de outcomes (eight-to-ten, all-levels, trends-shared), "
                + "se recibió \"nine-outcomes\""),
        e.violations().map(v -> v.toString(ES)));
    assertEquals("core.alignment.ratings.dimension", e.violations().head().detail().key());
  }
}
