// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shipped bundle is complete and well formed: each English (root) bundle has a Spanish one
 * with exactly the same keys, each template parses as a {@link MessageFormat} pattern, uses the
 * same arguments in both languages, writes apostrophes twice, and each key belongs to its bundle.
 */
class MessageBundlesTest {

  static final Path BUNDLES = Path.of("src/main/resources/org/commonground/core/validation");
  static final String[] TRANSLATIONS = {"es"};
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

  static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  static java.util.List<Path> rootBundles() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      return files.filter(f -> f.getFileName().toString().matches("[a-z]+_[a-zA-Z]+\\.properties")).sorted().toList();
    }
  }

  @Test
  void everyKeyIsInEnglishAndInEveryTranslation() throws IOException {
    java.util.List<String> problems = new ArrayList<>();
    int keys = 0;
    for (Path root : rootBundles()) {
      String name = root.getFileName().toString().replace(".properties", "");
      Properties english = load(root);
      keys += english.size();
      String prefix = name.replace('_', '.') + ".";
      for (String key : english.stringPropertyNames()) {
        if (!key.startsWith(prefix)) {
          problems.add(name + ": " + key + " belongs in another bundle (its keys start with " + prefix + ")");
        }
      }
      for (String language : TRANSLATIONS) {
        Path file = BUNDLES.resolve(name + "_" + language + ".properties");
        if (!Files.exists(file)) {
          problems.add(name + ": no " + language + " translation");
          continue;
        }
        Properties translated = load(file);
        TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        TreeSet<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        missing.forEach(k -> problems.add(name + "_" + language + ": missing " + k));
        extra.forEach(k -> problems.add(name + "_" + language + ": not in English " + k));
        for (String key : english.stringPropertyNames()) {
          if (translated.containsKey(key)
              && !arguments(english.getProperty(key)).equals(arguments(translated.getProperty(key)))) {
            problems.add(name + "_" + language + ": " + key + " uses arguments "
                + arguments(translated.getProperty(key)) + ", English " + arguments(english.getProperty(key)));
          }
        }
      }
    }
    assertTrue(keys > 0, "no bundles found");
    assertEquals(java.util.List.of(), problems);
  }

  @Test
  void everyTemplateParsesAndWritesApostrophesTwice() throws IOException {
    java.util.List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
        Properties p = load(file);
        for (String key : p.stringPropertyNames()) {
          String template = p.getProperty(key);
          try {
            new MessageFormat(template);
          } catch (IllegalArgumentException e) {
            problems.add(file.getFileName() + ": " + key + " does not parse: " + e.getMessage());
          }
          if (template.replace("''", "").indexOf('\'') >= 0) {
            problems.add(file.getFileName() + ": " + key + " has a single apostrophe (write '')");
          }
          if (template.isEmpty()) {
            problems.add(file.getFileName() + ": " + key + " is empty");
          }
        }
      }
    }
    assertEquals(java.util.List.of(), problems);
  }

  @Test
  void spanishIsShippedAndRendered() {
    Message m = Message.of("core.validation.atLeast", 2, 1);
    assertEquals("must have at least 2, got 1", m.text());
    assertEquals("debe tener al menos 2, se recibió 1", m.text(java.util.Locale.forLanguageTag("es")));
    assertEquals("debe tener al menos 2, se recibió 1", m.text(java.util.Locale.forLanguageTag("es-MX")));
    assertFalse(rootBundlesUnchecked().isEmpty());
  }

  private static java.util.List<Path> rootBundlesUnchecked() {
    try {
      return rootBundles();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static TreeSet<Integer> arguments(String template) {
    TreeSet<Integer> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(template);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }
}
