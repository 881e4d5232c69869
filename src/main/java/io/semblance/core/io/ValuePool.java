// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import java.util.Arrays;

/**
 * Hands out one String per distinct field text, so a value that recurs (a category, a small number) is made once and
 * shared by every row: fewer objects to allocate, and each later hash of it is computed once and cached by the
 * String. Keeps at most {@value #MAX_VALUES} values; after that, new texts still get a String of their own. Not
 * thread-safe.
 */
final class ValuePool {
    private static final int MAX_VALUES = 1 << 16;
    private String[] values = new String[1 << 12];
    /** Each kept value's characters, compared as arrays (faster than character by character through the String). */
    private char[][] texts = new char[values.length][];
    private int size;

    /** The text of {@code chars[from, to)}, as the String kept for it when there is one. */
    String get(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        int mask = values.length - 1;
        int slot = spread(h) & mask;
        for (char[] t = texts[slot]; t != null; t = texts[slot]) {
            if (values[slot].hashCode() == h && Arrays.equals(t, 0, t.length, chars, from, to)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        String value = new String(chars, from, to - from);
        if (size < MAX_VALUES) {
            values[slot] = value;
            texts[slot] = Arrays.copyOfRange(chars, from, to);
            if (++size * 2 > values.length) {
                grow();
            }
        }
        return value;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldValues = values;
        char[][] oldTexts = texts;
        values = new String[oldValues.length * 2];
        texts = new char[values.length][];
        int mask = values.length - 1;
        for (int k = 0; k < oldValues.length; k++) {
            if (oldValues[k] != null) {
                int slot = spread(oldValues[k].hashCode()) & mask;
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                values[slot] = oldValues[k];
                texts[slot] = oldTexts[k];
            }
        }
    }
}
