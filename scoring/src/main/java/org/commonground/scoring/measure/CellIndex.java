// SPDX-License-Identifier: Apache-2.0
package org.commonground.scoring.measure;

import java.util.Arrays;

/**
 * An open-addressing map from a cell's {@code long} key to its slot, for the per-record loop of
 * {@link MeasureAccumulator}: a boxed {@code Map<Long, Integer>} would allocate for every record.
 * Linear probing over a power-of-two table kept at most half full. Mutable, not thread-safe.
 */
final class CellIndex {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys = filled(16);
  private int[] slots = new int[16];
  private int size;

  /** The slot of a key, or -1 if absent. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return slots[i];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  /** Records the slot of a key that is not yet present. */
  void put(long key, int slot) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(keys, slots, key, slot);
    size++;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = filled(oldKeys.length * 2);
    slots = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        insert(keys, slots, oldKeys[i], oldSlots[i]);
      }
    }
  }

  private static void insert(long[] keys, int[] slots, long key, int slot) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    slots[i] = slot;
  }

  private static long[] filled(int length) {
    long[] array = new long[length];
    Arrays.fill(array, EMPTY);
    return array;
  }

  /** Spreads the key's bits (the finalizer of MurmurHash3) so that nearby keys land apart. */
  private static int mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
