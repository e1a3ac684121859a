// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonground.core.validation.Message;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code of core, scoring and serialization uses is in the English bundle:
 * each string literal of the source that has the form of a key ({@code module.package.rest}), and,
 * for a literal that ends in a dot ({@code "scoring.alignment.AlignmentClass." + name()}), the
 * prefix followed by each constant of the enum it names (a prefix that names no enum must begin
 * some key). Comments are left out: a key in a
 * Javadoc example is not used. (That every English key is in every translation is core's
 * {@code MessageBundlesTest}.)
 */
class MessageKeysTest {

  /** The source trees, from the serialization module's directory. */
  static final List<Path> SOURCES = List.of(
      Path.of("../core/src/main/java"), Path.of("../scoring/src/main/java"), Path.of("../serialization/src/main/java"),
      Path.of("../spark/src/main/java"));

  /** A literal with the form of a key: a module, a package, then the rest (or nothing, for a prefix). */
  private static final Pattern KEY = Pattern.compile("(core|scoring|serialization)\\.[a-z][A-Za-z]*\\.[A-Za-z0-9_.]*");

  @Test
  void everyKeyTheCodeUsesIsInTheEnglishBundle() throws IOException {
    Map<Path, String> files = sources();
    Map<String, List<String>> enums = enums(files);
    java.util.Set<String> english = englishKeys();
    java.util.List<String> missing = new ArrayList<>();
    int keys = 0;
    int prefixed = 0;
    for (Map.Entry<Path, String> file : files.entrySet()) {
      for (String literal : literals(file.getValue())) {
        if (!KEY.matcher(literal).matches()) {
          continue;
        }
        String where = file.getKey().getFileName() + ": ";
        if (!literal.endsWith(".")) {
          keys++;
          if (!Message.isKnown(literal)) {
            missing.add(where + literal);
          }
          continue;
        }
        String[] parts = literal.split("\\.");
        // A nested enum is named with its outer type (Trend.Direction and GapTrend.Direction differ).
        List<String> constants = parts.length > 1
            ? enums.getOrDefault(parts[parts.length - 2] + "." + parts[parts.length - 1], enums.get(parts[parts.length - 1]))
            : enums.get(parts[parts.length - 1]);
        if (constants == null) {
          // A prefix that names no enum must at least begin some key.
          if (english.stream().noneMatch(k -> k.startsWith(literal))) {
            missing.add(where + literal + " (a prefix of no enum's constants and of no key)");
          }
          continue;
        }
        for (String constant : constants) {
          prefixed++;
          if (!Message.isKnown(literal + constant)) {
            missing.add(where + literal + constant);
          }
        }
      }
    }
    assertEquals(List.of(), missing, "keys used in the code but not in the English bundle");
    assertTrue(keys > 150, "too few keys found (" + keys + "): the scan is broken");
    assertTrue(prefixed > 0, "no enum label found: the scan is broken");
  }

  @Test
  void theScanFindsKeysAndPrefixesButNotComments() {
    String source = "/** {@code \"core.validation.nope\"} */ class A {\n"
        + "  // \"core.validation.nope2\"\n"
        + "  String a = \"core.validation.min\"; char q = '\"'; String b = \"x\\\"core.validation.z\";\n"
        + "  String c = \"scoring.alignment.AlignmentClass.\" + name();\n"
        + "  enum E { /** One. */ ONE(1), @Deprecated TWO { void f() { int x; } }, THREE; int v; }\n}";
    assertEquals(List.of("core.validation.min", "x\"core.validation.z", "scoring.alignment.AlignmentClass."),
        literals(source));
    assertEquals(List.of("ONE", "TWO", "THREE"), enums(Map.of(Path.of("A.java"), source)).get("E"));
  }

  /** Every key of the English bundles, read from core's resources. */
  private static java.util.Set<String> englishKeys() {
    java.util.Set<String> keys = new java.util.HashSet<>();
    try (Stream<Path> files = Files.list(Path.of("../core/src/main/resources/org/commonground/core/validation"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+_[a-zA-Z]+\\.properties")).toList()) {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          p.load(r);
        }
        keys.addAll(p.stringPropertyNames());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  private static Map<Path, String> sources() {
    Map<Path, String> files = new HashMap<>();
    for (Path root : SOURCES) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
          files.put(file, Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** The string literals of a Java source, outside comments, unescaped; text blocks are skipped. */
  static List<String> literals(String source) {
    java.util.List<String> found = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
      } else if (c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != '\'') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
      } else if (c == '"') {
        StringBuilder text = new StringBuilder();
        int j = i + 1;
        while (j < n && source.charAt(j) != '"') {
          if (source.charAt(j) == '\\' && j + 1 < n) {
            text.append(source.charAt(j + 1));
            j += 2;
          } else {
            text.append(source.charAt(j++));
          }
        }
        found.add(text.toString());
        i = j + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  /** The source with its comments blanked out (string literals kept as they are). */
  static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i) || source.startsWith("/*", i)) {
        int end = source.startsWith("//", i) ? source.indexOf('\n', i) : source.indexOf("*/", i + 2) + 2;
        end = end < 2 ? n : end;
        out.append(" ".repeat(end - i));
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        out.append(source, i, Math.min(n, j + 1));
        i = j + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * The constants of every enum declared in the sources, by the enum's simple name, and a nested
   * enum also by its file's type and its name ({@code Trend.Direction}).
   */
  static Map<String, List<String>> enums(Map<Path, String> files) {
    Pattern declaration = Pattern.compile("\\benum\\s+(\\w+)[^{]*\\{");
    Map<String, List<String>> enums = new HashMap<>();
    for (Map.Entry<Path, String> file : files.entrySet()) {
      String outer = file.getKey().getFileName().toString().replace(".java", "");
      String source = withoutComments(file.getValue());
      Matcher m = declaration.matcher(source);
      while (m.find()) {
        java.util.List<String> constants = new ArrayList<>();
        int depth = 0;
        boolean expecting = true;
        for (int i = m.end(); i < source.length(); i++) {
          char c = source.charAt(i);
          if (depth == 0 && (c == ';' || c == '}')) {
            break;
          }
          if (c == '(' || c == '{') {
            depth++;
          } else if (c == ')' || c == '}') {
            depth--;
          } else if (depth == 0 && c == ',') {
            expecting = true;
          } else if (depth == 0 && c == '@') {
            // An annotation on a constant: skip its name.
            while (i + 1 < source.length() && Character.isJavaIdentifierPart(source.charAt(i + 1))) {
              i++;
            }
          } else if (depth == 0 && expecting && Character.isJavaIdentifierStart(c)) {
            int j = i;
            while (j < source.length() && Character.isJavaIdentifierPart(source.charAt(j))) {
              j++;
            }
            constants.add(source.substring(i, j));
            expecting = false;
            i = j - 1;
          }
        }
        enums.put(m.group(1), List.copyOf(constants));
        if (!m.group(1).equals(outer)) {
          enums.put(outer + "." + m.group(1), List.copyOf(constants));
        }
      }
    }
    return enums;
  }
}
