// SPDX-License-Identifier: Apache-2.0
/**
 * Internals of scoring, not exported and not part of the public API: the conversions that let
 * scoring's entry points take {@code java.util} collections as well as Vavr's (core keeps its own
 * copy, unexported too, so that neither module widens the other's API).
 */
package org.commonground.scoring.internal;
