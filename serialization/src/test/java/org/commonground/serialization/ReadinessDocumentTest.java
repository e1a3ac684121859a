// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import org.commonground.core.readiness.CollaborationFactorsInventory;
import org.commonground.core.readiness.CommunityCollaborativeAssessment;
import org.commonground.core.readiness.CommunityReadinessModel;
import org.commonground.core.readiness.Instrument;
import org.commonground.core.readiness.Item;
import org.commonground.core.readiness.Ladder;
import org.commonground.core.readiness.ReadinessToShare;
import org.commonground.core.readiness.Survey;
import org.commonground.core.readiness.SurveyResponse;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.readiness.ResponseMatrix;
import org.junit.jupiter.api.Test;

/**
 * The findings of issue 14 on readiness documents. "Before" says what the annotation-based JSON
 * (Jackson binding the generated classes, {@code CommonGroundJson.mapper()} without these codecs)
 * did with the same input.
 */
class ReadinessDocumentTest {

  private static final String RTS = "{\"builtIn\":\"readiness-to-share\",\"edition\":\"1 (2026)\"}";
  private static final String SURVEY_TAG = "\"format\":\"commonground.survey\",\"version\":1,";

  private static final Instrument PULSE = Instrument.builder()
      .id("pulse").name("Partnership pulse").edition("2026")
      .scale(org.commonground.core.readiness.ResponseScale.AGREEMENT_1_TO_5)
      .categories(List.of(org.commonground.core.readiness.Category.of("trust", "Trust")))
      .factors(List.of(org.commonground.core.readiness.Factor.of("openness", "Openness", "trust")))
      .items(List.of(Item.of("p1", "openness"), Item.of("p2", "openness")))
      .build();

  private static <T> List<String> problems(DocumentKind<T> kind, String json) {
    return assertThrows(ValidationException.class, () -> CommonGroundJson.read(kind, json))
        .violations().map(Violation::toString);
  }

  private static List<String> surveyProblems(String instrument, String responses) {
    return problems(ReadinessJson.SURVEY, "{" + SURVEY_TAG + "\"instrument\":" + instrument + ",\"responses\":" + responses + "}");
  }

  // --- Scalars are not coerced, and each problem has its path.

  @Test
  void aStringForANumberIsRefusedWithItsPath() {
    // Before: Jackson's MismatchedInputException "Cannot coerce String value ("4") to
    // `java.lang.Integer`", not a ValidationException, and with no JSON path of the library's.
    assertEquals(List.of("$.responses[0].answers.rs-risk-int: must be a whole number from -2147483648 to 2147483647, "
            + "got the string \"4\""),
        surveyProblems(RTS, "[{\"respondent\":\"a\",\"answers\":{\"rs-risk-int\":\"4\"}}]"));
    // The same for the numbers of an item and of a rating.
    assertEquals(List.of("$.weight: must be a number, got the string \"4\""),
        problems(ReadinessJson.INSTRUMENT_DOCUMENT, "{\"format\":\"commonground.instrument\",\"version\":1,"
            + "\"builtIn\":\"readiness-to-share\",\"edition\":\"1 (2026)\",\"items\":[{\"id\":\"q\",\"factor\":\"risk\","
            + "\"weight\":\"4\"}]}").map(s -> s.replace("$.items[0]", "$")));
    assertEquals(List.of("$.interviews[0].ratings[0].firstScorer: must be a number, got the string \"4\""),
        problems(ReadinessJson.READINESS_ASSESSMENT, "{\"format\":\"commonground.readiness-assessment\",\"version\":1,"
            + "\"model\":{\"builtIn\":\"community-readiness-model\",\"edition\":\"2014\"},\"issue\":\"x\","
            + "\"interviews\":[{\"id\":\"i\",\"ratings\":[{\"dimension\":\"leadership\",\"firstScorer\":\"4\",\"secondScorer\":4}]}]}"));
  }

