// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.alignment.Rating;
import org.commonground.core.readiness.Category;
import org.commonground.core.readiness.Factor;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.ResponseScale;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.PartnerAssessment;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.PartnerRating;
import org.commonground.core.relationship.PartnerRatings;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.readiness.ResponseMatrix;
import org.junit.jupiter.api.Test;

class RatingsCsvTest {

  static final Instrument PULSE = Instrument.builder()
      .id("pulse").name("Partnership pulse").edition("2026")
      .scale(ResponseScale.AGREEMENT_1_TO_5)
      .categories(List.of(Category.of("trust", "Trust")))
      .factors(List.of(Factor.of("trust", "Trust", "trust")))
      .items(List.of(Item.of("p1", "trust"), Item.of("p2", "trust"), Item.of("p3", "trust")))
      .build();

  static final List<String> MEMBERS = List.of("lincoln-hs", "eastside-cc", "county-health");

  static <T> List<String> problems(Runnable read) {
    return assertThrows(ValidationException.class, read::run).violations().map(Violation::toString);
  }

  // ------------------------------------------------------------------ surveys

  static String surveyCsv(Survey survey, List<String> missing) {
    StringBuilder out = new StringBuilder("respondent,p1,p2,p3\n");
    int r = 0;
    for (SurveyResponse response : survey.responses()) {
      out.append(response.respondent());
      for (String item : List.of("p1", "p2", "p3")) {
        out.append(',').append(response.answers().get(item).map(String::valueOf).getOrElse(missing.get(r % missing.size())));
      }
      out.append('\n');
      r++;
    }
    return out.toString();
  }

