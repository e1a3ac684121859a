package org.commonground.core.readiness;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The responses of a group of respondents to one {@link Instrument}, checked against it: every
 * answer names an item of the instrument and is a point of its scale, and no respondent appears
 * twice. Scoring ({@code org.commonground.scoring.readiness.SurveyScoring}) takes a survey.
 *
 * <pre>{@code
 * Survey survey = Survey.of(instrument, List.of(
 *     SurveyResponse.of("r01", TreeMap.of("p1", 4, "p2", 5)),
 *     SurveyResponse.of("r02", TreeMap.of("p1", 3))));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSurvey.class)
@JsonDeserialize(as = ImmutableSurvey.class)
public abstract class Survey {

  Survey() {}

  /**
   * The instrument answered.
   *
   * @return the instrument
   */
  @Value.Parameter
  public abstract Instrument instrument();

  /**
   * The responses, one per respondent.
   *
   * @return the responses, possibly none
   */
  @Value.Parameter
  @Value.Default
  public List<SurveyResponse> responses() {
    return List.empty();
  }

  /**
   * Creates a survey, checking every response against the instrument.
   *
   * @param instrument the instrument answered
   * @param responses one response per respondent
   * @return the survey
   * @throws org.commonground.core.validation.ValidationException naming every answer outside the
   *     scale, every unknown item and every repeated respondent, with its path
   */
  public static Survey of(Instrument instrument, List<SurveyResponse> responses) {
    return ImmutableSurvey.of(instrument, responses);
  }

  @Value.Check
  void check() {
    ResponseScale scale = instrument().scale();
    Violations found = Violations.none().distinct("responses", responses(), SurveyResponse::respondent);
    for (int r = 0; r < responses().size(); r++) {
      Map<String, Integer> answers = responses().get(r).answers();
      for (String item : answers.keySet().toSortedSet()) {
        String path = "responses[" + r + "].answers." + item;
        Option<Item> known = instrument().item(item);
        int answer = answers.get(item).get();
        found =
            found
                .require(known.isDefined(), path, "must be an item of " + instrument() + ", got unknown item \"" + item + "\"")
                .require(scale.contains(answer), path, scale.outOfRange(answer));
      }
    }
    found.throwIfAny("Survey of " + instrument());
  }
}