  @Test
  void aNumberForABooleanIsRefusedWithItsPath() {
    // Before: Jackson's InvalidFormatException "Cannot coerce Integer value (1) to `boolean`".
    assertEquals(List.of("$.instrument.items[0].reverseCoded: must be true or false, got the number 1"),
        surveyProblems("{\"id\":\"pulse\",\"name\":\"Pulse\",\"edition\":\"1\",\"scale\":{\"min\":1,\"max\":5},"
            + "\"categories\":[{\"id\":\"c\",\"name\":\"C\"}],\"factors\":[{\"id\":\"f\",\"name\":\"F\",\"category\":\"c\"}],"
            + "\"items\":[{\"id\":\"q\",\"factor\":\"f\",\"reverseCoded\":1}]}", "[]"));
  }

  @Test
  void aNullAnswerIsAViolationAtItsPathNotANullPointerException() {
    // Before: ValueInstantiationException wrapping a NullPointerException from Survey's check,
    // "Cannot invoke "java.lang.Integer.intValue()" because "t._2" is null".
    assertEquals(List.of("$.responses[0].answers.p1: must be a whole number from -2147483648 to 2147483647, got null"),
        surveyProblems(instrumentJson(PULSE), "[{\"respondent\":\"a\",\"answers\":{\"p1\":null}}]"));
  }

  @Test
  void badAnswersOfSeveralRespondentsAreAllListed() {
    // Before: the first bad answer ended the reading (a MismatchedInputException); the others
    // were never seen.
    assertEquals(List.of(
            "$.responses[0].answers.p1: must be a whole number from -2147483648 to 2147483647, got the string \"4\"",
            "$.responses[2].answers.p2: must be a whole number from -2147483648 to 2147483647, got null",
            "$.responses[3].answers.p1: must be a whole number from -2147483648 to 2147483647, got the number 4.5"),
        surveyProblems(instrumentJson(PULSE), "[{\"respondent\":\"a\",\"answers\":{\"p1\":\"4\"}},"
            + "{\"respondent\":\"b\",\"answers\":{\"p1\":4}},{\"respondent\":\"c\",\"answers\":{\"p2\":null}},"
            + "{\"respondent\":\"d\",\"answers\":{\"p1\":4.5}}]"));
    // Answers that are numbers but break the survey's rules are all listed too.
    assertEquals(List.of(
            "$.responses[0].answers.p1: must be between 1 and 5, got 9",
            "$.responses[1].answers.p3: must be an item of Partnership pulse, 2026, got unknown item \"p3\"",
            "$.responses[2].answers.p2: must be between 1 and 5, got 0"),
        surveyProblems(instrumentJson(PULSE), "[{\"respondent\":\"a\",\"answers\":{\"p1\":9}},"
            + "{\"respondent\":\"b\",\"answers\":{\"p3\":4}},{\"respondent\":\"c\",\"answers\":{\"p2\":0}}]"));
  }

  @Test
  void problemsInDifferentPlacesAreReportedTogether() {
    List<String> found = problems(ReadinessJson.READINESS_ASSESSMENT, "{\"format\":\"commonground.readiness-assessment\","
        + "\"version\":1,\"model\":{\"builtIn\":\"community-readiness-model\",\"edition\":\"2015\"},\"issue\":\" \","
        + "\"interviews\":[{\"id\":\"a\",\"ratings\":[{\"dimension\":\"leadership\",\"firstScorer\":3,\"secondScorer\":5}]},"
        + "{\"id\":\"b\",\"ratings\":[{\"dimension\":\"leadership\",\"firstScorer\":true,\"secondScorer\":4},"
        + "{\"dimension\":\"resources\",\"firstScorer\":4,\"secondScorer\":12,\"consensus\":4}]}],\"date\":1}");
    assertEquals(List.of(
            "$.model.edition: must be an edition of community-readiness-model this library knows, \"2006\", \"2014\", got \"2015\"",
            "$.issue: must not be blank, got \" \"",
            "$.interviews[0].ratings[0].consensus: must be given when the scorers differ (3.0 and 5.0): scorers agree a "
                + "consensus, they do not average",
            "$.interviews[1].ratings[0].firstScorer: must be a number, got true",
            "$.interviews[1].ratings[1].secondScorer: must be between 1 and 9, got 12.0",
            "$.date: must not be here: a readiness assessment has the properties model, issue, interviews"),
        found);
  }

