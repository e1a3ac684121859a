// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule reports the deliberately bad fixture written for it, and not the clean
 * control: a rule that cannot fail proves nothing.
 */
class ArchitectureRulesBiteTest {

  private static final String ROOT = "org.commonground.examples.architecture.fixtures";

  private static final ArchitectureRules RULES = new ArchitectureRules(ROOT);

  private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);

  @Test
  void layeringReportsCoreUsingScoring() {
    String report = violations(RULES.layering());

    assertTrue(report.contains("CoreReachingUp"), report);
    assertTrue(report.contains("ScoringValue"), report);
  }

  @Test
  void noIoReportsFilesNetworkAndLoggingInCoreAndScoring() {
    String report = violations(RULES.noIo());

    assertTrue(report.contains("java.nio.file.Files"), report);
    assertTrue(report.contains("java.io.FileReader"), report);
    assertTrue(report.contains("java.net.URI"), report);
    assertTrue(report.contains("java.util.logging.Logger"), report);
    assertFalse(report.contains("PrintsReport"), "examples may do I/O: " + report);
    assertFalse(report.contains("Clean"), "Serializable is not I/O: " + report);
  }

  @Test
  void noJsonReportsJacksonInCoreAndScoring() {
    String report = violations(RULES.noJson());

    assertTrue(report.contains("AnnotatedForJackson"), report);
    assertFalse(report.contains("PrintsReport"), report);
  }

  @Test
  void noClockConsoleOrEnvironmentReportsEachAccess() {
    String report = violations(RULES.noClockConsoleOrEnvironment());

    assertTrue(report.contains("Instant.now()"), report);
    assertTrue(report.contains("LocalDate.now()"), report);
    assertTrue(report.contains("System.currentTimeMillis()"), report);
    assertTrue(report.contains("System.nanoTime()"), report);
    assertTrue(report.contains("System.out"), report);
    assertTrue(report.contains("System.err"), report);
    assertTrue(report.contains("System.getenv"), report);
  }

  @Test
  void noStaticMutableStateReportsEachMutableField() {
    String report = violations(RULES.noStaticMutableState());

    assertTrue(report.contains("GlobalState.counter is static but not final"), report);
    assertTrue(report.contains("GlobalState.NAMES holds a mutable java.util.List"), report);
    assertTrue(report.contains("GlobalState.TABLE holds an array"), report);
    assertTrue(report.contains("GlobalState.SEQUENCE holds a mutable"), report);
    assertFalse(report.contains("GlobalState.FINE"), "Vavr collections are immutable: " + report);
    assertFalse(report.contains("PrintsReport"), "an enum's constants are fine: " + report);
    assertFalse(report.contains("Clean"), "static final strings are fine: " + report);
  }

  @Test
  void noPackageCyclesReportsTheCycle() {
    String report = violations(RULES.noPackageCycles());

    assertTrue(report.contains("cycle.a"), report);
    assertTrue(report.contains("cycle.b"), report);
  }

  @Test
  void noVagueNamesReportsEachGrabBag() {
    String report = violations(RULES.noVagueNames());

    assertTrue(report.contains("ScoreUtils"), report);
    assertTrue(report.contains("ReportHelper"), report);
    assertTrue(report.contains("DataManager"), report);
    assertFalse(report.contains("Clean"), report);
  }

  private static String violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(FIXTURES);
    assertTrue(result.hasViolation(), "the rule reported nothing: " + rule.getDescription());
    return String.join("\n", result.getFailureReport().getDetails());
  }
}
