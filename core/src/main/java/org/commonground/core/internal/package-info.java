// SPDX-License-Identifier: Apache-2.0
/**
 * Internals of core, not exported and not part of the public API: the conversions that let core's
 * entry points take {@code java.util} collections as well as Vavr's.
 */
package org.commonground.core.internal;
