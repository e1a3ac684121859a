// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import java.util.Locale;
import org.commonground.core.validation.Message;

/**
 * Which entries of a table are sensitive under a rule, and the protection each needs below and
 * above its true value. The protection below is cut at the value itself, since no entry can be
 * negative: a hidden 2 cannot be shown to be "2 − 3".
 */
final class Sensitivity {

  final boolean[] primary;
  final double[] below;
  final double[] above;
  final Message[] reason;

  private Sensitivity(int entries) {
    primary = new boolean[entries];
    below = new double[entries];
    above = new double[entries];
    reason = new Message[entries];
  }

  static Sensitivity of(TableLattice t, SuppressionRule rule) {
    Sensitivity s = new Sensitivity(t.entries);
    for (int e = 0; e < t.entries; e++) {
      double need = 0;
      Message why = null;
      if (rule.suppresses(t.records[e])) {
        need = rule.protection().required(t.value[e], rule.threshold(), t.integral);
        why = Message.of(t.contributions == null ? "scoring.suppression.reason.fewRecords" : "scoring.suppression.reason.fewContributors",
            rule.threshold(), t.records[e]);
      }
      double[] c = t.contributions == null ? null : t.contributions[e];
      if (c != null && c.length > 0 && rule.percentRule().isDefined()) {
        PercentRule p = rule.percentRule().get();
        double protection = p.protection(t.value[e], c[0], c.length > 1 ? c[1] : 0);
        if (p.sensitive(t.value[e], c[0], c.length > 1 ? c[1] : 0) && protection > 0) {
          need = Math.max(need, protection);
          why = join(why, Message.of("scoring.suppression.reason.percentRule", number(p.p())));
        }
      }
      if (c != null && c.length > 0 && rule.dominanceRule().isDefined()) {
        DominanceRule d = rule.dominanceRule().get();
        double protection = d.protection(t.value[e], c);
        if (d.sensitive(t.value[e], c) && protection > 0) {
          need = Math.max(need, protection);
          why = join(why, d.n() == 1 ? Message.of("scoring.suppression.reason.dominanceOne", number(d.k()))
              : Message.of("scoring.suppression.reason.dominance", d.n(), number(d.k())));
        }
      }
      if (why != null) {
        s.primary[e] = true;
        s.above[e] = need;
        s.below[e] = Math.min(need, t.value[e]);
        s.reason[e] = why;
      }
    }
    return s;
  }

  private static Message join(Message first, Message second) {
    return first == null ? second : Message.join("core.text.semicolon", io.vavr.collection.List.of(first, second));
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v);
  }
}
