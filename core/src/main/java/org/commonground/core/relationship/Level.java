// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.partner.Sector;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One level of a {@link Continuum}: its rank (0 for the first), its definition, the activities it
 * adds, what it requires of the partners (each requirement an ordinal minimum), and for a
 * multisector level the sectors its members must span.
 *
 * <p>A level knows its continuum. Levels of one continuum are ordered by rank; levels of different
 * continua have no order — {@link #compareTo} refuses them, so a Himmelman "cooperation" (rank 2)
 * is never silently compared with a Levels of Collaboration Scale "cooperation" (also 2, but a
 * different construct).
 *
 * <pre>{@code
 * Level cooperation = Continua.COMMUNITY_TOOL_BOX.level("cooperation").get();
 * cooperation.rank();                      // 2
 * cooperation.requirements().get("trust"); // Some(3)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Level implements Comparable<Level> {

  Level() {}

  /**
   * The id of the continuum the level belongs to.
   *
   * @return the continuum id
   */
  public abstract String continuum();

  /**
   * The level's place on its continuum, 0 for the first.
   *
   * @return the rank
   */
  public abstract int rank();

  /**
   * The level's id, unique within its continuum.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String id();

  /**
   * The level's name.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The level's definition, as its source gives it.
   *
   * @return the definition, never blank
   */
  public abstract String definition();

  /**
   * The ids of the activities this level adds to the levels below it.
   *
   * @return the activity ids; possibly none
   */
  @Value.Default
  public List<String> activities() {
    return List.empty();
  }

  /**
   * What the level requires: requirement id → the least ordinal amount (1 to 5) the partners need.
   *
   * @return the requirements
   */
  @Value.Default
  public SortedMap<String, Integer> requirements() {
    return TreeMap.empty();
  }

  /**
   * The sectors the members must span for this level (for a multisector collaboration).
   *
   * @return the sectors; empty when any membership will do
   */
  @Value.Default
  public Set<Sector.Kind> requiredSectors() {
    return TreeSet.empty();
  }

  /**
   * Characteristics the source publishes for the level, such as its roles, communication and
   * decision-making (Levels of Collaboration Scale).
   *
   * @return aspect → description
   */
  @Value.Default
  public SortedMap<String, String> characteristics() {
    return TreeMap.empty();
  }

  /**
   * A builder for a level of a continuum of your own.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Level}: every setter of the generated {@link ImmutableLevel.Builder} (which
   * take Vavr's {@code Option} and collections), and for {@code activities}, {@code requirements}, {@code requiredSectors}, {@code characteristics} also the plain value or a
   * {@code java.util} collection. {@code build()} checks the value and reports every problem, a
   * null included, with its path in one {@code ValidationException}.
   */
  public static final class Builder extends ImmutableLevel.Builder {

    /** A new, empty builder; {@link Level#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the activities from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param activities the activities; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder activities(Iterable<? extends String> activities) {
      return activities(JavaInputs.<String>list(activities));
    }

    /**
     * Sets the requirements from a {@code java.util.Map}, sorted by key.
     *
     * @param requirements the requirements; a null, or a null key or value, is reported by {@code build()} with its
     *     path
     * @return this builder
     */
    public Builder requirements(java.util.Map<String, Integer> requirements) {
      return requirements(JavaInputs.<String, Integer>sortedMap(requirements));
    }

    /**
     * Sets the sectors required from any {@link Iterable}, such as a {@code java.util.Set}.
     *
     * @param requiredSectors the sectors required; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder requiredSectors(Iterable<? extends Sector.Kind> requiredSectors) {
      return requiredSectors(JavaInputs.<Sector.Kind>sortedSet(requiredSectors));
    }

    /**
     * Sets the characteristics from a {@code java.util.Map}, sorted by key.
     *
     * @param characteristics the characteristics; a null, or a null key or value, is reported by {@code build()} with its
     *     path
     * @return this builder
     */
    public Builder characteristics(java.util.Map<String, String> characteristics) {
      return characteristics(JavaInputs.<String, String>sortedMap(characteristics));
    }
  }

  /**
   * Orders two levels of the same continuum by rank.
   *
   * @param other a level of the same continuum
   * @return negative, zero or positive as this level is lower, the same or higher
   * @throws IllegalArgumentException if the levels belong to different continua
   */
  @Override
  public int compareTo(Level other) {
    if (!other.continuum().equals(continuum())) {
      throw new IllegalArgumentException(
          "level: levels of different continua have no order; " + this + " is of " + continuum() + ", "
              + other + " of " + other.continuum());
    }
    return Integer.compare(rank(), other.rank());
  }

  /**
   * Whether this level is above another of the same continuum.
   *
   * @param other a level of the same continuum
   * @return true if this level's rank is higher
   * @throws IllegalArgumentException if the levels belong to different continua
   */
  public boolean isAbove(Level other) {
    return compareTo(other) > 0;
  }

  @Value.Check
  void check() {
    Violations found =
        Violations.none()
            .notNull("continuum", continuum())
            .notNull("id", id())
            .notNull("name", name())
            .notNull("definition", definition())
            .noNullElements("activities", activities())
            .noNullEntries("requirements", requirements())
            .noNullElements("requiredSectors", requiredSectors())
            .noNullEntries("characteristics", characteristics())
            .when(continuum() != null, v -> v.id("continuum", continuum()))
            .when(id() != null, v -> v.id("id", id()))
            .when(name() != null, v -> v.notBlank("name", name()))
            .when(definition() != null, v -> v.notBlank("definition", definition()))
            .require(rank() >= 0, "rank", () -> Message.of("core.validation.notNegative", rank()));
    for (String requirement : Violations.nullFree(requirements()) ? requirements().keySet() : TreeSet.<String>empty()) {
      int amount = requirements().get(requirement).get();
      found = found.require(amount >= 1 && amount <= 5, "requirements." + requirement, () -> Message.of("core.validation.between", 1, 5, amount));
    }
    found.throwIfAny("Level");
  }

  /** Returns the level's name. */
  @Override
  public String toString() {
    return name();
  }
}
