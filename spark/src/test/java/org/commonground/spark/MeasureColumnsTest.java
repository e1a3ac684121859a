// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.serialization.csv.ColumnMapping;
import org.commonground.spark.example.SyntheticRecords;
import org.junit.jupiter.api.Test;

class MeasureColumnsTest {

  private final MeasureLayout layout = SyntheticRecords.layout();

  private static StructType schema(String... stringColumns) {
    StructType schema = new StructType();
    for (String c : stringColumns) {
      schema = schema.add(c, DataTypes.StringType);
    }
    return schema.add("numerator", DataTypes.IntegerType).add("denominator", DataTypes.createDecimalType(10, 2));
  }

  private List<Violation> problems(ColumnMapping mapping, StructType schema) {
    return assertThrows(ValidationException.class, () -> MeasureColumns.resolve(layout, mapping, schema)).violations();
  }

  @Test
  void readsEachFieldFromItsColumnAnyNumericType() {
    MeasureColumns columns = MeasureColumns.resolve(layout, ColumnMapping.byName(),
        schema("language", "partner", "indicator", "period", "income"));
    assertEquals(List.of("partner", "indicator", "period", "income", "language", "numerator", "denominator"), columns.fields());
    assertEquals(1, columns.position("partner"));
    assertEquals(0, columns.position("language"));
    assertEquals(6, columns.position("denominator"));
  }

  @Test
  void renamedAndIgnoredColumns() {
    StructType schema = schema("school", "indicator", "period", "income", "language", "student_id");
    MeasureColumns columns =
        MeasureColumns.resolve(layout, ColumnMapping.byName().with("partner", "school").ignoring("student_id"), schema);
    assertEquals("school", columns.column("partner"));
    assertEquals(0, columns.position("partner"));
  }

  @Test
  void aMissingColumnIsNamed() {
    List<Violation> found = problems(ColumnMapping.byName(), schema("partner", "indicator", "period", "income"));
    assertEquals(1, found.size());
    assertEquals("language", found.head().path());
  }

  @Test
  void anUnexpectedColumnIsNamed() {
    List<Violation> found = problems(ColumnMapping.byName(), schema("partner", "indicator", "period", "income", "language", "extra"));
    assertEquals(List.of("extra"), found.map(Violation::path));
    assertEquals("must be a mapped or ignored column, got an unexpected column of string", found.head().message());
  }

  @Test
  void aColumnOfTheWrongTypeIsNamed() {
    StructType schema = new StructType().add("partner", DataTypes.IntegerType).add("indicator", DataTypes.StringType)
        .add("period", DataTypes.StringType).add("income", DataTypes.StringType).add("language", DataTypes.StringType)
        .add("numerator", DataTypes.StringType).add("denominator", DataTypes.DoubleType);
    List<Violation> found = problems(ColumnMapping.byName(), schema);
    assertEquals(List.of("partner", "numerator"), found.map(Violation::path));
    assertEquals("must be a string column (partner codes), got int", found.get(0).message());
    assertEquals("must be a numeric column (numerator), got string", found.get(1).message());
  }

  @Test
  void aRenamedNonFieldAndASharedColumnAreNamed() {
    List<Violation> found = problems(ColumnMapping.byName().with("school", "x").with("income", "language"),
        schema("partner", "indicator", "period", "income", "language"));
    assertEquals(List.of("mapping", "mapping.language", "income").sorted(), found.map(Violation::path).sorted());
  }

  @Test
  void anUnknownFieldIsNamed() {
    MeasureColumns columns = MeasureColumns.resolve(layout, ColumnMapping.byName(),
        schema("partner", "indicator", "period", "income", "language"));
    assertThrows(ValidationException.class, () -> columns.position("school"));
  }
}
