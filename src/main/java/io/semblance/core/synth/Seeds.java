// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import java.util.SplittableRandom;

/** Derives independent, reproducible random streams from one user seed. */
public final class Seeds {
    private static final long VARIANT = 0x7A41;

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

    /**
     * The seed from which random stream {@code variant} of a sample is drawn: the seed itself for variant 0, an
     * independent seed for any other (see {@link FittedModel#writeChunk(long, long, int, long,
     * io.semblance.core.io.ByteOut)}).
     */
    public static long variant(long seed, long variant) {
        return variant == 0 ? seed : mix(mix(seed ^ mix(VARIANT)) + variant);
    }

    /**
     * Variant number {@code index} derived from {@code variant} for a purpose (a small constant), never 0: lets a
     * wrapper redraw rows of a variant it was asked for, each wrapper in its own streams.
     */
    public static long derive(long variant, long purpose, long index) {
        long v = mix(mix(variant ^ mix(purpose)) + index);
        return v == 0 ? 1 : v;
    }

    /** A fresh seed for runs where the user gave none; it is reported so the run can be repeated. */
    public static long fresh() {
        return new java.security.SecureRandom().nextLong() & 0x7fffffffffffL;
    }
}
