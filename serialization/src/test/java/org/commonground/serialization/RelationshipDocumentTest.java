// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.relationship.Continua;
import org.commonground.core.relationship.Continuum;
import org.commonground.core.relationship.FitQuestion;
import org.commonground.core.relationship.ImmutableLevel;
import org.commonground.core.relationship.Level;
import org.commonground.core.relationship.PartnerNetwork;
import org.commonground.core.relationship.Partnership;
import org.commonground.core.relationship.Relationships;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The findings of issue 14 on relationship documents: built-ins by reference, no coercion, every problem with its path. */
class RelationshipDocumentTest {

  private static final Continuum CTB = Continua.COMMUNITY_TOOL_BOX;

  private static <T> List<String> problems(DocumentKind<T> kind, String json) {
    return assertThrows(ValidationException.class, () -> CommonGroundJson.read(kind, json)).violations()
        .map(Violation::toString);
  }

  private static String tag(DocumentKind<?> kind) {
    return "\"format\":\"" + kind.format() + "\",\"version\":1,";
  }

  private static FitQuestion question(Continuum continuum) {
    return FitQuestion.builder()
        .continuum(continuum)
        .necessary(continuum.level("collaboration"))
        .current(continuum.level("networking"))
        .available(TreeMap.ofEntries(Continua.REQUIREMENTS.map(r -> io.vavr.Tuple.of(r, 3))))
        .build();
  }

  /** The Community Tool Box with every requirement of every level set to 1: a different structure under its id. */
  private static Continuum lowered() {
    return Continuum.builder().from(CTB)
        .levels(CTB.levels().map(l -> (Level) ImmutableLevel.copyOf(l)
            .withRequirements(l.requirements().mapValues(x -> 1))))
        .build();
  }

  @Test
  void aBuiltInContinuumIsWrittenByReference() {
    FitQuestion q = question(CTB);
    String json = CommonGroundJson.write(RelationshipJson.FIT_QUESTION, q);
    assertTrue(json.contains("\"continuum\":{\"builtIn\":\"community-tool-box\"},"), json);
    assertTrue(json.contains("\"necessary\":\"collaboration\",\"current\":\"networking\""), json);
    assertEquals(q, CommonGroundJson.read(RelationshipJson.FIT_QUESTION, json));

    Continuum residents = Continua.communityToolBox(TreeSet.of(Sector.Kind.PUBLIC, Sector.Kind.COMMUNITY));
    String custom = CommonGroundJson.write(RelationshipJson.FIT_QUESTION, question(residents));
    assertTrue(custom.contains("\"continuum\":{\"builtIn\":\"community-tool-box\",\"multisector\":[\"PUBLIC\",\"COMMUNITY\"]}"),
        custom);
    assertEquals(question(residents), CommonGroundJson.read(RelationshipJson.FIT_QUESTION, custom));
  }

  @Test
  void aFullDefinitionEqualToABuiltInReadsAsTheBuiltIn() {
    String json = CommonGroundJson.write(RelationshipJson.CONTINUUM_DOCUMENT, Continua.LEVELS_OF_COLLABORATION);
    assertTrue(json.contains("\"id\":\"levels-of-collaboration\""), json);
    assertEquals(Continua.LEVELS_OF_COLLABORATION, CommonGroundJson.read(RelationshipJson.CONTINUUM_DOCUMENT, json));
  }

  @Test
  void aDifferentContinuumUnderABuiltInIdIsRefused() throws Exception {
    FitQuestion tampered = question(lowered());
    // Before: the old annotation-based form carried the continuum in full, and a
    // "community-tool-box" whose requirements were all 1 was read without complaint, flipping the
    // recommendation from cooperation to collaboration:
    assertEquals("cooperation", Relationships.fit(question(CTB)).recommended().get().id());
    assertEquals("collaboration", Relationships.fit(tampered).recommended().get().id());

    String json = CommonGroundJson.write(RelationshipJson.FIT_QUESTION, tampered);
    assertEquals(List.of("$.continuum.id: \"community-tool-box\" is a built-in continuum; refer to it by id, or give a "
            + "custom continuum its own id"),
        problems(RelationshipJson.FIT_QUESTION, json));
    assertEquals(List.of("$.id: \"community-tool-box\" is a built-in continuum; refer to it by id, or give a "
            + "custom continuum its own id"),
        problems(RelationshipJson.CONTINUUM_DOCUMENT, CommonGroundJson.write(RelationshipJson.CONTINUUM_DOCUMENT, lowered())));
  }

