package org.commonground.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartnershipReportTest {

  private final String report =
      PartnershipReport.render(SamplePartnership.NAME, SamplePartnership.members());

  @Test
  void theReportListsEveryMemberWithItsSectors() {
    SamplePartnership.members()
        .forEach(m -> assertTrue(report.contains(m.name()), m.name() + " missing:\n" + report));
    assertTrue(report.contains("nonprofit (workforce), private (workforce)"), report);
  }

  @Test
  void theReportShowsWhichMembersComeFromEachSector() {
    assertTrue(report.contains("community  eastside-parents"), report);
    assertTrue(report.contains("public     lincoln-hs, county-health"), report);
  }
}
