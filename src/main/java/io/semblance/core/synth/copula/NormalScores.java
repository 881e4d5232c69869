// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Normal scores of a column: each value's position in the column's distribution as a uniform u (ties
 * spread uniformly over the tie's share, so discrete values and categories become continuous), then Φ⁻¹(u).
 */
final class NormalScores {
    private NormalScores() {
    }

    /** Scores for numeric keys (NaN = missing, ranked below every value). */
    static double[] ofKeys(double[] keys, SplittableRandom rng) {
        int n = keys.length;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = Double.isNaN(keys[i]) ? Double.NEGATIVE_INFINITY : keys[i];
        }
        double[] k = sorted.clone();
        Arrays.sort(sorted);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = lowerBound(sorted, k[i]);
            int hi = upperBound(sorted, k[i]);
            z[i] = toZ((lo + rng.nextDouble() * (hi - lo)) / n);
        }
        return z;
    }

    /** Scores for category positions: {@code position[code]} gives the category's place in the order. */
    static double[] ofCategories(int[] codes, int[] position, int[] counts, SplittableRandom rng) {
        int n = codes.length;
        int k = counts.length;
        long[] start = new long[k];
        int[] byPosition = new int[k];
        for (int c = 0; c < k; c++) {
            byPosition[position[c]] = c;
        }
        long acc = 0;
        for (int p = 0; p < k; p++) {
            start[byPosition[p]] = acc;
            acc += counts[byPosition[p]];
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            int c = codes[i];
            z[i] = toZ((start[c] + rng.nextDouble() * counts[c]) / n);
        }
        return z;
    }

    private static double toZ(double u) {
        return Normal.inverse(Math.min(1 - 1e-12, Math.max(1e-12, u)));
    }

    private static int lowerBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
