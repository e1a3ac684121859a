// SPDX-License-Identifier: Apache-2.0
/**
 * Common Ground's numeric scoring and aggregation over the core model: the numbers behind survey
 * scores, agreement indices and shared-measure roll-ups. Like core, it does no I/O.
 *
 * <ul>
 *   <li>{@link org.commonground.scoring.numeric} — exact arithmetic that makes every score
 *       independent of the order its inputs arrive in: {@code ExactSum.of(0.1, 0.2, 0.3)} is
 *       {@code 0.6} whatever the order.
 *   <li>{@link org.commonground.scoring.relationship} — partner matrices and partner networks,
 *       with JGraphT for the graph measures.
 *   <li>{@link org.commonground.scoring.alignment}, {@link org.commonground.scoring.readiness},
 *       {@link org.commonground.scoring.measure}, {@link org.commonground.scoring.suppression} —
 *       the scoring of each capability.
 *   <li>{@link org.commonground.scoring.uncertainty} — confidence intervals of proportions, counts
 *       and rates, and the reliability flags of small numbers.
 * </ul>
 */
module org.commonground.scoring {
  requires transitive org.commonground.core;
  requires org.jgrapht.core;
  requires ojalgo;
  requires org.apache.commons.statistics.distribution;
  requires static org.immutables.value.annotations;

  exports org.commonground.scoring.alignment;
  exports org.commonground.scoring.measure;
  exports org.commonground.scoring.numeric;
  exports org.commonground.scoring.readiness;
  exports org.commonground.scoring.relationship;
  exports org.commonground.scoring.suppression;
  exports org.commonground.scoring.uncertainty;
}
