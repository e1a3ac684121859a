// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** A round of a partner network rated on a continuum: its checks, its answers and its tie rule. */
class PartnerNetworkRoundTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private final PartnerNetwork round = PartnerNetwork.rated(Continua.LEVELS_OF_COLLABORATION, List.of("a", "b", "c"),
      List.of(PartnerRating.of("a", "b", "coordination"), PartnerRating.of("b", "a", "no-interaction")),
      List.of(PartnerAssessment.builder().rater("c").partner("a").reliability(3).missionSupport(3).openness(3)
          .powerInfluence(2).involvement(2).resourceContribution(2).build()));

  @Test
  void aRoundKnowsItsLevelsAndWhoAnswered() {
    assertEquals(Option.of("coordination"), round.level("a", "b").map(Level::id));
    assertEquals(Option.none(), round.level("a", "c"));
    assertEquals(List.of("a", "b", "c"), round.respondents());
    assertEquals(List.empty(), round.nonRespondents());
    assertEquals(List.of("a → c", "b → c", "c → a", "c → b"), round.missingRatings());
    assertEquals("PartnerNetwork: 3 members, 1 assessments, 2 ratings on Levels of Collaboration Scale", round.toString());
  }

  @Test
  void withoutAContinuumOnlyMembersWhoDidNotAnswerHaveMissingRatings() {
    PartnerNetwork assessed = PartnerNetwork.of(List.of("a", "b", "c"), round.assessments());
    assertEquals(List.of("a", "b"), assessed.nonRespondents());
    assertEquals(List.of("a → b", "a → c", "b → a", "b → c"), assessed.missingRatings());
    assertEquals(true, assessed.assessed("c", "a"));
  }

  @Test
  void everyProblemIsNamedInEitherLanguage() {
    ValidationException e = assertThrows(ValidationException.class, () -> PartnerNetwork.rated(
        Continua.LEVELS_OF_COLLABORATION, List.of("a", "b"),
        List.of(PartnerRating.of("a", "b", "partnering"), PartnerRating.of("b", "b", "networking")), List.empty()));
    assertEquals(List.of("ratings[0].level", "ratings[1].partner"), e.violations().map(Violation::path).sorted());
    Violation level = e.violations().find(v -> v.path().equals("ratings[0].level")).get();
    assertEquals("must be a level of Levels of Collaboration Scale (no-interaction, networking, cooperation, coordination, "
        + "coalition, collaboration), got \"partnering\"", level.message());
    assertEquals("debe ser un nivel de Levels of Collaboration Scale (no-interaction, networking, cooperation, coordination, "
        + "coalition, collaboration), se recibió \"partnering\"", level.message(SPANISH));

    ValidationException noContinuum = assertThrows(ValidationException.class, () -> ImmutablePartnerNetwork.builder()
        .members(List.of("a", "b")).assessments(List.empty()).ratings(List.of(PartnerRating.of("a", "b", "networking")))
        .build());
    assertEquals(List.of(Violation.of("ratings", "must be empty when no continuum is given, got 1 ratings")),
        noContinuum.violations());
  }

  @Test
  void theTieRuleSaysWhatIsATieAndWhatMissingMeans() {
    TieRule rule = TieRule.atLeast(Continua.LEVELS_OF_COLLABORATION.level("cooperation").get());
    assertEquals("a rating at Cooperation or above counts as a tie; missing ratings reported, not counted as no tie",
        rule.description().text());
    assertEquals("una calificación de Cooperation o superior cuenta como vínculo; calificaciones faltantes contadas como "
        + "ausencia de vínculo", rule.withMissing(MissingRatings.NO_TIE).description().text(SPANISH));
    assertEquals(MissingRatings.REPORT, TieRule.standard().missing());
    assertThrows(ValidationException.class, () -> TieRule.atLeast(null));
  }
}