  // --- Built-ins by reference.

  @Test
  void aBuiltInInstrumentIsWrittenAsAReferenceAndReadBack() {
    Survey survey = Survey.of(ReadinessToShare.INSTRUMENT,
        List.of(SurveyResponse.of("school", TreeMap.of("rs-risk-int", 4, "rs-risk-ext", 2))));
    String json = CommonGroundJson.write(ReadinessJson.SURVEY, survey);
    assertEquals("{" + SURVEY_TAG + "\"instrument\":" + RTS + ",\"responses\":[{\"respondent\":\"school\","
        + "\"answers\":{\"rs-risk-ext\":2,\"rs-risk-int\":4}}]}", json);
    assertEquals(survey, CommonGroundJson.read(ReadinessJson.SURVEY, json));
    // The full definition of the built-in reads as the built-in, and is written back as the reference.
    String full = "{" + SURVEY_TAG + "\"instrument\":" + instrumentJson(ReadinessToShare.INSTRUMENT) + ",\"responses\":[]}";
    assertEquals(ReadinessToShare.INSTRUMENT, CommonGroundJson.read(ReadinessJson.SURVEY, full).instrument());
    assertEquals("{\"format\":\"commonground.instrument\",\"version\":1," + RTS.substring(1),
        CommonGroundJson.write(ReadinessJson.INSTRUMENT_DOCUMENT, ReadinessToShare.INSTRUMENT));
  }

  @Test
  void theInventoryIsReferredToWithTheUsersItems() {
    Instrument cfi = CollaborationFactorsInventory.secondEdition(
        CollaborationFactorsInventory.FACTORS.map(f -> Item.of("q-" + f.id(), f.id())));
    String json = CommonGroundJson.write(ReadinessJson.INSTRUMENT_DOCUMENT, cfi);
    assertTrue(json.startsWith("{\"format\":\"commonground.instrument\",\"version\":1,"
        + "\"builtIn\":\"collaboration-factors-inventory\",\"edition\":\"2nd edition (2001)\",\"items\":["), json);
    assertEquals(cfi, CommonGroundJson.read(ReadinessJson.INSTRUMENT_DOCUMENT, json));
    assertEquals(List.of("$.items: is required: the items of collaboration-factors-inventory, 2nd edition (2001), which "
            + "the library ships without (they are the user's)"),
        problems(ReadinessJson.INSTRUMENT_DOCUMENT, "{\"format\":\"commonground.instrument\",\"version\":1,"
            + "\"builtIn\":\"collaboration-factors-inventory\",\"edition\":\"2nd edition (2001)\"}"));
  }

  @Test
  void aDifferentStructureUnderABuiltInsIdIsRefused() {
    // Before: read as given, so two different instruments went by the same id and edition.
    String other = instrumentJson(ReadinessToShare.INSTRUMENT).replace("\"name\":\"Readiness to Share\"", "\"name\":\"Mine\"")
        .replace("\"name\":\"Share risk\"", "\"name\":\"Risk\"");
    assertEquals(List.of(
            "$.instrument.name: must be as the built-in readiness-to-share, 1 (2026) defines it: an instrument of your "
                + "own needs an id of its own",
            "$.instrument.factors[1]: must be as the built-in readiness-to-share, 1 (2026) defines it: an instrument of "
                + "your own needs an id of its own"),
        surveyProblems(other, "[]"));
    // Before: the 2014 handbook's name with other dimensions was read as given.
    assertEquals(List.of("$.model.dimensions[1]: must be as the built-in Community Readiness Model (2014) defines it: "
            + "a model of your own needs an edition of its own"),
        problems(ReadinessJson.READINESS_ASSESSMENT, "{\"format\":\"commonground.readiness-assessment\",\"version\":1,"
            + "\"model\":{\"edition\":\"2014\",\"source\":" + quote(CommunityReadinessModel.HANDBOOK_2014.source().get())
            + ",\"dimensions\":" + CommunityReadinessModel.HANDBOOK_2014.dimensions()
                .map(d -> "{\"id\":\"" + d.id() + "\",\"name\":\"" + (d.id().equals("leadership") ? "Leaders" : d.name()) + "\"}")
                .mkString("[", ",", "]")
            + "},\"issue\":\"x\",\"interviews\":[]}").take(1));
    // Before: a ladder named "organization" with other steps was read as given.
    assertEquals(List.of(
            "$.name: must be as the built-in organization ladder of the Community Collaborative Assessment defines it: "
                + "a ladder of your own needs an id of its own",
            "$.steps: must be as the built-in organization ladder of the Community Collaborative Assessment defines it: "
                + "a ladder of your own needs an id of its own"),
        problems(ReadinessJson.LADDER, "{\"format\":\"commonground.ladder\",\"version\":1,\"id\":\"organization\","
            + "\"name\":\"Other\",\"steps\":[{\"id\":\"A\",\"statement\":\"a\"},{\"id\":\"B\",\"statement\":\"b\"}]}"));
  }

