// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import io.vavr.control.Option;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The safety rules of a published table: which entries are sensitive, and how well each must be
 * protected once hidden.
 *
 * <ul>
 *   <li><b>Threshold rule</b>: an entry resting on fewer records (or, in a {@link MagnitudeTable},
 *       fewer contributors) than the threshold is sensitive. Ten is the most common threshold in
 *       education reporting, and CDC WONDER suppresses counts below 10 (DOMAIN.md §4);
 *       {@link #DEFAULT} uses it. An empty entry, resting on no record at all, discloses no one and
 *       is not sensitive, as in sdcTable's frequency rule ({@code allowZeros = FALSE}). Such an
 *       entry needs the {@link #protection() protection level}.
 *   <li><b>p% rule</b> and <b>(n,k) dominance rule</b>, for magnitude tables: see
 *       {@link PercentRule} and {@link DominanceRule}; each brings its own protection level.
 * </ul>
 *
 * <pre>{@code
 * SuppressionRule.DEFAULT.threshold();                      // 10
 * SuppressionRule.of(5);                                    // a laxer threshold of your own
 * SuppressionRule.of(3)
 *     .withPercentRule(Option.of(PercentRule.of(10)))       // for funding by partner
 *     .withDominanceRule(Option.of(DominanceRule.of(2, 85)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SuppressionRule {

  /**
   * Suppress entries based on fewer than 10 records, each protected by one count either way
   * ({@link ProtectionLevel#DEFAULT}).
   */
  public static final SuppressionRule DEFAULT = of(10);

  SuppressionRule() {}

  /**
   * The fewest records a published entry may rest on.
   *
   * @return the threshold, at least 1
   */
  @Value.Parameter
  public abstract long threshold();

  /**
   * The protection an entry hidden by the threshold rule needs.
   *
   * @return the protection level; {@link ProtectionLevel#DEFAULT} unless set
   */
  @Value.Default
  public ProtectionLevel protection() {
    return ProtectionLevel.DEFAULT;
  }

  /**
   * The p% rule, for magnitude tables.
   *
   * @return the rule, or none
   */
  @Value.Default
  public Option<PercentRule> percentRule() {
    return Option.none();
  }

  /**
   * The (n,k) dominance rule, for magnitude tables.
   *
   * @return the rule, or none
   */
  @Value.Default
  public Option<DominanceRule> dominanceRule() {
    return Option.none();
  }

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
   * The same rule with another protection level for the threshold rule.
   *
   * @param level the protection level
   * @return the rule
   */
  public SuppressionRule withProtection(ProtectionLevel level) {
    return ImmutableSuppressionRule.copyOf(this).withProtection(level);
  }

  /**
   * The same rule with a p% rule as well.
   *
   * @param rule the p% rule, or none
   * @return the rule
   */
  public SuppressionRule withPercentRule(Option<PercentRule> rule) {
    return ImmutableSuppressionRule.copyOf(this).withPercentRule(rule);
  }

  /**
   * The same rule with an (n,k) dominance rule as well.
   *
   * @param rule the dominance rule, or none
   * @return the rule
   */
  public SuppressionRule withDominanceRule(Option<DominanceRule> rule) {
    return ImmutableSuppressionRule.copyOf(this).withDominanceRule(rule);
  }

  /**
   * Whether an entry with this many records must be suppressed under the threshold rule.
   *
   * @param records the records behind the entry
   * @return true if more than none and fewer than the threshold
   */
  public boolean suppresses(long records) {
    return records > 0 && records < threshold();
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("protection", protection())
        .noNullElements("percentRule", percentRule())
        .noNullElements("dominanceRule", dominanceRule())
        .require(threshold() >= 1, "threshold", () -> Message.of("core.validation.min", 1, threshold()))
        .throwIfAny("SuppressionRule");
  }

  /** Returns {@code SuppressionRule: hide counts below 10; protection 10 % of the threshold, at least 1}. */
  @Override
  public String toString() {
    return "SuppressionRule: hide counts below " + threshold() + "; protection " + protection().summary()
        + percentRule().map(r -> "; " + r).getOrElse("") + dominanceRule().map(r -> "; " + r).getOrElse("");
  }
}
