// SPDX-License-Identifier: Apache-2.0
package org.commonground.examples.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;

/**
 * The project's structural rules, stated once for a root package so that the same rules check the
 * library ({@code org.commonground}) and, in {@code ArchitectureRulesBiteTest}, deliberately bad
 * fixtures laid out the same way under another root.
 */
final class ArchitectureRules {

  /** Mutable JDK types that must not be held in a static field, even a final one. */
  private static final Set<String> MUTABLE_STATIC_TYPES =
      HashSet.of(
          "java.lang.StringBuilder",
          "java.lang.StringBuffer",
          "java.util.Collection",
          "java.util.List",
          "java.util.ArrayList",
          "java.util.LinkedList",
          "java.util.Set",
          "java.util.HashSet",
          "java.util.LinkedHashSet",
          "java.util.TreeSet",
          "java.util.Map",
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.TreeMap",
          "java.util.Deque",
          "java.util.ArrayDeque",
          "java.util.Queue",
          "java.util.Date",
          "java.util.Calendar",
          "java.util.Random",
          "java.util.BitSet",
          "java.util.concurrent.ConcurrentMap",
          "java.util.concurrent.ConcurrentHashMap",
          "java.util.concurrent.CopyOnWriteArrayList");

  private final String root;

  ArchitectureRules(String root) {
    this.root = root;
  }

  private String core() {
    return root + ".core..";
  }

  private String scoring() {
    return root + ".scoring..";
  }

  private String serialization() {
    return root + ".serialization..";
  }

  private String examples() {
    return root + ".examples..";
  }

  /** core ← scoring ← serialization ← examples: nothing depends on a layer above it. */
  ArchRule layering() {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core").definedBy(core())
        .layer("scoring").definedBy(scoring())
        .layer("serialization").definedBy(serialization())
        .layer("examples").definedBy(examples())
        .whereLayer("examples").mayNotBeAccessedByAnyLayer()
        .whereLayer("serialization").mayOnlyBeAccessedByLayers("examples")
        .whereLayer("scoring").mayOnlyBeAccessedByLayers("serialization", "examples")
        .whereLayer("core").mayOnlyBeAccessedByLayers("scoring", "serialization", "examples")
        .because("the modules are layered core <- scoring <- serialization <- examples");
  }

  /** Core and scoring use no files, streams, network, console or logging. */
  ArchRule noIo() {
    return noClasses()
        .that().resideInAnyPackage(core(), scoring())
        .should().dependOnClassesThat(io())
        .because("core and scoring do no I/O: the host application does");
  }

  /** Core and scoring know nothing of JSON: its forms live in serialization. */
  ArchRule noJson() {
    return noClasses()
        .that().resideInAnyPackage(core(), scoring())
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
        .because("the JSON forms live in serialization, so that core and scoring compile and run without Jackson");
  }

  /** Core and scoring neither read the clock or the environment nor print. */
  ArchRule noClockConsoleOrEnvironment() {
    return noClasses()
        .that().resideInAnyPackage(core(), scoring())
        .should().accessTargetWhere(clockOrConsole())
        .because("core and scoring are deterministic: time and output come from the host");
  }

  /** No class anywhere holds static mutable state. */
  ArchRule noStaticMutableState() {
    return fields()
        .that().areDeclaredInClassesThat().resideInAPackage(root + "..")
        .and().areStatic()
        .should(beFinalAndOfAnImmutableType())
        .because("static mutable state is shared between users and threads");
  }

  /** No package depends on another that depends back on it. */
  ArchRule noPackageCycles() {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  /** Names come from the domain, not from the role of a grab-bag class. */
  ArchRule noVagueNames() {
    return noClasses()
        .that().resideInAPackage(root + "..")
        .should().haveSimpleNameEndingWith("Util")
        .orShould().haveSimpleNameEndingWith("Utils")
        .orShould().haveSimpleNameEndingWith("Helper")
        .orShould().haveSimpleNameEndingWith("Helpers")
        .orShould().haveSimpleNameEndingWith("Manager")
        .because("a class is named for the domain concept it is (see STYLE.md)");
  }

  private static DescribedPredicate<JavaClass> io() {
    DescribedPredicate<JavaClass> javaIoExceptSerializable =
        describe(
            "java.io (other than Serializable)",
            c ->
                c.getPackageName().equals("java.io")
                    && !c.getName().equals("java.io.Serializable")
                    && !c.getName().equals("java.io.Serial"));
    DescribedPredicate<JavaClass> otherIo =
        resideInAnyPackage(
            "java.nio.file..",
            "java.nio.channels..",
            "java.net..",
            "java.util.logging..",
            "java.sql..",
            "org.slf4j..",
            "org.apache.logging..",
            "org.apache.commons.logging..");
    DescribedPredicate<JavaClass> systemLogger =
        describe("System.Logger", c -> c.getName().startsWith("java.lang.System$Logger"));
    return javaIoExceptSerializable.or(otherIo).or(systemLogger);
  }

  private static DescribedPredicate<JavaAccess<?>> clockOrConsole() {
    return describe(
        "the system clock, the environment, or System.out/err/in",
        access -> {
          AccessTarget target = access.getTarget();
          String owner = target.getOwner().getName();
          String name = target.getName();
          if (owner.equals("java.lang.System")) {
            return HashSet.of(
                    "out", "err", "in", "currentTimeMillis", "nanoTime", "getenv", "getProperty",
                    "getProperties", "console", "exit", "setOut", "setErr", "getLogger")
                .contains(name);
          }
          if (owner.equals("java.time.Clock")) {
            return name.startsWith("system");
          }
          return owner.startsWith("java.time.") && name.equals("now");
        });
  }

  private static ArchCondition<JavaField> beFinalAndOfAnImmutableType() {
    return new ArchCondition<>("be final and of an immutable type") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        boolean synthetic = field.getModifiers().contains(JavaModifier.SYNTHETIC);
        boolean isFinal = field.getModifiers().contains(JavaModifier.FINAL);
        JavaClass type = field.getRawType();
        String reason = null;
        if (!isFinal) {
          reason = "is static but not final";
        } else if (type.isArray() && !synthetic) {
          reason = "holds an array, which is mutable";
        } else if (MUTABLE_STATIC_TYPES.contains(type.getName())
            || type.getPackageName().equals("java.util.concurrent.atomic")) {
          reason = "holds a mutable " + type.getName();
        }
        if (reason != null) {
          events.add(
              SimpleConditionEvent.violated(
                  field, field.getFullName() + " " + reason + " in " + field.getSourceCodeLocation()));
        }
      }
    };
  }
}
