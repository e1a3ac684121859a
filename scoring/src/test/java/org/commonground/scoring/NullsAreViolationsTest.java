// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.commonground.core.partner.Organization;
import org.commonground.core.validation.ValidationException;
import org.commonground.core.validation.Violation;
import org.commonground.scoring.measure.MeasureTable;
import org.junit.jupiter.api.Test;

/**
 * Every value type of core and scoring reports a null as a violation with its path, never as a
 * bare {@link NullPointerException}: found by reflection over every generated {@code ImmutableX}
 * of both modules, so that a new value type is covered without a new test.
 *
 * <p>For each type: a builder with every reference attribute set to null names each attribute
 * ("{@code id: must not be null}"); a collection, option or map holding a null names the element
 * ("{@code sectors[0]}"), the option or set, or the key ("{@code answers.k}"); each
 * {@code ImmutableX.of(..)} and each public static factory of the type itself, given nulls, throws
 * a {@link ValidationException} only. Every other public static method and public constructor of
 * the two modules (hand-written values such as {@code Period} and {@code MeasureTable}, and the
 * scoring services) does the same, or returns its findings; only the JDK's own {@code valueOf} of
 * an enum is left out.
 */
class NullsAreViolationsTest {

  private static final String MUST_NOT_BE_NULL = "must not be null";

  @Test
  void theReflectionFindsTheValueTypesOfBothModules() {
    List<Class<?>> types = immutableTypes();
    assertTrue(types.size() >= 80, "found only " + types.size() + " value types: " + types);
    assertTrue(types.stream().anyMatch(t -> t.getSimpleName().equals("ImmutableOrganization")));
    assertTrue(types.stream().anyMatch(t -> t.getSimpleName().equals("ImmutableScorecardRow")));
  }

  @Test
  void aBuilderGivenNullForEveryAttributeNamesEachOfThem() {
    List<String> failures = new ArrayList<>();
    for (Class<?> type : immutableTypes()) {
      List<Method> setters = setters(type);
      List<String> expected = new ArrayList<>();
      Object builder = builder(type);
      for (Method setter : setters) {
        Class<?> p = setter.getParameterTypes()[0];
        invoke(setter, builder, p.isPrimitive() ? zero(p) : null);
        if (!p.isPrimitive()) {
          expected.add(setter.getName());
        }
      }
      check(failures, type.getSimpleName() + " builder with nulls", () -> build(builder), expected);
    }
    assertNoFailures(failures);
  }

