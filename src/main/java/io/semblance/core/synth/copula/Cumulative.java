// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

/**
 * Search in ascending cumulative probabilities, shared by the marginals' inverse CDFs. An instance keeps, for each of
 * a power-of-two number of equal buckets of [0, 1], the answer at the bucket's lower edge, so a search only looks
 * between the answers at the edges of u's bucket (most buckets span one or two entries) instead of over the whole
 * array: the same answer as {@link #floor(double[], double)}, with few unpredictable branches.
 */
final class Cumulative {
    private static final int MAX_BUCKETS = 1 << 15;
    private final double[] cum;
    /** start[b] = floor(cum, b / buckets), for b = 0 .. buckets; null when cum is not ascending. */
    private final int[] start;
    private final double buckets;

    /** @param cum cumulative probabilities (shared, not copied); searched in full when empty or not ascending */
    Cumulative(double[] cum) {
        this.cum = cum;
        int b = 16;
        while (b < 2 * cum.length && b < MAX_BUCKETS) {
            b <<= 1;
        }
        this.buckets = b;
        this.start = ascending(cum) ? edges(cum, b) : null;
    }

    private static boolean ascending(double[] cum) {
        for (int i = 1; i < cum.length; i++) {
            if (!(cum[i - 1] <= cum[i])) {
                return false;
            }
        }
        return cum.length > 0;
    }

    private static int[] edges(double[] cum, int b) {
        int[] s = new int[b + 1];
        for (int k = 0; k <= b; k++) {
            s[k] = floor(cum, k / (double) b);
        }
        return s;
    }

    /** The same as {@link #floor(double[], double)} on this instance's array. */
    int floor(double u) {
        if (start == null || !(u >= 0 && u < 1)) {
            return floor(cum, u);
        }
        // u·buckets is exact (a power of two), so bucket k's edges k/buckets ≤ u < (k+1)/buckets bound the answer
        int k = (int) (u * buckets);
        return floor(cum, start[k], start[k + 1], u);
    }

    /** The last index i with cum[i] ≤ u (0 when u is below cum[0]); cum must be ascending and non-empty. */
    static int floor(double[] cum, double u) {
        return floor(cum, 0, cum.length - 1, u);
    }

    /** The last index i in [from, to] with cum[i] ≤ u, or {@code from} when there is none. */
    private static int floor(double[] cum, int from, int to, double u) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cum[mid] <= u) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
