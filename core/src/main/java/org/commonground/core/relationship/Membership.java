// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import java.util.function.Function;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;

/**
 * The checks shared by everything members say about each other — a partner matrix, a partner
 * network: at least two distinct members, each an id, and each directed tie from a member to another member,
 * given once.
 */
final class Membership {

  private Membership() {}

  /**
   * Checks members and the directed ties between them.
   *
   * @param members the members' ids
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
    int m = 0;
    for (String member : members) {
      found = found.id("members[" + m + "]", member);
      m++;
    }
    String known = members.mkString("(", ", ", ")");
    // A hash set: a network of m members has up to m(m − 1) ties, each looked up twice.
    java.util.Set<String> memberSet = new java.util.HashSet<>(members.asJava());
    int i = 0;
    for (T tie : ties) {
      String from = rater.apply(tie);
      String to = partner.apply(tie);
      String at = path + "[" + i + "]";
      if (!memberSet.contains(from)) {
        found = found.add(Violation.of(at + ".rater", Message.of("core.relationship.member.unknown", known, "\"" + from + "\"")));
      }
      if (!memberSet.contains(to)) {
        found = found.add(Violation.of(at + ".partner", Message.of("core.relationship.member.unknown", known, "\"" + to + "\"")));
      }
      if (from.equals(to)) {
        found = found.add(Violation.of(at + ".partner", Message.of("core.relationship.member.self", "\"" + to + "\"")));
      }
      i++;
    }
    return found;
  }
}
