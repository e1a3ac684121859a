// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;

/**
 * The Collaboration Factors Inventory, 2nd edition: the structure and scoring rules of the Wilder
 * Research instrument, without its copyrighted item texts.
 *
 * <p>Source: Mattessich, P. W., Murray-Close, M., and Monsey, B. R. (2001), <i>Collaboration: What
 * Makes It Work</i>, 2nd ed., Amherst H. Wilder Foundation — 20 factors in six categories,
 * answered on a 1–5 agreement scale ({@link ResponseScale#AGREEMENT_1_TO_5}); a factor's score is
 * the mean of its items' answers across respondents, read with {@link Bands#WILDER}. The 3rd
 * edition (2018) has 22 factors and is not modelled here.
 *
 * <p>The user supplies the items (40 in the published inventory), each naming one of
 * {@link #FACTORS}' ids:
 *
 * <pre>{@code
 * Instrument cfi = CollaborationFactorsInventory.secondEdition(List.of(
 *     Item.of("q01", "history-of-collaboration"),
 *     Item.of("q02", "legitimate-leader"),
 *     ...));
 * }</pre>
 */
public final class CollaborationFactorsInventory {

  /** The instrument's id, the same for all editions. */
  public static final String ID = "collaboration-factors-inventory";

  /** The edition modelled. */
  public static final String EDITION = "2nd edition (2001)";

  /** The citation of the edition. */
  public static final String SOURCE =
      "Mattessich, Murray-Close & Monsey (2001), Collaboration: What Makes It Work, 2nd ed., "
          + "Amherst H. Wilder Foundation";

  /** The six categories, in the published order. */
  public static final List<Category> CATEGORIES =
      List.of(
          Category.of("environment", "Environment"),
          Category.of("membership", "Membership characteristics"),
          Category.of("process", "Process and structure"),
          Category.of("communication", "Communication"),
          Category.of("purpose", "Purpose"),
          Category.of("resources", "Resources"));

  /** The twenty factors, in the published order, each in its category. */
  public static final List<Factor> FACTORS =
      List.of(
          Factor.of("history-of-collaboration", "History of collaboration or cooperation in the community", "environment"),
          Factor.of("legitimate-leader", "Collaborative group seen as a legitimate leader in the community", "environment"),
          Factor.of("favorable-climate", "Favorable political and social climate", "environment"),
          Factor.of("mutual-respect", "Mutual respect, understanding, and trust", "membership"),
          Factor.of("cross-section", "Appropriate cross section of members", "membership"),
          Factor.of("self-interest", "Members see collaboration as in their self-interest", "membership"),
          Factor.of("ability-to-compromise", "Ability to compromise", "membership"),
          Factor.of("shared-stake", "Members share a stake in both process and outcome", "process"),
          Factor.of("multiple-layers", "Multiple layers of participation", "process"),
          Factor.of("flexibility", "Flexibility", "process"),
          Factor.of("clear-roles", "Development of clear roles and policy guidelines", "process"),
          Factor.of("adaptability", "Adaptability", "process"),
          Factor.of("appropriate-pace", "Appropriate pace of development", "process"),
          Factor.of("open-communication", "Open and frequent communication", "communication"),
          Factor.of("informal-relationships", "Established informal relationships and communication links", "communication"),
          Factor.of("concrete-goals", "Concrete, attainable goals and objectives", "purpose"),
          Factor.of("shared-vision", "Shared vision", "purpose"),
          Factor.of("unique-purpose", "Unique purpose", "purpose"),
          Factor.of("sufficient-resources", "Sufficient funds, staff, materials, and time", "resources"),
          Factor.of("skilled-leadership", "Skilled leadership", "resources"));

  private CollaborationFactorsInventory() {}

  /**
   * The 2nd edition with the items the user supplies.
   *
   * @param items at least one item for each of the twenty factors, each naming a factor id of
   *     {@link #FACTORS}
   * @return the instrument
   * @throws org.commonground.core.validation.ValidationException naming every factor without an
   *     item and every item naming an unknown factor
   */
  public static Instrument secondEdition(Iterable<? extends Item> items) {
    return Instrument.builder()
        .id(ID)
        .name("Collaboration Factors Inventory")
        .edition(EDITION)
        .source(Option.of(SOURCE))
        .scale(ResponseScale.AGREEMENT_1_TO_5)
        .categories(CATEGORIES)
        .factors(FACTORS)
        .items(items)
        .build();
  }
}
