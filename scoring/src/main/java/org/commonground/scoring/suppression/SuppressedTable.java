package org.commonground.scoring.suppression;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A table ready to publish: every cell and published total, each with its value or the reason it
 * is hidden. See {@link SmallCellSuppression} for the method and what it guarantees.
 *
 * <pre>{@code
 * SuppressedTable table = SmallCellSuppression.apply(counts, SuppressionRule.DEFAULT);
 * table.cell(1, 0).suppression();     // Some(PRIMARY)
 * table.count(Suppression.COMPLEMENTARY);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSuppressedTable.class)
@JsonDeserialize(as = ImmutableSuppressedTable.class)
public abstract class SuppressedTable {

  SuppressedTable() {}

  /**
   * The rule applied.
   *
   * @return the rule
   */
  public abstract SuppressionRule rule();

  /**
   * The cells, row by row, without totals.
   *
   * @return {@code rows × columns} cells
   */
  public abstract List<List<PublishedCell>> cells();

  /**
   * The row totals, if published.
   *
   * @return one per row, or empty
   */
  public abstract List<PublishedCell> rowTotals();

  /**
   * The column totals, if published.
   *
   * @return one per column, or empty
   */
  public abstract List<PublishedCell> columnTotals();

  /**
   * The grand total, if published.
   *
   * @return the grand total, or none
   */
  public abstract Option<PublishedCell> grandTotal();

  /**
   * The method in a sentence, with what it guarantees.
   *
   * @return the explanation
   */
  public abstract String explanation();

  /**
   * A cell.
   *
   * @param row the row
   * @param column the column
   * @return the cell
   */
  public PublishedCell cell(int row, int column) {
    return cells().get(row).get(column);
  }

  /**
   * Every entry, cells and totals.
   *
   * @return the entries
   */
  public List<PublishedCell> entries() {
    return cells().flatMap(r -> r).appendAll(rowTotals()).appendAll(columnTotals()).appendAll(grandTotal());
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
}
