// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.commonground.core.partner.Organization;
import org.commonground.scoring.measure.Scorecards;
import org.commonground.serialization.codec.Codec;
import org.junit.jupiter.api.Test;

/**
 * The public type names of core, scoring and serialization that clash with a public type of a JDK package a user
 * is likely to import on demand ({@code import java.time.*;}), listed so that each clash is a
 * decision (see the README, "Vavr and java.util"): a new clash fails this test until it is
 * renamed or added here with its reason. A single-type import ({@code import
 * org.commonground.core.measure.Period;}) always wins over on-demand imports, which is how code that
 * star-imports both packages uses these names.
 */
class JdkNameClashTest {

  private static final List<String> JDK_PACKAGES = List.of(
      "java.lang", "java.util", "java.util.function", "java.util.stream", "java.util.concurrent",
      "java.util.regex", "java.util.logging", "java.time", "java.time.temporal", "java.io", "java.nio.file",
      "java.text", "java.math", "java.net", "java.sql", "java.lang.annotation", "java.lang.reflect",
      "java.security", "java.awt", "java.beans");

  /** Library type → JDK type, each kept (see the README for why). */
  private static final TreeSet<String> KNOWN = TreeSet.of(
      // Kept: a period of a shared measure (school year, quarter) is the domain's word; the name
      // runs through the JSON forms, schema and every example. java.time.Period is a span of days.
      "org.commonground.core.measure.Period -> java.time.Period",
      // Kept: the domain's words; these JDK packages are rarely star-imported in library code.
      "org.commonground.core.measure.Target -> java.lang.annotation.Target",
      "org.commonground.core.relationship.Level -> java.util.logging.Level",
      "org.commonground.core.alignment.Dimension -> java.awt.Dimension",
      // Kept: a place in a JSON document and a property of a codec, in the codec package, whose
      // code names them with single-type imports.
      "org.commonground.serialization.codec.Field -> java.lang.reflect.Field",
      "org.commonground.serialization.codec.Path -> java.nio.file.Path");

  @Test
  void everyClashWithTheJdkIsKnownAndDecided() throws Exception {
    TreeSet<String> found = TreeSet.empty();
    for (String name : publicTopLevelTypes(Organization.class).appendAll(publicTopLevelTypes(Scorecards.class))
        .appendAll(publicTopLevelTypes(Codec.class))) {
      String simple = name.substring(name.lastIndexOf('.') + 1);
      for (String pkg : JDK_PACKAGES) {
        try {
          Class<?> jdk = Class.forName(pkg + "." + simple, false, ClassLoader.getPlatformClassLoader());
          if (Modifier.isPublic(jdk.getModifiers())) {
            found = found.add(name + " -> " + jdk.getName());
          }
        } catch (ClassNotFoundException | LinkageError absent) {
          // no clash in this package
        }
      }
    }
    assertEquals(KNOWN, found);
  }

  private static List<String> publicTopLevelTypes(Class<?> member)
      throws IOException, URISyntaxException, ReflectiveOperationException {
    Path root = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> files;
    if (Files.isDirectory(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        files = List.ofAll(walk.map(p -> root.relativize(p).toString().replace('\\', '/')).toList());
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        files = List.ofAll(jar.stream().map(e -> e.getName()).toList());
      }
    }
    List<String> names = files
        .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.contains("-info") && !f.contains("/internal/"))
        .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'));
    List<String> result = List.empty();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, member.getClassLoader());
      if (Modifier.isPublic(type.getModifiers())) {
        result = result.append(name);
      }
    }
    return result;
  }
}
