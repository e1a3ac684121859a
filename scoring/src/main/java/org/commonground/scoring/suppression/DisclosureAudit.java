// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import java.util.Locale;
import org.commonground.core.validation.Message;
import io.vavr.collection.List;
import org.commonground.core.validation.Violation;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * What an attacker can derive about each hidden entry of a published table from everything
 * published: the entries shown, every total and subtotal, non-negativity and, for counts, whole
 * numbers. For each hidden entry it gives the interval its value must lie in, and checks it against
 * the protection the entry needs: the entry of a sensitive cell must not be pinned closer than its
 * protection level, and no hidden entry may be recovered exactly. The entry point for auditing.
 *
 * <p>Each bound is the optimum of a linear program over the hidden entries tied to the entry by
 * published equations, as in τ-ARGUS's audit and Hundepool et al., <i>Statistical Disclosure
 * Control</i> (Wiley, 2012), § 4.4; for a two-way count table with all its totals, by the equivalent
 * maximum flow (Cox 1995), which is exact and faster. For counts the bounds are exact: each is attained by a whole-number
 * completion of the table checked in integer arithmetic, solving with whole-number variables when
 * the linear program's optimum is fractional. For amounts they hold to within a tolerance of
 * 10⁻⁹ of the table's largest value, checked on the solver's completion.
 *
 * <pre>{@code
 * SuppressedTable published = SmallCellSuppression.apply(graduates, SuppressionRule.DEFAULT);
 * DisclosureAudit audit = DisclosureAudit.of(graduates, SuppressionRule.DEFAULT, published);
 * audit.passes();           // true
 * audit.entries().head().explanation();
 *
 * // a pattern of your own: hide these cells and see what leaks
 * DisclosureAudit.of(graduates, SuppressionRule.DEFAULT,
 *     List.of(List.of("Eastside", "low income"), List.of("Eastside", "Total"))).disclosures();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It holds true values: it is for the publisher, not for
 * publication.
 */
@Value.Immutable
public abstract class DisclosureAudit {

  DisclosureAudit() {}

  /**
   * Every hidden entry, and every sensitive entry that is shown, in the table's order.
   *
   * @return the audited entries
   */
  public abstract List<AuditedEntry> entries();

  /**
   * The sentence as a message: its code and arguments, and its text in any language.
   *
   * @return the explanation
   */
  public abstract Message explanationMessage();

  /**
   * How the intervals were computed and how far they are verified.
   *
   * <p>In English; see {@link #explanation(Locale)} for another language.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The same, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(Locale locale) {
    return explanationMessage().text(locale);
  }

  /**
   * The entries that disclose: shown although sensitive, recovered exactly, or pinned closer than
   * their protection level.
   *
   * @return the disclosures, empty if the table passes
   */
  public List<AuditedEntry> disclosures() {
    return entries().filter(e -> !e.protectedEnough());
  }

  /**
   * Whether no entry discloses.
   *
   * @return true if the table may be published
   */
  public boolean passes() {
    return disclosures().isEmpty();
  }

  /**
   * Audits a table as suppressed by {@link SmallCellSuppression} (or any table of the same shape).
   *
   * @param table the table with its true values
   * @param rule the rule that says which entries are sensitive and what they need
   * @param published the table as published: its hidden entries are audited
   * @return the audit
   * @throws org.commonground.core.validation.ValidationException naming each null argument, or if the published table does not
   *     have the table's entries
   */
  public static DisclosureAudit of(Tabulation table, SuppressionRule rule, SuppressedTable published) {
    Violations.none()
        .notNull("table", table)
        .notNull("rule", rule)
        .notNull("published", published)
        .throwIfAny("DisclosureAudit");
    TableLattice t = TableLattice.of(table);
    Violations.none()
        .require(published.entries().size() == t.entries, "published.entries",
            () -> Message.of("scoring.suppression.audit.entries", t.entries, published.entries().size()))
        .throwIfAny("DisclosureAudit");
    return of(table, rule, published.entries().filter(e -> e.value().isEmpty()).map(PublishedCell::codes));
  }

  /**
   * Audits a table with a pattern of hidden entries of your own.
   *
   * @param table the table with its true values
   * @param rule the rule that says which entries are sensitive and what they need
   * @param hidden the hidden entries, each by one code per dimension
   * @return the audit
   * @throws org.commonground.core.validation.ValidationException naming each null argument or null entry, and every entry that is not of
   *     the table
   */
  public static DisclosureAudit of(Tabulation table, SuppressionRule rule, Iterable<? extends List<String>> hidden) {
    Violations.none()
        .notNull("table", table)
        .notNull("rule", rule)
        .notNull("hidden", hidden)
        .throwIfAny("DisclosureAudit");
    TableLattice t = TableLattice.of(table);
    boolean[] pattern = new boolean[t.entries];
    Violations found = Violations.none();
    int i = 0;
    for (List<String> codes : hidden) {
      if (codes == null || codes.contains(null)) {
        found = found.noNullElements("hidden[" + i + "]", codes);
        i++;
        continue;
      }
      Message problem = TableLattice.entryProblem(table, codes);
      if (problem == null) {
        pattern[TableLattice.entry(table, codes)] = true;
      } else {
        found = found.add(Violation.of("hidden[" + i + "]", problem));
      }
      i++;
    }
    found.throwIfAny("DisclosureAudit");
    return audit(t, Sensitivity.of(t, rule), pattern);
  }

  static DisclosureAudit audit(TableLattice t, Sensitivity s, boolean[] hidden) {
    AttackerIntervals intervals = AttackerIntervals.of(t, hidden);
    List<AuditedEntry> entries = List.empty();
    // The entries of one component share their equations: name them once per component.
    java.util.Map<int[], List<String>> named = new java.util.IdentityHashMap<>();
    for (int e = t.entries - 1; e >= 0; e--) {
      if (!hidden[e] && !s.primary[e]) {
        continue;
      }
      List<String> boundedBy = intervals.boundedBy[e] == null ? List.empty()
          : named.computeIfAbsent(intervals.boundedBy[e], q -> List.ofAll(java.util.Arrays.stream(q).boxed()).map(t::equation));
      entries = entries.prepend(ImmutableAuditedEntry.builder()
          .codes(t.codes(e))
          .total(t.isTotal(e))
          .value(t.value[e])
          .hidden(hidden[e])
          .sensitive(s.primary[e])
          .lower(hidden[e] ? intervals.lower[e] : t.value[e])
          .upper(hidden[e] ? intervals.upper[e] : t.value[e])
          .requiredBelow(s.primary[e] ? s.below[e] : 0)
          .requiredAbove(s.primary[e] ? s.above[e] : 0)
          .boundedBy(boundedBy)
          .tolerance(intervals.tolerance)
          .build());
    }
    Message exactness = t.integral
        ? Message.of("scoring.suppression.audit.exact", intervals.verified, intervals.bounds,
            intervals.integerPrograms > 0 ? Message.of("scoring.suppression.audit.integerPrograms", intervals.integerPrograms) : "")
        : Message.of("scoring.suppression.audit.tolerance", Sensitivity.number(intervals.tolerance), intervals.verified,
            intervals.bounds);
    List<AuditedEntry> all = entries;
    long failing = all.count(a -> !a.protectedEnough());
    int audited = all.count(AuditedEntry::hidden);
    Message explanation = Message.of(audited == 1 ? "scoring.suppression.audit.one" : "scoring.suppression.audit",
        audited, t.equations.length, t.integral ? Message.of("scoring.suppression.audit.wholeCounts") : "",
        Message.of(TransportationBounds.of(t) != null ? "scoring.suppression.audit.maximumFlow" : "scoring.suppression.audit.linearProgramming"),
        exactness,
        failing == 0 ? Message.of("scoring.suppression.audit.noDisclosure")
            : Message.of(failing == 1 ? "scoring.suppression.audit.disclosure.one" : "scoring.suppression.audit.disclosure", failing));
    return ImmutableDisclosureAudit.builder().entries(all).explanationMessage(explanation).build();
  }

  @Value.Check
  void check() {
    Violations.none()
        .noNullElements("entries", entries())
        .notNull("explanationMessage", explanationMessage())
        .throwIfAny("DisclosureAudit");
  }

  /** Returns {@code DisclosureAudit: 6 hidden entries, passes} or the number of disclosures. */
  @Override
  public String toString() {
    long hidden = entries().count(AuditedEntry::hidden);
    return "DisclosureAudit: " + hidden + (hidden == 1 ? " hidden entry, " : " hidden entries, ")
        + (passes() ? "passes" : "fails: " + disclosures().size() + " disclosed");
  }
}
