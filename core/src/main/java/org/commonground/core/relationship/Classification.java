// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.commonground.core.partner.Sector;
import org.commonground.core.validation.Message;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * Where a relationship stands on a continuum, judged from what the organizations observably do:
 * its level, what the next level still needs, and activities observed out of order.
 *
 * <pre>{@code
 * Classification c = Relationships.classify(Continua.COMMUNITY_TOOL_BOX,
 *     List.of("exchange-information", "alter-activities"), TreeSet.of(Sector.Kind.PUBLIC));
 * c.level();            // Some(Coordination)
 * c.missingForNext();   // List(share-resources)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Classification {

  Classification() {}

  /**
   * The continuum's id.
   *
   * @return the continuum id
   */
  public abstract String continuum();

  /**
   * The activities observed.
   *
   * @return the activity ids, sorted
   */
  public abstract Set<String> observed();

  /**
   * The level reached: the highest whose activities (and, cumulatively, those of every level
   * below) were all observed, and whose sectors the members span.
   *
   * @return the level, or none if not even the first is reached
   */
  public abstract Option<Level> level();

  /**
   * The activities the next level needs that were not observed, in the continuum's order.
   *
   * @return the activity ids; empty at the top
   */
  public abstract List<String> missingForNext();

  /**
   * The sectors the next level needs that the members do not span.
   *
   * @return the missing sectors; empty when none are needed
   */
  public abstract Set<Sector.Kind> missingSectors();

  /**
   * Activities observed without the activities of the levels below them, such as sharing
   * resources without exchanging information.
   *
   * @return the inconsistencies
   */
  public abstract List<Reason> inconsistencies();

  /**
   * Every reason, inconsistencies included, with its code.
   *
   * @return the reasons
   */
  public abstract List<Reason> reasons();

  /**
   * The classification in sentences, as a message: the reasons' sentences joined by spaces.
   *
   * @return the explanation
   */
  public Message explanationMessage() {
    return Message.join("core.text.space", reasons().map(Reason::sentenceMessage));
  }

  /**
   * The classification in sentences, in English.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanationMessage().text();
  }

  /**
   * The classification in sentences, in a language.
   *
   * @param locale the language, {@link java.util.Locale#ROOT} for English; not null
   * @return the explanation in that language
   */
  public String explanation(java.util.Locale locale) {
    return explanationMessage().text(locale);
  }

  @Value.Check
  void check() {
    Violations.none()
        .notNull("continuum", continuum())
        .noNullElements("observed", observed())
        .noNullElements("level", level())
        .noNullElements("missingForNext", missingForNext())
        .noNullElements("missingSectors", missingSectors())
        .noNullElements("inconsistencies", inconsistencies())
        .noNullElements("reasons", reasons())
        .throwIfAny("Classification");
  }

  /** Returns {@code Classification on himmelman: coordination, 2 activities observed, 1 inconsistency}. */
  @Override
  public String toString() {
    return "Classification on " + continuum() + ": " + level().map(Object::toString).getOrElse("no level") + ", " + observed().size()
        + (observed().size() == 1 ? " activity" : " activities") + " observed, " + inconsistencies().size()
        + (inconsistencies().size() == 1 ? " inconsistency" : " inconsistencies");
  }
}