  @Test
  void unknownBuiltInsAndMixedFormsAreRefused() {
    assertEquals(List.of("$.instrument.builtIn: must be a built-in instrument, one of collaboration-factors-inventory, "
            + "readiness-to-share, got \"wilder\""),
        surveyProblems("{\"builtIn\":\"wilder\",\"edition\":\"1\"}", "[]"));
    assertEquals(List.of("$.instrument.edition: must be an edition of readiness-to-share this library knows, "
            + "\"1 (2026)\", got \"2\""),
        surveyProblems("{\"builtIn\":\"readiness-to-share\",\"edition\":\"2\"}", "[]"));
    assertEquals(List.of("$.instrument.name: must not be here: a reference to a built-in instrument has the properties "
            + "builtIn, edition, items"),
        surveyProblems("{\"builtIn\":\"readiness-to-share\",\"edition\":\"1 (2026)\",\"name\":\"x\"}", "[]"));
    assertEquals(List.of("$.instrument.id: is required: an id", "$.instrument.scale: is required: a response scale"),
        surveyProblems("{\"name\":\"x\",\"edition\":\"1\",\"categories\":[],\"factors\":[],\"items\":[]}", "[]"));
    assertEquals(List.of("$.builtIn: must be a built-in ladder, one of constituent, organization, got \"ladder\""),
        problems(ReadinessJson.LADDER, "{\"format\":\"commonground.ladder\",\"version\":1,\"builtIn\":\"ladder\"}"));
  }

  @Test
  void builtInModelsAndLaddersAreReferences() {
    assertEquals("{\"format\":\"commonground.community-readiness-model\",\"version\":1,"
            + "\"builtIn\":\"community-readiness-model\",\"edition\":\"2006\"}",
        CommonGroundJson.write(ReadinessJson.COMMUNITY_READINESS_MODEL_DOCUMENT, CommunityReadinessModel.HANDBOOK_2006));
    Ladder constituent = CommunityCollaborativeAssessment.CONSTITUENT;
    String json = CommonGroundJson.write(ReadinessJson.LADDER, constituent);
    assertEquals("{\"format\":\"commonground.ladder\",\"version\":1,\"builtIn\":\"constituent\"}", json);
    assertEquals(constituent, CommonGroundJson.read(ReadinessJson.LADDER, json));
  }

  @Test
  void theSchemaNamesBothFormsOfAnInstrument() {
    JsonNode defs = ReadinessJson.SURVEY.schema().get("$defs");
    JsonNode forms = defs.get("Instrument").get("oneOf");
    assertEquals("[\"collaboration-factors-inventory\",\"readiness-to-share\"]",
        forms.get(0).get("properties").get("builtIn").get("enum").toString());
    assertEquals("[\"builtIn\",\"edition\"]", forms.get(0).get("required").toString());
    assertEquals("[\"id\",\"name\",\"edition\",\"scale\",\"categories\",\"factors\",\"items\"]",
        forms.get(1).get("required").toString());
  }

  // --- The response matrix.

