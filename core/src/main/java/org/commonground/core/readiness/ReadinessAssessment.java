// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.readiness;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.commonground.core.internal.JavaInputs;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A Community Readiness assessment: the key-informant interviews of one community on one issue,
 * each scored on every dimension of one edition of the {@link CommunityReadinessModel}.
 *
 * <p>Checked on creation: at least one interview, distinct interview ids, and every interview rates
 * every dimension of the edition and nothing else. Scoring
 * ({@code org.commonground.scoring.readiness.StageScoring}) takes an assessment.
 *
 * <pre>{@code
 * ReadinessAssessment assessment = ReadinessAssessment.of(
 *     CommunityReadinessModel.HANDBOOK_2014, "youth substance use", interviews);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadinessAssessment {

  ReadinessAssessment() {}

  /**
   * The model edition the interviews were scored with.
   *
   * @return the edition
   */
  @Value.Parameter
  public abstract CommunityReadinessModel model();

  /**
   * The issue the community's readiness was assessed for.
   *
   * @return the issue, never blank
   */
  @Value.Parameter
  public abstract String issue();

  /**
   * The interviews.
   *
   * @return one or more interviews
   */
  @Value.Parameter
  @Value.Default
  public List<Interview> interviews() {
    return List.empty();
  }

  /**
   * Creates an assessment.
   *
   * @param model the model edition used
   * @param issue the issue assessed; not blank
   * @param interviews one or more interviews, each rating every dimension of the edition
   * @return the assessment
   * @throws org.commonground.core.validation.ValidationException naming every missing or unknown
   *     dimension of every interview, with its path
   */
  public static ReadinessAssessment of(
      CommunityReadinessModel model, String issue, Iterable<? extends Interview> interviews) {
    return ImmutableReadinessAssessment.of(model, issue, JavaInputs.<Interview>list(interviews));
  }

  @Value.Check
  void check() {
    Violations nulls =
        Violations.none()
            .notNull("model", model())
            .notNull("issue", issue())
            .noNullElements("interviews", interviews());
    if (!nulls.isEmpty()) {
      nulls.when(issue() != null, v -> v.notBlank("issue", issue())).throwIfAny("ReadinessAssessment");
    }
    Set<String> dimensions = model().dimensions().map(ReadinessDimension::id).toSet();
    Violations found =
        Violations.none()
            .notBlank("issue", issue())
            .atLeast("interviews", interviews().size(), 1)
            .distinct("interviews", interviews(), Interview::id);
    int i = -1;
    for (Interview interview : interviews()) {
      i++;
      Set<String> rated = interview.ratings().map(DimensionRating::dimension).toSet();
      for (String missing : dimensions.diff(rated).toSortedSet()) {
        found =
            found.add(
                Violation.of(
                    "interviews[" + i + "].ratings",
                    Message.of("core.readiness.assessment.missing", model(), "\"" + missing + "\"")));
      }
      int r = 0;
      for (DimensionRating rating : interview.ratings()) {
        String dimension = rating.dimension();
        if (!dimensions.contains(dimension)) {
          found = found.add(Violation.of("interviews[" + i + "].ratings[" + r + "].dimension",
              Message.of("core.readiness.assessment.dimension", model(), "\"" + dimension + "\"")));
        }
        r++;
      }
    }
    found.throwIfAny("ReadinessAssessment");
  }

  /** Returns {@code ReadinessAssessment of youth substance use: 6 interviews, Community Readiness Model}. */
  @Override
  public String toString() {
    return "ReadinessAssessment of " + issue() + ": " + interviews().size() + (interviews().size() == 1 ? " interview, " : " interviews, ") + model();
  }
}
