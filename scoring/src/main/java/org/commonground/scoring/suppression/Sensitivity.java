// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import java.util.Locale;

/**
 * Which entries of a table are sensitive under a rule, and the protection each needs below and
 * above its true value. The protection below is cut at the value itself, since no entry can be
 * negative: a hidden 2 cannot be shown to be "2 − 3".
 */
final class Sensitivity {

  final boolean[] primary;
  final double[] below;
  final double[] above;
  final String[] reason;

  private Sensitivity(int entries) {
    primary = new boolean[entries];
    below = new double[entries];
    above = new double[entries];
    reason = new String[entries];
  }

  static Sensitivity of(TableLattice t, SuppressionRule rule) {
    Sensitivity s = new Sensitivity(t.entries);
    String unit = t.contributions == null ? " records (" : " contributors (";
    for (int e = 0; e < t.entries; e++) {
      double need = 0;
      String why = null;
      if (rule.suppresses(t.records[e])) {
        need = rule.protection().required(t.value[e], rule.threshold(), t.integral);
        why = "fewer than " + rule.threshold() + unit + t.records[e] + ")";
      }
      double[] c = t.contributions == null ? null : t.contributions[e];
      if (c != null && c.length > 0 && rule.percentRule().isDefined()) {
        PercentRule p = rule.percentRule().get();
        double protection = p.protection(t.value[e], c[0], c.length > 1 ? c[1] : 0);
        if (p.sensitive(t.value[e], c[0], c.length > 1 ? c[1] : 0) && protection > 0) {
          need = Math.max(need, protection);
          why = join(why, "p% rule (p = " + number(p.p()) + "): the rest of the entry is less than " + number(p.p())
              + " % of its largest contribution");
        }
      }
      if (c != null && c.length > 0 && rule.dominanceRule().isDefined()) {
        DominanceRule d = rule.dominanceRule().get();
        double protection = d.protection(t.value[e], c);
        if (d.sensitive(t.value[e], c) && protection > 0) {
          need = Math.max(need, protection);
          why = join(why, "(" + d.n() + ", " + number(d.k()) + ") dominance rule: "
              + (d.n() == 1 ? "its largest contribution exceeds " : "its " + d.n() + " largest contributions exceed ")
              + number(d.k()) + " % of it");
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

  private static String join(String first, String second) {
    return first == null ? second : first + "; " + second;
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v);
  }
}
