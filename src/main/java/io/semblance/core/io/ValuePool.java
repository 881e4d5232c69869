// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

/**
 * Hands out one String per distinct field text, so a value that recurs (a category, a small number) is made once and
 * shared by every row: fewer objects to allocate, and each later hash of it is computed once and cached by the
 * String. Keeps at most {@value #MAX_VALUES} values; after that, new texts still get a String of their own. Not
 * thread-safe.
 */
final class ValuePool {
    private static final int MAX_VALUES = 1 << 16;
    private String[] table = new String[1 << 12];
    private int size;

    /** The text of {@code chars[from, to)}, as the String kept for it when there is one. */
    String get(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        int mask = table.length - 1;
        int slot = spread(h) & mask;
        for (String s = table[slot]; s != null; s = table[slot]) {
            if (s.hashCode() == h && sameText(s, chars, from, to)) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
        String value = new String(chars, from, to - from);
        if (size < MAX_VALUES) {
            table[slot] = value;
            if (++size * 2 > table.length) {
                grow();
            }
        }
        return value;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean sameText(String s, char[] chars, int from, int to) {
        if (s.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i - from) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int slot = spread(s.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = s;
            }
        }
    }
}
