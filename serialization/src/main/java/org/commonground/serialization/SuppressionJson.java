// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.commonground.scoring.suppression.AuditedEntry;
import org.commonground.scoring.suppression.CountTable;
import org.commonground.scoring.suppression.DisclosureAudit;
import org.commonground.scoring.suppression.DominanceRule;
import org.commonground.scoring.suppression.Hierarchy;
import org.commonground.scoring.suppression.ImmutableAuditedEntry;
import org.commonground.scoring.suppression.ImmutableDisclosureAudit;
import org.commonground.scoring.suppression.ImmutablePublishedCell;
import org.commonground.scoring.suppression.ImmutableSuppressedTable;
import org.commonground.scoring.suppression.Objective;
import org.commonground.scoring.suppression.PercentRule;
import org.commonground.scoring.suppression.ProtectionLevel;
import org.commonground.scoring.suppression.PublishedCell;
import org.commonground.scoring.suppression.SuppressedTable;
import org.commonground.scoring.suppression.Suppression;
import org.commonground.scoring.suppression.SuppressionRule;
import org.commonground.serialization.codec.Codec;
import org.commonground.serialization.codec.Codecs;
import org.commonground.serialization.codec.Field;
import org.commonground.serialization.codec.ObjectCodec;

/**
 * The JSON forms of small-cell suppression ({@code org.commonground.scoring.suppression}): the
 * tables to publish, the rules, the suppressed tables and their disclosure audits.
 *
 * <pre>{@code
 * String json = CommonGroundJson.write(SuppressionJson.SUPPRESSED_TABLE, SmallCellSuppression.apply(table, rule));
 * SuppressedTable back = CommonGroundJson.read(SuppressionJson.SUPPRESSED_TABLE, json);
 * }</pre>
 *
 * <p>A {@link CountTable} is written as its dimensions and, for every combination of categories
 * (row-major, the last dimension fastest), its count and the records behind it. Its records are
 * public only for a two-way table, so only two-way tables can be written; any table is read.
 */
public final class SuppressionJson {

  private SuppressionJson() {}

  /** A suppression, by name: {@code "PRIMARY"} or {@code "COMPLEMENTARY"}. */
  public static final Codec<Suppression> SUPPRESSION = Codecs.enumeration(Suppression.class, "a suppression");

  /** An objective, by name: {@code "CELLS"} or {@code "VALUE"}. */
  public static final Codec<Objective> OBJECTIVE = Codecs.enumeration(Objective.class, "an objective");

  /** A protection level's base, by name: {@code "THRESHOLD"} or {@code "VALUE"}. */
  public static final Codec<ProtectionLevel.Base> PROTECTION_BASE =
      Codecs.enumeration(ProtectionLevel.Base.class, "a protection base");

  private static final Field<ProtectionLevel, Double> PL_SHARE = Field.required("share", Codecs.DOUBLE, ProtectionLevel::share);
  private static final Field<ProtectionLevel, ProtectionLevel.Base> PL_BASE =
      Field.required("base", PROTECTION_BASE, ProtectionLevel::base);
  private static final Field<ProtectionLevel, Double> PL_MINIMUM =
      Field.required("minimum", Codecs.DOUBLE, ProtectionLevel::minimum);

  /** A protection level: {@code {"share": 0.1, "base": "THRESHOLD", "minimum": 1.0}}. */
  public static final Codec<ProtectionLevel> PROTECTION_LEVEL = ObjectCodec.of("a protection level", "ProtectionLevel",
      List.of(PL_SHARE, PL_BASE, PL_MINIMUM),
      v -> v.get(PL_BASE) == ProtectionLevel.Base.VALUE
          ? ProtectionLevel.shareOfValue(v.get(PL_SHARE), v.get(PL_MINIMUM))
          : ProtectionLevel.shareOfThreshold(v.get(PL_SHARE), v.get(PL_MINIMUM)));

  private static final Field<PercentRule, Double> PR_P = Field.required("p", Codecs.DOUBLE, PercentRule::p);

