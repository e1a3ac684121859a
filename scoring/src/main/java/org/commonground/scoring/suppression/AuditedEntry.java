// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.suppression;

import io.vavr.collection.List;
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
   * The finding in a sentence.
   *
   * @return the explanation
   */
  public String explanation() {
    String what = codes().mkString(" × ") + " (" + Sensitivity.number(value()) + ")";
    if (!hidden()) {
      return what + " is sensitive but shown";
    }
    String interval = "[" + Sensitivity.number(lower()) + ", " + (upper() == Double.POSITIVE_INFINITY ? "∞" : Sensitivity.number(upper())) + "]";
    String from = boundedBy().isEmpty() ? "no published equation" : boundedBy().size() + " published equation"
        + (boundedBy().size() == 1 ? "" : "s") + " (" + boundedBy().take(3).mkString("; ") + (boundedBy().size() > 3 ? "; …" : "") + ")";
    String verdict = exactlyRecovered() ? "recovered exactly"
        : protectedEnough() ? (sensitive() ? "protected: needs " + Sensitivity.number(requiredBelow()) + " below and "
            + Sensitivity.number(requiredAbove()) + " above" : "not recoverable")
        : "under-protected: needs " + Sensitivity.number(requiredBelow()) + " below and " + Sensitivity.number(requiredAbove()) + " above";
    return what + " lies in " + interval + " by " + from + ": " + verdict;
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
