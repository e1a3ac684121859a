package org.commonground.scoring.suppression;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The small-number rule of a published table: a cell based on fewer records than the threshold
 * is suppressed. Ten is the most common threshold in education reporting, and CDC WONDER suppresses
 * counts below 10 (DOMAIN.md §4); {@link #DEFAULT} uses it.
 *
 * <pre>{@code
 * SuppressionRule.DEFAULT.threshold();  // 10
 * SuppressionRule.of(5);                // a laxer rule of your own
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSuppressionRule.class)
@JsonDeserialize(as = ImmutableSuppressionRule.class)
public abstract class SuppressionRule {

  /** Suppress cells based on fewer than 10 records. */
  public static final SuppressionRule DEFAULT = of(10);

  SuppressionRule() {}

  /**
   * The fewest records a published cell may rest on.
   *
   * @return the threshold, at least 1
   */
  @Value.Parameter
  public abstract long threshold();

  /**
   * A rule with a threshold of your own.
   *
   * @param threshold the fewest records a published cell may rest on; at least 1
   * @return the rule
   * @throws org.commonground.core.validation.ValidationException if the threshold is below 1
   */
  public static SuppressionRule of(long threshold) {
    return ImmutableSuppressionRule.of(threshold);
  }

  /**
   * Whether a cell with this many records must be suppressed.
   *
   * @param records the records behind the cell
   * @return true if fewer than the threshold
   */
  public boolean suppresses(long records) {
    return records < threshold();
  }

  @Value.Check
  void check() {
    Violations.none()
        .require(threshold() >= 1, "threshold", "must be at least 1, got " + threshold())
        .throwIfAny("SuppressionRule");
  }
}
