// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import io.vavr.collection.List;
import org.commonground.core.validation.Violations;
import org.commonground.core.internal.JavaInputs;

/**
 * A dimension records are disaggregated by — race/ethnicity, income, language, school, zip code —
 * and its groups.
 *
 * <pre>{@code
 * SubgroupDimension income = SubgroupDimension.of("income", List.of("low", "middle", "high"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SubgroupDimension {

  private final String name;
  private final CodeList<String> groups;

  private SubgroupDimension(String name, CodeList<String> groups) {
    this.name = name;
    this.groups = groups;
  }

  /**
   * A dimension and its groups.
   *
   * @param name the dimension's name; not blank
   * @param groups its groups, distinct, at least one
   * @return the dimension
   * @throws org.commonground.core.validation.ValidationException naming every problem, nulls
   *     included
   */
  public static SubgroupDimension of(String name, List<String> groups) {
    Violations.none()
        .notNull("name", name)
        .noNullElements("groups", groups)
        .when(name != null, v -> v.notBlank("name", name))
        .when(Violations.nullFree(groups), v -> v
            .atLeast("groups", groups.size(), 1)
            .distinct("groups", groups, g -> g))
        .throwIfAny("SubgroupDimension");
    return new SubgroupDimension(name, CodeList.of(groups));
  }

  /**
   * The same as {@link #of(String, List)}, with the collections given as any {@link Iterable} (such as a
   * {@code java.util.List}).
   *
   * @param name the dimension's name; not blank
   * @param groups its groups, distinct, at least one
   * @return the dimension
   * @throws org.commonground.core.validation.ValidationException naming every problem, nulls
   *     included
   */
  public static SubgroupDimension of(String name, Iterable<String> groups) {
    return of(name, JavaInputs.list(groups));
  }

  /**
   * The dimension's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The groups, each with its code.
   *
   * @return the groups
   */
  public CodeList<String> groups() {
    return groups;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubgroupDimension
        && ((SubgroupDimension) other).name.equals(name)
        && ((SubgroupDimension) other).groups.equals(groups);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + groups.hashCode();
  }

  /** Returns {@code name(group, group, ...)}. */
  @Override
  public String toString() {
    return name + groups.values().mkString("(", ", ", ")");
  }
}
