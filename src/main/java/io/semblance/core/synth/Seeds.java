// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import java.util.SplittableRandom;

/** Derives independent, reproducible random streams from one user seed. */
public final class Seeds {
    private Seeds() {
    }

    /** A well-mixed 64-bit value of x (SplitMix64 finaliser). */
    public static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }

    /** The random stream for a purpose (a small constant) and an index under a seed. */
    public static SplittableRandom stream(long seed, long purpose, long index) {
        return new SplittableRandom(mix(mix(seed ^ mix(purpose)) + index));
    }

    /** A fresh seed for runs where the user gave none; it is reported so the run can be repeated. */
    public static long fresh() {
        return new java.security.SecureRandom().nextLong() & 0x7fffffffffffL;
    }
}
