// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import io.vavr.collection.List;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Dimension;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.alignment.Rating;

/**
 * The sample partnership's members rating the five alignments on the "in place" scale: they agree
 * leadership is in place, agree outcomes are not yet aligned, and see data systems very
 * differently.
 *
 * <pre>{@code
 * AlignmentScoring.withDefaults().profile(SampleAlignment.ratings(), Option.of(SampleMeasures.measures()));
 * }</pre>
 */
public final class SampleAlignment {

  private SampleAlignment() {}

  /**
   * The ratings: one per member and dimension, in the members' order of
   * {@link SamplePartnership#members()}.
   *
   * @return the checked ratings
   */
  public static AlignmentRatings ratings() {
    List<String> members = SamplePartnership.members().map(m -> m.id());
    List<List<Integer>> byDimension =
        List.of(
            List.of(5, 4, 4, 4, 5, 4),  // leadership
            List.of(2, 2, 3, 2, 2, 2),  // outcomes
            List.of(3, 4, 3, 2, 4, 3),  // action
            List.of(5, 1, 4, 1, 2, 3),  // data systems
            List.of(3, 3, 4, 2, 3, 3)); // advocacy
    List<Dimension> dimensions = Frameworks.FIVE_ALIGNMENTS.dimensions();
    List<Rating> ratings =
        dimensions.zip(byDimension).flatMap(d -> members.zip(d._2).map(m -> Rating.of(m._1, d._1.id(), m._2)));
    return AlignmentRatings.of(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE, ratings);
  }
}
