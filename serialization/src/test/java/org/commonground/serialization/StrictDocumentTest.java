// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.List;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The findings of issue 14 on strict reading, on the organization document. */
class StrictDocumentTest {

  private static final Organization SCHOOL =
      Organization.of("lincoln-hs", "Lincoln High School", List.of(Sector.of(Sector.Kind.PUBLIC, "education")));
  private static final String TAG = "\"format\":\"commonground.organization\",\"version\":1,";

  private static List<Violation> problems(String json) {
    return assertThrows(ValidationException.class, () -> CommonGroundJson.read(PartnerJson.ORGANIZATION, json))
        .violations();
  }

  @Test
  void aDocumentCarriesItsFormatAndVersionAndReadsBackEqual() {
    String json = CommonGroundJson.write(PartnerJson.ORGANIZATION, SCHOOL);
    assertEquals("{" + TAG + "\"id\":\"lincoln-hs\",\"name\":\"Lincoln High School\","
        + "\"sectors\":[{\"kind\":\"PUBLIC\",\"field\":\"education\"}]}", json);
    assertEquals(SCHOOL, CommonGroundJson.read(PartnerJson.ORGANIZATION, json));
    assertEquals(SCHOOL, CommonGroundJson.read(PartnerJson.ORGANIZATION,
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertEquals(SCHOOL, CommonGroundJson.read(PartnerJson.ORGANIZATION, new java.io.StringReader(json)));
  }

  @Test
  void scalarsAreNotCoerced() {
    // Before: "id": 5 became "5", and true became "true".
    assertEquals(List.of(
            Violation.of("$.id", "must be an id (a string), got the number 5"),
            Violation.of("$.name", "must be a text (a string), got true"),
            Violation.of("$.sectors[0].kind", "must be one of PUBLIC, PRIVATE, NONPROFIT, COMMUNITY, got \"\""),
            Violation.of("$.sectors[1].field", "must not be blank, got \"\"")),
        problems("{" + TAG + "\"id\":5,\"name\":true,\"sectors\":[{\"kind\":\"\"},{\"kind\":\"PUBLIC\",\"field\":\"\"}]}"));
  }

  @Test
  void everyProblemIsListedAtOnceWithItsPath() {
    List<Violation> found = problems("{" + TAG + "\"name\":\" \",\"sectors\":[null,{\"kind\":\"MARS\"},7],\"colour\":1}");
    assertEquals(List.of(
            "$.name: must not be blank, got \" \"",
            "$.sectors[0]: must be a sector (an object), got null",
            "$.sectors[1].kind: must be one of PUBLIC, PRIVATE, NONPROFIT, COMMUNITY, got \"MARS\"",
            "$.sectors[2]: must be a sector (an object), got the number 7",
            "$.colour: must not be here: an organization has the properties id, name, sectors",
            "$.id: is required: an id"),
        found.map(Violation::toString));
  }

  @Test
  void duplicateKeysTrailingTokensAndNullDocumentsAreRefused() {
    assertTrue(problems("{" + TAG + "\"id\":\"a\",\"id\":\"b\",\"name\":\"n\",\"sectors\":[{\"kind\":\"PUBLIC\"}]}")
        .head().message().contains("Duplicate field 'id'"));
    assertEquals("must end after the document, found an object after it",
        problems("{" + TAG + "\"id\":\"a\",\"name\":\"n\",\"sectors\":[{\"kind\":\"PUBLIC\"}]}{}").head().message());
    assertEquals(List.of(Violation.of("$", "must be a commonground.organization document (an object), got null")),
        problems("null"));
    assertEquals(List.of(Violation.of("$", "must be a commonground.organization document (an object), got nothing")),
        problems(""));
    assertTrue(problems("{" + TAG + "\"id\":\"a\"").head().message().startsWith("must be well-formed JSON"));
  }

  @Test
  void anUnknownFormatOrVersionGetsOneClearProblem() {
    assertEquals(List.of(Violation.of("$.format", "must be \"commonground.organization\" (this reader reads "
            + "commonground.organization documents), got \"commonground.partnership\"")),
        problems("{\"format\":\"commonground.partnership\",\"version\":1,\"id\":5}"));
    assertEquals(List.of(Violation.of("$.version", "must be 1 (the versions of commonground.organization this "
            + "library reads), got 2")),
        problems("{\"format\":\"commonground.organization\",\"version\":2}"));
    assertEquals(List.of(Violation.of("$.format", "is required: \"commonground.organization\""),
            Violation.of("$.version", "is required: one of 1")),
        problems("{\"id\":\"a\"}"));
  }

  @Test
  void lenientReadingSkipsUnknownProperties() {
    String newer = "{" + TAG + "\"id\":\"a\",\"name\":\"n\",\"sectors\":[{\"kind\":\"PUBLIC\",\"since\":1990}],"
        + "\"website\":\"x\"}";
    assertEquals(2, problems(newer).size());
    assertEquals("a", CommonGroundJson.readLenient(PartnerJson.ORGANIZATION, newer).id());
  }

  @Test
  void nullArgumentsAreViolationsWithPaths() {
    ValidationException e = assertThrows(ValidationException.class, () -> CommonGroundJson.read(null, (String) null));
    assertEquals(List.of("kind", "json"), e.violations().map(Violation::path));
  }

  @Test
  void problemDetailsAreAnHttp400Body() throws Exception {
    ValidationException e = assertThrows(ValidationException.class,
        () -> CommonGroundJson.read(PartnerJson.ORGANIZATION, "{" + TAG + "\"id\":5}"));
    JsonNode body = new ObjectMapper().readTree(ProblemDetails.json(e));
    assertEquals(ProblemDetails.TYPE, body.get("type").asText());
    assertEquals(400, body.get("status").asInt());
    assertEquals(3, body.get("count").asInt());
    assertEquals("$.id", body.get("violations").get(0).get("path").asText());
    assertEquals("commonground.organization document (version 1) has 3 problems", body.get("detail").asText());
  }

  @Test
  void thePlainMapperFindsTheModule() throws Exception {
    JsonMapper plain = JsonMapper.builder().findAndAddModules().build();
    assertTrue(plain.getRegisteredModuleIds().contains(CommonGroundModule.class.getName()));
    String json = plain.writeValueAsString(SCHOOL);
    assertEquals(SCHOOL, plain.readValue(json, Organization.class));
    assertTrue(json.contains("\"sectors\":[{\"kind\":\"PUBLIC\",\"field\":\"education\"}]"), json);
  }
}
