// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.csv;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import org.commonground.core.validation.Violations;

/**
 * Which column of a CSV file holds which field a reader needs. Each field is read from the
 * column of its own name unless renamed; every column of the header must be a field's column or
 * be ignored explicitly, so that a misspelled or unexpected column is reported, never skipped.
 *
 * <p>The fields are the reader's: for measure records {@code partner}, {@code indicator}, {@code
 * period}, one per subgroup dimension (its name), {@code numerator} and {@code denominator}; for a
 * survey {@code respondent} and one per item (its id); see {@link CsvReaders} for the others.
 *
 * <pre>{@code
 * ColumnMapping columns = ColumnMapping.byName()
 *     .with("partner", "school")
 *     .with("numerator", "graduates")
 *     .ignoring("comment");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ColumnMapping {

  private static final ColumnMapping BY_NAME = new ColumnMapping(LinkedHashMap.empty(), LinkedHashSet.empty());

  private final Map<String, String> renamed;
  private final Set<String> ignored;

  private ColumnMapping(Map<String, String> renamed, Set<String> ignored) {
    this.renamed = renamed;
    this.ignored = ignored;
  }

  /**
   * The mapping that reads every field from the column of its own name.
   *
   * @return the mapping
   */
  public static ColumnMapping byName() {
    return BY_NAME;
  }

  /**
   * This mapping with one field read from another column.
   *
   * @param field the reader's field ("numerator")
   * @param column the header of the column that holds it ("graduates")
   * @return the new mapping; this one is unchanged
   * @throws org.commonground.core.validation.ValidationException naming a null or blank argument
   */
  public ColumnMapping with(String field, String column) {
    Violations.none().notBlank("field", field).notBlank("column", column).throwIfAny("ColumnMapping");
    return new ColumnMapping(renamed.put(field, column), ignored);
  }

  /**
   * This mapping with columns that are read over without a problem.
   *
   * @param columns headers of columns to ignore
   * @return the new mapping; this one is unchanged
   * @throws org.commonground.core.validation.ValidationException naming a null column
   */
  public ColumnMapping ignoring(String... columns) {
    Violations.none().notNull("columns", columns).throwIfAny("ColumnMapping");
    Violations.none().noNullElements("columns", java.util.Arrays.asList(columns)).throwIfAny("ColumnMapping");
    return new ColumnMapping(renamed, ignored.addAll(java.util.Arrays.asList(columns)));
  }

  /**
   * The column a field is read from.
   *
   * @param field a field
   * @return its column's header: the field's own name unless renamed
   */
  public String column(String field) {
    return renamed.get(field).getOrElse(field);
  }

  /**
   * The renamed fields.
   *
   * @return field → column header, in the order given
   */
  public Map<String, String> renamed() {
    return renamed;
  }

  /**
   * The ignored columns.
   *
   * @return their headers, in the order given
   */
  public Set<String> ignored() {
    return ignored;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ColumnMapping
        && ((ColumnMapping) other).renamed.equals(renamed)
        && ((ColumnMapping) other).ignored.equals(ignored);
  }

  @Override
  public int hashCode() {
    return 31 * renamed.hashCode() + ignored.hashCode();
  }

  /** Returns the renamed fields and the ignored columns. */
  @Override
  public String toString() {
    return "ColumnMapping[renamed " + renamed.map(t -> t._1 + " ← " + t._2).mkString("{", ", ", "}")
        + ", ignoring " + ignored.mkString("{", ", ", "}") + "]";
  }
}
