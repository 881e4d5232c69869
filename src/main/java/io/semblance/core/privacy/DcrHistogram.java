// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

/**
 * Chart data: counts of synthetic rows by their distance to the closest training row and to the closest holdout row,
 * over shared bins. Bin k holds distances in [edges[k], edges[k+1]); the last bin also holds its upper edge.
 *
 * @param edges      bin edges, ascending, one more than bins, from 0
 * @param toTraining synthetic rows per bin by DCR to the training rows
 * @param toHoldout  synthetic rows per bin by DCR to the holdout rows; null without a holdout
 */
public record DcrHistogram(double[] edges, long[] toTraining, long[] toHoldout) {
    /** Default number of bins. */
    public static final int BINS = 20;

    /** Shared bins from 0 to the largest finite distance of either array (to 1 when all are 0); holdout nullable. */
    public static DcrHistogram of(double[] toTraining, double[] toHoldout, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins);
        }
        double hi = Math.max(largest(toTraining), largest(toHoldout));
        if (!(hi > 0)) {
            hi = 1;
        }
        double[] edges = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            edges[k] = hi * k / bins;
        }
        return new DcrHistogram(edges, counts(toTraining, hi, bins), toHoldout == null ? null
                : counts(toHoldout, hi, bins));
    }

    private static double largest(double[] values) {
        double max = 0;
        if (values != null) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        return max;
    }

    private static long[] counts(double[] values, double hi, int bins) {
        long[] out = new long[bins];
        for (double v : values) {
            if (Double.isFinite(v)) {
                out[Math.min(bins - 1, Math.max(0, (int) (v / hi * bins)))]++;
            }
        }
        return out;
    }
}
