// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.partner.Sector.Kind;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

class CommonGroundJsonTest {

  private final JsonMapper json = CommonGroundJson.mapper();

  private static final Organization SCHOOL =
      Organization.of(
          "lincoln-hs", "Lincoln High School", List.of(Sector.of(Kind.PUBLIC, "education")));

  @Test
  void anOrganizationIsWrittenInAStableOrder() throws JsonProcessingException {
    assertEquals(
        "{\"id\":\"lincoln-hs\",\"name\":\"Lincoln High School\","
            + "\"sectors\":[{\"kind\":\"PUBLIC\",\"field\":\"education\"}]}",
        json.writeValueAsString(SCHOOL));
  }

  @Test
  void anOrganizationReadsBackEqual() throws JsonProcessingException {
    assertEquals(SCHOOL, json.readValue(json.writeValueAsString(SCHOOL), Organization.class));
  }

  @Test
  void anAbsentOptionReadsAsNone() throws JsonProcessingException {
    assertEquals(Option.none(), json.readValue("{\"kind\":\"COMMUNITY\"}", Sector.class).field());
    assertEquals(
        Option.none(), json.readValue("{\"kind\":\"COMMUNITY\",\"field\":null}", Sector.class).field());
  }

  @Test
  void aVavrListOfValuesRoundTrips() throws JsonProcessingException {
    List<Sector> sectors = List.of(Sector.of(Kind.PUBLIC), Sector.of(Kind.PRIVATE, "finance"));
    String text = json.writeValueAsString(sectors);

    assertEquals(
        sectors,
        json.readValue(
            text, json.getTypeFactory().constructCollectionLikeType(List.class, Sector.class)));
  }

  @Test
  void unknownPropertiesAreRejected() {
    ValidationException e = assertThrows(
        ValidationException.class,
        () -> json.readValue("{\"kind\":\"PUBLIC\",\"colour\":\"red\"}", Sector.class));
    assertEquals(List.of(Violation.of("$.colour", "must not be here: a sector has the properties kind, field")),
        e.violations());
  }

  @Test
  void aMissingRequiredPropertyIsRejected() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> json.readValue("{\"field\":\"x\"}", Sector.class));
    assertEquals(List.of(Violation.of("$.kind", "is required: a sector kind")), e.violations());
  }

  @Test
  void aValueBreakingDomainRulesFailsWithEveryViolation() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> json.readValue("{\"id\":\"\",\"name\":\" \",\"sectors\":[]}", Organization.class));

    assertEquals(List.of("$.id", "$.name"), e.violations().map(Violation::path).take(2));
  }

  @Test
  void theModuleBringsVavrAndRegistersOnce() {
    JsonMapper twice =
        JsonMapper.builder()
            .addModule(new CommonGroundModule())
            .addModule(new CommonGroundModule())
            .build();

    assertTrue(twice.getRegisteredModuleIds().contains(CommonGroundModule.class.getName()));
    assertEquals(
        1,
        twice.getRegisteredModuleIds().stream()
            .filter(CommonGroundModule.class.getName()::equals)
            .count());
    assertEquals("CommonGroundModule", new CommonGroundModule().getModuleName());
    assertEquals("org.commonground", new CommonGroundModule().version().getGroupId());
  }

  @Test
  void eachCallGivesAnIndependentMapper() {
    assertTrue(CommonGroundJson.mapper() != CommonGroundJson.mapper());
  }


}
