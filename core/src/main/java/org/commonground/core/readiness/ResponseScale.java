// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.collection.List;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The answers a survey item allows: consecutive whole points from {@code min} to {@code max}, each
 * with an optional label, such as the 1–5 Likert scale of the Collaboration Factors Inventory
 * ("strongly disagree" … "strongly agree").
 *
 * <pre>{@code
 * ResponseScale likert = ResponseScale.AGREEMENT_1_TO_5;
 * likert.contains(4);   // true
 * likert.reverse(4);    // 2: a reverse-coded item's 4 counts as 2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResponseScale {

  /**
   * The five-point agreement scale of the Collaboration Factors Inventory (Mattessich, Murray-Close
   * and Monsey, <i>Collaboration: What Makes It Work</i>, 2nd ed., 2001): 1 strongly disagree, 2
   * disagree, 3 neutral/no opinion, 4 agree, 5 strongly agree.
   */
  public static final ResponseScale AGREEMENT_1_TO_5 =
      of(1, 5, List.of("strongly disagree", "disagree", "neutral, no opinion", "agree", "strongly agree"));

  ResponseScale() {}

  /**
   * The lowest point.
   *
   * @return the lowest allowed answer
   */
  public abstract int min();

  /**
   * The highest point.
   *
   * @return the highest allowed answer, greater than {@link #min()}, with at most
   *     {@code Integer.MAX_VALUE} points from {@code min()} to it
   */
  public abstract int max();

  /**
   * The labels of the points from {@code min} up, or empty for an unlabelled scale.
   *
   * @return one label per point, or none
   */
  @Value.Default
  public List<String> labels() {
    return List.empty();
  }

  /**
   * An unlabelled scale.
   *
   * @param min the lowest point
   * @param max the highest point, greater than {@code min} and at most
   *     {@code min + Integer.MAX_VALUE - 1}, so that {@link #points()} fits an {@code int}
   * @return the scale
   * @throws org.commonground.core.validation.ValidationException if {@code max <= min} or the
   *     scale has more than {@code Integer.MAX_VALUE} points
   */
  public static ResponseScale of(int min, int max) {
    return ImmutableResponseScale.builder().min(min).max(max).build();
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code ResponseScale.builder().min(..).max(..).build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link ResponseScale}: every setter of the generated {@link ImmutableResponseScale.Builder}, and
   * for {@code labels} also the plain value or a {@code java.util} collection. {@code build()}
   * checks the value and reports every problem, a null included, with its path in one
   * {@code ValidationException}.
   */
  public static final class Builder extends ImmutableResponseScale.Builder {

    /** A new, empty builder; {@link ResponseScale#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the labels from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param labels the labels; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder labels(Iterable<? extends String> labels) {
      return labels(JavaInputs.<String>list(labels));
    }
  }

  /**
   * A labelled scale.
   *
   * @param min the lowest point
   * @param max the highest point, greater than {@code min} and at most
   *     {@code min + Integer.MAX_VALUE - 1}
   * @param labels one non-blank label per point, from {@code min} up
   * @return the scale
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static ResponseScale of(int min, int max, Iterable<String> labels) {
    return ImmutableResponseScale.builder().min(min).max(max).labels(JavaInputs.list(labels)).build();
  }

  /**
   * The number of points, {@code max - min + 1}.
   *
   * @return the number of points, at least 2 and at most {@code Integer.MAX_VALUE}
   */
  public int points() {
    return max() - min() + 1;
  }

  /**
   * Whether an answer is a point of this scale.
   *
   * @param answer the answer
   * @return true if {@code min <= answer <= max}
   */
  public boolean contains(int answer) {
    return answer >= min() && answer <= max();
  }

  /**
   * The answer of a reverse-coded item as it counts: {@code min + max - answer}. Reversing twice
   * gives the answer back.
   *
   * @param answer a point of this scale
   * @return the reversed point
   * @throws IllegalArgumentException if the answer is not a point of this scale
   */
  public int reverse(int answer) {
    if (!contains(answer)) {
      throw new IllegalArgumentException(outOfRange(answer));
    }
    return min() + max() - answer;
  }

  /**
   * The message for an answer outside the scale: {@code must be between 1 and 5, got 7}.
   *
   * @param answer the answer given
   * @return the message
   */
  public String outOfRange(int answer) {
    return outOfRangeMessage(answer).text();
  }

  /**
   * The message for an answer outside the scale, in any language: {@code core.validation.between}.
   *
   * <pre>{@code
   * scale.outOfRangeMessage(7).text(Locale.forLanguageTag("es"));  // "debe estar entre 1 y 5, se recibió 7"
   * }</pre>
   *
   * @param answer the answer given
   * @return the message
   */
  public Message outOfRangeMessage(int answer) {
    return Message.of("core.validation.between", min(), max(), answer);
  }

  @Value.Check
  void check() {
    // In long arithmetic: max - min + 1 of ints may overflow an int.
    long span = (long) max() - min() + 1;
    Violations.none()
        .noNullElements("labels", labels())
        .require(max() > min(), "max", () -> Message.of("core.readiness.scale.max", min(), max()))
        .require(
            span <= Integer.MAX_VALUE,
            "max",
            () -> Message.of("core.readiness.scale.span", Integer.MAX_VALUE - 1, Integer.MAX_VALUE, max(), min(), span))
        .require(
            labels() == null || labels().isEmpty() || labels().size() == span,
            "labels",
            () -> Message.of("core.readiness.scale.labels", Math.max(span, 0), labels() == null ? 0 : labels().size()))
        .throwIfAny("ResponseScale");
  }

  /** Returns {@code 1–5} or {@code 1–5 (strongly disagree … strongly agree)}. */
  @Override
  public String toString() {
    String range = min() + "–" + max();
    return labels().isEmpty() ? range : range + " (" + labels().head() + " … " + labels().last() + ")";
  }
}
