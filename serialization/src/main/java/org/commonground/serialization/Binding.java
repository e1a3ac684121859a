// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization;

import org.commonground.serialization.codec.Codec;

/**
 * A value type with its JSON form, for {@link CommonGroundModule}.
 *
 * @param <T> the type
 */
final class Binding<T> {

  final Class<T> type;
  final Codec<T> codec;

  private Binding(Class<T> type, Codec<T> codec) {
    this.type = type;
    this.codec = codec;
  }

  static <T> Binding<T> of(Class<T> type, Codec<T> codec) {
    return new Binding<>(type, codec);
  }
}
