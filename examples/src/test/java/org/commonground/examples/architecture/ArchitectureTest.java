// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The library itself keeps every architecture rule. */
class ArchitectureTest {

  private static final ArchitectureRules RULES = new ArchitectureRules("org.commonground");

  private static final JavaClasses LIBRARY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.commonground");

  @Test
  void theCheckSeesEveryModule() {
    for (String module : new String[] {"core", "scoring", "serialization", "examples"}) {
      String pkg = "org.commonground." + module;
      assertTrue(
          LIBRARY.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)),
          "no class of " + pkg + " was imported: the rules would pass vacuously");
    }
  }

  @Test
  void layersDependOnlyDownward() {
    RULES.layering().check(LIBRARY);
  }

  @Test
  void coreAndScoringDoNoIo() {
    RULES.noIo().check(LIBRARY);
  }

  @Test
  void coreAndScoringKnowNothingOfJson() {
    RULES.noJson().check(LIBRARY);
  }

  @Test
  void coreAndScoringReadNoClockConsoleOrEnvironment() {
    RULES.noClockConsoleOrEnvironment().check(LIBRARY);
  }

  @Test
  void noStaticMutableState() {
    RULES.noStaticMutableState().check(LIBRARY);
  }

  @Test
  void noPackageCycles() {
    RULES.noPackageCycles().check(LIBRARY);
  }

  @Test
  void noVagueClassNames() {
    RULES.noVagueNames().check(LIBRARY);
  }
}
