// SPDX-License-Identifier: Apache-2.0
/**
 * JMH benchmarks that compare, not just measure: the library's hot paths against the peers a user
 * could pick instead, on the same seeded {@link org.commonground.benchmarks.Workloads}, sized like a
 * regional partnership. Not a library: run it.
 *
 * <ul>
 *   <li>{@link org.commonground.benchmarks.MeasureAggregationBenchmark}: the roll-up of 10⁵ to 10⁸
 *       student records into 140 000 cells by the library, a hand-written loop
 *       ({@link org.commonground.benchmarks.HandLoopRollUp}), Java Streams
 *       ({@link org.commonground.benchmarks.StreamsRollUp}) and DuckDB
 *       ({@link org.commonground.benchmarks.DuckDbRollUp}: its query with one and two threads, its
 *       Appender load apart); merging partials; community values.
 *   <li>{@link org.commonground.benchmarks.TableBuildingBenchmark} and
 *       {@link org.commonground.benchmarks.TableMemoryBenchmark}: building the columnar table, and
 *       its memory per record against the raw columns.
 *   <li>{@link org.commonground.benchmarks.SurveyScoringBenchmark}: survey scoring, 44 items,
 *       against a hand-written single-pass loop ({@link org.commonground.benchmarks.SurveyHandLoop}).
 *   <li>{@link org.commonground.benchmarks.SuppressionBenchmark},
 *       {@link org.commonground.benchmarks.ExactSumBenchmark}: small-cell suppression and its disclosure audit; exact sums.
 * </ul>
 *
 * <p>The full comparison, every benchmark at every size (about 35 minutes on 2 cores; results
 * also in {@code benchmarks/target/jmh-result.json}):
 *
 * <pre class="shell">{@code
 * ./mvnw -q -Pbench -DskipTests package
 * }</pre>
 *
 * <p>Any JMH options instead, for example the roll-up alone at 10⁶ records, with allocation:
 *
 * <pre class="shell">{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="MeasureAggregation -p records=1000000 -prof gc"
 * }</pre>
 *
 * <p>The build runs every benchmark once on tiny data ({@code BenchmarksRunTest}) and checks that
 * the peers agree cell by cell ({@code PeersAgreeTest}); it times nothing.
 */
package org.commonground.benchmarks;
