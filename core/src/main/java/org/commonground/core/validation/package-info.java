// SPDX-License-Identifier: Apache-2.0
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
 * in an exception or a Vavr {@code Validation}. Checks of large inputs are a
 * {@link org.commonground.core.validation.Check}: it reports each problem with its
 * {@link org.commonground.core.validation.ViolationKind} to a
 * {@link org.commonground.core.validation.ViolationSink}, so that past a detail cap (100 unless the
 * check chose another) the exception still counts every problem but spells out only the first
 * ones, then a count per kind — "… and 43,999,900 more: responses[*].answers.*: must be between 1
 * and 5 (43,999,900)" — and produces the rest again on demand:
 *
 * <pre>{@code
 * try {
 *   Survey.of(instrument, responses);        // a million respondents, every answer coded 0–4
 * } catch (ValidationException e) {
 *   e.count();                               // 44000000: every problem
 *   e.violations();                          // the first 100, with their paths
 *   e.countsByKind();                        // responses[*].answers.*: must be between 1 and 5 → 44000000
 *   e.page(1_000, 50);                       // problems 1 000 to 1 049
 *   e.forEachViolation(System.err::println); // every one, streamed, in constant memory
 *   e.message(1_000);                        // the message with another cap
 * }
 * }</pre>
 *
 * <p>Every check is linear in its input, however many of its values are bad.
 *
 * <p><b>In the caller's language.</b> Every violation and every explanation of the library is a
 * {@link org.commonground.core.validation.Message}: a stable, language-free code with its
 * arguments, whose text comes from message templates in English (the root locale) and Spanish.
 *
 * <pre>{@code
 * Locale spanish = Locale.forLanguageTag("es");
 * try {
 *   Violations.none().atLeast("members", 1, 2).throwIfAny("Partnership");
 * } catch (ValidationException e) {
 *   e.getMessage();                  // "Partnership is invalid (1 problem): members: must have at least 2, got 1"
 *   e.message(spanish);              // "Partnership no es válido (1 problema): members: debe tener al menos 2, se recibió 1"
 *   e.violations().head().code();    // "core.validation.atLeast": the same in every language
 * }
 * }</pre>
 *
 * <p>An app that translates for itself reads {@link org.commonground.core.validation.Message#key()}
 * and {@link org.commonground.core.validation.Message#arguments()}; the keys are stable from release
 * to release.
 */
@ValidationStyle
package org.commonground.core.validation;
