// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.List;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.alignment.Rating;
import org.commonground.scoring.alignment.AlignmentScoring;
import org.commonground.scoring.alignment.FrameworkProfile;
import org.junit.jupiter.api.Test;

/** Alignment ratings and profiles read back equal to what was written. */
class AlignmentJsonTest {

  private final JsonMapper json = CommonGroundJson.mapper();

  private static final AlignmentRatings RATINGS =
      AlignmentRatings.of(Frameworks.COLLECTIVE_IMPACT, Frameworks.IN_PLACE, List.of(
          Rating.of("a", "common-agenda", 4), Rating.of("b", "common-agenda", 2),
          Rating.of("a", "backbone-support", 5)));

  @Test
  void ratingsRoundTrip() throws JsonProcessingException {
    assertEquals(RATINGS, json.readValue(json.writeValueAsString(RATINGS), AlignmentRatings.class));
  }

  @Test
  void aProfileRoundTrips() throws JsonProcessingException {
    FrameworkProfile profile = AlignmentScoring.withDefaults().profile(RATINGS);
    assertEquals(profile, json.readValue(json.writeValueAsString(profile), FrameworkProfile.class));
  }
}
