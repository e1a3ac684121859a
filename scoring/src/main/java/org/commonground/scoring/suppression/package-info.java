// SPDX-License-Identifier: Apache-2.0
/**
 * Suppression of published tables: which entries may not be shown, which others must be hidden so
 * that the first cannot be worked out from what is shown, and an audit that checks the result
 * against everything published.
 *
 * <p><b>Tables.</b> A {@link org.commonground.scoring.suppression.CountTable} holds counts with the
 * records behind each (graduates by partner and income, with the students behind each cell); a
 * {@link org.commonground.scoring.suppression.MagnitudeTable} holds amounts with the contributions
 * behind each (funding by partner and program, by funder). Either has one, two, three or more
 * dimensions, each a {@link org.commonground.scoring.suppression.Hierarchy}: flat, with a total, or
 * categories grouped under subtotals and a total. Every total and subtotal is published, and each
 * is an equation ({@code total = Σ its members}) that an attacker can use.
 *
 * <p><b>Safety rules and protection levels.</b> A {@link
 * org.commonground.scoring.suppression.SuppressionRule} says which entries are sensitive: those
 * resting on fewer records (or contributors) than a threshold, 10 by default; and, in a magnitude
 * table, those failing the {@link org.commonground.scoring.suppression.PercentRule p% rule} or the
 * {@link org.commonground.scoring.suppression.DominanceRule (n,k) dominance rule}. Each sensitive
 * entry needs a protection level: how far below and above its true value the interval an attacker
 * can derive must reach ({@link org.commonground.scoring.suppression.ProtectionLevel}; by default
 * one count either way for the threshold rule, and the distance each magnitude rule gives for its
 * own). The rules and levels are those of Hundepool et al., <i>Statistical Disclosure Control</i>
 * (Wiley, 2012), chapter 4, as τ-ARGUS and sdcTable apply them.
 *
 * <p><b>Suppression.</b> {@link org.commonground.scoring.suppression.SmallCellSuppression#apply}
 * hides every sensitive entry (primary suppression), then hides others (complementary suppression):
 * first by the hypercube method of τ-ARGUS (GHMITER), and where no hypercube fits, by the
 * single-cell protection program of Kelly, Golden and Assad (1992) and Fischetti and Salazar
 * (2000), a linear program solved by ojAlgo. It ends with a disclosure audit of its own result and
 * protects again whatever the audit still finds pinned down, until the audit passes. So every
 * sensitive entry is hidden, every one's interval reaches its protection level, and no hidden entry
 * can be recovered exactly. It does not promise the fewest hidden entries: the hypercube method is
 * a heuristic. An {@link org.commonground.scoring.suppression.Objective} chooses whether it keeps
 * the number of hidden entries small or the value hidden.
 *
 * <p><b>Checking.</b> {@link org.commonground.scoring.suppression.DisclosureAudit#of} is the entry
 * point for checking a table before it is published, whether suppressed here, by hand or by
 * another tool. For each hidden entry it gives the interval {@code [lower, upper]} its value must
 * lie in given the published entries, every total and subtotal, non-negativity and, for counts,
 * whole numbers, each bound the optimum of a linear program (for a two-way count table with all
 * its totals, the equivalent maximum flow, by JGraphT); and it says whether that interval
 * protects the entry ({@link org.commonground.scoring.suppression.AuditedEntry#protectedEnough()}),
 * in a sentence ({@link org.commonground.scoring.suppression.AuditedEntry#explanation()}). The
 * audit holds true values: it is for the publisher, not for publication.
 *
 * <pre>{@code
 * CountTable graduates = CountTable.of(
 *     List.of("Lincoln", "Eastside"), List.of("low income", "not low income"),
 *     new double[][] {{41, 212}, {6, 88}},        // graduates
 *     new long[][] {{55, 240}, {8, 101}},         // students behind each cell
 *     true, true);                                // row, column and grand totals published
 *
 * SuppressedTable published = SmallCellSuppression.apply(graduates, SuppressionRule.DEFAULT);
 * published.cell(1, 0).reason();                  // "fewer than 10 records (8)"
 * published.count(Suppression.COMPLEMENTARY);     // 3: the other cells of the 2 × 2 box
 *
 * DisclosureAudit audit = DisclosureAudit.of(graduates, SuppressionRule.DEFAULT, published);
 * audit.passes();                                 // true
 * AuditedEntry small = audit.entries().find(e -> e.sensitive()).get();
 * small.lower();                                  // 0.0
 * small.upper();                                  // 47.0: the true 6 lies anywhere in [0, 47]
 * small.explanation();                            // "Eastside × low income (6) lies in [0, 47] by …"
 * small.explanation(Locale.forLanguageTag("es"));  // "Eastside × low income (6) está en [0, 47] según …"
 *
 * // a pattern of your own: hiding Eastside's two cells alone leaks both through the column totals
 * DisclosureAudit.of(graduates, SuppressionRule.DEFAULT,
 *     List.of(List.of("Eastside", "low income"), List.of("Eastside", "not low income"))).passes();   // false
 * }</pre>
 */
@CommonGroundStyle
package org.commonground.scoring.suppression;

import org.commonground.core.CommonGroundStyle;
