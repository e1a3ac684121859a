// SPDX-License-Identifier: Apache-2.0
/**
 * A statewide network's roll-up on Spark, end to end: {@link
 * org.commonground.spark.example.SyntheticRecords} makes the same synthetic student records from
 * Spark and from plain Java, and {@link org.commonground.spark.example.SparkRollUpExample}
 * writes them as Parquet, rolls them up and prints the scorecard and a suppressed table.
 *
 * <p>The examples need Spark on the class path, so the library's JShell session does not run them
 * (they are marked as shell blocks for it).
 *
 * <pre class="shell">{@code
 * Dataset<Row> rows = SyntheticRecords.dataset(spark, 100_000_000L, 32);
 * rows.write().parquet("records.parquet");
 * MeasureTable sameRecords = SyntheticRecords.table(0, 1_000_000);   // the first million, in memory
 * }</pre>
 */
package org.commonground.spark.example;
