/**
 * JMH benchmarks of the library's hot paths — columnar shared-measure aggregation and merging,
 * bulk survey scoring, small-cell suppression, exact sums — on seeded {@link
 * org.commonground.benchmarks.Workloads} sized like a regional partnership. Not a library: run it.
 *
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests package -Djmh.args="MeasureAggregation -p records=1000000"
 * }</pre>
 */
package org.commonground.benchmarks;
