// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.commonground.core.measure.Period;
import org.commonground.scoring.measure.CodeList;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.SubgroupDimension;
import org.commonground.serialization.csv.ColumnMapping;
import org.commonground.spark.example.SyntheticRecords;
import org.junit.jupiter.api.Test;

/** Every kind of bad row, each reported with its column, rule and value; good rows read as codes. */
class RowReaderTest {

  private final MeasureLayout layout = MeasureLayout.of(SyntheticRecords.measures(), CodeList.of(List.of("a", "b")),
      CodeList.of(List.of(Period.schoolYear(2023), Period.year(2023))),
      List.of(SubgroupDimension.of("income", List.of("low", "not low"))));
  private final StructType schema = new StructType().add("partner", DataTypes.StringType)
      .add("indicator", DataTypes.StringType).add("period", DataTypes.StringType).add("income", DataTypes.StringType)
      .add("numerator", DataTypes.DoubleType).add("denominator", DataTypes.createDecimalType(10, 2));
  private final RowReader reader = new RowReader(layout, MeasureColumns.resolve(layout, ColumnMapping.byName(), schema));
  private final int[] codes = new int[4];
  private final double[] values = new double[2];

  private List<RowProblem> problems(Object... cells) {
    ArrayList<RowProblem> found = new ArrayList<>();
    Row row = RowFactory.create(cells);
    boolean good = reader.read(row, codes, values, found::add);
    assertEquals(found.isEmpty(), good);
    return List.ofAll(found);
  }

  private RowProblem only(Object... cells) {
    List<RowProblem> found = problems(cells);
    assertEquals(1, found.size(), found.toString());
    return found.head();
  }

  @Test
  void aGoodRowIsReadAsCodes() {
    assertTrue(problems("b", "gpa", "SY2023-24", "not low", -0.5, new BigDecimal("1.00")).isEmpty());
    assertArrayEquals(new int[] {1, 3, 0, 1}, codes);
    assertArrayEquals(new double[] {-0.5, 1.0}, values);
  }

  @Test
  void aCountMayLeaveItsDenominatorNull() {
    assertTrue(problems("a", "counseling-visits", "SY2023-24", "low", 3.0, null).isEmpty());
    assertEquals(0.0, values[1]);
  }

  @Test
  void unknownPartner() {
    RowProblem p = only("c", "grad-rate", "SY2023-24", "low", 1.0, BigDecimal.ONE);
    assertEquals("partner", p.column());
    assertEquals("partner: must be a partner of the layout (a, b)", p.kind());
    assertEquals("must be a partner of the layout (a, b), got \"c\"", p.message());
    assertEquals("[c,grad-rate,SY2023-24,low,1.0,1]", p.row());
  }

  @Test
  void unknownIndicator() {
    RowProblem p = only("a", "grad", "SY2023-24", "low", 1.0, BigDecimal.ONE);
    assertEquals("must be an indicator of the layout (grad-rate, chronic-absence, counseling-visits, gpa), got \"grad\"",
        p.message());
  }

  @Test
  void aPeriodNotInTheLayoutOrNotAPeriod() {
    assertEquals("must be a period of the layout (SY2023-24, 2023), got \"SY2019-20\" (SCHOOL_YEAR, not in the layout)",
        only("a", "grad-rate", "SY2019-20", "low", 1.0, BigDecimal.ONE).message());
    assertTrue(only("a", "grad-rate", "last year", "low", 1.0, BigDecimal.ONE).message()
        .endsWith("got \"last year\", not a period (such as SY2023-24, 2024-Q1, 2024-03, 2024)"));
  }

  @Test
  void aPeriodOffTheIndicatorsCalendar() {
    RowProblem p = only("a", "grad-rate", "2023", "low", 1.0, BigDecimal.ONE);
    assertEquals("period", p.column());
    assertEquals("must be on the calendar of grad-rate (SCHOOL_YEAR), got 2023 (CALENDAR_YEAR)", p.message());
  }

  @Test
  void unknownGroup() {
    RowProblem p = only("a", "grad-rate", "SY2023-24", "middle", 1.0, BigDecimal.ONE);
    assertEquals("income: must be a group of income (low, not low)", p.kind());
  }

  @Test
  void aNullCode() {
    RowProblem p = only(null, "grad-rate", "SY2023-24", "low", 1.0, BigDecimal.ONE);
    assertEquals("must be a partner of the layout (a, b), got null", p.message());
  }

  @Test
  void aNullOrNonFiniteNumber() {
    assertEquals("numerator: must be a finite number", only("a", "gpa", "SY2023-24", "low", null, BigDecimal.ONE).kind());
    assertEquals("must be a finite number, got NaN", only("a", "gpa", "SY2023-24", "low", Double.NaN, BigDecimal.ONE).message());
    assertEquals("must be a finite number, got Infinity",
        only("a", "gpa", "SY2023-24", "low", Double.POSITIVE_INFINITY, BigDecimal.ONE).message());
    assertEquals("denominator: must be a finite number", only("a", "gpa", "SY2023-24", "low", 1.0, null).kind());
  }

  @Test
  void aNegativeCountOrProportion() {
    assertEquals("must not be negative for a count, got -1.0",
        only("a", "counseling-visits", "SY2023-24", "low", -1.0, BigDecimal.ZERO).message());
    assertEquals("numerator", only("a", "grad-rate", "SY2023-24", "low", -1.0, BigDecimal.ONE).column());
  }

  @Test
  void aCountWithADenominator() {
    RowProblem p = only("a", "counseling-visits", "SY2023-24", "low", 2.0, BigDecimal.ONE);
    assertEquals("denominator: must be 0 (or null) for a count", p.kind());
  }

  @Test
  void aDenominatorNotAboveZero() {
    RowProblem p = only("a", "gpa", "SY2023-24", "low", 2.0, BigDecimal.ZERO);
    assertEquals("denominator", p.column());
    assertTrue(p.rule().startsWith("must be greater than 0 for a "), p.rule());
  }

  @Test
  void aProportionAboveItsDenominator() {
    RowProblem p = only("a", "grad-rate", "SY2023-24", "low", 2.0, BigDecimal.ONE);
    assertEquals("must be at most the denominator 1.0, got 2.0", p.message());
  }

  @Test
  void everyProblemOfARowIsReported() {
    List<RowProblem> found = problems("z", "counseling-visits", "2023", null, -2.0, BigDecimal.TEN);
    assertEquals(List.of("partner", "income", "period", "numerator", "denominator"), found.map(RowProblem::column));
    assertFalse(found.isEmpty());
  }

  @Test
  void problemsReadInSpanishAndKeepTheirCodeOnTheWire() throws Exception {
    java.util.Locale spanish = java.util.Locale.forLanguageTag("es");
    RowProblem partner = only("c", "grad-rate", "SY2023-24", "low", 1.0, BigDecimal.ONE);
    assertEquals("spark.rows.partner", partner.code());
    assertEquals("debe ser un socio del diseño (a, b), se recibió \"c\"", partner.message(spanish));
    RowProblem period = only("a", "grad-rate", "SY2019-20", "low", 1.0, BigDecimal.ONE);
    assertEquals("debe ser un período del diseño (SY2023-24, 2023), se recibió \"SY2019-20\" (SCHOOL_YEAR, no está en el "
        + "diseño)", period.message(spanish));

    // Java serialization (through the problem's proxy) keeps the code and the arguments.
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(period);
    }
    RowProblem back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (RowProblem) in.readObject();
    }
    assertEquals(period, back);
    assertEquals(period.detail(), back.detail());
    assertEquals(period.message(spanish), back.message(spanish));
  }
}
