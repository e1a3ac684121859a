// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.readiness;

import io.vavr.collection.Map;
import java.util.Arrays;
import java.util.function.LongFunction;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.core.validation.Check;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.ViolationKind;
import org.commonground.core.validation.Violations;

/**
 * A survey's answers as one primitive matrix, respondents × items, for bulk scoring: row {@code r}
 * holds respondent {@code r}'s answers (as given, before reverse-coding) to the instrument's items
 * in the instrument's order, {@link #MISSING} where the item was skipped. It holds no per-answer
 * objects: 4 bytes per cell.
 *
 * <pre>{@code
 * int M = ResponseMatrix.MISSING;
 * ResponseMatrix matrix = ResponseMatrix.of(instrument, 3, new int[] {
 *     4, 5,    // respondent 0: items p1, p2
 *     3, M,    // respondent 1 skipped p2
 *     5, 4});
 * SurveyScoring.withDefaults().score(matrix);  // the same scores as the object path
 * }</pre>
 *
 * <p>This class is immutable (it copies the array it is given) and thread-safe.
 */
public final class ResponseMatrix {

  /** The cell value of an item a respondent skipped. */
  public static final int MISSING = Integer.MIN_VALUE;

  private final Instrument instrument;
  private final int respondents;
  private final int[] cells;

  private ResponseMatrix(Instrument instrument, int respondents, int[] cells) {
    this.instrument = instrument;
    this.respondents = respondents;
    this.cells = cells;
  }

  /**
   * A matrix from row-major cells.
   *
   * @param instrument the instrument answered
   * @param respondents the number of rows, at least 0
   * @param cells {@code respondents × items} answers, row-major, {@link #MISSING} where skipped;
   *     copied
   * @return the matrix
   * @throws org.commonground.core.validation.ValidationException naming a null argument, a wrong
   *     length, or every
   *     answer outside the scale by row and item
   */
  public static ResponseMatrix of(Instrument instrument, int respondents, int[] cells) {
    // Once per call; the cells are read once below.
    Violations.none().notNull("instrument", instrument).notNull("cells", cells).throwIfAny("ResponseMatrix");
    int items = instrument.items().size();
    Violations.none()
        .require(respondents >= 0, "respondents", () -> Message.of("core.validation.min", 0, respondents))
        .require(
            respondents < 0 || (long) respondents * items == cells.length,
            "cells",
            () -> Message.of("scoring.readiness.matrix.cells", respondents, items, (long) respondents * items, cells.length))
        .throwIfAny("ResponseMatrix");
    // Checked after copying, so that what was checked is what is kept.
    int[] copy = cells.clone();
    check(instrument, copy).throwIfAny("ResponseMatrix of " + instrument);
    return new ResponseMatrix(instrument, respondents, copy);
  }

  /**
   * Every answer outside the scale, by row and item: one pass, and a message built only for the
   * answers spelled out, so that a file coded 0–4 against a 1–5 scale is refused in linear time
   * with a readable message.
   */
  private static Check check(Instrument instrument, int[] cells) {
    ResponseScale scale = instrument.scale();
    String[] ids = instrument.items().map(Item::id).toJavaArray(String[]::new);
    int items = ids.length;
    ViolationKind outside =
        ViolationKind.of(Violation.of("cells[*][*]", Message.of("core.validation.between", scale.min(), scale.max(), "")));
    int min = scale.min();
    int max = scale.max();
    // One function for every cell, so that counting a bad cell allocates nothing.
    LongFunction<Violation> detail = at -> {
      int cell = (int) at;
      return Violation.of(
          "cells[" + cell / items + "][" + cell % items + "] (respondent " + cell / items + ", item " + ids[cell % items] + ")",
          Message.of("core.validation.between", min, max, cells[cell]));
    };
    return sink -> {
      for (int c = 0; c < cells.length; c++) {
        int value = cells[c];
        if (value != MISSING && (value < min || value > max)) {
          sink.report(outside, c, detail);
        }
      }
    };
  }

  /**
   * The matrix of a survey's responses, in the survey's respondent order.
   *
   * @param survey a survey
   * @return its matrix
   * @throws org.commonground.core.validation.ValidationException naming {@code survey} if it is null
   */
  public static ResponseMatrix from(Survey survey) {
    Violations.none().notNull("survey", survey).throwIfAny("ResponseMatrix");
    String[] itemIds = survey.instrument().items().map(Item::id).toJavaArray(String[]::new);
    int items = itemIds.length;
    int[] cells = new int[survey.responses().size() * items];
    Arrays.fill(cells, MISSING);
    int r = 0;
    for (SurveyResponse response : survey.responses()) {
      Map<String, Integer> answers = response.answers();
      for (int i = 0; i < items; i++) {
        Integer answer = answers.get(itemIds[i]).getOrNull();
        if (answer != null) {
          cells[r * items + i] = answer;
        }
      }
      r++;
    }
    return new ResponseMatrix(survey.instrument(), survey.responses().size(), cells);
  }

  /**
   * The instrument answered.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The number of respondents (rows).
   *
   * @return the number of rows
   */
  public int respondents() {
    return respondents;
  }

  /**
   * The answer of a respondent to an item.
   *
   * @param respondent the row, from 0
   * @param item the item's index in the instrument, from 0
   * @return the answer as given, or {@link #MISSING}
   * @throws IndexOutOfBoundsException if the row or item is out of range
   */
  public int answer(int respondent, int item) {
    int items = instrument.items().size();
    if (respondent < 0 || respondent >= respondents || item < 0 || item >= items) {
      throw new IndexOutOfBoundsException(
          "cell [" + respondent + "][" + item + "]: must be within " + respondents + " × " + items);
    }
    return cells[respondent * items + item];
  }

  /** Package access for the scoring loop, which must not copy. */
  int[] cells() {
    return cells;
  }

  /** Returns {@code ResponseMatrix[40 respondents × 40 items of name, edition]}. */
  @Override
  public String toString() {
    return "ResponseMatrix[" + respondents + " respondents × " + instrument.items().size()
        + " items of " + instrument + "]";
  }
}
