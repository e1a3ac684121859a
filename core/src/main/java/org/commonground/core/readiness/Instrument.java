// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A survey instrument as versioned data: its id and edition, the factors it measures grouped in
 * categories, the items that measure each factor, and the response scale.
 *
 * <p>Built-in instruments cite their source: {@link CollaborationFactorsInventory} (structure
 * only; the user supplies the copyrighted items) and {@link ReadinessToShare}. Users define their
 * own with the builder. A valid instrument has distinct ids, every factor in a known category,
 * every item in a known factor, and at least one item for every factor.
 *
 * <pre>{@code
 * Instrument pulse = Instrument.builder()
 *     .id("pulse").name("Partnership pulse").edition("2026")
 *     .scale(ResponseScale.AGREEMENT_1_TO_5)
 *     .categories(List.of(Category.of("trust", "Trust")))
 *     .factors(List.of(Factor.of("openness", "Openness", "trust")))
 *     .items(List.of(Item.of("p1", "openness"), Item.of("p2", "openness")))
 *     .build();
 * pulse.itemsOf("openness").size();  // 2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Instrument {

  Instrument() {}

  /**
   * The instrument's id, the same for all its editions.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String id();

  /**
   * The instrument's name as reports show it.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The edition whose structure and rules this is ("2nd edition (2001)").
   *
   * @return the edition, never blank
   */
  public abstract String edition();

  /**
   * Where the structure and scoring rules come from, for citation.
   *
   * @return the source, or none for a user's own instrument
   */
  @Value.Default
  public Option<String> source() {
    return Option.none();
  }

  /**
   * The scale every item is answered on.
   *
   * @return the scale
   */
  public abstract ResponseScale scale();

  /**
   * The categories that group the factors, in order.
   *
   * @return one or more categories with distinct ids
   */
  @Value.Default
  public List<Category> categories() {
    return List.empty();
  }

  /**
   * The factors, in the instrument's order.
   *
   * @return one or more factors with distinct ids
   */
  @Value.Default
  public List<Factor> factors() {
    return List.empty();
  }

  /**
   * The items, in the instrument's order.
   *
   * @return the items, at least one per factor, with distinct ids
   */
  @Value.Default
  public List<Item> items() {
    return List.empty();
  }

  /**
   * A builder for an instrument.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Instrument}: every setter of the generated {@link ImmutableInstrument.Builder} (which
   * take Vavr's {@code Option} and collections), and for {@code source}, {@code categories}, {@code factors}, {@code items} also the plain value or a
   * {@code java.util} collection. {@code build()} checks the value and reports every problem, a
   * null included, with its path in one {@code ValidationException}.
   */
  public static final class Builder extends ImmutableInstrument.Builder {

    /** A new, empty builder; {@link Instrument#builder()} reads better. */
    public Builder() {}

    /**
     * Sets where the instrument comes from to a present value: the same as {@code source(Option.of(source))}.
     *
     * @param source where the instrument comes from; null is reported by {@code build()} as a {@code ValidationException}
     *     naming {@code source}
     * @return this builder
     */
    public Builder source(String source) {
      return source(source == null ? null : Option.some(source));
    }

    /**
     * Sets the categories from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param categories the categories; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder categories(Iterable<? extends Category> categories) {
      return categories(JavaInputs.<Category>list(categories));
    }

    /**
     * Sets the factors from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param factors the factors; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder factors(Iterable<? extends Factor> factors) {
      return factors(JavaInputs.<Factor>list(factors));
    }

    /**
     * Sets the items from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param items the items; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder items(Iterable<? extends Item> items) {
      return items(JavaInputs.<Item>list(items));
    }
  }

  /**
   * The factor with an id.
   *
   * @param id a factor id
   * @return the factor, or none if the instrument has no such factor
   */
  public Option<Factor> factor(String id) {
    return factors().find(f -> f.id().equals(id));
  }

  /**
   * The item with an id.
   *
   * @param id an item id
   * @return the item, or none if the instrument has no such item
   */
  public Option<Item> item(String id) {
    return items().find(i -> i.id().equals(id));
  }

  /**
   * The items of a factor, in the instrument's order.
   *
   * @param factorId a factor id
   * @return its items; empty for an unknown factor
   */
  public List<Item> itemsOf(String factorId) {
    return items().filter(i -> i.factor().equals(factorId));
  }

  /**
   * The factors of a category, in the instrument's order.
   *
   * @param categoryId a category id
   * @return its factors; empty for an unknown category
   */
  public List<Factor> factorsIn(String categoryId) {
    return factors().filter(f -> f.category().equals(categoryId));
  }

  /**
   * The instrument with other items and everything else unchanged: how a user supplies the items
   * of a built-in structure.
   *
   * @param items the items, at least one per factor
   * @return the new instrument; this one is unaffected
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public Instrument withItems(List<Item> items) {
    return ImmutableInstrument.copyOf(this).withItems(items);
  }

  /**
   * The instrument with other items, given in any {@link Iterable} such as a {@code java.util.List}.
   *
   * @param items the items, at least one per factor
   * @return the new instrument; this one is unaffected
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public Instrument withItems(Iterable<? extends Item> items) {
    return withItems(JavaInputs.<Item>list(items));
  }

  @Value.Check
  void check() {
    Violations nulls =
        Violations.none()
            .notNull("id", id())
            .notNull("name", name())
            .notNull("edition", edition())
            .noNullElements("source", source())
            .notNull("scale", scale())
            .noNullElements("categories", categories())
            .noNullElements("factors", factors())
            .noNullElements("items", items());
    if (!nulls.isEmpty()) {
      nulls
          .when(id() != null, v -> v.id("id", id()))
          .when(name() != null, v -> v.notBlank("name", name()))
          .when(edition() != null, v -> v.notBlank("edition", edition()))
          .throwIfAny("Instrument " + id());
    }
    Set<String> categoryIds = categories().map(Category::id).toSet();
    Set<String> factorIds = factors().map(Factor::id).toSet();
    Set<String> itemFactors = items().map(Item::factor).toSet();
    Violations found =
        Violations.none()
            .id("id", id())
            .notBlank("name", name())
            .notBlank("edition", edition())
            .atLeast("factors", factors().size(), 1)
            .distinct("categories", categories(), Category::id)
            .distinct("factors", factors(), Factor::id)
            .distinct("items", items(), Item::id);
    // One pass over each list; a message is built only for an element that breaks a rule.
    int i = 0;
    for (Factor f : factors()) {
      if (!categoryIds.contains(f.category())) {
        found = found.add(Violation.of("factors[" + i + "].category",
            Message.of("core.readiness.instrument.category", categoryIds.toSortedSet().mkString("(", ", ", ")"),
                "\"" + f.category() + "\"")));
      }
      if (!itemFactors.contains(f.id())) {
        found = found.add(Violation.of("factors[" + i + "]", Message.of("core.readiness.instrument.noItem", "\"" + f.id() + "\"")));
      }
      i++;
    }
    i = 0;
    for (Item item : items()) {
      if (!factorIds.contains(item.factor())) {
        found = found.add(Violation.of("items[" + i + "].factor",
            Message.of("core.readiness.instrument.factor", "\"" + item.factor() + "\"")));
      }
      i++;
    }
    found.throwIfAny("Instrument " + id());
  }

  /** Returns {@code name, edition}. */
  @Override
  public String toString() {
    return name() + ", " + edition();
  }
}