  /** A p% rule: {@code {"p": 10.0}}. */
  public static final Codec<PercentRule> PERCENT_RULE =
      ObjectCodec.of("a p% rule", "PercentRule", List.of(PR_P), v -> PercentRule.of(v.get(PR_P)));

  private static final Field<DominanceRule, Integer> DR_N = Field.required("n", Codecs.INT, DominanceRule::n);
  private static final Field<DominanceRule, Double> DR_K = Field.required("k", Codecs.DOUBLE, DominanceRule::k);

  /** An (n, k) dominance rule: {@code {"n": 2, "k": 85.0}}. */
  public static final Codec<DominanceRule> DOMINANCE_RULE = ObjectCodec.of("a dominance rule", "DominanceRule",
      List.of(DR_N, DR_K), v -> DominanceRule.of(v.get(DR_N), v.get(DR_K)));

  private static final Field<SuppressionRule, Long> SR_THRESHOLD =
      Field.required("threshold", Codecs.LONG, SuppressionRule::threshold);
  private static final Field<SuppressionRule, ProtectionLevel> SR_PROTECTION = Field.withDefault("protection",
      PROTECTION_LEVEL, SuppressionRule::protection, () -> ProtectionLevel.DEFAULT);
  private static final Field<SuppressionRule, Option<PercentRule>> SR_PERCENT =
      Field.optional("percentRule", PERCENT_RULE, SuppressionRule::percentRule);
  private static final Field<SuppressionRule, Option<DominanceRule>> SR_DOMINANCE =
      Field.optional("dominanceRule", DOMINANCE_RULE, SuppressionRule::dominanceRule);

  /** A suppression rule: the threshold, the protection (the default when absent) and the optional magnitude rules. */
  public static final ObjectCodec<SuppressionRule> SUPPRESSION_RULE_FORM = ObjectCodec.of("a suppression rule",
      "SuppressionRule", List.of(SR_THRESHOLD, SR_PROTECTION, SR_PERCENT, SR_DOMINANCE),
      v -> SuppressionRule.of(v.get(SR_THRESHOLD)).withProtection(v.get(SR_PROTECTION))
          .withPercentRule(v.get(SR_PERCENT)).withDominanceRule(v.get(SR_DOMINANCE)));

  private static final Codec<List<String>> LABELS = Codecs.list(Codecs.STRING);

  private static final Field<Hierarchy, String> H_NAME = Field.required("name", Codecs.TEXT, Hierarchy::name);
  private static final Field<Hierarchy, Option<List<String>>> H_CATEGORIES =
      Field.optional("categories", LABELS, h -> grouped(h) ? Option.none() : Option.some(h.categories()));
  private static final Field<Hierarchy, Option<Boolean>> H_TOTAL = Field.optional("total", Codecs.BOOLEAN,
      h -> !grouped(h) && h.isTotal(Hierarchy.TOTAL) ? Option.some(true) : Option.none());
  private static final Field<Hierarchy, Option<Map<String, List<String>>>> H_GROUPS = Field.optional("groups",
      Codecs.map(LABELS), h -> grouped(h)
          ? Option.some(LinkedHashMap.ofEntries(h.members(Hierarchy.TOTAL).map(g -> io.vavr.Tuple.of(g, h.members(g)))))
          : Option.none());

  /**
   * A dimension of a table: {@code {"name": "income", "categories": ["low", "not low"]}}, with
   * {@code "total": true} when it publishes its total, or {@code {"name": "grade", "groups":
   * {"elementary": ["K", "1"], "middle": ["6", "7"]}}} for groups with subtotals and a total.
   */
  public static final Codec<Hierarchy> HIERARCHY = ObjectCodec.of("a dimension", "Hierarchy",
      List.of(H_NAME, H_CATEGORIES, H_TOTAL, H_GROUPS), v -> {
        Option<List<String>> categories = v.get(H_CATEGORIES);
        Option<Map<String, List<String>>> groups = v.get(H_GROUPS);
        Option<Boolean> total = v.get(H_TOTAL);
        Violations.none()
            .require(categories == null || groups == null || categories.isDefined() != groups.isDefined(),
                "categories", "must be given exactly when groups are not")
            .require(groups == null || total == null || groups.isEmpty() || total.isEmpty(),
                "total", "must be absent for grouped categories, which always have a total")
            .throwIfAny("Hierarchy");
        if (groups.isDefined()) {
          return Hierarchy.grouped(v.get(H_NAME), groups.get());
        }
        return total.getOrElse(false)
            ? Hierarchy.withTotal(v.get(H_NAME), categories.get())
            : Hierarchy.flat(v.get(H_NAME), categories.get());
      });