  @Test
  void aReferenceNamesAKnownBuiltInAndNothingElse() {
    assertEquals(List.of(
            "$.continuum.builtIn: must be one of community-tool-box, levels-of-collaboration (the built-in continua), got "
                + "\"himmelman\"; a custom continuum is defined in full with its own id"),
        problems(RelationshipJson.FIT_QUESTION, "{" + tag(RelationshipJson.FIT_QUESTION)
            + "\"continuum\":{\"builtIn\":\"himmelman\"},\"oneCanReachGoalAlone\":true}"));
    assertEquals(List.of("$.continuum.name: must not be here: a reference to a built-in continuum has only builtIn "
            + "(and multisector for community-tool-box)"),
        problems(RelationshipJson.FIT_QUESTION, "{" + tag(RelationshipJson.FIT_QUESTION)
            + "\"continuum\":{\"builtIn\":\"levels-of-collaboration\",\"name\":\"Mine\"},\"oneCanReachGoalAlone\":true}"));
    assertEquals(List.of("$.continuum.multisector: must have at least 2, got 1"),
        problems(RelationshipJson.FIT_QUESTION, "{" + tag(RelationshipJson.FIT_QUESTION)
            + "\"continuum\":{\"builtIn\":\"community-tool-box\",\"multisector\":[\"PUBLIC\"]},\"oneCanReachGoalAlone\":true}"));
  }

  @Test
  void scalarsAreNotCoerced() throws Exception {
    // Before: the annotation-based mapping coerced scalars: "oneCanReachGoalAlone": 1 was true,
    // "cumulative": 1 was true, "rater": 5 was the id "5" and "reliability": "3" the number 3.

    assertEquals(List.of(
            "$.members[0]: must be an id (a string), got the number 5",
            "$.assessments[0].rater: must be an id (a string), got the number 5",
            "$.assessments[0].reliability: must be a whole number from -2147483648 to 2147483647, got the string \"3\""),
        problems(RelationshipJson.PARTNER_NETWORK, "{" + tag(RelationshipJson.PARTNER_NETWORK)
            + "\"members\":[5,\"b\"],\"assessments\":[{\"rater\":5,\"partner\":\"b\",\"reliability\":\"3\","
            + "\"missionSupport\":3,\"openness\":3,\"powerInfluence\":3,\"involvement\":3,\"resourceContribution\":3}]}"));

    String customLevels = "\"levels\":[{\"id\":\"a\",\"name\":\"A\",\"definition\":\"a\"},"
        + "{\"id\":\"b\",\"name\":\"B\",\"definition\":\"b\"}]";
    assertEquals(List.of(
            "$.continuum.cumulative: must be true or false, got the number 1",
            "$.oneCanReachGoalAlone: must be true or false, got the number 1"),
        problems(RelationshipJson.FIT_QUESTION, "{" + tag(RelationshipJson.FIT_QUESTION)
            + "\"continuum\":{\"id\":\"mine\",\"name\":\"Mine\",\"source\":\"Us\",\"cumulative\":1," + customLevels
            + "},\"oneCanReachGoalAlone\":1}"));
    assertEquals(List.of("$.necessary: must be an id (a string), got the number 2"),
        problems(RelationshipJson.FIT_QUESTION, "{" + tag(RelationshipJson.FIT_QUESTION)
            + "\"continuum\":{\"id\":\"mine\",\"name\":\"Mine\",\"source\":\"Us\",\"cumulative\":true," + customLevels
            + "},\"necessary\":2}"));
  }

  @Test
  void aNullSectorOfAMemberIsReportedAtItsPath() throws Exception {
    String members = "\"members\":[{\"id\":\"a\",\"name\":\"A\",\"sectors\":[{\"kind\":\"PUBLIC\"}]},"
        + "{\"id\":\"b\",\"name\":\"B\",\"sectors\":[null]}]";
    // Before: the annotation-based mapping accepted the null sector, and the member held a null
    // sector (or a value whose checks refuse nulls failed without the sector's JSON path).

    assertEquals(List.of("$.members[1].sectors[0]: must be a sector (an object), got null"),
        problems(RelationshipJson.PARTNERSHIP, "{" + tag(RelationshipJson.PARTNERSHIP) + "\"name\":\"P\"," + members
            + ",\"commonGoal\":\"G\",\"continuum\":{\"builtIn\":\"community-tool-box\"}}"));
  }

