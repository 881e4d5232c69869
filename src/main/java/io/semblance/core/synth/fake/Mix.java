// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

/** Stateless 64-bit hashing used to derive per-row randomness from (seed, row). */
final class Mix {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Mix() {
    }

    /** The SplitMix64 finaliser: a bijection on 64-bit values with good avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash of (seed, a). */
    static long hash(long seed, long a) {
        return mix64(mix64(seed + GOLDEN) + a * GOLDEN);
    }

    /** A hash of (seed, a, b). */
    static long hash(long seed, long a, long b) {
        return mix64(hash(seed, a) + (b + 1) * 0xD1B54A32D192ED03L);
    }

    /** A value in [0, bound) taken from hash {@code h}; bound >= 1. */
    static long below(long h, long bound) {
        return Long.remainderUnsigned(h, bound);
    }

    /** A double in [0,1) taken from hash {@code h}. */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