  /** Whether a dimension has subtotals: its total's members are totals themselves. */
  private static boolean grouped(Hierarchy h) {
    return h.isTotal(Hierarchy.TOTAL) && h.members(Hierarchy.TOTAL).exists(h::isTotal);
  }

  private static final Field<CountTable, List<Hierarchy>> CT_DIMENSIONS =
      Field.required("dimensions", Codecs.list(HIERARCHY), CountTable::dimensions);
  private static final Field<CountTable, double[]> CT_VALUES = Field.required("values", MeasureJson.DOUBLE_ARRAY,
      SuppressionJson::values);
  private static final Field<CountTable, long[]> CT_RECORDS = Field.required("records", MeasureJson.LONG_ARRAY,
      SuppressionJson::records);

  /**
   * A table of counts: its dimensions, and the count and records of every combination of
   * categories, row-major (the last dimension fastest).
   */
  public static final ObjectCodec<CountTable> COUNT_TABLE_FORM = ObjectCodec.of("a count table", "CountTable",
      List.of(CT_DIMENSIONS, CT_VALUES, CT_RECORDS),
      v -> CountTable.of(v.get(CT_DIMENSIONS), v.get(CT_VALUES), v.get(CT_RECORDS)));

  /** Every combination of categories, row-major. */
  private static List<List<String>> combinations(List<Hierarchy> dimensions) {
    List<List<String>> all = List.of(List.empty());
    for (Hierarchy h : dimensions) {
      all = all.flatMap(prefix -> h.categories().map(prefix::append));
    }
    return all;
  }

  private static double[] values(CountTable table) {
    return combinations(table.dimensions()).toJavaStream().mapToDouble(table::value).toArray();
  }

  private static long[] records(CountTable table) {
    // Only a two-way table's records are public.
    Violations.none()
        .require(table.dimensions().size() == 2, "dimensions",
            "must be two to write the table: the records of a table of " + table.dimensions().size()
                + " dimensions are not public")
        .throwIfAny("Writing a count table");
    int columns = table.columns().size();
    long[] records = new long[table.rows().size() * columns];
    for (int i = 0; i < records.length; i++) {
      records[i] = table.records(i / columns, i % columns);
    }
    return records;
  }

  private static final Field<PublishedCell, List<String>> PC_CODES = Field.required("codes", LABELS, PublishedCell::codes);
  private static final Field<PublishedCell, Boolean> PC_TOTAL = Field.required("total", Codecs.BOOLEAN, PublishedCell::total);
  private static final Field<PublishedCell, Option<Double>> PC_VALUE =
      Field.optional("value", Codecs.DOUBLE, PublishedCell::value);
  private static final Field<PublishedCell, Option<Suppression>> PC_SUPPRESSION =
      Field.optional("suppression", SUPPRESSION, PublishedCell::suppression);
  private static final Field<PublishedCell, Message> PC_REASON = Field.required("reason", Codecs.MESSAGE, PublishedCell::reasonMessage);

  /** A published entry: its codes, whether it is a total, its value or why it is suppressed. */
  public static final Codec<PublishedCell> PUBLISHED_CELL = ObjectCodec.of("a published cell", "PublishedCell",
      List.of(PC_CODES, PC_TOTAL, PC_VALUE, PC_SUPPRESSION, PC_REASON),
      v -> ImmutablePublishedCell.builder().codes(v.get(PC_CODES)).total(v.get(PC_TOTAL)).value(v.get(PC_VALUE))
          .suppression(v.get(PC_SUPPRESSION)).reasonMessage(v.get(PC_REASON)).build());

