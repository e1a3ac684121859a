// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.codec;

import io.vavr.control.Option;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One property of an object's JSON form: its JSON name, its codec, how to get it from the value,
 * and whether it is required, optional (an {@code Option}, absent when empty) or has a default.
 *
 * <pre>{@code
 * static final Field<Organization, String> ID = Field.required("id", Codecs.ID, Organization::id);
 * static final Field<Sector, Option<String>> FIELD = Field.optional("field", Codecs.TEXT, Sector::field);
 * }</pre>
 *
 * @param <O> the object
 * @param <T> the property's value
 */
public final class Field<O, T> {

  private final String name;
  private final Codec<T> codec;
  private final Function<O, T> getter;
  private final Supplier<T> absent;
  private final boolean omitWhenEmpty;

  private Field(String name, Codec<T> codec, Function<O, T> getter, Supplier<T> absent, boolean omitWhenEmpty) {
    this.name = name;
    this.codec = codec;
    this.getter = getter;
    this.absent = absent;
    this.omitWhenEmpty = omitWhenEmpty;
  }

  /**
   * A property that must be present.
   *
   * @param name the JSON name
   * @param codec its codec
   * @param getter how to get it from the value
   * @param <O> the object
   * @param <T> the value
   * @return the field
   */
  public static <O, T> Field<O, T> required(String name, Codec<T> codec, Function<O, T> getter) {
    return new Field<>(name, codec, getter, null, false);
  }

  /**
   * An optional property: absent or {@code null} reads as none, and none is left out when writing.
   *
   * @param name the JSON name
   * @param codec the codec of its value when present
   * @param getter how to get it from the value
   * @param <O> the object
   * @param <T> the value when present
   * @return the field
   */
  public static <O, T> Field<O, Option<T>> optional(String name, Codec<T> codec, Function<O, Option<T>> getter) {
    return new Field<>(name, Codecs.option(codec), getter, Option::none, true);
  }

  /**
   * A property with a default when absent; it is always written.
   *
   * @param name the JSON name
   * @param codec its codec
   * @param getter how to get it from the value
   * @param fallback the value when absent
   * @param <O> the object
   * @param <T> the value
   * @return the field
   */
  public static <O, T> Field<O, T> withDefault(String name, Codec<T> codec, Function<O, T> getter, Supplier<T> fallback) {
    return new Field<>(name, codec, getter, fallback, false);
  }

  /**
   * The JSON name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  Codec<T> codec() {
    return codec;
  }

  T get(O object) {
    return getter.apply(object);
  }

  boolean required() {
    return absent == null;
  }

  T absentValue() {
    return absent.get();
  }

  boolean omit(T value) {
    return omitWhenEmpty && ((Option<?>) value).isEmpty();
  }
}
