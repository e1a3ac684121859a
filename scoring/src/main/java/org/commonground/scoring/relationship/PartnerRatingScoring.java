// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.relationship;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.commonground.core.relationship.Level;
import org.commonground.core.relationship.PartnerRatings;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;

/**
 * Summarizes the members' ratings of their relationships with each other: the entry point for the
 * partner × partner matrix of the Levels of Collaboration Scale (Frey, Lohmeier, Lee and
 * Tollefson, "Measuring Collaboration Among Grant Partners", <i>American Journal of Evaluation</i>
 * 27(3), 2006), which reports the mean level, the share of ties at each level, and asymmetric pairs
 * (A rates B differently from how B rates A) for exploration. It works on any continuum.
 *
 * <pre>{@code
 * PartnerRatingSummary s = PartnerRatingScoring.score(PartnerRatings.of(
 *     Continua.LEVELS_OF_COLLABORATION, members, ratings));
 * s.explanation();
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class PartnerRatingScoring {

  private PartnerRatingScoring() {}

  /**
   * Summarizes checked ratings.
   *
   * @param ratings the ratings
   * @return the summary; the order of the ratings does not change it
   */
  public static PartnerRatingSummary score(PartnerRatings ratings) {
    Violations.none().notNull("ratings", ratings).throwIfAny("PartnerRatingScoring");
    List<String> members = ratings.members();
    List<Level> levels = ratings.continuum().levels();
    List<Level> rated = ratings.ratings().map(r -> ratings.continuum().level(r.level()).get());
    int n = rated.size();
    int possible = members.size() * (members.size() - 1);
    long rankSum = rated.map(l -> (long) l.rank()).sum().longValue();
    Option<Double> mean = n == 0 ? Option.none() : Option.of((double) rankSum / n);
    List<LevelShare> shares =
        levels.map(l -> {
          int ties = rated.count(l::equals);
          return ImmutableLevelShare.of(l, ties, n == 0 ? 0.0 : (double) ties / n);
        });

    // Arrays and array lists: m members make m(m − 1) ordered pairs, each visited once.
    String[] member = members.toJavaArray(String[]::new);
    java.util.List<AsymmetricPair> asymmetricPairs = new java.util.ArrayList<>();
    java.util.List<String> unratedPairs = new java.util.ArrayList<>();
    for (int i = 0; i < member.length; i++) {
      for (int j = 0; j < member.length; j++) {
        String a = member[i];
        String b = member[j];
        if (i == j) {
          continue;
        }
        Option<Level> ab = ratings.level(a, b);
        if (ab.isEmpty()) {
          unratedPairs.add(a + " → " + b);
        }
        Option<Level> ba = ratings.level(b, a);
        if (i < j && ab.isDefined() && ba.isDefined() && !ab.get().equals(ba.get())) {
          asymmetricPairs.add(ImmutableAsymmetricPair.of(a, b, ab.get(), ba.get()));
        }
      }
    }
    List<String> unrated = List.ofAll(unratedPairs);
    // a stable sort: ties keep the members' order
    List<AsymmetricPair> asymmetric = List.ofAll(asymmetricPairs).sortBy(p -> -p.difference());

    Message explanation =
        n == 0
            ? Message.of("scoring.relationship.rating.none", possible, members.size(), ratings.continuum())
            : Message.of("scoring.relationship.rating.summary",
                n, possible, ratings.continuum(), String.format(Locale.ROOT, "%.2f", mean.get()), levels.head().rank(),
                levels.last().rank(),
                Message.join("core.text.comma", shares.filter(s -> s.ties() > 0)
                    .map(s -> Message.of("scoring.relationship.rating.share", s.level(), s.ties(),
                        String.format(Locale.ROOT, "%.0f", s.share() * 100)))),
                Message.of(asymmetric.size() == 1 ? "scoring.relationship.rating.asymmetric.one" : "scoring.relationship.rating.asymmetric",
                    asymmetric.size()),
                asymmetric.isEmpty() ? "" : Message.of("scoring.relationship.rating.exploration", asymmetric.mkString("; ")));
    return ImmutablePartnerRatingSummary.builder()
        .continuum(ratings.continuum().id())
        .possibleTies(possible)
        .ratedTies(n)
        .meanLevel(mean)
        .levelShares(shares)
        .asymmetricPairs(asymmetric)
        .unratedTies(unrated)
        .explanationMessage(explanation)
        .build();
  }
}
