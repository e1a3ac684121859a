// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;

/**
 * Suppresses the sensitive entries of a table before it is published, with complementary
 * suppression that passes a {@link DisclosureAudit}: the entry point of suppression.
 *
 * <p><b>Primary suppression</b> hides every entry, cell or total, that the {@link SuppressionRule}
 * finds sensitive: fewer records than the threshold, or, in a {@link MagnitudeTable}, a p% or (n,k)
 * dominance failure. Each gets its protection level: how far below and above its true value the
 * attacker's interval must reach.
 *
 * <p><b>Complementary suppression</b> then hides other entries so that every primary entry meets
 * its protection against every combination of published equations, not only row by row:
 * <ol>
 *   <li>the <b>hypercube method</b> of τ-ARGUS (Repsilber's GHMITER): for each primary entry, in
 *       order of the protection it needs, the box of entries around it whose corners can absorb the
 *       required movement and that hides the least new (entries or value, as the
 *       {@link Objective} says), preferring cells to totals;
 *   <li>for an entry no box fits (a subtotal of a hierarchy, corners too small), the
 *       <b>single-cell protection program</b> of Kelly, Golden and Assad (1992) and Fischetti and
 *       Salazar (2000), a linear program, solved by ojAlgo, that finds the cheapest set of entries
 *       whose joint movement protects it;
 *   <li>a <b>disclosure audit</b> of the result; any entry still pinned down (possible where a
 *       program's deviation is fractional and counts move in whole steps, or where a complement is
 *       itself tied too tightly) is protected again by the program, with whole-number deviations
 *       the second time, and as a last resort by hiding every entry of its equations. This repeats
 *       until the audit passes.
 * </ol>
 *
 * <p><b>Zeros.</b> An empty entry (no record behind it) is not sensitive, as in sdcTable. A hidden
 * zero cannot move down, so its protection below is cut at zero and it is protected upwards only;
 * a zero is never a complement that must move down, so a line of zeros is protected through its
 * total, which is then hidden, as the practice for all-zero lines asks.
 *
 * <p><b>Guarantee</b>, checked by the audit that ends the method: no sensitive entry is shown;
 * every primary entry's interval, derived from every published value, total and subtotal,
 * non-negativity and (for counts) whole numbers, reaches at least its protection level below and
 * above its true value; no hidden entry can be recovered exactly. Not guaranteed: the fewest cells;
 * the hypercube method is a heuristic and typically hides somewhat more than an optimal
 * mixed-integer model would. Suppression works on the exact values; round what is published
 * afterwards.
 *
 * <pre>{@code
 * SuppressedTable published = SmallCellSuppression.apply(table, SuppressionRule.DEFAULT);
 * DisclosureAudit.of(table, SuppressionRule.DEFAULT, published).passes();   // true
 * }</pre>
 *
 * <p>This class has no state and is thread-safe.
 */
public final class SmallCellSuppression {

  private SmallCellSuppression() {}

  /**
   * Suppresses a table's sensitive entries, hiding as few entries as it can.
   *
   * @param table the values and the records (or contributions) behind them
   * @param rule the safety rules and protection levels
   * @return the table as it may be published
   */
  public static SuppressedTable apply(Tabulation table, SuppressionRule rule) {
    return apply(table, rule, Objective.CELLS);
  }

  /**
   * Suppresses a table's sensitive entries, keeping small what the objective says.
   *
   * @param table the values and the records (or contributions) behind them
   * @param rule the safety rules and protection levels
   * @param objective hide as few entries, or as little value, as it can
   * @return the table as it may be published
   */
  public static SuppressedTable apply(Tabulation table, SuppressionRule rule, Objective objective) {
    Violations.none()
        .notNull("table", table)
        .notNull("rule", rule)
        .notNull("objective", objective)
        .throwIfAny("SmallCellSuppression");
    TableLattice t = TableLattice.of(table);
    Sensitivity s = Sensitivity.of(t, rule);
    Pattern p = new Pattern(t);
    Complements complements = new Complements(t, objective);
    Integer[] primaries = IntStream.range(0, t.entries).filter(e -> s.primary[e]).boxed().toArray(Integer[]::new);
    Arrays.sort(primaries, Comparator.comparingDouble((Integer e) -> -s.above[e]).thenComparing(e -> e));
    for (int e : primaries) {
      p.hide(e, Suppression.PRIMARY, () -> s.reason[e]);
    }
    int byProgram = 0;
    for (int e : primaries) {
      int[] cube = complements.hypercube(e, s.below[e], s.above[e], p.hidden);
      if (cube != null) {
        for (int corner : cube) {
          p.hide(corner, Suppression.COMPLEMENTARY, () -> Message.of("scoring.suppression.reason.hypercube", t.label(e), cube.length));
        }
      } else {
        byProgram += protect(t, complements, p, e, s.below[e], s.above[e], false);
      }
    }
    int[] attempts = new int[t.entries];
    DisclosureAudit audit = DisclosureAudit.audit(t, s, p.hidden);
    while (!audit.passes()) {
      boolean grew = false;
      for (AuditedEntry failing : audit.disclosures()) {
        int e = t.at(codeIndexes(t, failing.codes()));
        double minimum = t.integral ? Math.ceil(rule.protection().minimum()) : rule.protection().minimum();
        double above = s.primary[e] ? s.above[e] : minimum;
        double below = s.primary[e] ? s.below[e] : Math.min(minimum, t.value[e]);
        int added = attempts[e] < 2 ? protect(t, complements, p, e, below, above, attempts[e] == 1 && t.integral) : 0;
        attempts[e]++;
        if (added == 0 && attempts[e] > 2) {
          for (int q : t.equationsOf[e]) {
            for (int member : t.equations[q]) {
              added += p.hide(member, Suppression.COMPLEMENTARY, () -> Message.of("scoring.suppression.reason.wholeEquations", t.label(e))) ? 1 : 0;
            }
          }
        }
        byProgram += added;
        grew |= added > 0 || attempts[e] <= 2;
      }
      if (!grew) {
        boolean hidAny = false;
        for (int e = 0; e < t.entries; e++) {
          hidAny |= p.hide(e, Suppression.COMPLEMENTARY, () -> Message.of("scoring.suppression.reason.wholeTable"));
        }
        if (!hidAny) {
          // Everything is hidden: every entry can then rise without bound and fall to zero, so an
          // audit that still fails is a fault of the audit, not of the table.
          throw new IllegalStateException("the disclosure audit fails with every entry hidden: " + audit.disclosures().head().explanation()
              + "; please report this table");
        }
      }
      audit = DisclosureAudit.audit(t, s, p.hidden);
    }
    return p.result(rule, s, byProgram, audit);
  }