  @Test
  void surveyRoundTripWithEveryMissingCode() {
    Survey survey = Survey.of(PULSE, List.of(
        SurveyResponse.of("r01", TreeMap.of("p1", 4, "p2", 5, "p3", 1)),
        SurveyResponse.of("r02", TreeMap.of("p1", 3)),
        SurveyResponse.of("r03", TreeMap.of("p3", 2)),
        SurveyResponse.of("r04", TreeMap.empty())));
    List<String> codes = List.of("", "NA", "-99");
    String text = surveyCsv(survey, codes);
    Survey back = CsvReaders.survey(PULSE, ColumnMapping.byName(), HashSet.ofAll(codes), new StringReader(text));
    assertEquals(survey, back);
    ResponseMatrix matrix = CsvReaders.responseMatrix(PULSE, ColumnMapping.byName(), HashSet.ofAll(codes), new StringReader(text));
    assertEquals(ResponseMatrix.from(survey).respondents(), matrix.respondents());
    assertEquals(survey, CsvReaders.survey(PULSE, ColumnMapping.byName(), HashSet.ofAll(codes),
        new ByteArrayInputStream(("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void surveyProblemsByLineAndColumn() {
    String text = "id,p1,p2,extra\n"
        + "r01,4,5,x\n"
        + "r02,0,NA,x\n"
        + "r03,four,-99,x\n"
        + "r01,1,1,x\n";
    List<String> found = problems(() -> CsvReaders.survey(PULSE, ColumnMapping.byName().with("respondent", "id"),
        CsvReaders.DEFAULT_MISSING, new StringReader(text)));
    assertEquals(2, found.size(), found.toString());
    assertEquals("line 1: must have a column \"p3\", got columns id, p1, p2, extra", found.get(0));
    assertTrue(found.get(1).startsWith("line 1, column extra: must be a mapped column"), found.get(1));

    String rows = "id,p1,p2,p3\n"
        + "r01,4,5,1\n"
        + "r02,0,NA,\n"
        + "r03,four,-99,2\n"
        + "r01,1,1,1\n";
    List<String> cells = problems(() -> CsvReaders.survey(PULSE, ColumnMapping.byName().with("respondent", "id"),
        CsvReaders.DEFAULT_MISSING, new StringReader(rows)));
    assertEquals(List.of(
        "line 3, column p1: must be between 1 and 5, got 0",
        "line 4, column p1: must be a whole number, got \"four\"",
        "line 4, column p2: must be between 1 and 5, got -99",
        "line 5: duplicates line 2 (r01)"), cells);
    List<String> repeated = problems(() -> CsvReaders.survey(PULSE, ColumnMapping.byName().with("respondent", "id"),
        CsvReaders.DEFAULT_MISSING, new StringReader("id,p1,p2,p3\nr01,4,5,1\n\nr01,1,1,1\n")));
    assertEquals(List.of("line 4: duplicates line 2 (r01)"), repeated);
  }

  // ------------------------------------------------------------------ alignment ratings

  @Test
  void alignmentRatingsRoundTrip() {
    AlignmentRatings ratings = AlignmentRatings.of(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE, List.of(
        Rating.of("lincoln-hs", "leadership", 4),
        Rating.ofCriterion("lincoln-hs", "leadership", "common-vision", 3),
        Rating.of("eastside-cc", "outcomes", 2)));
    String text = "partner,dimension,criterion,value\n"
        + ratings.ratings().map(r -> r.partner() + "," + r.dimension() + "," + r.criterion().getOrElse("") + "," + r.value()).mkString("\n");
    assertEquals(ratings, CsvReaders.alignmentRatings(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE, ColumnMapping.byName(),
        new StringReader(text)));
    // The criterion column is optional.
    assertEquals(AlignmentRatings.of(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE, List.of(Rating.of("lincoln-hs", "leadership", 4))),
        CsvReaders.alignmentRatings(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE, ColumnMapping.byName(),
            new StringReader("partner,dimension,value\r\nlincoln-hs,leadership,4\r\n")));
  }

  @Test
  void alignmentRatingProblemsByLineAndColumn() {
    String text = "org,dimension,value\n"
        + "lincoln-hs,leadership,4\n"
        + ",leadership,4\n"
        + "eastside-cc,leadership,x\n"
        + "eastside-cc,vision,4\n"
        + "county-health,outcomes,9\n"
        + "lincoln-hs,leadership,2\n";
    List<String> found = problems(() -> CsvReaders.alignmentRatings(Frameworks.FIVE_ALIGNMENTS, Frameworks.IN_PLACE,
        ColumnMapping.byName().with("partner", "org"), new StringReader(text)));
    assertEquals(5, found.size(), found.toString());
    assertEquals("line 3, column org: must not be blank, got \"\"", found.get(0));
    assertEquals("line 4, column value: must be a whole number, got \"x\"", found.get(1));
    assertTrue(found.get(2).startsWith("line 7: duplicates line 2"), found.get(2));
    assertTrue(found.get(3).startsWith("line 5, column dimension: must be a dimension of"), found.get(3));
    assertTrue(found.get(4).startsWith("line 6, column value: must be between"), found.get(4));
  }

  // ------------------------------------------------------------------ partner ratings and networks

  @Test
  void partnerRatingsRoundTrip() {
    PartnerRatings ratings = PartnerRatings.of(Continua.LEVELS_OF_COLLABORATION, MEMBERS, List.of(
        PartnerRating.of("lincoln-hs", "eastside-cc", "coordination"),
        PartnerRating.of("eastside-cc", "lincoln-hs", "coalition")));
    String text = "rater,partner,level\n" + ratings.ratings().map(r -> r.rater() + "," + r.partner() + "," + r.level()).mkString("\n");
    assertEquals(ratings, CsvReaders.partnerRatings(Continua.LEVELS_OF_COLLABORATION, MEMBERS, ColumnMapping.byName(),
        new StringReader(text)));
  }

  @Test
  void partnerRatingProblems() {
    String text = "rater,partner,level\n"
        + "lincoln-hs,eastside-cc,coordination\n"
        + "lincoln-hs,westside-hs,coordination\n"
        + "eastside-cc,lincoln-hs,friendship\n"
        + "lincoln-hs,eastside-cc\n";
    List<String> found = problems(() -> CsvReaders.partnerRatings(Continua.LEVELS_OF_COLLABORATION, MEMBERS,
        ColumnMapping.byName(), new StringReader(text)));
    assertEquals(3, found.size(), found.toString());
    assertEquals("line 5: must have as many cells as the header (3), got 2", found.get(0));
    assertTrue(found.get(1).startsWith("line 3, column partner: must be a member"), found.get(1));
    assertTrue(found.get(2).startsWith("line 4, column level: must be a level of"), found.get(2));
  }

  static final String ASSESSMENT_HEADER =
      "rater,partner,reliability,missionSupport,openness,powerInfluence,involvement,resourceContribution\n";

  @Test
  void partnerNetworkRoundTrip() {
    PartnerNetwork network = PartnerNetwork.of(MEMBERS, List.of(
        PartnerAssessment.builder().rater("lincoln-hs").partner("eastside-cc").reliability(4).missionSupport(3)
            .openness(4).powerInfluence(2).involvement(3).resourceContribution(3).build(),
        PartnerAssessment.builder().rater("county-health").partner("lincoln-hs").reliability(1).missionSupport(2)
            .openness(3).powerInfluence(4).involvement(1).resourceContribution(2).build()));
    String text = ASSESSMENT_HEADER + network.assessments().map(a -> List.of(a.rater(), a.partner(), a.reliability(),
        a.missionSupport(), a.openness(), a.powerInfluence(), a.involvement(), a.resourceContribution()).mkString(",")).mkString("\n");
    assertEquals(network, CsvReaders.partnerNetwork(MEMBERS, ColumnMapping.byName(), new StringReader(text)));
  }

  @Test
  void partnerNetworkProblems() {
    String text = ASSESSMENT_HEADER
        + "lincoln-hs,eastside-cc,4,3,4,2,3,5\n"
        + "lincoln-hs,lincoln-hs,4,3,4,2,3,3\n"
        + "eastside-cc,lincoln-hs,4,3,\"4,5\",2,3,3\n";
    List<String> found = problems(() -> CsvReaders.partnerNetwork(MEMBERS, ColumnMapping.byName(), new StringReader(text)));
    assertEquals(List.of(
        "line 2, column resourceContribution: must be between 1 and 4, got 5",
        "line 4, column openness: must be a whole number, got \"4,5\"",
        "line 3, column partner: must be another member than the rater, got \"lincoln-hs\""), found);
  }
}
