// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import io.vavr.collection.List;
import org.commonground.core.partner.Organization;
import org.commonground.core.partner.Sector;
import org.commonground.core.partner.Sector.Kind;

/**
 * The sample partnership used by the examples and the report: the Eastside Youth Partnership, a
 * school, a counseling center, a health department, a credit union, a youth-serving nonprofit and a
 * parents' council working on students' well-being and graduation.
 *
 * <pre>{@code
 * SamplePartnership.members().map(Organization::name);
 * }</pre>
 */
public final class SamplePartnership {

  /** The partnership's name. */
  public static final String NAME = "Eastside Youth Partnership";

  private SamplePartnership() {}

  /**
   * The member organizations, in the order they joined.
   *
   * @return six organizations from all four sectors
   */
  public static List<Organization> members() {
    return List.of(
        Organization.of(
            "lincoln-hs", "Lincoln High School", List.of(Sector.of(Kind.PUBLIC, "education"))),
        Organization.of(
            "eastside-cc", "Eastside Counseling Center", List.of(Sector.of(Kind.NONPROFIT, "health"))),
        Organization.of(
            "county-health", "County Health Department", List.of(Sector.of(Kind.PUBLIC, "health"))),
        Organization.of(
            "riverside-cu", "Riverside Credit Union", List.of(Sector.of(Kind.PRIVATE, "finance"))),
        Organization.of(
            "youth-works",
            "Youth Works",
            List.of(Sector.of(Kind.NONPROFIT, "workforce"), Sector.of(Kind.PRIVATE, "workforce"))),
        Organization.of(
            "eastside-parents", "Eastside Parents Council", List.of(Sector.of(Kind.COMMUNITY))));
  }
}
