// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import java.util.SplittableRandom;

/** Seeded Fisher-Yates shuffles. */
final class Shuffle {
    private Shuffle() {
    }

    /** Shuffles a in place. */
    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** A shuffled copy of a. */
    static int[] permuted(int[] a, SplittableRandom random) {
        int[] out = a.clone();
        shuffle(out, random);
        return out;
    }
}
