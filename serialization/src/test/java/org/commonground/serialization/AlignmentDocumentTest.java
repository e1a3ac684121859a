// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.commonground.core.alignment.AlignmentRatings;
import org.commonground.core.alignment.Dimension;
import org.commonground.core.alignment.Framework;
import org.commonground.core.alignment.Frameworks;
import org.commonground.core.alignment.Rating;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The findings of issue 14 on alignment documents: built-in frameworks by reference, no coercion, every problem. */
class AlignmentDocumentTest {

  private static final String TAG = "\"format\":\"commonground.alignment-ratings\",\"version\":1,";
  private static final String SCALE = "\"scale\":{\"min\":1,\"max\":5}";

  private static List<String> problems(DocumentKind<?> kind, String json) {
    return assertThrows(ValidationException.class, () -> CommonGroundJson.read(kind, json)).violations()
        .map(Violation::toString);
  }

  @Test
  void aBuiltInFrameworkIsWrittenByIdAndEdition() {
    AlignmentRatings ratings = AlignmentRatings.of(Frameworks.COLLECTIVE_IMPACT, Frameworks.IN_PLACE,
        List.of(Rating.of("a", "common-agenda", 4), Rating.of("b", "common-agenda", 2)));
    String json = CommonGroundJson.write(AlignmentJson.ALIGNMENT_RATINGS, ratings);
    assertTrue(json.contains("\"framework\":{\"builtIn\":\"collective-impact\",\"edition\":\"Kania & Kramer 2011\"},"), json);
    assertEquals(ratings, CommonGroundJson.read(AlignmentJson.ALIGNMENT_RATINGS, json));
  }

  @Test
  void aReferenceMustNameTheBuiltInsEdition() {
    assertEquals(List.of("$.framework.edition: must be \"Kania & Kramer 2011\" (the edition of the built-in framework "
            + "collective-impact), got \"2020\""),
        problems(AlignmentJson.ALIGNMENT_RATINGS, "{" + TAG
            + "\"framework\":{\"builtIn\":\"collective-impact\",\"edition\":\"2020\"}," + SCALE + ",\"ratings\":[]}"));
    assertEquals(List.of("$.framework.edition: is required: the edition of the built-in framework, \"United Way Worldwide\""),
        problems(AlignmentJson.ALIGNMENT_RATINGS, "{" + TAG
            + "\"framework\":{\"builtIn\":\"five-alignments\"}," + SCALE + ",\"ratings\":[]}"));
  }

  @Test
  void aDifferentFrameworkUnderABuiltInIdIsRefused() throws Exception {
    Framework mine = Framework.of("collective-impact", "Collective Impact", "Kania & Kramer 2011", "Ours",
        List.of(Dimension.of("common-agenda", "Common agenda", "Ours", List.empty())));
    // Before: the annotation-based form wrote the framework in full and read back whatever it
    // held, so ratings of a one-dimension "collective-impact" passed for ratings of the built-in.
    AlignmentRatings before = AlignmentRatings.of(mine, Frameworks.IN_PLACE, List.of(Rating.of("a", "common-agenda", 3)));

    assertEquals(List.of("$.framework.id: \"collective-impact\" is a built-in framework; refer to it by id and edition, "
            + "or give a custom framework its own id"),
        problems(AlignmentJson.ALIGNMENT_RATINGS, CommonGroundJson.write(AlignmentJson.ALIGNMENT_RATINGS, before)));
    assertEquals(Frameworks.WORKING_TOGETHER, CommonGroundJson.read(AlignmentJson.FRAMEWORK,
        CommonGroundJson.write(AlignmentJson.FRAMEWORK, Frameworks.WORKING_TOGETHER)));
  }

  @Test
  void scalarsAreNotCoerced() throws Exception {
    String ratings = "\"ratings\":[{\"partner\":7,\"dimension\":\"common-agenda\",\"value\":\"4\"},"
        + "{\"partner\":\"b\",\"dimension\":\"common-agenda\",\"criterion\":true,\"value\":4.5}]";
    // Before: the annotation-based mapping read "partner": 7 as the id "7" and "value": "4" as
    // the number 4.

    assertEquals(List.of(
            "$.ratings[0].partner: must be an id (a string), got the number 7",
            "$.ratings[0].value: must be a whole number from -2147483648 to 2147483647, got the string \"4\"",
            "$.ratings[1].criterion: must be an id (a string), got true",
            "$.ratings[1].value: must be a whole number from -2147483648 to 2147483647, got the number 4.5"),
        problems(AlignmentJson.ALIGNMENT_RATINGS, "{" + TAG
            + "\"framework\":{\"builtIn\":\"collective-impact\",\"edition\":\"Kania & Kramer 2011\"}," + SCALE + "," + ratings + "}"));
  }

  @Test
  void everyProblemOfRatingsIsListedWithItsPath() {
    String json = "{" + TAG + "\"framework\":{\"id\":\"ours\",\"name\":\"Ours\",\"edition\":\"1\",\"dimensions\":[]},"
        + "\"scale\":{\"min\":5,\"max\":1},"
        + "\"ratings\":[{\"partner\":\"a\",\"dimension\":\" \",\"value\":3},{\"partner\":\"a\",\"value\":3}]}";
    assertEquals(List.of(
            "$.framework.source: is required: a text",
            "$.scale.max: must be greater than min (5), got 1",
            "$.ratings[0].dimension: must not be blank, got \" \"",
            "$.ratings[1].dimension: is required: an id"),
        problems(AlignmentJson.ALIGNMENT_RATINGS, json));
    assertEquals(List.of(
            "$.ratings[2]: duplicates ratings[0] (a on common-agenda)",
            "$.ratings[1].dimension: must be a dimension of Collective Impact (Kania & Kramer 2011) (common-agenda, "
                + "shared-measurement, mutually-reinforcing, continuous-communication, backbone-support), got \"vision\"",
            "$.ratings[1].value: must be between 1 and 5, got 6"),
        problems(AlignmentJson.ALIGNMENT_RATINGS, "{" + TAG
            + "\"framework\":{\"builtIn\":\"collective-impact\",\"edition\":\"Kania & Kramer 2011\"}," + SCALE
            + ",\"ratings\":[{\"partner\":\"a\",\"dimension\":\"common-agenda\",\"value\":3},"
            + "{\"partner\":\"a\",\"dimension\":\"vision\",\"value\":6},"
            + "{\"partner\":\"a\",\"dimension\":\"common-agenda\",\"value\":4}]}"));
  }
}
