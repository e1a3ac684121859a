// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of the README, run in order in one JShell after the session's startup
 * script, as a reader would type them: each must compile and run without an exception. A block is
 * skipped only when its info string says so, visibly: {@code ```java no-run}.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SCRIPT = Path.of("src", "main", "jshell", "commonground.jsh");

  private JShell shell;

  /** A fenced Java block and the README line of its first code line. */
  record Block(int line, String code, boolean runs) {}

  @BeforeEach
  void start() {
    shell = Sessions.start();
  }

  @AfterEach
  void stop() {
    shell.close();
  }

  @Test
  void everyJavaBlockOfTheReadmeRunsInTheSession() throws IOException {
    java.util.List<Block> blocks = blocks(Files.readString(README));
    PrintStream console = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    int ran = 0;
    java.util.List<String> failures = new ArrayList<>();
    try {
      for (String snippet : snippets(Files.readString(SCRIPT), "commonground.jsh")) {
        evaluate(snippet, "commonground.jsh");
      }
      // every block is tried, and every failing one is reported with its line
      for (Block block : blocks) {
        if (block.runs()) {
          try {
            for (String snippet : snippets(block.code(), "README.md line " + block.line())) {
              evaluate(snippet, "README.md block at line " + block.line());
            }
            ran++;
          } catch (AssertionError e) {
            failures.add(e.getMessage());
          }
        }
      }
    } finally {
      System.setOut(console);
    }
    long skipped = blocks.stream().filter(b -> !b.runs()).count();
    console.printf("README.md: %d of %d Java blocks ran in the JShell session, %d marked no-run%n",
        ran, blocks.size(), skipped);
    assertEquals(java.util.List.of(), failures, () -> String.join("\n\n", failures));
    assertEquals(blocks.size() - skipped, ran, "every block not marked no-run ran");
    assertTrue(ran >= 13, "Java blocks run: " + ran);
  }

  @Test
  void everyPackageInfoExampleRunsInTheSession() throws IOException {
    java.util.List<Path> packages;
    try (java.util.stream.Stream<Path> files = Files.walk(Path.of(".."))) {
      packages = files
          .filter(f -> f.getFileName().toString().equals("package-info.java"))
          .filter(f -> f.toString().replace(File.separatorChar, '/').contains("/src/main/java/"))
          .sorted()
          .collect(java.util.stream.Collectors.toList());
    }
    PrintStream console = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    int ran = 0;
    java.util.List<String> failures = new ArrayList<>();
    int skipped = 0;
    try {
      // each package's examples in order, in a session of their own: one package's names never leak into another's
      for (Path file : packages) {
        stop();
        start();
        for (String snippet : snippets(Files.readString(SCRIPT), "commonground.jsh")) {
          evaluate(snippet, "commonground.jsh");
        }
        for (Block block : examples(Files.readString(file))) {
          if (!block.runs()) {
            skipped++;
            continue;
          }
          String where = file.normalize() + " line " + block.line();
          try {
            for (String snippet : snippets(block.code(), where)) {
              evaluate(snippet, where);
            }
            ran++;
          } catch (AssertionError e) {
            failures.add(e.getMessage());
          }
        }
      }
    } finally {
      System.setOut(console);
    }
    console.printf("package-info: %d examples of %d packages ran in the JShell session, %d marked as shell%n",
        ran, packages.size(), skipped);
    assertEquals(java.util.List.of(), failures, () -> String.join("\n\n", failures));
    assertTrue(ran >= 15, "package-info examples run: " + ran);
  }

  /**
   * The {@code <pre>{@code …}</pre>} examples of a Javadoc comment, with their first line; a block
   * opened by {@code <pre class="shell">} is a shell command, marked as not run.
   */
  static java.util.List<Block> examples(String java) {
    java.util.List<Block> blocks = new ArrayList<>();
    String[] lines = java.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      boolean shell = lines[i].contains("<pre class=\"shell\">{@code");
      if (lines[i].contains("<pre>{@code") || shell) {
        int first = i + 2;
        StringBuilder code = new StringBuilder();
        i++;
        while (i < lines.length && !lines[i].contains("}</pre>")) {
          code.append(lines[i].replaceFirst("^\\s*\\* ?", "")).append('\n');
          i++;
        }
        blocks.add(new Block(first, code.toString(), !shell));
      }
    }
    return blocks;
  }

  /** The fenced blocks whose info string starts with {@code java}, with their first line. */
  static java.util.List<Block> blocks(String markdown) {
    java.util.List<Block> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String info = lines[i].strip();
      if (info.startsWith("```") && !info.equals("```")) {
        String[] words = info.substring(3).strip().split("\\s+");
        int first = i + 1;
        StringBuilder code = new StringBuilder();
        i++;
        while (i < lines.length && !lines[i].strip().equals("```")) {
          code.append(lines[i]).append('\n');
          i++;
        }
        if (words[0].equals("java")) {
          boolean noRun = java.util.Arrays.asList(words).contains("no-run");
          blocks.add(new Block(first + 1, code.toString(), !noRun));
        }
      }
    }
    return blocks;
  }

  private java.util.List<String> snippets(String source, String where) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    java.util.List<String> snippets = new ArrayList<>();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      assertTrue(info.completeness().isComplete(), where + ": incomplete snippet at: " + remaining);
      snippets.add(info.source());
      remaining = info.remaining();
    }
    return snippets;
  }

  private void evaluate(String snippet, String where) {
    for (SnippetEvent event : shell.eval(snippet)) {
      assertEquals(null, event.exception(), () -> where + ": " + snippet + " threw " + event.exception());
      if (event.snippet().kind() == Snippet.Kind.ERRONEOUS || event.status() == Snippet.Status.REJECTED) {
        String diagnostics = shell.diagnostics(event.snippet())
            .map(d -> d.getMessage(Locale.ROOT)).reduce("", (a, b) -> a + b + "; ");
        throw new AssertionError(where + ": " + snippet + " is rejected: " + diagnostics);
      }
    }
  }
}
