// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The license convention of CONTRIBUTING.md: the repository has the Apache License 2.0 in
 * {@code LICENSE}, and every Java source file of every module starts with the SPDX line.
 */
class LicenseHeaderTest {

  /** The first line of every Java source file. */
  static final String HEADER = "// SPDX-License-Identifier: Apache-2.0";

  private static final Path ROOT = Path.of("..");

  @Test
  void everyJavaSourceFileStartsWithTheSpdxLine() throws IOException {
    List<Path> sources = javaSources();
    List<Path> without = sources.filter(LicenseHeaderTest::lacksHeader);

    assertTrue(sources.size() > 100, "too few sources found: " + sources.size());
    assertTrue(
        without.isEmpty(),
        without.size()
            + " Java source files do not start with \""
            + HEADER
            + "\", among them "
            + without.take(10).mkString(", "));
  }

  @Test
  void theRepositoryCarriesTheApacheLicenseText() throws IOException {
    String license = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);

    assertTrue(license.contains("Apache License"));
    assertTrue(license.contains("Version 2.0, January 2004"));
    assertTrue(license.contains("END OF TERMS AND CONDITIONS"));
    assertTrue(license.contains("APPENDIX: How to apply the Apache License to your work."));
  }

  /** Every {@code .java} file under a module's {@code src} directory, sorted. */
  private static List<Path> javaSources() throws IOException {
    try (Stream<Path> modules = Files.list(ROOT)) {
      List<Path> sourceDirectories =
          List.ofAll(modules.map(module -> module.resolve("src")).filter(Files::isDirectory));
      List<Path> sources = List.empty();
      for (Path directory : sourceDirectories) {
        try (Stream<Path> files = Files.walk(directory)) {
          sources =
              sources.appendAll(
                  files.filter(file -> file.toString().endsWith(".java")).map(ROOT::relativize)
                      .toList());
        }
      }
      return sources.sorted();
    }
  }

  private static boolean lacksHeader(Path source) {
    try {
      String text = Files.readString(ROOT.resolve(source), StandardCharsets.UTF_8);
      return !text.startsWith(HEADER + "\n");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + source, e);
    }
  }
}
