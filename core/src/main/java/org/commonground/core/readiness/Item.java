// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.control.Option;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One statement of a survey instrument that respondents answer on the instrument's scale, counted
 * toward one factor.
 *
 * <p>A <em>reverse-coded</em> item is worded so that agreeing is the weak answer; its answers
 * count as {@link ResponseScale#reverse reversed} before scoring. An item may carry a
 * <em>weight</em> (default 1) by which its answers count in the factor's mean. The text is optional:
 * the item texts of copyrighted instruments are not shipped with the library, and users may
 * supply them or score by id alone.
 *
 * <pre>{@code
 * Item item = Item.of("q07", "mutual-respect");
 * Item reversed = Item.builder().id("q12").factor("flexibility")
 *     .text(Option.of("Our group is slow to change its plans.")).reverseCoded(true).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Item {

  Item() {}

  /**
   * The item's id, unique within its instrument; responses name items by it.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String id();

  /**
   * The id of the factor the item counts toward.
   *
   * @return a factor id of the instrument
   */
  public abstract String factor();

  /**
   * The statement respondents answer, when the user supplies it.
   *
   * @return the text, or none
   */
  @Value.Default
  public Option<String> text() {
    return Option.none();
  }

  /**
   * Whether agreeing is the weak answer, so answers count reversed.
   *
   * @return true if reverse-coded; false unless set
   */
  @Value.Default
  public boolean reverseCoded() {
    return false;
  }

  /**
   * The weight of the item's answers in its factor's mean.
   *
   * @return a finite weight greater than 0; 1 unless set
   */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /**
   * An unweighted, not reverse-coded item without text.
   *
   * @param id the item id; not blank
   * @param factor the id of its factor; not blank
   * @return the item
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Item of(String id, String factor) {
    return builder().id(id).factor(factor).build();
  }

  /**
   * A builder, for items with text, reverse coding or a weight.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Item}: every setter of the generated {@link ImmutableItem.Builder} (which
   * take Vavr's {@code Option} and collections), and for {@code text} also the plain value or a
   * {@code java.util} collection. {@code build()} checks the value and reports every problem, a
   * null included, with its path in one {@code ValidationException}.
   */
  public static final class Builder extends ImmutableItem.Builder {

    /** A new, empty builder; {@link Item#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the item's wording to a present value: the same as {@code text(Option.of(text))}.
     *
     * @param text the item's wording; null is reported by {@code build()} as a {@code ValidationException}
     *     naming {@code text}
     * @return this builder
     */
    public Builder text(String text) {
      return text(text == null ? null : Option.some(text));
    }
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("factor", factor())
        .noNullElements("text", text())
        .when(id() != null, v -> v.id("id", id()))
        .when(factor() != null, v -> v.id("factor", factor()))
        .when(Violations.nullFree(text()), v -> v
            .require(text().forAll(t -> !t.isBlank()), "text", () -> Message.of("core.validation.notBlankWhenPresent")))
        .require(
            Double.isFinite(weight()) && weight() > 0,
            "weight",
            () -> Message.of("core.readiness.item.weight", weight()))
        .throwIfAny("Item");
  }

  /** Returns {@code q07 of respect (reverse coded)}. */
  @Override
  public String toString() {
    return id() + " of " + factor() + (reverseCoded() ? " (reverse coded)" : "") + (weight() == 1 ? "" : ", weight " + weight());
  }
}
