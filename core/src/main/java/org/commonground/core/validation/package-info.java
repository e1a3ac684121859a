/**
 * How Common Ground reports bad input: a {@link org.commonground.core.validation.Violation} names
 * one problem with its path and the allowed range; a
 * {@link org.commonground.core.validation.ValidationException} carries every problem found, never
 * only the first.
 *
 * <pre>{@code
 * try {
 *   Organization.of("", "Lincoln High School", List.empty());
 * } catch (ValidationException e) {
 *   for (Violation v : e.violations()) {
 *     System.out.println(v);  // id: must not be blank, got ""
 *   }                         // sectors: must have at least 1, got 0
 * }
 * }</pre>
 *
 * <p>{@link org.commonground.core.validation.Violations} collects violations rule by rule and ends
 * in an exception or a Vavr {@code Validation}.
 */
@CommonGroundStyle
package org.commonground.core.validation;

import org.commonground.core.CommonGroundStyle;
