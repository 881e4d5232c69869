// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

/** Search in ascending cumulative probabilities, shared by the marginals' inverse CDFs. */
final class Cumulative {
    private Cumulative() {
    }

    /** The last index i with cum[i] ≤ u (0 when u is below cum[0]); cum must be ascending and non-empty. */
    static int floor(double[] cum, double u) {
        int lo = 0;
        int hi = cum.length - 1;
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
