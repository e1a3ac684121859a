// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class InstrumentTest {

  private static Instrument pulse(List<Factor> factors, List<Item> items) {
    return Instrument.builder()
        .id("pulse")
        .name("Partnership pulse")
        .edition("2026")
        .scale(ResponseScale.AGREEMENT_1_TO_5)
        .categories(List.of(Category.of("trust", "Trust")))
        .factors(factors)
        .items(items)
        .build();
  }

  @Test
  void theCollaborationFactorsInventoryHasTwentyFactorsInSixCategories() {
    assertEquals(20, CollaborationFactorsInventory.FACTORS.size());
    assertEquals(6, CollaborationFactorsInventory.CATEGORIES.size());
    assertEquals(
        List.of(3, 4, 6, 2, 3, 2),
        CollaborationFactorsInventory.CATEGORIES.map(
            c -> CollaborationFactorsInventory.FACTORS.count(f -> f.category().equals(c.id()))));
  }

  @Test
  void theUserSuppliesTheInventorysItems() {
    Instrument cfi =
        CollaborationFactorsInventory.secondEdition(
            CollaborationFactorsInventory.FACTORS.zipWithIndex()
                .flatMap(f -> List.of(Item.of("q" + (2 * f._2 + 1), f._1.id()), Item.of("q" + (2 * f._2 + 2), f._1.id()))));

    assertEquals(40, cfi.items().size());
    assertEquals("Collaboration Factors Inventory, 2nd edition (2001)", cfi.toString());
    assertEquals(2, cfi.itemsOf("skilled-leadership").size());
  }

  @Test
  void missingItemsOfTheInventoryAreNamedFactorByFactor() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> CollaborationFactorsInventory.secondEdition(List.of(Item.of("q1", "flexibility"))));

    assertEquals(19, e.violations().size());
    assertTrue(
        e.violations().contains(Violation.of("factors[0]", "must have at least one item, got none for \"history-of-collaboration\"")),
        e.getMessage());
  }

  @Test
  void everyStructuralProblemIsReportedWithItsPath() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                pulse(
                    List.of(
                        Factor.of("openness", "Openness", "trust"),
                        Factor.of("reliability", "Reliability", "truts"),
                        Factor.of("openness", "Openness again", "trust")),
                    List.of(Item.of("p1", "openness"), Item.of("p2", "opennes"), Item.of("p1", "openness"))));

    assertEquals(
        List.of(
            "factors[2]: duplicates factors[0] (openness)",
            "items[2]: duplicates items[0] (p1)",
            "factors[1].category: must be a category of the instrument (trust), got \"truts\"",
            "factors[1]: must have at least one item, got none for \"reliability\"",
            "items[1].factor: must be a factor of the instrument, got \"opennes\""),
        e.violations().map(Violation::toString));
  }

  @Test
  void aSurveyReportsEveryAnswerOutsideTheScaleEveryUnknownItemAndEveryRepeatedRespondent() {
    Instrument instrument = pulse(List.of(Factor.of("openness", "Openness", "trust")), List.of(Item.of("p1", "openness")));

    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Survey.of(
                    instrument,
                    List.of(
                        SurveyResponse.of("r1", TreeMap.of("p1", 7)),
                        SurveyResponse.of("r2", TreeMap.of("p1", 3, "p9", 2)),
                        SurveyResponse.of("r1", TreeMap.of("p1", 0)))));

    assertEquals(
        List.of(
            "responses[2]: duplicates responses[0] (r1)",
            "responses[0].answers.p1: must be between 1 and 5, got 7",
            "responses[1].answers.p9: must be an item of Partnership pulse, 2026, got unknown item \"p9\"",
            "responses[2].answers.p1: must be between 1 and 5, got 0"),
        e.violations().map(Violation::toString));
  }

  @Test
  void readinessToShareCoversTheFourSharesAndTheFourExpectations() {
    Instrument share = ReadinessToShare.INSTRUMENT;

    assertEquals(
        List.of("responsibility", "risk", "resources", "rewards"),
        share.factorsIn("readiness-to-share").map(Factor::id));
    assertEquals(4, share.factorsIn("partner-expectations").size());
    assertTrue(share.items().forAll(i -> i.text().isDefined()));
    assertEquals(4, share.items().count(Item::reverseCoded));
  }

  @Test
  void itemRulesAreChecked() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Item.builder().id(" ").factor("f").weight(-1).build());

    assertEquals(
        List.of("id: must not be blank, got \" \"", "weight: must be a finite number greater than 0, got -1.0"),
        e.violations().map(Violation::toString));
  }

  @Test
  void aScaleNeedsTwoPointsAndOneLabelEach() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> ResponseScale.of(3, 3, List.of("a", "b")));

    assertEquals(
        List.of("max: must be greater than min (3), got 3", "labels: must have one label per point (1) or none, got 2"),
        e.violations().map(Violation::toString));
    assertEquals("1–5 (strongly disagree … strongly agree)", ResponseScale.AGREEMENT_1_TO_5.toString());
  }

  @Test
  void aScaleTooWideForAnIntIsRefusedWithoutOverflow() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> ResponseScale.of(Integer.MIN_VALUE, Integer.MAX_VALUE));
    assertEquals(
        List.of(Violation.of("max",
            "must be at most min + 2147483646 (at most 2147483647 points), got 2147483647 with min -2147483648"
                + " (4294967296 points)")),
        e.violations());
    assertThrows(ValidationException.class, () -> ResponseScale.of(-1, Integer.MAX_VALUE - 1));
    assertThrows(ValidationException.class, () -> ResponseScale.of(Integer.MIN_VALUE, 0, List.of("a", "b")));
    assertEquals(Integer.MAX_VALUE, ResponseScale.of(0, Integer.MAX_VALUE - 1).points());
    assertEquals(Integer.MAX_VALUE, ResponseScale.of(Integer.MIN_VALUE, -2).points());
    assertEquals(1, ResponseScale.of(1, Integer.MAX_VALUE - 1).reverse(Integer.MAX_VALUE - 1));
  }
}
