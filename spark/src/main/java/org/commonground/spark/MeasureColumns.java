// SPDX-License-Identifier: Apache-2.0
package org.commonground.spark;

import io.vavr.collection.List;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.measure.MeasureLayout;
import org.commonground.scoring.measure.SubgroupDimension;
import org.commonground.serialization.csv.ColumnMapping;

/**
 * Where each field of the record-level format lies in a Spark schema: the column mapping of the
 * CSV reader ({@link ColumnMapping}) checked against a {@link StructType}. The fields are {@code
 * partner}, {@code indicator} (its id), {@code period} (its text form, {@code SY2023-24}), one per
 * subgroup dimension (the dimension's name), {@code numerator} and {@code denominator}; the codes
 * are strings, the numbers any numeric type.
 *
 * <p>Checked as the CSV header is: every field has its column, of a fitting type; no two fields
 * share a column; the mapping renames only fields; and every other column of the schema is
 * ignored explicitly, so that a misspelled or unexpected column is reported, never skipped.
 *
 * <pre>{@code
 * MeasureColumns columns = MeasureColumns.resolve(layout,
 *     ColumnMapping.byName().with("partner", "school").ignoring("student_id"), records.schema());
 * columns.position("partner");   // the index of column "school" in the schema
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; it is serializable, so that it travels with the
 * aggregator to the executors.
 */
public final class MeasureColumns implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The fields of the records, in the layout's order. */
  private final String[] fields;
  /** The column that holds each field. */
  private final String[] names;
  /** The position of each field's column in a row. */
  private final int[] positions;
  /** The schema the columns were checked against, as Spark writes it. */
  private final String schema;

  private MeasureColumns(String[] fields, String[] names, int[] positions, String schema) {
    this.fields = fields;
    this.names = names;
    this.positions = positions;
    this.schema = schema;
  }

  /**
   * The fields a layout's records have, in order: partner, indicator, period, each dimension's
   * name, numerator, denominator.
   *
   * @param layout the layout
   * @return the field names
   */
  public static List<String> fields(MeasureLayout layout) {
    Violations.none().notNull("layout", layout).throwIfAny("MeasureColumns");
    return List.of("partner", "indicator", "period")
        .appendAll(layout.dimensions().map(SubgroupDimension::name))
        .appendAll(List.of("numerator", "denominator"));
  }

  /**
   * Resolves a mapping against a schema.
   *
   * @param layout the layout whose records the rows are
   * @param mapping the column of each field
   * @param schema the rows' schema
   * @return where each field lies
   * @throws ValidationException naming every null argument; and every field whose column is
   *     missing or of the wrong type, every field renamed that is not one, every column shared by
   *     two fields, and every column neither mapped nor ignored
   */
  public static MeasureColumns resolve(MeasureLayout layout, ColumnMapping mapping, StructType schema) {
    Violations.none().notNull("layout", layout).notNull("mapping", mapping).notNull("schema", schema)
        .throwIfAny("MeasureColumns");
    List<String> fields = fields(layout);
    java.util.List<Violation> problems = new ArrayList<>();
    for (String field : mapping.renamed().keySet()) {
      if (!fields.contains(field)) {
        problems.add(Violation.of("mapping",
            Message.of("spark.columns.renamed", fields.mkString("(", ", ", ")"), "\"" + field + "\"")));
      }
    }
    HashMap<String, Integer> index = new HashMap<>();
    StructField[] columns = schema.fields();
    for (int c = 0; c < columns.length; c++) {
      index.put(columns[c].name(), c);
    }
    int numbers = fields.size() - 2;
    String[] names = new String[fields.size()];
    int[] positions = new int[fields.size()];
    HashMap<String, String> taken = new HashMap<>();
    for (int f = 0; f < fields.size(); f++) {
      String field = fields.get(f);
      String column = mapping.column(field);
      names[f] = column;
      Integer at = index.get(column);
      String other = taken.putIfAbsent(column, field);
      if (other != null) {
        problems.add(Violation.of("mapping." + field, Message.of("spark.columns.shared", column, other)));
      }
      if (at == null) {
        problems.add(Violation.of(column, Message.of("spark.columns.missing", field,
            List.of(schema.fieldNames()).mkString("(", ", ", ")"))));
        continue;
      }
      positions[f] = at;
      DataType type = columns[at].dataType();
      if (f < numbers && !type.equals(DataTypes.StringType)) {
        problems.add(Violation.of(column, Message.of("spark.columns.string", field, type.simpleString())));
      } else if (f >= numbers && !(type instanceof NumericType)) {
        problems.add(Violation.of(column, Message.of("spark.columns.numeric", field, type.simpleString())));
      }
    }
    for (StructField column : columns) {
      if (!taken.containsKey(column.name()) && !mapping.ignored().contains(column.name())) {
        problems.add(Violation.of(column.name(),
            Message.of("spark.columns.unexpected", column.dataType().simpleString())));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("MeasureColumns", List.ofAll(problems));
    }
    return new MeasureColumns(fields.toJavaArray(String[]::new), names, positions, schema.simpleString());
  }

  /**
   * The fields, in the order of {@link #fields(MeasureLayout)}.
   *
   * @return the field names
   */
  public List<String> fields() {
    return List.of(fields);
  }

  /**
   * The column a field is read from.
   *
   * @param field a field
   * @return the column's name
   * @throws ValidationException if {@code field} is not a field of the records
   */
  public String column(String field) {
    return names[indexOf(field)];
  }

  /**
   * The position of a field's column in the schema.
   *
   * @param field a field
   * @return the column's index
   * @throws ValidationException if {@code field} is not a field of the records
   */
  public int position(String field) {
    return positions[indexOf(field)];
  }

  private int indexOf(String field) {
    for (int f = 0; f < fields.length; f++) {
      if (fields[f].equals(field)) {
        return f;
      }
    }
    throw new ValidationException("MeasureColumns", List.of(Violation.of("field", Message.of("spark.columns.field",
        List.of(fields).mkString("(", ", ", ")"), field == null ? "null" : "\"" + field + "\""))));
  }

  /** The position of field {@code f} (in field order). */
  int positionAt(int f) {
    return positions[f];
  }

  /** The column name of field {@code f}. */
  String nameAt(int f) {
    return names[f];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MeasureColumns
        && java.util.Arrays.equals(((MeasureColumns) other).names, names)
        && java.util.Arrays.equals(((MeasureColumns) other).positions, positions)
        && ((MeasureColumns) other).schema.equals(schema);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(positions) * 31 + schema.hashCode();
  }

  /** Returns each field with its column. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("MeasureColumns[");
    for (int f = 0; f < fields.length; f++) {
      text.append(f == 0 ? "" : ", ").append(fields[f]).append(" ← ").append(names[f]).append(" (").append(positions[f]).append(')');
    }
    return text.append(']').toString();
  }
}
