// SPDX-License-Identifier: Apache-2.0
package org.commonground.serialization.codec;

/**
 * Where a value sits in a JSON document, as a JSONPath ({@code $.observations[1207].numerator}).
 * A path is a linked list built as the reader descends, and turned into text only when a problem
 * is reported, so reading a valid document builds no strings.
 *
 * <p>Property names that are not plain identifiers are quoted in brackets:
 * {@code $.answers['q 1']}. This class is immutable and thread-safe.
 */
public final class Path {

  /** The document itself, {@code $}. */
  public static final Path ROOT = new Path(null, null, -1);

  private final Path parent;
  private final String name;
  private final int index;

  private Path(Path parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /**
   * The path of a property of the value here.
   *
   * @param property the property's JSON name
   * @return the longer path
   */
  public Path property(String property) {
    return new Path(this, property, -1);
  }

  /**
   * The path of an element of the array here.
   *
   * @param position the element's position, from 0
   * @return the longer path
   */
  public Path element(int position) {
    return new Path(this, null, position);
  }

  /** Returns the JSONPath, {@code $.observations[3].numerator}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    append(out);
    return out.toString();
  }

  private void append(StringBuilder out) {
    if (parent == null) {
      out.append('$');
      return;
    }
    parent.append(out);
    if (name == null) {
      out.append('[').append(index).append(']');
    } else if (plain(name)) {
      out.append('.').append(name);
    } else {
      out.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
    }
  }

  private static boolean plain(String name) {
    if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
        return false;
      }
    }
    return true;
  }
}
