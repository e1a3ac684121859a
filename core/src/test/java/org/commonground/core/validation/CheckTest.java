// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Checks that count every problem, spell out the first ones and count the rest by kind. */
class CheckTest {

  private static final ViolationKind NEGATIVE = ViolationKind.of("values[*]", "must not be negative");

  /** Every value below 0 is a problem; blank names in {@code names} too. */
  private static Check check(int[] values) {
    return sink -> {
      for (int i = 0; i < values.length; i++) {
        if (values[i] < 0) {
          int at = i;
          sink.report(NEGATIVE, () -> Violation.of("values[" + at + "]", "must not be negative, got " + values[at]));
        }
      }
    };
  }

  private static int[] negatives(int n) {
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = -1 - i;
    }
    return values;
  }

  @Test
  void aCleanInputPasses() {
    check(new int[] {0, 1, 2}).throwIfAny("Values");
  }

  @Test
  void fewProblemsAreAllSpelledOutAndHeld() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> check(new int[] {1, -2, 3, -4}).throwIfAny("Values"));

    assertEquals("Values is invalid (2 problems): values[1]: must not be negative, got -2; "
        + "values[3]: must not be negative, got -4", e.getMessage());
    assertEquals(2, e.count());
    assertTrue(e.isComplete());
    assertEquals("Values", e.subject());
    assertEquals(List.of(2L), e.countsByKind().values().toList());
  }

  @Test
  void pastTheCapTheRestIsCountedByKind() {
    int n = 100_000;
    ValidationException e = assertThrows(ValidationException.class, () -> check(negatives(n)).throwIfAny("Values"));

    assertEquals(n, e.count());
    assertEquals(ValidationException.DEFAULT_DETAIL_CAP, e.violations().size());
    assertFalse(e.isComplete());
    assertTrue(e.getMessage().startsWith("Values is invalid (100,000 problems): values[0]: must not be negative, got -1; "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("values[99]: must not be negative, got -100; "
        + "… and 99,900 more: values[*]: must not be negative (99,900)"), e.getMessage());
    assertTrue(e.getMessage().length() < 10_000, "a readable message, not one line per problem");
    assertEquals(1, e.countsByKind().size());
    assertEquals(n, e.countsByKind().get(NEGATIVE).get());
  }

  @Test
  void theFullListStaysAvailableStreamedOrPaged() {
    int n = 5_000;
    ValidationException e = assertThrows(ValidationException.class, () -> check(negatives(n)).throwIfAny("Values"));

    ArrayList<Violation> all = new ArrayList<>();
    e.forEachViolation(all::add);
    assertEquals(n, all.size());
    assertEquals(Violation.of("values[4999]", "must not be negative, got -5000"), all.get(n - 1));

    assertEquals(List.of(Violation.of("values[1234]", "must not be negative, got -1235"),
        Violation.of("values[1235]", "must not be negative, got -1236")), e.page(1234, 2));
    assertEquals(List.ofAll(all.subList(4990, n)), e.page(4990, 100));
    assertTrue(e.page(n, 10).isEmpty());
    assertEquals(e.violations().take(3), e.page(0, 3));
  }

  @Test
  void theCapIsTheCallersChoice() {
    int n = 1_000;
    ValidationException e =
        assertThrows(ValidationException.class, () -> check(negatives(n)).throwIfAny("Values", 3));

    assertEquals(3, e.violations().size());
    assertTrue(e.getMessage().endsWith("values[2]: must not be negative, got -3; "
        + "… and 997 more: values[*]: must not be negative (997)"), e.getMessage());
    assertTrue(e.message(500).contains("values[499]: must not be negative, got -500; … and 500 more"));
    assertThrows(IllegalArgumentException.class, () -> check(negatives(1)).throwIfAny("Values", 0));
    assertThrows(IllegalArgumentException.class, () -> e.message(0));
    assertThrows(IllegalArgumentException.class, () -> e.page(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> e.page(0, 0));
  }

  @Test
  void aCheckMayReportPositionsWithOneFunctionForEveryDetail() {
    int[] values = negatives(1_000);
    java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.LongFunction<Violation> detail = at -> {
      built.incrementAndGet();
      return Violation.of("values[" + at + "]", "must not be negative, got " + values[(int) at]);
    };
    Check byPosition = sink -> {
      for (int i = 0; i < values.length; i++) {
        if (values[i] < 0) {
          sink.report(NEGATIVE, i, detail);
        }
      }
    };

    ValidationException e = assertThrows(ValidationException.class, () -> byPosition.throwIfAny("Values"));

    assertEquals(1_000, e.count());
    assertEquals(100, built.get(), "only the violations spelled out are built");
    assertEquals(Violation.of("values[99]", "must not be negative, got -100"), e.violations().last());
    assertEquals(List.of(Violation.of("values[999]", "must not be negative, got -1000")), e.page(999, 5));
    ArrayList<Violation> all = new ArrayList<>();
    e.forEachViolation(all::add);
    assertEquals(1_000, all.size());
  }

  @Test
  void kindsAreCountedApartAndNamedInTheSummary() {
    Check two = sink -> {
      for (int i = 0; i < 300; i++) {
        sink.report(Violation.of("rows[" + i + "].id", "must not be blank, got \"\""));
        sink.report(Violation.of("rows[" + i + "].size", "must be at least 1, got 0"));
      }
    };
    ValidationException e = assertThrows(ValidationException.class, () -> two.throwIfAny("Rows"));

    assertEquals(600, e.count());
    assertEquals(List.of(300L, 300L), e.countsByKind().values().toList());
    assertTrue(e.getMessage().endsWith("… and 500 more: rows[*].id: must not be blank (250); "
        + "rows[*].size: must be at least 1 (250)"), e.getMessage());
  }

  @Test
  void manyKindsAreNamedUpToTenAndTheRestCounted() {
    Check many = sink -> {
      for (int i = 0; i < 1_000; i++) {
        sink.report(Violation.of("field" + i, "must be set"));
      }
    };
    ValidationException e = assertThrows(ValidationException.class, () -> many.throwIfAny("Form", 1));

    assertTrue(e.getMessage().endsWith("field10: must be set (1); and 989 of other kinds"), e.getMessage());
    assertEquals(ViolationTally.KINDS + 1, e.countsByKind().size());
    assertEquals(1_000L, e.countsByKind().values().sum().longValue());
    assertEquals(1_000 - ViolationTally.KINDS, e.countsByKind().get(ViolationTally.OTHER).get());
  }

  @Test
  void anExceptionMadeFromAListCapsItsMessageButHoldsEveryViolation() {
    List<Violation> many = List.range(0, 250).map(i -> Violation.of("ids[" + i + "]", "must not be blank, got \"\""));
    ValidationException e = new ValidationException("Ids", many);

    assertEquals(250, e.count());
    assertEquals(many, e.violations());
    assertTrue(e.isComplete());
    assertTrue(e.getMessage().endsWith("… and 150 more: ids[*]: must not be blank (150)"), e.getMessage());
    assertEquals(many.drop(240), e.page(240, 100));
    ArrayList<Violation> all = new ArrayList<>();
    e.forEachViolation(all::add);
    assertEquals(many.toJavaList(), all);
    assertTrue(e.message(1000).endsWith("ids[249]: must not be blank, got \"\""));
  }

  @Test
  void aKindIsDerivedFromAViolationsText() {
    assertEquals(ViolationKind.of("members[*].sectors[*]", "must have at least 1"),
        ViolationKind.of(Violation.of("members[2].sectors[10]", "must have at least 1, got 0")));
    assertEquals(ViolationKind.of("", "duplicates observations[*] (a, b)"),
        ViolationKind.of(Violation.of("", "duplicates observations[3] (a, b)")));
    assertEquals("members[x]: broken", ViolationKind.of(Violation.of("members[x]", "broken")).toString());
    assertEquals("broken", ViolationKind.of("", "broken").toString());
    assertEquals(ViolationKind.of("a", "b").hashCode(), ViolationKind.of("a", "b").hashCode());
    assertFalse(ViolationKind.of("a", "b").equals(ViolationKind.of("a", "c")));
    assertFalse(ViolationKind.of("a", "b").equals("a: b"));
    assertThrows(IllegalArgumentException.class, () -> ViolationKind.of("a", " "));
    assertThrows(IllegalArgumentException.class, () -> ViolationKind.of(null, "b"));
    assertThrows(IllegalArgumentException.class, () -> ViolationKind.of("a", null));
  }

  @Test
  void addingViolationsOneByOneStaysLinear() {
    Violations found = Violations.none();
    for (int i = 0; i < 200_000; i++) {
      found = found.add(Violation.of("values[" + i + "]", "must not be negative, got -1"));
    }
    List<Violation> all = found.toList();
    assertEquals(200_000, all.size());
    assertEquals("values[0]", all.head().path());
    assertEquals("values[199999]", all.last().path());
  }
}
