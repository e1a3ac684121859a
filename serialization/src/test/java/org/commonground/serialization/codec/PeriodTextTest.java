// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import java.util.function.Function;
import org.commonground.core.measure.Period;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The period codec reads every text exactly as {@link Period#parse} does, without its regular expressions. */
class PeriodTextTest {

  /** Characters the five forms are made of, and a few they are not (a non-ASCII digit among them). */
  private static final String ALPHABET = "0123456789-QSYFM1290 x٣";

  /** Texts near the forms: a form with one character changed, or a short string of the alphabet. */
  private static final Gen<String> TEXTS = integers().between(0, 1).zip(
      lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 11),
      integers().between(0, 6), integers().between(0, 40), (mode, chars, form, change) -> {
        if (mode == 0) {
          return List.ofAll(chars).map(i -> String.valueOf(ALPHABET.charAt(i))).mkString();
        }
        String text = List.of("2024", "2024-03", "2024-Q4", "SY2024-25", "SY1999-00", "FY2024-M10", "9999-12").get(form);
        if (change >= text.length() || chars.isEmpty()) {
          return text;
        }
        return text.substring(0, change) + ALPHABET.charAt(chars.get(0)) + text.substring(change + 1);
      });

  @Test
  void everyTextReadsAsParseReadsIt() {
    qt().withExamples(20_000).forAll(TEXTS).checkAssert(text ->
        assertEquals(outcome(Period::parse, text), outcome(Codecs::parsePeriod, text), text));
  }

  private static String outcome(Function<String, Period> parse, String text) {
    try {
      Period p = parse.apply(text);
      return "period " + p.type() + " " + p.year() + " " + p.index() + " " + p.firstMonth();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