  private static final Field<SuppressedTable, SuppressionRule> ST_RULE =
      Field.required("rule", SUPPRESSION_RULE_FORM, SuppressedTable::rule);
  private static final Field<SuppressedTable, List<List<String>>> ST_CODES =
      Field.required("codes", Codecs.list(LABELS), SuppressedTable::codes);
  private static final Field<SuppressedTable, List<Integer>> ST_CATEGORIES =
      Field.required("categories", Codecs.list(Codecs.INT), SuppressedTable::categories);
  private static final Field<SuppressedTable, List<PublishedCell>> ST_ENTRIES =
      Field.required("entries", Codecs.list(PUBLISHED_CELL), SuppressedTable::entries);
  private static final Field<SuppressedTable, Message> ST_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, SuppressedTable::explanationMessage);

  /** A table as published: the rule, each dimension's codes and categories, every entry, and why. */
  public static final ObjectCodec<SuppressedTable> SUPPRESSED_TABLE_FORM = ObjectCodec.of("a suppressed table",
      "SuppressedTable", List.of(ST_RULE, ST_CODES, ST_CATEGORIES, ST_ENTRIES, ST_EXPLANATION),
      v -> ImmutableSuppressedTable.builder().rule(v.get(ST_RULE)).codes(v.get(ST_CODES))
          .categories(v.get(ST_CATEGORIES)).entries(v.get(ST_ENTRIES)).explanationMessage(v.get(ST_EXPLANATION)).build());

  private static final Field<AuditedEntry, List<String>> AE_CODES = Field.required("codes", LABELS, AuditedEntry::codes);
  private static final Field<AuditedEntry, Boolean> AE_TOTAL = Field.required("total", Codecs.BOOLEAN, AuditedEntry::total);
  private static final Field<AuditedEntry, Double> AE_VALUE = Field.required("value", Codecs.DOUBLE, AuditedEntry::value);
  private static final Field<AuditedEntry, Boolean> AE_HIDDEN = Field.required("hidden", Codecs.BOOLEAN, AuditedEntry::hidden);
  private static final Field<AuditedEntry, Boolean> AE_SENSITIVE =
      Field.required("sensitive", Codecs.BOOLEAN, AuditedEntry::sensitive);
  /**
   * A bound an attacker can infer: a number, or {@code null} for none (−∞ below, +∞ above: JSON has
   * no infinity).
   *
   * @param unbounded the infinity that {@code null} stands for
   * @return the codec
   */
  static Codec<Double> bound(double unbounded) {
    return MeasureJson.mapped(Codecs.option(Codecs.DOUBLE), "a bound or null (none)",
        o -> o.getOrElse(unbounded), d -> d == unbounded ? Option.none() : Option.some(d));
  }

  private static final Field<AuditedEntry, Double> AE_LOWER =
      Field.required("lower", bound(Double.NEGATIVE_INFINITY), AuditedEntry::lower);
  private static final Field<AuditedEntry, Double> AE_UPPER =
      Field.required("upper", bound(Double.POSITIVE_INFINITY), AuditedEntry::upper);
  private static final Field<AuditedEntry, Double> AE_BELOW =
      Field.required("requiredBelow", Codecs.DOUBLE, AuditedEntry::requiredBelow);
  private static final Field<AuditedEntry, Double> AE_ABOVE =
      Field.required("requiredAbove", Codecs.DOUBLE, AuditedEntry::requiredAbove);
  private static final Field<AuditedEntry, List<String>> AE_BOUNDED_BY =
      Field.required("boundedBy", LABELS, AuditedEntry::boundedBy);
  private static final Field<AuditedEntry, Double> AE_TOLERANCE =
      Field.required("tolerance", Codecs.DOUBLE, AuditedEntry::tolerance);

  /** One audited entry: its value, whether it is hidden or sensitive, and what an attacker can learn of it. */
  public static final Codec<AuditedEntry> AUDITED_ENTRY = ObjectCodec.of("an audited entry", "AuditedEntry",
      List.of(AE_CODES, AE_TOTAL, AE_VALUE, AE_HIDDEN, AE_SENSITIVE, AE_LOWER, AE_UPPER, AE_BELOW, AE_ABOVE,
          AE_BOUNDED_BY, AE_TOLERANCE),
      v -> ImmutableAuditedEntry.builder().codes(v.get(AE_CODES)).total(v.get(AE_TOTAL)).value(v.get(AE_VALUE))
          .hidden(v.get(AE_HIDDEN)).sensitive(v.get(AE_SENSITIVE)).lower(v.get(AE_LOWER)).upper(v.get(AE_UPPER))
          .requiredBelow(v.get(AE_BELOW)).requiredAbove(v.get(AE_ABOVE)).boundedBy(v.get(AE_BOUNDED_BY))
          .tolerance(v.get(AE_TOLERANCE)).build());

  private static final Field<DisclosureAudit, List<AuditedEntry>> DA_ENTRIES =
      Field.required("entries", Codecs.list(AUDITED_ENTRY), DisclosureAudit::entries);
  private static final Field<DisclosureAudit, Message> DA_EXPLANATION =
      Field.required("explanation", Codecs.MESSAGE, DisclosureAudit::explanationMessage);

  /** A disclosure audit: every entry with the interval an attacker can infer, and the verdict. */
  public static final ObjectCodec<DisclosureAudit> DISCLOSURE_AUDIT_FORM = ObjectCodec.of("a disclosure audit",
      "DisclosureAudit", List.of(DA_ENTRIES, DA_EXPLANATION),
      v -> ImmutableDisclosureAudit.builder().entries(v.get(DA_ENTRIES)).explanationMessage(v.get(DA_EXPLANATION)).build());

  /** The document of a table of counts, {@code commonground.count-table}. */
  public static final DocumentKind<CountTable> COUNT_TABLE = DocumentKind.of("count-table", CountTable.class, COUNT_TABLE_FORM);

  /** The document of a suppression rule, {@code commonground.suppression-rule}. */
  public static final DocumentKind<SuppressionRule> SUPPRESSION_RULE =
      DocumentKind.of("suppression-rule", SuppressionRule.class, SUPPRESSION_RULE_FORM);

  /** The document of a suppressed table, {@code commonground.suppressed-table}. */
  public static final DocumentKind<SuppressedTable> SUPPRESSED_TABLE =
      DocumentKind.of("suppressed-table", SuppressedTable.class, SUPPRESSED_TABLE_FORM);

  /** The document of a disclosure audit, {@code commonground.disclosure-audit}. */
  public static final DocumentKind<DisclosureAudit> DISCLOSURE_AUDIT =
      DocumentKind.of("disclosure-audit", DisclosureAudit.class, DISCLOSURE_AUDIT_FORM);

  /** The document kinds of this domain. */
  static final List<DocumentKind<?>> DOCUMENTS = List.of(COUNT_TABLE, SUPPRESSION_RULE, SUPPRESSED_TABLE, DISCLOSURE_AUDIT);

  /** The codecs of this domain's types, for {@link CommonGroundModule}. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(Suppression.class, SUPPRESSION),
      Binding.of(Objective.class, OBJECTIVE),
      Binding.of(ProtectionLevel.Base.class, PROTECTION_BASE),
      Binding.of(ProtectionLevel.class, PROTECTION_LEVEL),
      Binding.of(PercentRule.class, PERCENT_RULE),
      Binding.of(DominanceRule.class, DOMINANCE_RULE),
      Binding.of(SuppressionRule.class, SUPPRESSION_RULE_FORM),
      Binding.of(Hierarchy.class, HIERARCHY),
      Binding.of(CountTable.class, COUNT_TABLE_FORM),
      Binding.of(PublishedCell.class, PUBLISHED_CELL),
      Binding.of(SuppressedTable.class, SUPPRESSED_TABLE_FORM),
      Binding.of(AuditedEntry.class, AUDITED_ENTRY),
      Binding.of(DisclosureAudit.class, DISCLOSURE_AUDIT_FORM));
}
