// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import io.vavr.collection.List;
import java.util.Locale;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One hidden entry of a published table as an attacker sees it: the interval its value must lie
 * in, given everything published, beside its true value and the protection it needs.
 *
 * <pre>{@code
 * entry.codes();             // List(Eastside, low income)
 * entry.lower();             // 0.0
 * entry.upper();             // 14.0   (true value 6)
 * entry.protectedEnough();   // true: needs 1 below and 1 above
 * entry.explanation();
 * }</pre>
 *
 * <p>An unbounded upper end is {@link Double#POSITIVE_INFINITY}. This class is immutable and
 * thread-safe. It holds the true value: it is for the publisher, not for publication.
 */
@Value.Immutable
public abstract class AuditedEntry {

  AuditedEntry() {}

  /**
   * The entry: one code per dimension.
   *
   * @return the codes
   */
  public abstract List<String> codes();

  /**
   * Whether the entry is a total or subtotal.
   *
   * @return true for a total
   */
  public abstract boolean total();

  /**
   * The true value.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * Whether the entry is hidden. A sensitive entry that is shown is a disclosure in itself.
   *
   * @return true if hidden
   */
  public abstract boolean hidden();

  /**
   * Whether the entry is sensitive under the rule (primary), not only hidden to protect another.
   *
   * @return true if sensitive
   */
  public abstract boolean sensitive();

  /**
   * The least value an attacker can rule out nothing below.
   *
   * @return the interval's lower end
   */
  public abstract double lower();

  /**
   * The greatest value consistent with everything published.
   *
   * @return the interval's upper end, or {@link Double#POSITIVE_INFINITY}
   */
  public abstract double upper();

  /**
   * The distance the interval must reach below the true value: the protection level for a
   * sensitive entry, cut at the value itself; 0 for an entry hidden only to protect others.
   *
   * @return the required distance below
   */
  public abstract double requiredBelow();

  /**
   * The distance the interval must reach above the true value: the protection level for a
   * sensitive entry; 0 for an entry hidden only to protect others.
   *
   * @return the required distance above
   */
  public abstract double requiredAbove();

  /**
   * The published equations that bound the entry: those of the hidden entries it is tied to.
   *
   * @return the equations, as "total = member + member"
   */
  public abstract List<String> boundedBy();

  /**
   * The tolerance of the bounds: 0 for counts, whose bounds are exact; a stated share of the
   * table's largest value for amounts.
   *
   * @return the tolerance
   */
  public abstract double tolerance();

  /**
   * Whether the attacker can recover the value exactly: shown, or an interval of one point.
   *
   * @return true if disclosed exactly
   */
  public boolean exactlyRecovered() {
    return !hidden() || upper() - lower() <= tolerance();
  }

  /**
   * Whether the entry is protected: not exactly recoverable, and for a sensitive entry an interval
   * that reaches at least the required distance below and above its true value.
   *
   * @return true if protected
   */
  public boolean protectedEnough() {
    return !exactlyRecovered()
        && lower() <= value() - requiredBelow() + tolerance()
        && upper() >= value() + requiredAbove() - tolerance();
  }

  /**
   * The finding in a sentence, as a message: its code and arguments, and its text in any language.
   *
   * @return the explanation
   */
  public Message explanationMessage() {
    String what = codes().mkString(" × ");
    String value = Sensitivity.number(value());
    if (!hidden()) {
      return Message.of("scoring.suppression.entry.shown", what, value);
    }
    String upper = upper() == Double.POSITIVE_INFINITY ? "∞" : Sensitivity.number(upper());
    Message from = boundedBy().isEmpty() ? Message.of("scoring.suppression.entry.noEquation")
        : Message.of(boundedBy().size() == 1 ? "scoring.suppression.entry.equation" : "scoring.suppression.entry.equations",
            boundedBy().size(), boundedBy().take(3).mkString("; ") + (boundedBy().size() > 3 ? "; …" : ""));
    Message verdict = exactlyRecovered() ? Message.of("scoring.suppression.entry.recovered")
        : protectedEnough() ? (sensitive()
            ? Message.of("scoring.suppression.entry.protected", Sensitivity.number(requiredBelow()), Sensitivity.number(requiredAbove()))
            : Message.of("scoring.suppression.entry.notRecoverable"))
        : Message.of("scoring.suppression.entry.underProtected", Sensitivity.number(requiredBelow()), Sensitivity.number(requiredAbove()));
    return Message.of("scoring.suppression.entry", what, value, Sensitivity.number(lower()), upper, from, verdict);
  }

  /**
   * The finding in a sentence, in English; see {@link #explanation(Locale)} for another language.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The finding in a sentence, in a language.
   *
   * @param locale the language, {@link Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(Locale locale) {
    return explanationMessage().text(locale);
  }

  @Value.Check
  void check() {
    Violations.none()
        .noNullElements("codes", codes())
        .noNullElements("boundedBy", boundedBy())
        .throwIfAny("AuditedEntry");
  }

  /** Returns {@code AuditedEntry lincoln-hs × so: 4, attacker's interval [0, 12], protected}. */
  @Override
  public String toString() {
    java.util.function.DoubleFunction<String> b = v -> v == Double.POSITIVE_INFINITY ? "∞"
        : v == Math.rint(v) ? String.valueOf(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.1f", v);
    return "AuditedEntry " + codes().mkString(" × ") + ": " + b.apply(value()) + ", attacker's interval [" + b.apply(lower()) + ", "
        + b.apply(upper()) + "], " + (!hidden() ? "shown" : exactlyRecovered() ? "recovered exactly" : protectedEnough() ? "protected" : "under-protected");
  }
}
