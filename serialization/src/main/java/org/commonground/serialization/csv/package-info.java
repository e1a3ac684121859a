// SPDX-License-Identifier: Apache-2.0
/**
 * CSV readers: measure records into a {@code MeasureTable} (streaming, in bounded memory), survey
 * responses in wide form into a {@code Survey} or {@code ResponseMatrix}, and alignment ratings,
 * partner ratings and network assessments in long form, all through {@link
 * org.commonground.serialization.csv.CsvReaders}. Columns are mapped to fields explicitly ({@link
 * org.commonground.serialization.csv.ColumnMapping}) and checked against the layout, instrument,
 * framework or membership; every problem is reported with its line and column, and a file with
 * any problem loads nothing. No I/O of its own: the caller passes a {@code Reader} or {@code
 * InputStream}.
 *
 * <pre>{@code
 * String csv = "school,indicator,period,income,language,numerator,denominator\n"
 *     + "lincoln-hs,grad-rate,SY2023-24,low,english,1,1\n"
 *     + "lincoln-hs,grad-rate,SY2023-24,not low,spanish,0,1\n";
 * MeasureTable table = CsvReaders.measures(layout,
 *     ColumnMapping.byName().with("partner", "school"), new StringReader(csv));
 * table.size();   // 2
 * // A bad cell:  line 3, column numerator: must be at most the denominator 1, got 2
 * }</pre>
 */
package org.commonground.serialization.csv;
