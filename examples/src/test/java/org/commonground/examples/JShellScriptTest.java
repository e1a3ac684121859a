// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JShell entry, {@code src/main/jshell/commonground.jsh}, evaluated snippet by snippet as JShell
 * would: every snippet is valid and runs, and the variables it promises are there.
 */
class JShellScriptTest {

  private static final Path SCRIPT = Path.of("src", "main", "jshell", "commonground.jsh");

  private JShell shell;

  @BeforeEach
  void start() {
    shell = Sessions.start();
  }

  @AfterEach
  void stop() {
    shell.close();
  }

  @Test
  void everySnippetOfTheScriptIsValidAndRuns() throws IOException {
    java.util.List<String> snippets = snippets(Files.readString(SCRIPT));

    assertTrue(snippets.size() > 20, "snippets: " + snippets.size());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream console = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      snippets.forEach(this::evaluate);
    } finally {
      System.setOut(console);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("Common Ground: the sample partnership is loaded."), printed);
  }

  @Test
  void theVariablesItPromisesAreThereAndVavrsListWinsOverJavaUtils() throws IOException {
    snippets(Files.readString(SCRIPT)).stream().filter(s -> !s.strip().startsWith("System.out")).forEach(this::evaluate);

    assertEquals("\"Some(Cooperation)\"", evaluate("fit.recommended().toString()"));
    assertEquals("\"3 vague awareness\"", evaluate("readiness.stage().toString()"));
    assertEquals("2", evaluate("ratings.asymmetricPairs().size()"));
    assertEquals("\"io.vavr.collection.List\"", evaluate("List.class.getName()"));
    assertEquals("true", evaluate("json.writeValueAsString(fit).contains(\"\\\"outcome\\\"\")"));
  }

  private java.util.List<String> snippets(String source) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    java.util.List<String> snippets = new ArrayList<>();
    String remaining = source;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      assertTrue(info.completeness().isComplete(), "incomplete snippet at: " + remaining);
      snippets.add(info.source());
      remaining = info.remaining();
    }
    return snippets;
  }

  private String evaluate(String snippet) {
    String value = null;
    for (SnippetEvent event : shell.eval(snippet)) {
      assertEquals(null, event.exception(), () -> snippet + " threw " + event.exception());
      if (event.snippet().kind() != Snippet.Kind.ERRONEOUS && event.status() == Snippet.Status.REJECTED
          || event.snippet().kind() == Snippet.Kind.ERRONEOUS) {
        String diagnostics = shell.diagnostics(event.snippet())
            .map(d -> d.getMessage(java.util.Locale.ROOT)).reduce("", (a, b) -> a + b + "; ");
        throw new AssertionError(snippet + " is rejected: " + diagnostics);
      }
      if (event.value() != null) {
        value = event.value();
      }
    }
    return value;
  }
}