  @Test
  void aMatrixIsOneArrayOfAnswersPerRespondent() {
    int m = ResponseMatrix.MISSING;
    ResponseMatrix matrix = ResponseMatrix.of(PULSE, 3, new int[] {4, 5, 3, m, 5, 4});
    String json = CommonGroundJson.write(ReadinessJson.RESPONSE_MATRIX, matrix);
    assertEquals("{\"format\":\"commonground.response-matrix\",\"version\":1,\"instrument\":" + instrumentJson(PULSE)
        + ",\"items\":[\"p1\",\"p2\"],\"rows\":[[4,5],[3,null],[5,4]]}", json);
    ResponseMatrix back = CommonGroundJson.read(ReadinessJson.RESPONSE_MATRIX, json);
    assertEquals(3, back.respondents());
    assertEquals(List.of(4, 5, 3, m, 5, 4), List.range(0, 6).map(c -> back.answer(c / 2, c % 2)));
  }

  @Test
  void aMatrixsBadCellsAndRowsAreRefusedWithTheirPaths() {
    String head = "{\"format\":\"commonground.response-matrix\",\"version\":1,\"instrument\":" + instrumentJson(PULSE) + ",";
    assertEquals(List.of(
            "$.rows[0][1]: must be a whole number or null (a skipped item), got the string \"4\"",
            "$.rows[2][0]: must not be -2147483648, the code of a skipped item: write null for a skipped item",
            "$.rows[3]: must be a respondent's answers (an array of whole numbers or null), got null"),
        problems(ReadinessJson.RESPONSE_MATRIX, head + "\"items\":[\"p1\",\"p2\"],\"rows\":[[4,\"4\"],[1,2],[-2147483648,1],null]}"));
    assertEquals(List.of(
            "$.items: must be the ids of the instrument's items in its order, (p1, p2), got (p2, p1)",
            "$.rows[1]: must have one answer or null per item of the instrument (2), got 3"),
        problems(ReadinessJson.RESPONSE_MATRIX, head + "\"items\":[\"p2\",\"p1\"],\"rows\":[[4,5],[1,2,3]]}"));
    assertEquals(List.of("$.rows[0][1]: must be between 1 and 5, got 7", "$.rows[1][0]: must be between 1 and 5, got 0"),
        problems(ReadinessJson.RESPONSE_MATRIX, head + "\"items\":[\"p1\",\"p2\"],\"rows\":[[4,7],[0,null]]}"));
  }

  // --- Sets.

  @Test
  void aStepCheckedTwiceIsRefused() {
    // Before: read as one check, silently.
    assertEquals(List.of("$.checked[1]: must not repeat $.checked[0] in a set"),
        problems(ReadinessJson.LADDER_RESPONSE, "{\"format\":\"commonground.ladder-response\",\"version\":1,"
            + "\"respondent\":\"r\",\"checked\":[\"A\",\"A\"]}"));
  }

  private static String instrumentJson(Instrument i) {
    return "{\"id\":" + quote(i.id()) + ",\"name\":" + quote(i.name()) + ",\"edition\":" + quote(i.edition())
        + i.source().map(s -> ",\"source\":" + quote(s)).getOrElse("")
        + ",\"scale\":{\"min\":" + i.scale().min() + ",\"max\":" + i.scale().max() + ",\"labels\":"
        + i.scale().labels().map(ReadinessDocumentTest::quote).mkString("[", ",", "]") + "}"
        + ",\"categories\":" + i.categories().map(c -> "{\"id\":" + quote(c.id()) + ",\"name\":" + quote(c.name()) + "}")
            .mkString("[", ",", "]")
        + ",\"factors\":" + i.factors().map(f -> "{\"id\":" + quote(f.id()) + ",\"name\":" + quote(f.name())
            + ",\"category\":" + quote(f.category()) + "}").mkString("[", ",", "]")
        + ",\"items\":" + i.items().map(t -> "{\"id\":" + quote(t.id()) + ",\"factor\":" + quote(t.factor())
            + t.text().map(x -> ",\"text\":" + quote(x)).getOrElse("") + ",\"reverseCoded\":" + t.reverseCoded()
            + ",\"weight\":" + t.weight() + "}").mkString("[", ",", "]")
        + "}";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
