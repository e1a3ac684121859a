// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * An ordered checklist whose steps describe ever deeper practice, answered "check all that apply":
 * a respondent's place on the ladder is the highest step checked. The Community Collaborative
 * Assessment has two, {@link CommunityCollaborativeAssessment#CONSTITUENT} and
 * {@link CommunityCollaborativeAssessment#ORGANIZATION}.
 *
 * <pre>{@code
 * Ladder ladder = CommunityCollaborativeAssessment.ORGANIZATION;
 * ladder.position("C");  // Some(2): the third step
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ladder {

  Ladder() {}

  /**
   * The ladder's id.
   *
   * @return the id: never blank, without control characters, line breaks or surrounding white space
   */
  public abstract String id();

  /**
   * The ladder's name as reports show it.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The steps, lowest first.
   *
   * @return two or more steps with distinct ids
   */
  @Value.Default
  public List<LadderStep> steps() {
    return List.empty();
  }

  /**
   * Creates a ladder.
   *
   * @param id the id; not blank
   * @param name the name; not blank
   * @param steps two or more steps, lowest first, with distinct ids
   * @return the ladder
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static Ladder of(String id, String name, Iterable<? extends LadderStep> steps) {
    return ImmutableLadder.builder().id(id).name(name).steps(JavaInputs.<LadderStep>list(steps)).build();
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code Ladder.builder().id(..).name(..).steps(..).build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Ladder}: every setter of the generated {@link ImmutableLadder.Builder}, and
   * for {@code steps} also the plain value or a {@code java.util} collection. {@code build()}
   * checks the value and reports every problem, a null included, with its path in one
   * {@code ValidationException}.
   */
  public static final class Builder extends ImmutableLadder.Builder {

    /** A new, empty builder; {@link Ladder#builder()} reads better. */
    public Builder() {}

    /**
     * Sets the steps from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param steps the steps; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder steps(Iterable<? extends LadderStep> steps) {
      return steps(JavaInputs.<LadderStep>list(steps));
    }
  }

  /**
   * The position of a step, 0 for the lowest.
   *
   * @param stepId a step id
   * @return its position, or none if the ladder has no such step
   */
  public Option<Integer> position(String stepId) {
    int index = steps().indexWhere(s -> s.id().equals(stepId));
    return index < 0 ? Option.none() : Option.of(index);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("id", id())
        .notNull("name", name())
        .noNullElements("steps", steps())
        .when(id() != null, v -> v.id("id", id()))
        .when(name() != null, v -> v.notBlank("name", name()))
        .when(Violations.nullFree(steps()), v -> v
            .atLeast("steps", steps().size(), 2)
            .distinct("steps", steps(), LadderStep::id))
        .throwIfAny("Ladder");
  }

  /** Returns {@code Ladder share "Readiness to share": 5 steps}. */
  @Override
  public String toString() {
    return "Ladder " + id() + " \"" + name() + "\": " + steps().size() + " steps";
  }
}
