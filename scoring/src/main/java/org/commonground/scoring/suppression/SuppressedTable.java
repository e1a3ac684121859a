// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import java.util.Locale;
import org.commonground.core.validation.Message;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;
import org.immutables.value.Value;

/**
 * A table ready to publish: every cell, total and subtotal, each with its value or the reason it is
 * hidden. It holds no hidden value, so it can be published as it is. See
 * {@link SmallCellSuppression} for the method and what it guarantees, and {@link DisclosureAudit}
 * to check it.
 *
 * <pre>{@code
 * SuppressedTable table = SmallCellSuppression.apply(counts, SuppressionRule.DEFAULT);
 * table.cell(1, 0).suppression();     // Some(PRIMARY)
 * table.count(Suppression.COMPLEMENTARY);
 * table.entry(List.of("Eastside", "Total")).value();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SuppressedTable {

  SuppressedTable() {}

  /**
   * The rule applied.
   *
   * @return the rule
   */
  public abstract SuppressionRule rule();

  /**
   * Each dimension's codes, categories first and totals last, as in its {@link Hierarchy}.
   *
   * @return one list of codes per dimension
   */
  public abstract List<List<String>> codes();

  /**
   * How many of each dimension's codes are categories rather than totals.
   *
   * @return one count per dimension
   */
  public abstract List<Integer> categories();

  /**
   * Every entry, cells and totals, numbered over the dimensions' codes with the last dimension
   * fastest.
   *
   * @return the entries
   */
  public abstract List<PublishedCell> entries();

  /**
   * The sentence as a message: its code and arguments, and its text in any language.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * The method in a sentence, with what it guarantees.
   *
   * <p>In English; see {@link #explanation(Locale)} for another language.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The same, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(Locale locale) {
    return explanationMessage().text(locale);
  }

  /**
   * An entry by its codes.
   *
   * @param codes one code per dimension
   * @return the entry
   * @throws IllegalArgumentException if a code is not of its dimension
   */
  public PublishedCell entry(List<String> codes) {
    if (codes == null || codes.size() != codes().size()) {
      throw new IllegalArgumentException("codes: must hold one code per dimension (" + codes().size() + "), got " + codes);
    }
    int at = 0;
    for (int d = 0; d < codes.size(); d++) {
      int c = codes().get(d).indexOf(codes.get(d));
      if (c < 0) {
        throw new IllegalArgumentException("codes[" + d + "]: must be one of " + codes().get(d).mkString(", ") + ", got " + codes.get(d));
      }
      at = at * codes().get(d).size() + c;
    }
    return entries().get(at);
  }

  /**
   * The same as {@link #entry(List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param codes one code per dimension
   * @return the entry
   * @throws IllegalArgumentException if a code is not of its dimension
   */
  public PublishedCell entry(Iterable<String> codes) {
    return entry(JavaInputs.list(codes));
  }

  /**
   * A cell of a two-way table.
   *
   * @param row the row
   * @param column the column
   * @return the cell
   * @throws IllegalStateException if the table is not two-way
   */
  public PublishedCell cell(int row, int column) {
    twoWay("cell");
    return entries().get(row * width() + column);
  }

  private void twoWay(String method) {
    if (codes().size() != 2) {
      throw new IllegalStateException(method + "() is for a two-way table; this one has " + codes().size()
          + " dimension" + (codes().size() == 1 ? "" : "s") + ": use entries() or entry(codes)");
    }
  }

  /**
   * The cells of a two-way table, row by row, without totals.
   *
   * @return {@code rows × columns} cells
   * @throws IllegalStateException if the table is not two-way
   */
  public List<List<PublishedCell>> cells() {
    twoWay("cells");
    return List.range(0, categories().head()).map(i -> List.range(0, categories().last()).map(j -> cell(i, j)));
  }

  /**
   * The row totals of a two-way table, if published.
   *
   * @return one per row, or empty
   * @throws IllegalStateException if the table is not two-way
   */
  public List<PublishedCell> rowTotals() {
    twoWay("rowTotals");
    return width() > categories().last()
        ? List.range(0, categories().head()).map(i -> cell(i, width() - 1))
        : List.empty();
  }

  /**
   * The column totals of a two-way table, if published.
   *
   * @return one per column, or empty
   * @throws IllegalStateException if the table is not two-way
   */
  public List<PublishedCell> columnTotals() {
    twoWay("columnTotals");
    int height = codes().head().size();
    return codes().size() == 2 && height > categories().head()
        ? List.range(0, categories().last()).map(j -> cell(height - 1, j))
        : List.empty();
  }

  /**
   * The grand total of a two-way table, if published.
   *
   * @return the grand total, or none
   * @throws IllegalStateException if the table is not two-way
   */
  public Option<PublishedCell> grandTotal() {
    return rowTotals().isEmpty() || columnTotals().isEmpty() ? Option.none() : Option.of(entries().last());
  }

  private int width() {
    return codes().last().size();
  }

  /**
   * How many entries are hidden for a reason.
   *
   * @param why primary or complementary
   * @return the number of entries
   */
  public int count(Suppression why) {
    return entries().count(e -> e.suppression().contains(why));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("rule", rule())
        .noNullElements("codes", codes())
        .noNullElements("categories", categories())
        .noNullElements("entries", entries())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("SuppressedTable");
  }

  /** Returns {@code SuppressedTable 3 × 4: 2 primary, 3 complementary suppressions, rule threshold 10}. */
  @Override
  public String toString() {
    return "SuppressedTable " + codes().map(c -> String.valueOf(c.size())).mkString(" × ") + ": "
        + entries().count(e -> e.suppression().contains(Suppression.PRIMARY)) + " primary, "
        + entries().count(e -> e.suppression().contains(Suppression.COMPLEMENTARY)) + " complementary suppressions, threshold " + rule().threshold();
  }
}
