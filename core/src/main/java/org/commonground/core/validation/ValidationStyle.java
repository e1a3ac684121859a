// SPDX-License-Identifier: Apache-2.0
package org.commonground.core.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package: the same settings as
 * {@link org.commonground.core.CommonGroundStyle}, repeated here because that style names
 * {@link ValidationException} of this package (as the exception of an incomplete builder), and a
 * package that the style's package depends on cannot use the style without a package cycle.
 * Keep the two in step.
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
@interface ValidationStyle {}
