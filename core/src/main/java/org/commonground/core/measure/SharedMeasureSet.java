// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.measure;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A partnership's shared measures: its common outcomes and the indicators that measure them —
 * what every partner agrees to track the same way (seed 000, step 5; seed 001, "aligned
 * outcomes").
 *
 * <p>Checked on creation: distinct outcome and indicator ids, and every indicator measures an
 * outcome of the set. Seed 001's advice of "a common set of eight to ten outcomes" is a
 * {@link #warnings() warning}, not an error.
 *
 * <pre>{@code
 * SharedMeasureSet measures = SharedMeasureSet.of("Eastside cradle to career",
 *     List.of(Outcome.of("graduation", "Students graduate")), List.of(graduationRate));
 * measures.warnings();  // outcomes: seed 001 advises eight to ten common outcomes, got 1
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SharedMeasureSet {

  /** The fewest common outcomes seed 001 advises. */
  public static final int ADVISED_MIN_OUTCOMES = 8;

  /** The most common outcomes seed 001 advises. */
  public static final int ADVISED_MAX_OUTCOMES = 10;

  SharedMeasureSet() {}

  /**
   * The set's name.
   *
   * @return the name, never blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The common outcomes.
   *
   * @return one or more outcomes with distinct ids
   */
  @Value.Parameter
  public abstract List<Outcome> outcomes();

  /**
   * The indicators.
   *
   * @return the indicators, with distinct ids, each measuring an outcome of the set
   */
  @Value.Parameter
  public abstract List<Indicator> indicators();

  /**
   * Creates a shared measure set.
   *
   * @param name the name; not blank
   * @param outcomes one or more outcomes
   * @param indicators the indicators of those outcomes
   * @return the set
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static SharedMeasureSet of(String name, Iterable<? extends Outcome> outcomes, Iterable<? extends Indicator> indicators) {
    return ImmutableSharedMeasureSet.of(name, JavaInputs.<Outcome>list(outcomes), JavaInputs.<Indicator>list(indicators));
  }

  /**
   * The indicator with an id.
   *
   * @param id an indicator id
   * @return the indicator, or none
   */
  public Option<Indicator> indicator(String id) {
    return indicators().find(i -> i.id().equals(id));
  }

  /**
   * The indicators of an outcome.
   *
   * @param outcomeId an outcome id
   * @return its indicators, in the set's order
   */
  public List<Indicator> indicatorsOf(String outcomeId) {
    return indicators().filter(i -> i.outcome().equals(outcomeId));
  }

  /**
   * Advice the set does not follow, which is not an error: seed 001's "common set of eight to ten
   * outcomes", and outcomes without an indicator.
   *
   * @return the warnings, each with its path
   */
  public List<Violation> warnings() {
    int n = outcomes().size();
    Violations found =
        Violations.none()
            .require(
                n >= ADVISED_MIN_OUTCOMES && n <= ADVISED_MAX_OUTCOMES,
                "outcomes",
                () -> Message.of("core.measure.set.advisedOutcomes", n));
    for (int i = 0; i < outcomes().size(); i++) {
      Outcome outcome = outcomes().get(i);
      found =
          found.require(
              !indicatorsOf(outcome.id()).isEmpty(),
              "outcomes[" + i + "]",
              () -> Message.of("core.measure.set.noIndicator", outcome.id()));
    }
    return found.toList();
  }

  @Value.Check
  void check() {
    Violations nulls =
        Violations.none()
            .notNull("name", name())
            .noNullElements("outcomes", outcomes())
            .noNullElements("indicators", indicators());
    if (!nulls.isEmpty()) {
      nulls.when(name() != null, v -> v.notBlank("name", name())).throwIfAny("SharedMeasureSet " + name());
    }
    Set<String> outcomeIds = outcomes().map(Outcome::id).toSet();
    Violations found =
        Violations.none()
            .notBlank("name", name())
            .atLeast("outcomes", outcomes().size(), 1)
            .distinct("outcomes", outcomes(), Outcome::id)
            .distinct("indicators", indicators(), Indicator::id);
    for (int i = 0; i < indicators().size(); i++) {
      String outcome = indicators().get(i).outcome();
      found =
          found.require(
              outcomeIds.contains(outcome),
              "indicators[" + i + "].outcome",
              () -> Message.of("core.measure.set.outcome", outcomeIds.toSortedSet().mkString("(", ", ", ")"), "\"" + outcome + "\""));
    }
    found.throwIfAny("SharedMeasureSet " + name());
  }

  /** Returns {@code SharedMeasureSet "Eastside shared measures": 2 outcomes, 4 indicators, 0 warnings}. */
  @Override
  public String toString() {
    return "SharedMeasureSet \"" + name() + "\": " + outcomes().size() + " outcomes, " + indicators().size() + " indicators, "
        + warnings().size() + (warnings().size() == 1 ? " warning" : " warnings");
  }
}
