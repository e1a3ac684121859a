// SPDX-License-Identifier: Apache-2.0
package org.commonground.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.commonground.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: every value package carries it in its
 * {@code package-info.java}, so that all value types look and behave alike. (The validation
 * package repeats these settings in its own style, since this one names its
 * {@link ValidationException}.)
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
 *   <li>Builders speak plain Java too. A value whose builder is public and has an optional or a
 *       collection attribute declares {@code public static final class Builder extends
 *       ImmutableX.Builder} (Immutables' "extending builder": every generated setter then returns
 *       {@code X.Builder}), which adds, by hand and documented, {@code currentLevel(level)} beside
 *       the generated {@code currentLevel(Option)}, and {@code members(Iterable)} or
 *       {@code requirements(java.util.Map)} beside the Vavr setters; they convert and call the
 *       generated setter, so a null still reaches the value's check and is named with its path.
 *       Chosen over a custom {@code @Encoding} of Vavr's {@code Option}: an encoding needs a module
 *       of its own on the processor path and in every module's {@code requires static}, replaces
 *       the generated fields and null handling (which the check relies on), and Immutables'
 *       encodings are reported to fail on {@code @Value.Default} optional attributes, which all of
 *       ours are; the style has no setting for it either.
 *   <li>Nulls are the value's to report, not the generated code's: with
 *       {@code validationMethod = MANDATORY_ONLY} the builders, {@code of(..)} factories and
 *       {@code withY(..)} methods let a null through, and each value's {@code @Value.Check} names
 *       every null attribute, collection element, map key or value with its path
 *       ("{@code sectors[0]: must not be null}") together with its other rules, in one
 *       {@link org.commonground.core.validation.ValidationException}. A rule that needs an
 *       attribute which is null is skipped, so that a check never throws a bare
 *       {@link NullPointerException}.
 *   <li>Required attributes that were never set fail {@code build()} with a
 *       {@link org.commonground.core.validation.ValidationException} too
 *       ({@code throwForInvalidImmutableState}), naming every unset attribute ("{@code name: must be
 *       set}"); the value's own rules do not run then.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    typeImmutable = "Immutable*",
    jdkOnly = true,
    validationMethod = Value.Style.ValidationMethod.MANDATORY_ONLY,
    throwForInvalidImmutableState = ValidationException.class,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface CommonGroundStyle {}
