// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.partner.Sector;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The questions seed 002 asks before choosing a relationship ("How do you choose among
 * relationships?"): what the partners want to accomplish — the level that is <em>necessary</em> for
 * it, or that one organization can reach the goal alone (seed 000, step 1) — the resources and
 * trust they have, the sectors they span, and where they stand now.
 *
 * <pre>{@code
 * FitQuestion q = FitQuestion.builder()
 *     .continuum(Continua.COMMUNITY_TOOL_BOX)
 *     .necessary(Continua.COMMUNITY_TOOL_BOX.level("collaboration"))
 *     .current(Continua.COMMUNITY_TOOL_BOX.level("networking"))
 *     .available(TreeMap.of("trust", 3, "time", 3, ...))   // every requirement, 1 to 5
 *     .sectors(TreeSet.of(Sector.Kind.PUBLIC, Sector.Kind.NONPROFIT))
 *     .build();
 * }</pre>
 *
 * <p>Checked on creation: levels of the question's continuum, a necessary level unless one
 * organization can go alone, and every requirement of the continuum given on the 1–5 scale — none
 * is assumed. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FitQuestion {

  FitQuestion() {}

  /**
   * The continuum.
   *
   * @return the continuum
   */
  public abstract Continuum continuum();

  /**
   * Whether one organization with the right expertise can reach the goal alone.
   *
   * @return true if no collective approach is needed; false unless set
   */
  @Value.Default
  public boolean oneCanReachGoalAlone() {
    return false;
  }

  /**
   * The level necessary for what the partners want to accomplish.
   *
   * @return the level; none only when one organization can go alone
   */
  @Value.Default
  public Option<Level> necessary() {
    return Option.none();
  }

  /**
   * The current relationship.
   *
   * @return the level, or none before the partners work together
   */
  @Value.Default
  public Option<Level> current() {
    return Option.none();
  }

  /**
   * What the partners have of each requirement, on the scale of 1 (minimal) to 5 (very high).
   *
   * @return requirement id → amount
   */
  @Value.Default
  public SortedMap<String, Integer> available() {
    return TreeMap.empty();
  }

  /**
   * The sectors the partners span.
   *
   * @return the sectors
   */
  @Value.Default
  public Set<Sector.Kind> sectors() {
    return TreeSet.empty();
  }

  /**
   * A builder for a question.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link FitQuestion}: every setter of the generated {@link ImmutableFitQuestion.Builder} (which
   * take Vavr's {@code Option} and collections), and for {@code necessary}, {@code current}, {@code available}, {@code sectors} also the plain value or a
   * {@code java.util} collection. {@code build()} checks the value and reports every problem, a
   * null included, with its path in one {@code ValidationException}.
   */
  public static final class Builder extends ImmutableFitQuestion.Builder {

    /** A new, empty builder; {@link FitQuestion#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the level the goal needs to a present value: the same as {@code necessary(Option.of(necessary))}.
     *
     * @param necessary the level the goal needs; null is reported by {@code build()} as a {@code ValidationException}
     *     naming {@code necessary}
     * @return this builder
     */
    public Builder necessary(Level necessary) {
      return necessary(necessary == null ? null : Option.some(necessary));
    }

    /**
     * Sets the current level to a present value: the same as {@code current(Option.of(current))}.
     *
     * @param current the current level; null is reported by {@code build()} as a {@code ValidationException}
     *     naming {@code current}
     * @return this builder
     */
    public Builder current(Level current) {
      return current(current == null ? null : Option.some(current));
    }

    /**
     * Sets what the partners have available from a {@code java.util.Map}, sorted by key.
     *
     * @param available what the partners have available; a null, or a null key or value, is reported by {@code build()} with its
     *     path
     * @return this builder
     */
    public Builder available(java.util.Map<String, Integer> available) {
      return available(JavaInputs.<String, Integer>sortedMap(available));
    }

    /**
     * Sets the sectors present from any {@link Iterable}, such as a {@code java.util.Set}.
     *
     * @param sectors the sectors present; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder sectors(Iterable<? extends Sector.Kind> sectors) {
      return sectors(JavaInputs.<Sector.Kind>sortedSet(sectors));
    }
  }

  /**
   * A builder for a question about a partnership, filled with its continuum, its current level and
   * the sectors its members come from; the caller adds the necessary level and the resources.
   *
   * <pre>{@code
   * FitQuestion q = FitQuestion.forPartnership(partnership)
   *     .necessary(partnership.continuum().level("collaboration"))
   *     .available(resources)
   *     .build();
   * }</pre>
   *
   * @param partnership the partnership
   * @return a new builder
   */
  public static ImmutableFitQuestion.Builder forPartnership(Partnership partnership) {
    Violations.none().notNull("partnership", partnership).throwIfAny("FitQuestion");
    return ImmutableFitQuestion.builder()
        .continuum(partnership.continuum())
        .current(partnership.currentLevel())
        .sectors(partnership.sectors());
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("continuum", continuum())
        .noNullElements("necessary", necessary())
        .noNullElements("current", current())
        .noNullEntries("available", available())
        .noNullElements("sectors", sectors())
        .throwIfAny("FitQuestion");
    List<String> requirements = continuum().requirements();
    Violations found =
        Violations.none()
            .require(oneCanReachGoalAlone() || necessary().isDefined(), "necessary",
                () -> Message.of("core.relationship.necessary.given"))
            .require(necessary().forAll(this::own), "necessary",
                () -> Message.of("core.relationship.level.unknown", continuum(), levelOf(necessary())))
            .require(current().forAll(this::own), "current",
                () -> Message.of("core.relationship.level.unknown", continuum(), levelOf(current())));
    List<String> missing = requirements.filter(r -> !available().containsKey(r));
    found = found.require(missing.isEmpty(), "available",
        () -> Message.of("core.relationship.available.missing", missing.mkString("(", ", ", ")")));
    for (String requirement : available().keySet()) {
      int amount = available().get(requirement).get();
      found =
          found
              .require(requirements.contains(requirement), "available." + requirement,
                  () -> Message.of("core.relationship.available.unknown", requirements.mkString("(", ", ", ")"), "\"" + requirement + "\""))
              .require(amount >= 1 && amount <= 5, "available." + requirement, () -> Message.of("core.validation.between", 1, 5, amount));
    }
    found.throwIfAny("FitQuestion");
  }

  private static Object levelOf(Option<Level> level) {
    return level.map(l -> (Object) Message.of("core.relationship.levelOf", l, l.continuum())).getOrElse("");
  }

  private boolean own(Level level) {
    return level.continuum().equals(continuum().id()) && continuum().levels().contains(level);
  }

  /** Returns {@code FitQuestion on Himmelman's continuum: necessary collaboration, currently coordination}. */
  @Override
  public String toString() {
    return "FitQuestion on " + continuum() + ": necessary " + necessary().map(Object::toString).getOrElse("-")
        + ", currently " + current().map(Object::toString).getOrElse("none");
  }
}