  @Test
  void aNullInsideACollectionOptionOrMapIsNamedWhereItIs() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : immutableTypes()) {
      for (Method setter : setters(type)) {
        Type generic = setter.getGenericParameterTypes()[0];
        Map.Entry<Object, String> holding = holdingNull(setter.getName(), generic);
        if (holding == null) {
          continue;
        }
        checked++;
        Object builder = builder(type);
        for (Method other : setters(type)) {
          Class<?> p = other.getParameterTypes()[0];
          invoke(other, builder, other.equals(setter) ? holding.getKey() : p.isPrimitive() ? zero(p) : null);
        }
        check(failures, type.getSimpleName() + "." + setter.getName() + " holding null",
            () -> build(builder), List.of(holding.getValue()));
      }
    }
    assertTrue(checked > 100, "checked only " + checked + " collection attributes");
    assertNoFailures(failures);
  }

  @Test
  void everyFactoryGivenNullsThrowsOnlyAValidationException() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : immutableTypes()) {
      List<Method> factories = new ArrayList<>();
      for (Class<?> owner : List.of(type, type.getSuperclass())) {
        for (Method m : owner.getDeclaredMethods()) {
          if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
              && m.getParameterCount() > 0 && !m.getName().equals("copyOf")
              && owner.isAssignableFrom(m.getReturnType())) {
            factories.add(m);
          }
        }
      }
      for (Method factory : factories) {
        Class<?>[] parameters = factory.getParameterTypes();
        Object[] args = new Object[parameters.length];
        boolean anyNull = false;
        for (int i = 0; i < parameters.length; i++) {
          args[i] = parameters[i].isPrimitive() ? zero(parameters[i]) : null;
          anyNull |= !parameters[i].isPrimitive();
        }
        if (!anyNull) {
          continue;
        }
        checked++;
        check(failures, factory.getDeclaringClass().getSimpleName() + "." + factory.getName()
            + java.util.Arrays.toString(parameters), () -> invokeStatic(factory, args), List.of());
      }
    }
    assertTrue(checked > 60, "checked only " + checked + " factories");
    assertNoFailures(failures);
  }

  @Test
  void everyOtherPublicFactoryOrEntryPointGivenNullsReportsThemAsViolations() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : publicTypes()) {
      if (type.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        boolean enumValueOf = type.isEnum() && m.getName().equals("valueOf");
        if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && !enumValueOf) {
          Object[] args = nulls(m.getParameterTypes());
          if (args != null) {
            checked++;
            checkReported(failures, type.getSimpleName() + "." + m.getName()
                + java.util.Arrays.toString(m.getParameterTypes()), () -> invokeStatic(m, args));
          }
        }
      }
      for (java.lang.reflect.Constructor<?> c : type.getConstructors()) {
        Object[] args = nulls(c.getParameterTypes());
        if (args != null) {
          checked++;
          checkReported(failures, "new " + type.getSimpleName() + java.util.Arrays.toString(c.getParameterTypes()),
              () -> construct(c, args));
        }
      }
    }
    assertTrue(checked > 50, "checked only " + checked + " entry points");
    assertNoFailures(failures);
  }

  /**
   * A call given nulls either throws a {@link ValidationException}, or, for a method that answers
   * with its findings instead of throwing, returns them: an invalid {@code Validation}, a non-empty
   * list of violations, or false (as {@code Violations.isId(null)}).
   */
  private static void checkReported(List<String> failures, String what, Supplier<Object> call) {
    Object result;
    try {
      result = call.get();
    } catch (ValidationException e) {
      return;
    } catch (RuntimeException e) {
      failures.add(what + ": threw " + e);
      return;
    }
    boolean reported = Boolean.FALSE.equals(result)
        || result instanceof io.vavr.control.Validation<?, ?> v && v.isInvalid()
        || result instanceof io.vavr.collection.Seq<?> seq && !seq.isEmpty() && seq.head() instanceof Violation;
    if (!reported) {
      failures.add(what + ": returned " + result + " without reporting the nulls");
    }
  }

  /** Null for each reference parameter and zero for each primitive; null if there is no reference. */
  private static Object[] nulls(Class<?>[] parameters) {
    Object[] args = new Object[parameters.length];
    boolean anyNull = false;
    for (int i = 0; i < parameters.length; i++) {
      args[i] = parameters[i].isPrimitive() ? zero(parameters[i]) : null;
      anyNull |= !parameters[i].isPrimitive();
    }
    return anyNull ? args : null;
  }

  private static Object construct(java.lang.reflect.Constructor<?> constructor, Object[] arguments) {
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  // --- what a null should give

  private static void check(List<String> failures, String what, Supplier<Object> call, List<String> paths) {
    try {
      call.get();
      failures.add(what + ": built without complaint");
    } catch (ValidationException e) {
      List<String> nullPaths = new ArrayList<>();
      for (Violation v : e.violations()) {
        if (v.message().equals(MUST_NOT_BE_NULL) || v.message().equals("must not contain null")
            || v.message().equals("must not have a null key")) {
          nullPaths.add(v.path());
        }
      }
      if (!nullPaths.containsAll(paths)) {
        failures.add(what + ": expected null violations at " + paths + ", got " + e.violations());
      }
    } catch (RuntimeException e) {
      failures.add(what + ": threw " + e);
    }
  }

  private static void assertNoFailures(List<String> failures) {
    if (!failures.isEmpty()) {
      fail(failures.size() + " failures:\n" + String.join("\n", failures));
    }
  }

  /** A value of the parameter type holding one null, with the path that must be named; or null. */
  private static Map.Entry<Object, String> holdingNull(String name, Type type) {
    if (!(type instanceof ParameterizedType parameterized)) {
      return null;
    }
    Class<?> raw = (Class<?>) parameterized.getRawType();
    Type[] arguments = parameterized.getActualTypeArguments();
    if (raw == io.vavr.collection.List.class || raw == io.vavr.collection.Seq.class) {
      return Map.entry(io.vavr.collection.List.of((Object) null), name + "[0]");
    }
    if (raw == Option.class) {
      return Map.entry(Option.some(null), name);
    }
    if (raw == io.vavr.collection.SortedSet.class) {
      return Map.entry(TreeSet.of(Comparator.nullsFirst(Comparator.<String>naturalOrder()), (String) null), name);
    }
    if (raw == io.vavr.collection.Set.class) {
      return Map.entry(HashSet.of((Object) null), name);
    }
    if (raw == io.vavr.collection.Map.class || raw == io.vavr.collection.SortedMap.class) {
      Object key = sample(arguments[0]);
      if (key == null) {
        return null;
      }
      Object map = raw == io.vavr.collection.Map.class ? HashMap.of(key, null) : sortedMapOf(key);
      return Map.entry(map, name + "." + key);
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object sortedMapOf(Object key) {
    return TreeMap.of((Comparable) key, null);
  }

  private static Object sample(Type type) {
    if (type == String.class) {
      return "k";
    }
    if (type instanceof Class<?> c && c.isEnum()) {
      return c.getEnumConstants()[0];
    }
    return null;
  }

  private static Object zero(Class<?> primitive) {
    if (primitive == boolean.class) {
      return false;
    }
    if (primitive == double.class) {
      return 0.0;
    }
    if (primitive == float.class) {
      return 0.0f;
    }
    if (primitive == long.class) {
      return 0L;
    }
    if (primitive == char.class) {
      return '\0';
    }
    if (primitive == short.class) {
      return (short) 0;
    }
    if (primitive == byte.class) {
      return (byte) 0;
    }
    return 0;
  }

  // --- reflection over the generated types

  private static Object builder(Class<?> type) {
    try {
      return type.getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type + " has no builder()", e);
    }
  }

  private static Object build(Object builder) {
    try {
      return invokeUnwrapping(builder.getClass().getMethod("build"), builder);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /** The builder's attribute setters: one parameter, returning the builder; not {@code from}. */
  private static List<Method> setters(Class<?> type) {
    Class<?> builderType = builder(type).getClass();
    // The generated ImmutableX.Builder: builderType itself, or the superclass of a documented
    // X.Builder, whose own overloads (plain values, java.util collections) are tested elsewhere.
    Class<?> generated = builderType;
    while (generated.getEnclosingClass() != type && generated.getSuperclass() != null) {
      generated = generated.getSuperclass();
    }
    List<Method> setters = new ArrayList<>();
    for (Method m : generated.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 1
          && m.getReturnType() == builderType && !m.getName().equals("from")) {
        setters.add(m);
      }
    }
    setters.sort(Comparator.comparing(Method::getName));
    return setters;
  }

  private static void invoke(Method method, Object target, Object argument) {
    invokeUnwrapping(method, target, argument);
  }

  private static Object invokeStatic(Method method, Object[] arguments) {
    return invokeUnwrapping(method, null, arguments);
  }

  private static Object invokeUnwrapping(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** Every public top-level or nested class of core and scoring. */
  private static List<Class<?>> publicTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> anchor : List.of(Organization.class, MeasureTable.class)) {
      for (String name : classNames(anchor)) {
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, anchor.getClassLoader());
          // Only the API: a public class of a package the module does not export (its internals)
          // is no entry point of a user's.
          if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass()
              && type.getModule().isExported(type.getPackageName())) {
            types.add(type);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  /** Every generated {@code ImmutableX} of core and scoring, found where their classes are. */
  private static List<Class<?>> immutableTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> anchor : List.of(Organization.class, MeasureTable.class)) {
      for (String name : classNames(anchor)) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        if (simple.startsWith("Immutable") && !simple.contains("$")) {
          try {
            types.add(Class.forName(name, false, anchor.getClassLoader()));
          } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  private static List<String> classNames(Class<?> anchor) {
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          files.map(location::relativize).map(Path::toString).forEach(names::add);
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          jar.stream().map(java.util.zip.ZipEntry::getName).forEach(names::add);
        }
      }
      List<String> classes = new ArrayList<>();
      for (String file : names) {
        String normalized = file.replace('\\', '/');
        if (normalized.endsWith(".class") && normalized.startsWith("org/commonground/")) {
          classes.add(normalized.substring(0, normalized.length() - ".class".length()).replace('/', '.'));
        }
      }
      assertFalse(classes.isEmpty(), "no classes at " + location);
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

}
