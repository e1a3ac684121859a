package org.commonground.core.relationship;

import io.vavr.collection.List;
import java.util.function.Function;
import org.commonground.core.validation.Violations;

/**
 * The checks shared by everything members say about each other — a partner matrix, a partner
 * network: at least two distinct members, and each directed tie from a member to another member,
 * given once.
 */
final class Membership {

  private Membership() {}

  /**
   * Checks members and the directed ties between them.
   *
   * @param members the members
   * @param path the path of the ties, such as {@code "ratings"}
   * @param ties the ties
   * @param rater who each tie is from
   * @param partner who each tie is to
   * @param <T> the type of a tie
   * @return every problem found, with its path
   */
  static <T> Violations check(
      List<String> members, String path, List<T> ties, Function<T, String> rater, Function<T, String> partner) {
    Violations found =
        Violations.none()
            .atLeast("members", members.size(), 2)
            .distinct("members", members, m -> m)
            .distinct(path, ties, t -> rater.apply(t) + " → " + partner.apply(t));
    String known = members.mkString("(", ", ", ")");
    for (int i = 0; i < ties.size(); i++) {
      String from = rater.apply(ties.get(i));
      String to = partner.apply(ties.get(i));
      String at = path + "[" + i + "]";
      found =
          found
              .require(members.contains(from), at + ".rater", "must be a member " + known + ", got \"" + from + "\"")
              .require(members.contains(to), at + ".partner", "must be a member " + known + ", got \"" + to + "\"")
              .require(!from.equals(to), at + ".partner", "must be another member than the rater, got \"" + to + "\"");
    }
    return found;
  }
}
