// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.alignment;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigInteger;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;

/**
 * The within-group agreement index r_wg (James, Demaree and Wolf, "Estimating within-group
 * interrater reliability with and without response bias", <i>Journal of Applied Psychology</i>
 * 69, 1984): {@code r_wg = 1 − s² / σ²_EU}, where s² is the sample variance of the ratings (with
 * n − 1) and σ²_EU = (A² − 1) / 12 the variance of a uniform answer over a scale of A points; it is
 * set to 0 when s² exceeds σ²_EU. Agreement is undefined for fewer than two ratings. Every rating
 * must be a point of the scale: a rating off the scale is refused, never scored.
 *
 * <p>Computed in exact integers — {@code r_wg = 1 − 12 (n Σx² − (Σx)²) / (n (n − 1) (A² − 1))} —
 * and divided once, so identical ratings give exactly 1 and no order of the ratings changes a bit.
 *
 * <pre>{@code
 * Agreement.rwg(List.of(4, 4, 4), 5);      // Some(1.0)
 * Agreement.rwg(List.of(4, 4, 5, 3), 5);   // Some(0.666…): s² = 2/3, σ²_EU = 2
 * Agreement.rwg(List.of(4), 5);            // None: undefined for one rating
 * }</pre>
 */
public final class Agreement {

  private Agreement() {}

  /**
   * r_wg of a set of ratings on a scale from 1 to {@code points}.
   *
   * @param ratings the ratings, each a point of the scale: from 1 to {@code points}; not null
   * @param points the number of points of the scale, at least 2
   * @return r_wg in [0, 1], or none with fewer than two ratings
   * @throws org.commonground.core.validation.ValidationException if the scale has fewer than two
   *     points, or naming, by index, every rating that is null or outside 1 to {@code points}
   */
  public static Option<Double> rwg(List<Integer> ratings, int points) {
    if (points < 2) {
      Violations.none()
          .add(Violation.of("points", Message.of("core.validation.min", 2, points)))
          .throwIfAny("Agreement");
    }
    return rwg(ratings, ResponseScale.of(1, points));
  }

  /**
   * The same as {@link #rwg(List, int)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param ratings the ratings, each a point of the scale: from 1 to {@code points}; not null
   * @param points the number of points of the scale, at least 2
   * @return r_wg in [0, 1], or none with fewer than two ratings
   * @throws org.commonground.core.validation.ValidationException if the scale has fewer than two
   *     points, or naming, by index, every rating that is null or outside 1 to {@code points}
   */
  public static Option<Double> rwg(Iterable<Integer> ratings, int points) {
    return rwg(JavaInputs.list(ratings), points);
  }

  /**
   * r_wg of a set of ratings on a response scale; σ²_EU depends only on its number of points.
   *
   * @param ratings the ratings, each a point of the scale; not null
   * @param scale the scale the ratings were given on; not null
   * @return r_wg in [0, 1], or none with fewer than two ratings
   * @throws org.commonground.core.validation.ValidationException naming, by index and with the
   *     scale's range, every rating that is null or not a point of the scale
   */
  public static Option<Double> rwg(List<Integer> ratings, ResponseScale scale) {
    Violations found = Violations.none()
        .require(ratings != null, "ratings", () -> Message.of("scoring.alignment.ratings.missing"))
        .require(scale != null, "scale", () -> Message.of("scoring.alignment.scale.missing"));
    if (ratings != null && scale != null) {
      int index = 0;
      for (Integer x : ratings) {
        found = found.require(x != null && scale.contains(x), "ratings[" + index + "]",
            () -> Message.of("core.validation.between", scale.min(), scale.max(), String.valueOf(x)));
        index++;
      }
    }
    found.throwIfAny("Agreement");
    int points = scale.points();
    long n = ratings.size();
    if (n < 2) {
      return Option.none();
    }
    BigInteger sum = BigInteger.ZERO;
    BigInteger squares = BigInteger.ZERO;
    for (int x : ratings) {
      sum = sum.add(BigInteger.valueOf(x));
      squares = squares.add(BigInteger.valueOf((long) x * x));
    }
    BigInteger spread = BigInteger.valueOf(n).multiply(squares).subtract(sum.multiply(sum)).multiply(BigInteger.valueOf(12));
    BigInteger scaleVariance = BigInteger.valueOf(n * (n - 1)).multiply(BigInteger.valueOf((long) points * points - 1));
    if (spread.compareTo(scaleVariance) >= 0) {
      return Option.of(0.0);
    }
    return Option.of(scaleVariance.subtract(spread).doubleValue() / scaleVariance.doubleValue());
  }

  /**
   * The same as {@link #rwg(List, ResponseScale)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param ratings the ratings, each a point of the scale; not null
   * @param scale the scale the ratings were given on; not null
   * @return r_wg in [0, 1], or none with fewer than two ratings
   * @throws org.commonground.core.validation.ValidationException naming, by index and with the
   *     scale's range, every rating that is null or not a point of the scale
   */
  public static Option<Double> rwg(Iterable<Integer> ratings, ResponseScale scale) {
    return rwg(JavaInputs.list(ratings), scale);
  }
}
