package org.commonground.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: every value package carries it in its
 * {@code package-info.java}, so that all value types look and behave alike.
 *
 * <ul>
 *   <li>Accessors are named as the domain names the attribute, without {@code get} prefixes:
 *       {@code organization.name()}, not {@code getName()}.
 *   <li>Each value {@code X} has a generated {@code ImmutableX} with a builder
 *       ({@code X.builder()} on the abstract type delegates to it), {@code withY(..)} copy methods,
 *       value equality and a readable {@code toString}.
 *   <li>The generated code uses the JDK only and carries no annotations discovered on the class
 *       path, so the same sources compile identically on the class path and the module path.
 *   <li>Vavr collections default to empty: every collection attribute is declared with
 *       {@code @Value.Default} returning the empty collection, and a value that needs members
 *       checks it in its {@code @Value.Check} method, naming the attribute. Immutables knows only
 *       the JDK's collections; the {@code vavr-encodings} project that teaches it Vavr's has been
 *       unmaintained since 2021 and needs exclusions to live on the module path, so we do not
 *       depend on it. The cost is a {@code members(List.of(a, b))} call instead of
 *       {@code addMember(a)} on builders.
 *   <li>Missing required attributes fail {@code build()} with an exception naming every missing
 *       attribute; a value's own rules throw {@link org.commonground.core.validation.ValidationException}
 *       naming every violated rule with its path.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    typeImmutable = "Immutable*",
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface CommonGroundStyle {}
