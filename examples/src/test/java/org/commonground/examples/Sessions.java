// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples;

import java.io.File;
import jdk.jshell.JShell;

/** The in-process JShell the session tests run snippets in, set up as a reader's session is. */
final class Sessions {

  /** The packages JShell imports by default, so that snippets are checked against the same names. */
  private static final String[] DEFAULT_IMPORTS = {"java.io", "java.math", "java.net", "java.nio.file", "java.util",
      "java.util.concurrent", "java.util.function", "java.util.prefs", "java.util.regex", "java.util.stream"};

  private Sessions() {}

  /**
   * A JShell that runs in this JVM, on this test's class path, with JShell's default imports.
   *
   * @return the shell; the caller closes it
   */
  static JShell start() {
    JShell shell = JShell.builder().executionEngine("local").build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
    for (String p : DEFAULT_IMPORTS) {
      shell.eval("import " + p + ".*;");
    }
    return shell;
  }
}
