// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * An ordered list of the levels at which organizations can relate, as data: the activities that
 * define each level, and what each requires of the partners. Two orderings are published and they
 * disagree (DOMAIN.md §1), so each is its own continuum: {@link Continua#COMMUNITY_TOOL_BOX} and
 * {@link Continua#LEVELS_OF_COLLABORATION}; users define their own.
 *
 * <p>Checked on creation: levels ranked 0, 1, 2, … in order, all of this continuum, with distinct
 * ids; every activity a level names and every requirement it sets is one the continuum declares;
 * in a cumulative continuum, requirements never decrease from one level to the next, since each
 * level does everything the one below does.
 *
 * <pre>{@code
 * Continuum ctb = Continua.COMMUNITY_TOOL_BOX;
 * ctb.level("collaboration").get().rank();  // 3
 * ctb.next(ctb.level("networking").get());  // Some(Coordination)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Continuum {

  Continuum() {}

  /**
   * The continuum's id; its levels carry it.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String id();

  /**
   * The continuum's name.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Where the continuum comes from.
   *
   * @return the citation, never blank
   */
  public abstract String source();

  /**
   * Whether each level does everything the levels below it do (Himmelman's continuum is).
   *
   * @return true if cumulative
   */
  public abstract boolean cumulative();

  /**
   * The activities the levels are defined by.
   *
   * @return the activities, with distinct ids
   */
  @Value.Default
  public List<Activity> activities() {
    return List.empty();
  }

  /**
   * The requirements the levels set, such as trust, time, commitment or money.
   *
   * @return the requirement ids
   */
  @Value.Default
  public List<String> requirements() {
    return List.empty();
  }

  /**
   * The levels, lowest first.
   *
   * @return two or more levels
   */
  @Value.Default
  public List<Level> levels() {
    return List.empty();
  }

  /**
   * A builder for a continuum of your own.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Continuum}: every setter of the generated {@link ImmutableContinuum.Builder} (which
   * take Vavr's {@code Option} and collections), and for {@code activities}, {@code requirements}, {@code levels} also the plain value or a
   * {@code java.util} collection. {@code build()} checks the value and reports every problem, a
   * null included, with its path in one {@code ValidationException}.
   */
  public static final class Builder extends ImmutableContinuum.Builder {

    /** A new, empty builder; {@link Continuum#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the activities from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param activities the activities; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder activities(Iterable<? extends Activity> activities) {
      return activities(JavaInputs.<Activity>list(activities));
    }

    /**
     * Sets the requirements from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param requirements the requirements; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder requirements(Iterable<? extends String> requirements) {
      return requirements(JavaInputs.<String>list(requirements));
    }

    /**
     * Sets the levels from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param levels the levels; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder levels(Iterable<? extends Level> levels) {
      return levels(JavaInputs.<Level>list(levels));
    }
  }

  /**
   * The level with an id.
   *
   * @param levelId a level id
   * @return the level, or none
   */
  public Option<Level> level(String levelId) {
    return levels().find(l -> l.id().equals(levelId));
  }

  /**
   * The activity with an id.
   *
   * @param activityId an activity id
   * @return the activity, or none
   */
  public Option<Activity> activity(String activityId) {
    return activities().find(a -> a.id().equals(activityId));
  }

  /**
   * The level one above a level of this continuum: never a skip.
   *
   * @param level a level of this continuum
   * @return the next level, or none at the top
   * @throws IllegalArgumentException if the level is not of this continuum
   */
  public Option<Level> next(Level level) {
    requireOwn(level);
    int next = level.rank() + 1;
    return next < levels().size() ? Option.of(levels().get(next)) : Option.none();
  }

  /**
   * The activities a level requires: its own, and in a cumulative continuum those of every level
   * below it.
   *
   * @param level a level of this continuum
   * @return the activity ids
   * @throws IllegalArgumentException if the level is not of this continuum
   */
  public Set<String> activitiesThrough(Level level) {
    requireOwn(level);
    return (cumulative() ? levels().take(level.rank() + 1) : List.of(level)).flatMap(Level::activities).toSet();
  }

  /**
   * Checks that a level belongs to this continuum.
   *
   * @param level a level
   * @throws IllegalArgumentException naming both continua if it does not
   */
  public void requireOwn(Level level) {
    if (!level.continuum().equals(id()) || !levels().contains(level)) {
      throw new IllegalArgumentException(
          "level: must be a level of " + name() + " (" + id() + "), got " + level + " of " + level.continuum());
    }
  }

  @Value.Check
  void check() {
    Violations nulls =
        Violations.none()
            .notNull("id", id())
            .notNull("name", name())
            .notNull("source", source())
            .noNullElements("activities", activities())
            .noNullElements("requirements", requirements())
            .noNullElements("levels", levels());
    if (!nulls.isEmpty()) {
      nulls
          .when(id() != null, v -> v.id("id", id()))
          .when(name() != null, v -> v.notBlank("name", name()))
          .when(source() != null, v -> v.notBlank("source", source()))
          .throwIfAny("Continuum " + id());
    }
    Set<String> activityIds = activities().map(Activity::id).toSet();
    Set<String> requirementIds = requirements().toSet();
    Violations found =
        Violations.none()
            .id("id", id())
            .notBlank("name", name())
            .notBlank("source", source())
            .atLeast("levels", levels().size(), 2)
            .distinct("levels", levels(), Level::id)
            .distinct("activities", activities(), Activity::id)
            .distinct("requirements", requirements(), r -> r);
    for (int i = 0; i < levels().size(); i++) {
      Level level = levels().get(i);
      String path = "levels[" + i + "]";
      int rank = i;
      found =
          found
              .require(level.continuum().equals(id()), path + ".continuum", () -> Message.of("core.validation.equals", id(), level.continuum()))
              .require(level.rank() == rank, path + ".rank", () -> Message.of("core.relationship.continuum.rank", rank, level.rank()));
      for (String activity : level.activities()) {
        found = found.require(activityIds.contains(activity), path + ".activities",
            () -> Message.of("core.relationship.continuum.activity", activityIds.toSortedSet().mkString("(", ", ", ")"), "\"" + activity + "\""));
      }
      for (String requirement : level.requirements().keySet()) {
        found = found.require(requirementIds.contains(requirement), path + ".requirements",
            () -> Message.of("core.relationship.continuum.requirement", requirements().mkString("(", ", ", ")"), "\"" + requirement + "\""));
      }
      if (cumulative() && i > 0) {
        Level below = levels().get(i - 1);
        for (String requirement : below.requirements().keySet()) {
          int lower = below.requirements().get(requirement).get();
          int here = level.requirements().get(requirement).getOrElse(0);
          found = found.require(here >= lower, path + ".requirements." + requirement,
              () -> Message.of("core.relationship.continuum.cumulative", lower, here));
        }
      }
    }
    found.throwIfAny("Continuum " + id());
  }

  /** Returns the continuum's name. */
  @Override
  public String toString() {
    return name();
  }
}