  @Test
  void everyProblemOfAPartnershipIsListedWithItsPath() {
    String json = "{" + tag(RelationshipJson.PARTNERSHIP) + "\"name\":\" \","
        + "\"members\":[{\"id\":\"a\",\"name\":\"A\",\"sectors\":[null]},{\"id\":5,\"name\":\"B\",\"sectors\":[{\"kind\":\"PUBLIC\"}]}],"
        + "\"continuum\":{\"builtIn\":\"community-tool-box\"},\"currentLevel\":\"partnering\","
        + "\"groundRules\":{\"agreed\":{\"MEDIA\":\" \",\"PARKING\":\"x\"}},\"challenges\":[\"MISTRUST\",\"MISTRUST\"],"
        + "\"colour\":\"red\"}";
    assertEquals(List.of(
            "$.name: must not be blank, got \" \"",
            "$.members[0].sectors[0]: must be a sector (an object), got null",
            "$.members[1].id: must be an id (a string), got the number 5",
            "$.groundRules.agreed.MEDIA: must not be blank, got \" \"",
            "$.groundRules.agreed.PARKING: must not be here: the keys are DECISION_MAKING, MEDIA, CONFIDENTIALITY, "
                + "INFORMATION_DISTRIBUTION, REPRESENTATIVES",
            "$.challenges[1]: must not repeat $.challenges[0] in a set",
            "$.colour: must not be here: a partnership has the properties name, members, commonGoal, continuum, "
                + "currentLevel, groundRules, challenges",
            "$.commonGoal: is required: a text",
            "$.currentLevel: must be a level of Collaboration continuum (Community Tool Box) (networking, coordination, "
                + "cooperation, collaboration, multisector-collaboration), got \"partnering\""),
        problems(RelationshipJson.PARTNERSHIP, json));
  }

  @Test
  void domainRulesAndUnknownLevelsOfAFitAreReportedTogether() {
    String json = "{" + tag(RelationshipJson.FIT_QUESTION) + "\"continuum\":{\"builtIn\":\"levels-of-collaboration\"},"
        + "\"current\":\"partnering\",\"available\":{\"trust\":9}}";
    assertEquals(List.of(
            "$.current: must be a level of Levels of Collaboration Scale (no-interaction, networking, cooperation, "
                + "coordination, coalition, collaboration), got \"partnering\"",
            "$.necessary: must be given unless one organization can reach the goal alone",
            "$.available.trust: must be a requirement of the continuum (), got \"trust\"",
            "$.available.trust: must be between 1 and 5, got 9"),
        problems(RelationshipJson.FIT_QUESTION, json));
  }

  @Test
  void aPartnershipReadsBackEqualWithItsMembers() {
    Partnership p = Partnership.builder()
        .name("P")
        .members(List.of(Organization.of("a", "A", List.of(Sector.of(Sector.Kind.PUBLIC))),
            Organization.of("b", "B", List.of(Sector.of(Sector.Kind.NONPROFIT, "health")))))
        .commonGoal("G")
        .continuum(CTB)
        .currentLevel(Option.of(CTB.levels().get(1)))
        .build();
    String json = CommonGroundJson.write(RelationshipJson.PARTNERSHIP, p);
    assertTrue(json.contains("\"currentLevel\":\"coordination\""), json);
    assertEquals(p, CommonGroundJson.read(RelationshipJson.PARTNERSHIP, json));
  }

  @Test
  void everyDocumentKindHasASchemaAndIsListed() {
    for (DocumentKind<?> kind : RelationshipJson.DOCUMENTS.appendAll(AlignmentJson.DOCUMENTS)) {
      assertTrue(Documents.all().contains(kind), kind.toString());
      assertEquals(kind.format() + " version 1", kind.schema().get("title").asText());
    }
    String schema = RelationshipJson.PARTNERSHIP.schema().toString();
    assertTrue(schema.contains("\"builtIn\":{\"enum\":[\"community-tool-box\",\"levels-of-collaboration\"]}"), schema);
  }
}
