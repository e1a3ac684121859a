// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The dimensions of a table: codes in reading order, what adds up to what, and bad input. */
class HierarchyTest {

  private static final Hierarchy INCOME = Hierarchy.withTotal("income", List.of("low", "not low"));

  private static final Hierarchy PARTNER = Hierarchy.grouped("partner", LinkedHashMap.of(
      "schools", List.of("Lincoln", "Eastside"),
      "services", List.of("Food bank", "Clinic", "Library")));

  @Test
  void aFlatDimensionHasItsCategoriesAndNoTotal() {
    Hierarchy period = Hierarchy.flat("period", List.of("2023", "2024"));

    assertEquals("period", period.name());
    assertEquals(List.of("2023", "2024"), period.codes());
    assertEquals(period.codes(), period.categories());
    assertFalse(period.isTotal("2023"));
    assertEquals(List.empty(), period.members("2024"));
    assertEquals("period: 2023, 2024", period.toString());
  }

  @Test
  void aDimensionWithTotalListsItLast() {
    assertEquals(List.of("low", "not low", Hierarchy.TOTAL), INCOME.codes());
    assertEquals(List.of("low", "not low"), INCOME.categories());
    assertEquals(List.of("low", "not low"), INCOME.members("Total"));
    assertTrue(INCOME.isTotal("Total"));
    assertFalse(INCOME.isTotal("low"));
    assertEquals("income: low, not low, Total; Total = low + not low", INCOME.toString());
  }

  @Test
  void aGroupedDimensionListsCategoriesThenSubtotalsThenTheTotal() {
    assertEquals(List.of("Lincoln", "Eastside", "Food bank", "Clinic", "Library", "schools", "services", "Total"), PARTNER.codes());
    assertEquals(List.of("Lincoln", "Eastside", "Food bank", "Clinic", "Library"), PARTNER.categories());
    assertEquals(List.of("Lincoln", "Eastside"), PARTNER.members("schools"));
    assertEquals(List.of("Food bank", "Clinic", "Library"), PARTNER.members("services"));
    // the total adds up the subtotals, not the categories
    assertEquals(List.of("schools", "services"), PARTNER.members("Total"));
    assertEquals(List.of(true, true, false), List.of("schools", "Total", "Clinic").map(PARTNER::isTotal));
    assertEquals(
        "partner: Lincoln, Eastside, Food bank, Clinic, Library, schools, services, Total; schools = Lincoln + Eastside; "
            + "services = Food bank + Clinic + Library; Total = schools + services",
        PARTNER.toString());
  }

  @Test
  void aCodeNotOfTheDimensionHasNoMembersAndIsNoTotal() {
    assertEquals(List.empty(), PARTNER.members("Westside"));
    assertFalse(PARTNER.isTotal("Westside"));
    assertFalse(INCOME.isTotal("total"));
  }

  @Test
  void dimensionsAreEqualByNameCodesAndStructure() {
    Hierarchy again = Hierarchy.withTotal("income", List.of("low", "not low"));
    assertEquals(INCOME, again);
    assertEquals(INCOME.hashCode(), again.hashCode());

    assertNotEquals(INCOME, Hierarchy.withTotal("poverty", List.of("low", "not low")));
    assertNotEquals(INCOME, Hierarchy.withTotal("income", List.of("not low", "low")));
    assertNotEquals(INCOME, Hierarchy.flat("income", List.of("low", "not low")));
    // one group under the total: the same categories, but a subtotal more
    assertNotEquals(INCOME, Hierarchy.grouped("income", LinkedHashMap.of("all", List.of("low", "not low"))));
    // the same codes, but nothing adds up to Total: a flat dimension with a category called Total
    assertNotEquals(INCOME, Hierarchy.flat("income", List.of("low", "not low", "Total")));
    assertNotEquals(INCOME, "income");
  }

  @Test
  void everyProblemWithTheCodesIsNamed() {
    // Codes are numbered in reading order: services' four categories are codes[0] to codes[3],
    // the subtotals codes[4] and codes[5], the total codes[6]. A category called Total is
    // reported once, where it stands, not again as a duplicate of the real total.
    ValidationException e = assertThrows(ValidationException.class, () -> Hierarchy.grouped("partner", LinkedHashMap.of(
        "schools", List.of(),
        "services", List.of("Clinic", "Clinic", "Total", " Library"))));

    assertEquals("Hierarchy", e.subject());
    assertEquals(
        List.of(
            "codes[1]: must be unique in dimension partner, got \"Clinic\" again",
            "codes[2]: must not be Total, which labels the dimension's total",
            "codes[3]: must not be blank or carry surrounding spaces, got \" Library\"",
            "groups.schools: must hold at least one category, got none"),
        e.violations().map(Violation::toString));
  }

  @Test
  void aGroupNameMustDifferFromTheCategories() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Hierarchy.grouped("partner", LinkedHashMap.of("schools", List.of("Lincoln", "schools"))));

    assertEquals(List.of("codes[2]: must be unique in dimension partner, got \"schools\" again"), e.violations().map(Violation::toString));
  }

  @Test
  void aBlankNameAndNoCategoriesAreNamedTogether() {
    ValidationException flat = assertThrows(ValidationException.class, () -> Hierarchy.flat(" ", List.of()));
    assertEquals(
        List.of("name: must not be blank, got \" \"", "categories: must hold at least one category, got none"),
        flat.violations().map(Violation::toString));

    ValidationException total = assertThrows(ValidationException.class, () -> Hierarchy.withTotal(null, List.of("", "a")));
    assertEquals(
        List.of("name: must not be blank, got null", "codes[0]: must not be blank or carry surrounding spaces, got \"\""),
        total.violations().map(Violation::toString));
  }

  @Test
  void totalIsAnOrdinaryCategoryWhereNoTotalIsPublished() {
    Hierarchy flat = Hierarchy.flat("status", List.of("Total", "partial"));

    assertEquals(List.of("Total", "partial"), flat.categories());
    assertFalse(flat.isTotal("Total"));
  }
}
