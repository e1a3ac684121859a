// SPDX-License-Identifier: Apache-2.0
/**
 * Exact arithmetic for scores and roll-ups, so that a result never depends on the order in which
 * partners' data arrive or on how the data were split before being combined.
 *
 * <pre>{@code
 * ExactSum partA = new ExactSum().add(1e16).add(1.0);
 * ExactSum partB = new ExactSum().add(-1e16);
 * partA.merge(partB).value();          // 1.0 (a plain left-to-right sum gives 0.0)
 * ExactSum.of(0.1, 0.1, 0.1, 0.1, 0.1,
 *             0.1, 0.1, 0.1, 0.1, 0.1); // 1.0 (a plain sum gives 0.9999999999999999)
 * }</pre>
 */
package org.commonground.scoring.numeric;