  /** Protects an entry by the single-cell program in both directions; returns how many it hid. */
  private static int protect(TableLattice t, Complements complements, Pattern p, int e, double below, double above, boolean whole) {
    int added = 0;
    for (double distance : new double[] {above, -below}) {
      if (distance == 0) {
        continue;
      }
      int[] chosen = complements.protect(e, distance, p.hidden, whole);
      if (chosen == null) {
        continue;
      }
      for (int j : chosen) {
        added += p.hide(j, Suppression.COMPLEMENTARY, () -> Message.of("scoring.suppression.reason.program", t.label(e))) ? 1 : 0;
      }
    }
    return added;
  }

  private static int[] codeIndexes(TableLattice t, List<String> codes) {
    int[] at = new int[codes.size()];
    for (int d = 0; d < at.length; d++) {
      at[d] = t.dimensions.get(d).codes().indexOf(codes.get(d));
    }
    return at;
  }

  /** The entries hidden so far, each with why. */
  private static final class Pattern {
    private static final Message NO_REASON = Message.literal("");

    final TableLattice t;
    final boolean[] hidden;
    final Suppression[] why;
    final Message[] reason;

    Pattern(TableLattice t) {
      this.t = t;
      this.hidden = new boolean[t.entries];
      this.why = new Suppression[t.entries];
      this.reason = new Message[t.entries];
    }

    /** Hides an entry if it is not hidden yet; returns whether it was newly hidden. */
    boolean hide(int e, Suppression kind, Supplier<Message> because) {
      if (hidden[e]) {
        return false;
      }
      hidden[e] = true;
      why[e] = kind;
      reason[e] = because.get();
      return true;
    }

    SuppressedTable result(SuppressionRule rule, Sensitivity s, int byProgram, DisclosureAudit audit) {
      List<PublishedCell> entries = List.empty();
      for (int e = t.entries - 1; e >= 0; e--) {
        entries = entries.prepend(ImmutablePublishedCell.builder()
            .codes(t.codes(e))
            .total(t.isTotal(e))
            .value(hidden[e] ? Option.none() : Option.of(t.value[e]))
            .suppression(Option.of(why[e]))
            .reasonMessage(hidden[e] ? reason[e] : NO_REASON)
            .build());
      }
      long primary = IntStream.range(0, t.entries).filter(e -> why[e] == Suppression.PRIMARY).count();
      long complementary = IntStream.range(0, t.entries).filter(e -> why[e] == Suppression.COMPLEMENTARY).count();
      Message explanation = Message.of("scoring.suppression.table",
          Message.of(t.contributions == null ? "scoring.suppression.table.records" : "scoring.suppression.table.contributors",
              rule.threshold()),
          rule.percentRule().isDefined() ? Message.of("scoring.suppression.table.percentRule") : "",
          rule.dominanceRule().isDefined() ? Message.of("scoring.suppression.table.dominanceRule") : "",
          primary, complementary,
          byProgram > 0 ? Message.of("scoring.suppression.table.byProgram", byProgram) : "",
          t.equations.length, audit.explanationMessage());
      return ImmutableSuppressedTable.builder()
          .rule(rule)
          .codes(t.dimensions.map(Hierarchy::codes))
          .categories(t.dimensions.map(h -> h.categories().size()))
          .entries(entries)
          .explanationMessage(explanation)
          .build();
    }
  }
}
