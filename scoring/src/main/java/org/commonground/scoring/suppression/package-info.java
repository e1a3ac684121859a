/**
 * Small-cell suppression of published tables: primary suppression of cells based on fewer records
 * than a threshold (10 by default), and complementary suppression so that no hidden value can be
 * recovered from the published totals. {@link
 * org.commonground.scoring.suppression.SmallCellSuppression} is the entry point.
 *
 * <pre>{@code
 * CountTable graduates = CountTable.of(
 *     List.of("Lincoln", "Eastside"), List.of("low income", "not low income"),
 *     new double[][] {{41, 212}, {6, 88}}, new long[][] {{55, 240}, {8, 101}}, true, true);
 * SuppressedTable published = SmallCellSuppression.apply(graduates, SuppressionRule.DEFAULT);
 * published.cell(1, 0).reason();  // "fewer than 10 records (8)"
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.scoring.suppression;

import org.commonground.core.CommonGroundStyle;
