// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * An edition of the Community Readiness Model: the dimensions that key-informant interviews are
 * scored on, each on an anchored scale from 1 to 9 whose points are the nine
 * {@link ReadinessStage stages}.
 *
 * <p>Source: Tri-Ethnic Center for Prevention Research; Plested, Edwards and Jumper-Thurman,
 * <i>Community Readiness: A Handbook for Successful Change</i>. The 2006 handbook scores six
 * dimensions ({@link #HANDBOOK_2006}); the 2014 handbook five ({@link #HANDBOOK_2014}), merging
 * community efforts with community knowledge of the efforts. Four to six interviews are usual; two
 * scorers rate each interview on each dimension independently, then agree a consensus score.
 *
 * <pre>{@code
 * CommunityReadinessModel.HANDBOOK_2014.dimensions().map(ReadinessDimension::name);
 * // List(Community efforts and knowledge of the efforts, Leadership, Community climate, ...)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommunityReadinessModel {

  /** The lowest anchored score, stage 1. */
  public static final int MIN_SCORE = 1;

  /** The highest anchored score, stage 9. */
  public static final int MAX_SCORE = 9;

  /** The 2006 handbook's six dimensions. */
  public static final CommunityReadinessModel HANDBOOK_2006 =
      of(
          "2006",
          "Plested, Edwards & Jumper-Thurman (2006), Community Readiness: A Handbook for Successful "
              + "Change, Tri-Ethnic Center for Prevention Research",
          List.of(
              ReadinessDimension.of("community-efforts", "Community efforts"),
              ReadinessDimension.of("knowledge-of-efforts", "Community knowledge of the efforts"),
              ReadinessDimension.of("leadership", "Leadership"),
              ReadinessDimension.of("community-climate", "Community climate"),
              ReadinessDimension.of("knowledge-of-issue", "Community knowledge about the issue"),
              ReadinessDimension.of("resources", "Resources related to the issue")));

  /** The 2014 handbook's five dimensions: the first two of 2006 merged. */
  public static final CommunityReadinessModel HANDBOOK_2014 =
      of(
          "2014",
          "Tri-Ethnic Center for Prevention Research (2014), Community Readiness for Community "
              + "Change, 2nd ed.",
          List.of(
              ReadinessDimension.of("community-efforts", "Community efforts and knowledge of the efforts"),
              ReadinessDimension.of("leadership", "Leadership"),
              ReadinessDimension.of("community-climate", "Community climate"),
              ReadinessDimension.of("knowledge-of-issue", "Community knowledge about the issue"),
              ReadinessDimension.of("resources", "Resources related to the issue")));

  CommunityReadinessModel() {}

  /**
   * The handbook edition ("2006", "2014", or a user's own).
   *
   * @return the edition, never blank
   */
  public abstract String edition();

  /**
   * Where the edition comes from.
   *
   * @return the citation, or none for a user's own adaptation
   */
  @Value.Default
  public Option<String> source() {
    return Option.none();
  }

  /**
   * The dimensions every interview is scored on.
   *
   * @return one or more dimensions with distinct ids
   */
  @Value.Default
  public List<ReadinessDimension> dimensions() {
    return List.empty();
  }

  /**
   * An edition of the model, for adaptations of your own.
   *
   * @param edition the edition's name; not blank
   * @param source the citation; not blank
   * @param dimensions one or more dimensions with distinct ids
   * @return the model
   * @throws org.commonground.core.validation.ValidationException naming every problem
   */
  public static CommunityReadinessModel of(
      String edition, String source, Iterable<? extends ReadinessDimension> dimensions) {
    return ImmutableCommunityReadinessModel.builder()
        .edition(edition)
        .source(Option.of(source))
        .dimensions(JavaInputs.<ReadinessDimension>list(dimensions))
        .build();
  }

  /**
   * A builder, which names each attribute as it is set, so that adjacent ones of the same type
   * cannot be swapped unnoticed: {@code CommunityReadinessModel.builder().edition(..).source(..).dimensions(..).build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link CommunityReadinessModel}: every setter of the generated {@link ImmutableCommunityReadinessModel.Builder}, and
   * for {@code source}, {@code dimensions} also the plain value or a {@code java.util} collection. {@code build()}
   * checks the value and reports every problem, a null included, with its path in one
   * {@code ValidationException}.
   */
  public static final class Builder extends ImmutableCommunityReadinessModel.Builder {

    /** A new, empty builder; {@link CommunityReadinessModel#builder()} reads better. */
    public Builder() {}

    /**
     * Sets where the model comes from to a present value: the same as {@code source(Option.of(source))}.
     *
     * @param source where the model comes from; null is reported by {@code build()} as a {@code ValidationException}
     *     naming {@code source}
     * @return this builder
     */
    public Builder source(String source) {
      return source(source == null ? null : Option.some(source));
    }

    /**
     * Sets the dimensions from any {@link Iterable}, such as a {@code java.util.List}, in its order.
     *
     * @param dimensions the dimensions; a null, or a null element, is reported by {@code build()} with its path
     * @return this builder
     */
    public Builder dimensions(Iterable<? extends ReadinessDimension> dimensions) {
      return dimensions(JavaInputs.<ReadinessDimension>list(dimensions));
    }
  }

  /**
   * The dimension with an id.
   *
   * @param id a dimension id
   * @return the dimension, or none
   */
  public Option<ReadinessDimension> dimension(String id) {
    return dimensions().find(d -> d.id().equals(id));
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("edition", edition())
        .noNullElements("source", source())
        .noNullElements("dimensions", dimensions())
        .when(edition() != null, v -> v.notBlank("edition", edition()))
        .when(Violations.nullFree(dimensions()), v -> v
            .atLeast("dimensions", dimensions().size(), 1)
            .distinct("dimensions", dimensions(), ReadinessDimension::id))
        .throwIfAny("CommunityReadinessModel");
  }

  /** Returns {@code Community Readiness Model (2014)}. */
  @Override
  public String toString() {
    return "Community Readiness Model (" + edition() + ")";
  }
}
