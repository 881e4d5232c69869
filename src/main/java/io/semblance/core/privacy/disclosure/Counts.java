// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy.disclosure;

/** Frequency tables over dense tuple keys. */
final class Counts {
    private Counts() {
    }

    /** How many rows carry each key: {@code result[key]}, keys in [0, distinct). */
    static int[] of(int[] keys, int distinct) {
        int[] n = new int[distinct];
        for (int k : keys) {
            n[k]++;
        }
        return n;
    }

    /** Share in [0,1] of count over total, NaN when total is 0. */
    static double share(long count, long total) {
        return total == 0 ? Double.NaN : (double) count / total;
    }
}
