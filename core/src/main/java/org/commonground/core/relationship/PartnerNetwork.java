// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.relationship;

import io.vavr.collection.List;
import org.commonground.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A partner network: the members and their assessments of the partners they work with, checked on
 * creation. Two members are tied when either assesses the other. Its measures — density, degree
 * centralization, each member's trust, value, degree and closeness — are computed by {@code
 * org.commonground.scoring.relationship.NetworkScoring}.
 *
 * <pre>{@code
 * PartnerNetwork network = PartnerNetwork.of(
 *     List.of("lincoln-hs", "eastside-cc", "county-health"), assessments);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartnerNetwork {

  PartnerNetwork() {}

  /**
   * The members.
   *
   * @return the member ids, in order
   */
  @Value.Parameter
  public abstract List<String> members();

  /**
   * The assessments.
   *
   * @return the assessments, in the order given
   */
  @Value.Parameter
  public abstract List<PartnerAssessment> assessments();

  /**
   * Checks and collects a network.
   *
   * @param members the members, at least two, distinct
   * @param assessments the assessments, at most one per ordered pair of members
   * @return the network
   * @throws org.commonground.core.validation.ValidationException naming every problem with its
   *     path: too few or repeated members, a rater or partner who is not a member, a member
   *     assessing itself, a pair assessed twice
   */
  public static PartnerNetwork of(List<String> members, List<PartnerAssessment> assessments) {
    return ImmutablePartnerNetwork.of(members, assessments);
  }

  @Value.Check
  void check() {
    Violations.none()
        .noNullElements("members", members())
        .noNullElements("assessments", assessments())
        .throwIfAny("PartnerNetwork");
    Membership.check(members(), "assessments", assessments(), PartnerAssessment::rater, PartnerAssessment::partner)
        .throwIfAny("PartnerNetwork");
  }

  /** Returns {@code PartnerNetwork: 5 members, 12 assessments}. */
  @Override
  public String toString() {
    return "PartnerNetwork: " + members().size() + " members, " + assessments().size() + " assessments";
  }
}
