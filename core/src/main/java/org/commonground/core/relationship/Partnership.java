// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * Organizations working together: at least two members, a common goal written out (seed 000, step
 * 2: "write out the common goal for clarity"), the continuum their relationship is described on
 * and its current level, the ground rules they have settled, and the challenges they face.
 *
 * <pre>{@code
 * Partnership p = Partnership.builder()
 *     .name("Eastside Youth Partnership")
 *     .members(List.of(school, clinic))
 *     .commonGoal("Every Eastside student graduates healthy and ready for what comes next")
 *     .continuum(Continua.COMMUNITY_TOOL_BOX)
 *     .currentLevel(Continua.COMMUNITY_TOOL_BOX.level("coordination"))
 *     .build();
 * p.sectors();  // TreeSet(public, nonprofit)
 * }</pre>
 *
 * <p>Checked on creation, every problem named with its path: fewer than two members, repeated
 * member ids, a blank name or goal, a current level from another continuum. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Partnership {

  Partnership() {}

  /**
   * The partnership's name.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The member organizations.
   *
   * @return two or more members with distinct ids
   */
  @Value.Default
  public List<Organization> members() {
    return List.empty();
  }

  /**
   * The common goal, written out.
   *
   * @return the goal, never blank
   */
  public abstract String commonGoal();

  /**
   * The continuum the relationship is described on.
   *
   * @return the continuum
   */
  public abstract Continuum continuum();

  /**
   * The current relationship.
   *
   * @return a level of the continuum, or none before the partners work together at all
   */
  @Value.Default
  public Option<Level> currentLevel() {
    return Option.none();
  }

  /**
   * The ground rules settled so far.
   *
   * @return the ground rules; none settled unless set
   */
  @Value.Default
  public GroundRules groundRules() {
    return GroundRules.NONE;
  }

  /**
   * The challenges the partners have flagged.
   *
   * @return the challenges; none unless set
   */
  @Value.Default
  public Set<Challenge> challenges() {
    return TreeSet.empty();
  }

  /**
   * A builder for a partnership.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Partnership}: every setter of the generated {@link ImmutablePartnership.Builder} (which
   * take Vavr's {@code Option} and collections), and for {@code members}, {@code currentLevel}, {@code challenges} also the plain value or a
   * {@code java.util} collection. {@code build()} checks the value and reports every problem, a
   * null included, with its path in one {@code ValidationException}.
   */
  public static final class Builder extends ImmutablePartnership.Builder {

    /** A new, empty builder; {@link Partnership#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the member organizations from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param members the member organizations; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder members(Iterable<? extends Organization> members) {
      return members(JavaInputs.<Organization>list(members));
    }

    /**
     * Sets the current level to a present value: the same as {@code currentLevel(Option.of(currentLevel))}.
     *
     * @param currentLevel the current level; null is reported by {@code build()} as a {@code ValidationException}
     *     naming {@code currentLevel}
     * @return this builder
     */
    public Builder currentLevel(Level currentLevel) {
      return currentLevel(currentLevel == null ? null : Option.some(currentLevel));
    }

    /**
     * Sets the challenges from any {@link Iterable}, such as a {@code java.util.Set}.
     *
     * @param challenges the challenges; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder challenges(Iterable<? extends Challenge> challenges) {
      return challenges(JavaInputs.<Challenge>sortedSet(challenges));
    }
  }

  /**
   * The sectors the members come from.
   *
   * @return the sectors present
   */
  public Set<Sector.Kind> sectors() {
    return TreeSet.ofAll(members().flatMap(m -> m.sectors().map(Sector::kind)));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("name", name())
        .noNullElements("members", members())
        .notNull("commonGoal", commonGoal())
        .notNull("continuum", continuum())
        .noNullElements("currentLevel", currentLevel())
        .notNull("groundRules", groundRules())
        .noNullElements("challenges", challenges())
        .when(name() != null, v -> v.notBlank("name", name()))
        .when(Violations.nullFree(members()), v -> v
            .atLeast("members", members().size(), 2)
            .distinct("members", members(), Organization::id))
        .when(commonGoal() != null, v -> v.notBlank("commonGoal", commonGoal()))
        .when(Violations.nullFree(continuum(), currentLevel()), v -> v.require(
            currentLevel().forAll(l -> l.continuum().equals(continuum().id()) && continuum().levels().contains(l)),
            "currentLevel",
            () -> Message.of("core.relationship.level.unknown", continuum(),
                currentLevel().map(l -> (Object) Message.of("core.relationship.levelOf", l, l.continuum())).getOrElse(""))))
        .throwIfAny("Partnership " + name());
  }

  /** Returns {@code Partnership "Eastside": 5 members, Himmelman's continuum, currently coordination, 5 of 6 ground rules}. */
  @Override
  public String toString() {
    return "Partnership \"" + name() + "\": " + members().size() + (members().size() == 1 ? " member, " : " members, ") + continuum()
        + ", currently " + currentLevel().map(Object::toString).getOrElse("none") + ", "
        + (GroundRule.values().length - groundRules().missing().size()) + " of " + GroundRule.values().length + " ground rules";
  }
}
