// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a real application sees it: the built jars on the module path, no test-time
 * patching. Surefire's own module-path runs patch the tests into the module and open everything,
 * which hides a missing {@code exports} or {@code opens}; this test launches a separate JVM.
 */
class ModulePathTest {

  private static final List<String> LIBRARY_MODULES =
      List.of(
          "org.commonground.core",
          "org.commonground.scoring",
          "org.commonground.serialization",
          "org.commonground.examples");

  @Test
  void theJsonRoundTripRunsOnTheModulePath() throws Exception {
    Run run = launch("org.commonground.examples.JsonRoundTrip");

    assertEquals(0, run.exitCode, run.output);
    assertTrue(run.output.contains("round trip: 6 organizations read back equal"), run.output);
  }

  @Test
  void theReportRunsOnTheModulePath() throws Exception {
    Run run = launch("org.commonground.examples.PartnershipReport");

    assertEquals(0, run.exitCode, run.output);
    assertTrue(run.output.startsWith(SamplePartnership.NAME), run.output);
  }

  @Test
  void theReportWritesItsHtmlPageWhenGivenAPath(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("report.html");
    Run run = launch("org.commonground.examples.PartnershipReport", html.toString());

    assertEquals(0, run.exitCode, run.output);
    assertEquals(HtmlReport.sample(), Files.readString(html, StandardCharsets.UTF_8));
  }

  @Test
  void everyLibraryModuleIsANamedModuleOnThePath() throws IOException {
    Set<String> found = List.ofAll(descriptors()).map(ModuleDescriptor::name).toSet();

    assertTrue(found.containsAll(LIBRARY_MODULES), "modules found: " + found);
  }

  @Test
  void everyPackageIsExportedToAll() throws IOException {
    for (ModuleDescriptor module : descriptors()) {
      if (!LIBRARY_MODULES.contains(module.name())) {
        continue;
      }
      Set<String> exported =
          List.ofAll(module.exports()).filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).toSet();
      for (String pkg : module.packages()) {
        assertTrue(
            exported.contains(pkg) || pkg.contains(".internal"),
            module.name() + " does not export " + pkg);
      }
    }
  }

  @Test
  void everyPackageWithJsonBindingsIsOpenToJackson() throws IOException {
    for (ModuleReference reference : references()) {
      ModuleDescriptor module = reference.descriptor();
      if (!LIBRARY_MODULES.contains(module.name())) {
        continue;
      }
      Set<String> openToJackson =
          List.ofAll(module.opens())
              .filter(o -> !o.isQualified() || o.targets().contains("com.fasterxml.jackson.databind"))
              .map(ModuleDescriptor.Opens::source)
              .toSet();
      Set<String> bound;
      try (java.lang.module.ModuleReader reader = reference.open()) {
        // Immutables writes a nested Json class for every value with Jackson bindings.
        bound =
            List.ofAll(reader.list()::iterator)
                .filter(r -> r.matches(".*/Immutable[^/]*\\$Json\\.class"))
                .map(r -> r.substring(0, r.lastIndexOf('/')).replace('/', '.'))
                .toSet();
      }
      for (String pkg : bound) {
        assertTrue(
            openToJackson.contains(pkg),
            module.name() + " must open " + pkg + " to com.fasterxml.jackson.databind");
      }
    }
  }

  private static java.util.Set<ModuleDescriptor> descriptors() throws IOException {
    return references().stream()
        .map(ModuleReference::descriptor)
        .collect(java.util.stream.Collectors.toSet());
  }

  private static java.util.Set<ModuleReference> references() throws IOException {
    return ModuleFinder.of(modulePath().map(Path::of).toJavaArray(Path[]::new)).findAll();
  }

  private static List<String> modulePath() throws IOException {
    Path file = Path.of(System.getProperty("commonground.modulePathFile"));
    String dependencies = Files.readString(file, StandardCharsets.UTF_8).strip();
    return List.of(dependencies.split(java.io.File.pathSeparator))
        .filter(s -> !s.isEmpty())
        .append(System.getProperty("commonground.examplesClasses"));
  }

  private static Run launch(String mainClass, String... args) throws Exception {
    String javaLauncher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                        javaLauncher,
                        "--module-path",
                        modulePath().mkString(java.io.File.pathSeparator),
                        "--module",
                        "org.commonground.examples/" + mainClass)
                    .appendAll(List.of(args))
                    .toJavaList())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + output);
    return new Run(process.exitValue(), output);
  }

  private static final class Run {
    final int exitCode;
    final String output;

    Run(int exitCode, String output) {
      this.exitCode = exitCode;
      this.output = output;
    }
  }
}
