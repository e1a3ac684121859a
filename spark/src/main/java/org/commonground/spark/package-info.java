// SPDX-License-Identifier: Apache-2.0
/**
 * The shared-measure roll-up on Apache Spark, for networks whose records outgrow one machine.
 * {@link org.commonground.spark.SparkRollUp} maps a {@code Dataset<Row>} of record-level rows to
 * the library's layout through a checked column mapping ({@link
 * org.commonground.spark.MeasureColumns}), and aggregates it with {@link
 * org.commonground.spark.MeasureAggregator}, a typed Spark {@code Aggregator} whose buffer ({@link
 * org.commonground.spark.RollUpBuffer}) is the library's exact accumulator, carried between
 * machines as the partial's compact versioned binary form ({@link
 * org.commonground.spark.PartialCodec}). Exact sums make the result bit-identical to the
 * single-machine roll-up, whatever the partitioning. Rows that break a rule are counted by kind
 * and listed ({@link org.commonground.spark.RollUpResult}, {@link
 * org.commonground.spark.SparkRollUp#rejects}), never dropped in silence. Scorecards,
 * disaggregations and suppression then run on the driver, with the library's own code.
 *
 * <p>The examples need Spark on the class path, so the library's JShell session does not run them
 * (they are marked as shell blocks for it).
 *
 * <pre class="shell">{@code
 * Dataset<Row> rows = spark.read().parquet("records.parquet");
 * RollUpResult result = SparkRollUp.of(layout, ColumnMapping.byName()).run(rows);
 * MeasurePartial partial = result.requireAllAccepted().partial();
 * partial.communityValues(partners);     // bit for bit what MeasureAccumulator gives on one machine
 * Disaggregation.of(partial, "grad-rate", List.of("income"), TreeMap.of("income", "not low"));
 * }</pre>
 *
 * <p>This module is not a JPMS module (Spark is not one) and no library module depends on it.
 */
package org.commonground.spark;
