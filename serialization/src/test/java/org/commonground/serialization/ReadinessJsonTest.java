// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import org.commonground.core.readiness.CommunityReadinessModel;
import org.commonground.core.readiness.DimensionRating;
import org.commonground.core.readiness.Interview;
import org.commonground.core.readiness.ReadinessAssessment;
import org.commonground.core.readiness.ReadinessToShare;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.scoring.readiness.CommunityReadinessScore;
import org.commonground.scoring.readiness.StageScoring;
import org.commonground.scoring.readiness.SurveyScore;
import org.commonground.scoring.readiness.SurveyScoring;
import org.junit.jupiter.api.Test;

/** Readiness inputs and results read back equal to what was written. */
class ReadinessJsonTest {

  private final JsonMapper json = CommonGroundJson.mapper();

  private static final Survey SURVEY =
      Survey.of(
          ReadinessToShare.INSTRUMENT,
          List.of(
              SurveyResponse.of("school", TreeMap.of("rs-risk-int", 4, "rs-risk-ext", 2, "pe-comm-2", 1)),
              SurveyResponse.of("clinic", TreeMap.of("rs-risk-int", 5, "rs-risk-ext", 3)),
              SurveyResponse.of("bank", TreeMap.of("rs-risk-int", 3))));

  private static final ReadinessAssessment ASSESSMENT =
      ReadinessAssessment.of(
          CommunityReadinessModel.HANDBOOK_2014,
          "youth mental health",
          List.of(
              Interview.of("principal", CommunityReadinessModel.HANDBOOK_2014.dimensions()
                  .map(d -> DimensionRating.of(d.id(), 3, 4, 3.5)))));

  @Test
  void aSurveyRoundTrips() throws JsonProcessingException {
    assertEquals(SURVEY, json.readValue(json.writeValueAsString(SURVEY), Survey.class));
  }

  @Test
  void anAssessmentRoundTrips() throws JsonProcessingException {
    assertEquals(ASSESSMENT, json.readValue(json.writeValueAsString(ASSESSMENT), ReadinessAssessment.class));
  }

  @Test
  void scoresRoundTrip() throws JsonProcessingException {
    SurveyScore survey = SurveyScoring.withDefaults().score(SURVEY);
    CommunityReadinessScore readiness = StageScoring.score(ASSESSMENT);

    assertEquals(survey, json.readValue(json.writeValueAsString(survey), SurveyScore.class));
    assertEquals(readiness, json.readValue(json.writeValueAsString(readiness), CommunityReadinessScore.class));
  }
}
