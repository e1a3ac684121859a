// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The ground rules a partnership has settled, each with what was agreed, and the checklist of
 * seed 002 they are checked against.
 *
 * <pre>{@code
 * GroundRules rules = GroundRules.of(TreeMap.of(
 *     GroundRule.DECISION_MAKING, "Consensus; majority vote after two meetings",
 *     GroundRule.MEDIA, "The backbone's director"));
 * rules.missing();      // List(what should be considered confidential, ...)
 * rules.isComplete();   // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroundRules {

  /** No rules settled yet. */
  public static final GroundRules NONE = of(TreeMap.empty());

  GroundRules() {}

  /**
   * What was agreed for each settled rule.
   *
   * @return rule → agreement
   */
  @Value.Parameter
  public abstract SortedMap<GroundRule, String> agreed();

  /**
   * Settled ground rules.
   *
   * @param agreed rule → what was agreed, each agreement written out (not blank)
   * @return the ground rules
   * @throws org.commonground.core.validation.ValidationException naming every blank agreement
   */
  public static GroundRules of(SortedMap<GroundRule, String> agreed) {
    return ImmutableGroundRules.of(agreed);
  }

  /**
   * The ground rules agreed, given as a {@code java.util.Map}.
   *
   * @param agreed ground rule → what was agreed
   * @return the ground rules
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static GroundRules of(java.util.Map<GroundRule, String> agreed) {
    return of(JavaInputs.<GroundRule, String>sortedMap(agreed));
  }

  /**
   * The rules of the checklist not yet settled, in the checklist's order.
   *
   * @return the missing rules
   */
  public List<GroundRule> missing() {
    return List.of(GroundRule.values()).filter(r -> !agreed().containsKey(r));
  }

  /**
   * Whether every rule of the checklist is settled.
   *
   * @return true if nothing is missing
   */
  public boolean isComplete() {
    return missing().isEmpty();
  }

  /**
   * The completeness check in a sentence, naming what is missing.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The completeness check in a sentence, in a language.
   *
   * @param locale the language, {@link java.util.Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(java.util.Locale locale) {
    return explanationMessage().text(locale);
  }

  /**
   * The completeness check in a sentence, as a message naming what is missing.
   *
   * @return the explanation
   */
  public Message explanationMessage() {
    return isComplete()
        ? Message.of("core.relationship.groundRules.complete")
        : Message.of("core.relationship.groundRules.missing", GroundRule.values().length - missing().size(),
            Message.join("core.text.comma", missing().map(GroundRule::label)));
  }

  @Value.Check
  void check() {
    Violations found = Violations.none().noNullEntries("agreed", agreed());
    if (!found.isEmpty()) {
      found.throwIfAny("GroundRules");
    }
    for (GroundRule rule : agreed().keySet()) {
      found = found.notBlank("agreed." + rule.name(), agreed().get(rule).get());
    }
    found.throwIfAny("GroundRules");
  }

  /** Returns {@code GroundRules: 5 of 6 settled, missing DECISIONS}. */
  @Override
  public String toString() {
    return "GroundRules: " + agreed().size() + " of " + GroundRule.values().length + " settled"
        + (missing().isEmpty() ? "" : ", missing " + missing().mkString(", "));
  }
}
