/**
 * The library's sentences in the caller's language: every explanation and violation is a
 * {@link org.commonground.core.text.Message}, a stable code with its arguments, whose text comes
 * from message templates in English (the root locale) and Spanish.
 *
 * <pre>{@code
 * Locale spanish = Locale.forLanguageTag("es");
 * try {
 *   Partnership.of("youth-success", "Youth Success", continuum, List.of(lincoln), level);
 * } catch (ValidationException e) {
 *   e.getMessage();                        // English
 *   e.message(spanish);                    // the same problems, in Spanish
 *   e.violations().head().code();          // "core.validation.atLeast": the same in every language
 * }
 * scorecard.explanation(spanish);          // every result explains itself in Spanish too
 * }</pre>
 *
 * <p>An app that translates for itself reads {@link org.commonground.core.text.Message#key()} and
 * {@link org.commonground.core.text.Message#arguments()}; the keys are stable from release to
 * release.
 */
package org.commonground.core.text;
