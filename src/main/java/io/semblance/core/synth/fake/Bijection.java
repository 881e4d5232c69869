// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.fake;

/**
 * A seeded permutation of [0, size): a balanced Feistel network on the smallest even bit width that covers the range,
 * with cycle walking to stay inside it. Used to turn row numbers into scattered but never-repeating indexes.
 */
final class Bijection {
    /** Largest supported domain. */
    static final long MAX_SIZE = 1L << 62;
    private static final int ROUNDS = 4;

    private final long size;
    private final int half;
    private final long mask;
    private final long[] keys = new long[ROUNDS];

    /** A permutation of [0, size) for 1 <= size <= 2^62, fixed by {@code seed}. */
    Bijection(long size, long seed) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size);
        }
        this.size = size;
        int bits = size == 1 ? 0 : 64 - Long.numberOfLeadingZeros(size - 1);
        this.half = Math.max(1, (bits + 1) / 2);
        this.mask = (1L << half) - 1;
        for (int i = 0; i < ROUNDS; i++) {
            keys[i] = Mix.hash(seed, i);
        }
    }

    long size() {
        return size;
    }

    /** The image of {@code x}, for 0 <= x < size(); distinct inputs give distinct outputs in the same range. */
    long apply(long x) {
        if (size == 1) {
            return 0;
        }
        long y = x;
        do {
            y = permute(y);
        } while (y >= size);
        return y;
    }

    private long permute(long v) {
        long l = v >>> half;
        long r = v & mask;
        for (long k : keys) {
            long t = l ^ (Mix.mix64(r ^ k) & mask);
            l = r;
            r = t;
        }
        return (l << half) | r;
    }
}
